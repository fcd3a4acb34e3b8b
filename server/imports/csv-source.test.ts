import { describe, expect, it } from 'vitest';
import { detectDelimiter } from './csv-source.ts';

describe('the separator of a CSV file', () => {
  it('is the one the header line uses most, outside quotes', () => {
    expect(detectDelimiter('Tên cơ sở,Loại hình,Địa chỉ')).toEqual({ delimiter: ',', sepLine: false });
    expect(detectDelimiter('"Xã, phường";Tên cơ sở;Địa chỉ')).toEqual({ delimiter: ';', sepLine: false });
    expect(detectDelimiter('Tên cơ sở\tĐịa chỉ')).toEqual({ delimiter: '\t', sepLine: false });
  });

  it('follows Excel\'s "sep=" first line, and falls back to a comma', () => {
    expect(detectDelimiter('sep=;')).toEqual({ delimiter: ';', sepLine: true });
    expect(detectDelimiter('Tên cơ sở')).toEqual({ delimiter: ',', sepLine: false });
  });
});
