import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, parseVietnameseDate } from './format.ts';

describe('formatDate', () => {
  it('writes ISO dates as dd/mm/yyyy', () => {
    expect(formatDate('2025-07-01')).toBe('01/07/2025');
  });

  it('uses Vietnam time for moments near midnight UTC', () => {
    expect(formatDate(new Date('2025-06-30T18:30:00Z'))).toBe('01/07/2025');
    expect(formatDateTime(new Date('2025-06-30T18:30:00Z'))).toBe('01/07/2025 01:30');
  });

  it('refuses text that is not an ISO date', () => {
    expect(() => formatDate('1/7/2025')).toThrow(RangeError);
  });
});

describe('parseVietnameseDate', () => {
  it('reads dd/mm/yyyy and d/m/yyyy', () => {
    expect(parseVietnameseDate('20/12/2024')).toBe('2024-12-20');
    expect(parseVietnameseDate('1/7/2025')).toBe('2025-07-01');
  });

  it('rejects impossible dates and other shapes', () => {
    expect(parseVietnameseDate('31/02/2024')).toBeUndefined();
    expect(parseVietnameseDate('2024-12-20')).toBeUndefined();
    expect(parseVietnameseDate('12/20/2024')).toBeUndefined();
  });
});
