import { describe, expect, it } from 'vitest';
import { formatPeriod, periodName, periodNameOfCode } from './format-period.ts';
import { parsePeriod } from './period.ts';

const vi = (code: string) => formatPeriod(parsePeriod(code), 'vi');
const en = (code: string) => formatPeriod(parsePeriod(code), 'en');

describe('formatPeriod in Vietnamese', () => {
  it('uses the official wording for calendar periods', () => {
    expect(vi('Y2024')).toBe('năm 2024');
    expect(vi('H2024-1')).toBe('6 tháng đầu năm 2024');
    expect(vi('H2024-2')).toBe('6 tháng cuối năm 2024');
    expect(vi('Q2024-1')).toBe('quý I năm 2024');
    expect(vi('Q2024-2')).toBe('quý II năm 2024');
    expect(vi('Q2024-3')).toBe('quý III năm 2024');
    expect(vi('Q2024-4')).toBe('quý IV năm 2024');
    expect(vi('M2024-06')).toBe('tháng 6 năm 2024');
    expect(vi('M2024-12')).toBe('tháng 12 năm 2024');
    expect(vi('P2021-2025')).toBe('giai đoạn 2021–2025');
  });

  it('adds the data cut-off of a reporting period', () => {
    expect(vi('RH2024-1')).toBe('6 tháng đầu năm 2024 (số liệu từ 15/12/2023 đến 14/6/2024)');
    expect(vi('RH2024-2')).toBe('6 tháng cuối năm 2024 (số liệu từ 15/6/2024 đến 14/12/2024)');
    expect(vi('RY2024')).toBe('năm 2024 (số liệu từ 15/12/2023 đến 14/12/2024)');
    expect(vi('RQ2024-3')).toBe('quý III năm 2024 (số liệu từ 15/6/2024 đến 14/9/2024)');
    expect(vi('RM2024-01')).toBe('tháng 1 năm 2024 (số liệu từ 15/12/2023 đến 14/1/2024)');
  });
});

describe('formatPeriod in English', () => {
  it('names calendar periods', () => {
    expect(en('Y2024')).toBe('year 2024');
    expect(en('H2024-1')).toBe('first half of 2024');
    expect(en('H2024-2')).toBe('second half of 2024');
    expect(en('Q2024-3')).toBe('Q3 2024');
    expect(en('M2024-06')).toBe('June 2024');
    expect(en('M2024-01')).toBe('January 2024');
    expect(en('P2021-2025')).toBe('phase 2021–2025');
  });

  it('adds the data cut-off of a reporting period as dd/mm/yyyy', () => {
    expect(en('RH2024-1')).toBe('first half of 2024 (data from 15/12/2023 to 14/06/2024)');
    expect(en('RY2024')).toBe('year 2024 (data from 15/12/2023 to 14/12/2024)');
    expect(en('RQ2024-1')).toBe('Q1 2024 (data from 15/12/2023 to 14/03/2024)');
    expect(en('RM2024-06')).toBe('June 2024 (data from 15/05/2024 to 14/06/2024)');
  });
});

describe('periodName', () => {
  it('leaves out the dates', () => {
    expect(periodName(parsePeriod('RH2024-1'), 'vi')).toBe('6 tháng đầu năm 2024');
    expect(periodName(parsePeriod('RQ2024-3'), 'en')).toBe('Q3 2024');
  });
});

describe('periodNameOfCode', () => {
  it('names a period from its code, and nothing for an ad hoc report\'s dates', () => {
    expect(periodNameOfCode('RQ2024-3', 'vi')).toBe('quý III năm 2024');
    expect(periodNameOfCode('P2021-2025', 'vi')).toBe('giai đoạn 2021–2025');
    expect(periodNameOfCode('AH20240101-20240630', 'vi')).toBeNull();
  });
});
