import { describe, expect, it } from 'vitest';
import { cleanText, excelSerialToIsoDate, parseCode, parseDate, parseInteger, parseText } from './cell-values.ts';
import { establishmentStatusOptions, establishmentTypeOptions } from './kinds/establishment-columns.ts';

describe('dates', () => {
  it('reads dd/mm/yyyy as officials write it, with any of / - . and one-digit days', () => {
    expect(parseDate('15/01/2026')).toEqual({ value: '2026-01-15' });
    expect(parseDate(' 5-3-2021 ')).toEqual({ value: '2021-03-05' });
    expect(parseDate('05.03.2021')).toEqual({ value: '2021-03-05' });
    expect(parseDate('05/03/2021 14:30')).toEqual({ value: '2021-03-05' });
    expect(parseDate('2021-03-05')).toEqual({ value: '2021-03-05' });
    expect(parseDate('')).toEqual({ value: null });
    expect(parseDate(null)).toEqual({ value: null });
  });

  it('refuses days that are not on the calendar and two-digit years, saying why', () => {
    expect(parseDate('29/02/2023').issue?.vi).toBe('Ngày "29/02/2023" không có trên lịch (ngày/tháng/năm)');
    expect(parseDate('29/02/2024')).toEqual({ value: '2024-02-29' });
    expect(parseDate('05/03/21').issue?.vi).toContain('chỉ có 2 chữ số');
    expect(parseDate('tháng 3').issue?.en).toContain('is not a date; write the date as dd/mm/yyyy');
    expect(parseDate('01/01/1850').issue?.vi).toContain('ngoài khoảng 1900–2100');
  });

  it('reads Excel serial numbers, keeping Excel\'s phantom 29/02/1900 and the 1904 date system', () => {
    expect(excelSerialToIsoDate(1)).toBe('1900-01-01');
    expect(excelSerialToIsoDate(59)).toBe('1900-02-28');
    expect(excelSerialToIsoDate(60)).toBeUndefined();
    expect(excelSerialToIsoDate(61)).toBe('1900-03-01');
    expect(excelSerialToIsoDate(45292)).toBe('2024-01-01');
    expect(excelSerialToIsoDate(45292.75)).toBe('2024-01-01');
    expect(excelSerialToIsoDate(0, true)).toBeUndefined();
    expect(excelSerialToIsoDate(43830, true)).toBe('2024-01-01');
    expect(parseDate(45292)).toEqual({ value: '2024-01-01' });
    expect(parseDate('45292')).toEqual({ value: '2024-01-01' });
    expect(parseDate(43830, { date1904: true })).toEqual({ value: '2024-01-01' });
  });

  it('takes a spreadsheet date cell by its calendar day, and names a bare year', () => {
    expect(parseDate(new Date(Date.UTC(2022, 7, 15)))).toEqual({ value: '2022-08-15' });
    expect(parseDate(2024).issue?.vi).toBe('2024 là một năm, không phải ngày; hãy ghi ngày dạng dd/mm/yyyy, ví dụ 15/01/2026');
  });

  it('refuses formula errors and formulas saved without their result', () => {
    expect(parseDate({ error: '#REF!' }).issue?.vi).toContain('#REF!');
    expect(parseDate({ formula: 'TODAY()' }).issue?.vi).toContain('không lưu kết quả tính');
  });
});

describe('numbers', () => {
  it('reads whole numbers typed as numbers or as text with thousands separators', () => {
    expect(parseInteger(12, { min: 0, max: 100 })).toEqual({ value: 12 });
    expect(parseInteger(' 12 ', { min: 0, max: 100 })).toEqual({ value: 12 });
    expect(parseInteger('1.200', { min: 0, max: 100_000 })).toEqual({ value: 1200 });
    expect(parseInteger('1,200,000', { min: 0, max: 2_000_000 })).toEqual({ value: 1_200_000 });
    expect(parseInteger('', { min: 0, max: 1 })).toEqual({ value: null });
  });

  it('refuses fractions, words, negatives and numbers out of range', () => {
    expect(parseInteger(2.5, { min: 0, max: 100 }).issue?.vi).toBe('2.5 không phải số nguyên');
    expect(parseInteger('2,5', { min: 0, max: 100 }).issue?.vi).toBe('"2,5" không phải số nguyên');
    expect(parseInteger('sáu', { min: 0, max: 100 }).issue?.en).toBe('"sáu" is not a whole number');
    expect(parseInteger(-3, { min: 0, max: 100 }).issue?.vi).toBe('Không được là số âm');
    expect(parseInteger(101, { min: 0, max: 100 }).issue?.vi).toBe('Phải nhỏ hơn hoặc bằng 100');
  });
});

describe('text and codes', () => {
  it('composes decomposed Vietnamese (NFD) and trims no-break spaces', () => {
    const decomposed = 'Nhà nghỉ Hoa Hồng'.normalize('NFD');
    expect(decomposed).not.toBe('Nhà nghỉ Hoa Hồng');
    expect(parseText(`\u00a0${decomposed} `)).toEqual({ value: 'Nhà nghỉ Hoa Hồng' });
    expect(cleanText('a\u200bb')).toBe('ab');
    expect(parseText(12345)).toEqual({ value: '12345' });
  });

  it('refuses text typed with a TCVN3 font, whose letters arrive as Latin-1 look-alikes', () => {
    expect(parseText('Nhµ nghØ Hoa Hång').issue?.vi).toContain('TCVN3');
    expect(parseText('Karaoke ©').value).toBe('Karaoke ©');
  });

  it('accepts a code by its code or its label in either language, accents and case aside', () => {
    expect(parseCode('karaoke', establishmentTypeOptions)).toEqual({ value: 'karaoke' });
    expect(parseCode('KHACH SAN/NHA NGHI/NHA TRO', establishmentTypeOptions)).toEqual({ value: 'accommodation' });
    expect(parseCode('Massage/relaxation', establishmentTypeOptions)).toEqual({ value: 'massage' });
    expect(parseCode('dang hoat dong', establishmentStatusOptions)).toEqual({ value: 'active' });
    expect(parseCode('Sòng bạc', establishmentTypeOptions).issue?.vi).toMatch(/^"Sòng bạc" không có trong danh mục; hãy chọn một trong: Khách sạn/);
  });
});
