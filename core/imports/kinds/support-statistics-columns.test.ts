import { describe, expect, it } from 'vitest';
import { supportCountFields, supportServices } from '../../api/support-statistics.ts';
import supportEn from '../../../web/src/i18n/modules/support.en.json';
import supportVi from '../../../web/src/i18n/modules/support.vi.json';
import { parseMonthCell, supportCountLabels, supportServiceLabels, supportStatisticsColumns } from './support-statistics-columns.ts';

describe('the support statistics columns', () => {
  it('name the counts and services as the monthly form does, in both languages', () => {
    for (const field of supportCountFields) {
      expect(supportCountLabels[field]).toEqual({ vi: supportVi.fields[field], en: supportEn.fields[field] });
    }
    for (const service of supportServices) {
      expect(supportServiceLabels[service]).toEqual({ vi: supportVi.services[service], en: supportEn.services[service] });
    }
    expect(supportStatisticsColumns.find((column) => column.key === 'month')!.header).toEqual({ vi: supportVi.month, en: supportEn.month });
  });

  it('has one column per count and per service, each key once', () => {
    const keys = supportStatisticsColumns.map((column) => column.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(expect.arrayContaining(['unitId', 'month', ...supportCountFields, ...supportServices]));
    expect(keys).toHaveLength(2 + supportCountFields.length + supportServices.length);
    expect(supportStatisticsColumns.find((column) => column.key === 'methadone')!.header.vi).toBe('Số người nhận dịch vụ – Điều trị nghiện bằng Methadone');
  });
});

describe('parseMonthCell', () => {
  it('reads a month as registers write it', () => {
    for (const text of ['03/2026', '3/2026', '3-2026', '03.2026', 'Tháng 03/2026', 'tháng 3 năm 2026', 'THÁNG 3/2026', '2026-03', '15/03/2026', '2026-03-31']) {
      expect(parseMonthCell(text), text).toBe('2026-03');
    }
    expect(parseMonthCell('Tháng 3/2026'.normalize('NFD'))).toBe('2026-03');
  });

  it('reads the serial number of a date cell (Excel makes 1/3/2026 of "03/2026")', () => {
    expect(parseMonthCell(46082)).toBe('2026-03');
    expect(parseMonthCell('46082')).toBe('2026-03');
  });

  it('names no month for anything else', () => {
    for (const text of ['13/2026', '0/2026', 'quý 1/2026', '2026', 'tháng ba', '32/03/2026', '03/26', '']) {
      expect(parseMonthCell(text), text).toBeUndefined();
    }
  });
});
