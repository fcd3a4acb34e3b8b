import { describe, expect, it } from 'vitest';
import {
  containsDate,
  elapsedShare,
  findPeriod,
  isWithin,
  nextPeriod,
  overlaps,
  parsePeriod,
  periodCode,
  periodCodeSchema,
  periodContaining,
  periodOf,
  periodSpec,
  periodsWithin,
  previousPeriod,
  yearsOf,
} from './period.ts';

const dates = (code: string) => {
  const period = parsePeriod(code);
  return [period.start, period.end];
};
const codes = (periods: { code: string }[]) => periods.map((period) => period.code);

describe('calendar periods', () => {
  it('parses years, halves, quarters, months and phases', () => {
    expect(parsePeriod('Y2024')).toEqual({ code: 'Y2024', kind: 'year', basis: 'calendar', start: '2024-01-01', end: '2024-12-31' });
    expect(parsePeriod('H2024-1')).toEqual({ code: 'H2024-1', kind: 'half_year', basis: 'calendar', start: '2024-01-01', end: '2024-06-30' });
    expect(dates('H2024-2')).toEqual(['2024-07-01', '2024-12-31']);
    expect(parsePeriod('Q2024-3')).toEqual({ code: 'Q2024-3', kind: 'quarter', basis: 'calendar', start: '2024-07-01', end: '2024-09-30' });
    expect(dates('Q2024-1')).toEqual(['2024-01-01', '2024-03-31']);
    expect(dates('Q2024-4')).toEqual(['2024-10-01', '2024-12-31']);
    expect(parsePeriod('M2024-06')).toEqual({ code: 'M2024-06', kind: 'month', basis: 'calendar', start: '2024-06-01', end: '2024-06-30' });
    expect(dates('M2024-12')).toEqual(['2024-12-01', '2024-12-31']);
    expect(parsePeriod('P2021-2025')).toEqual({ code: 'P2021-2025', kind: 'phase', basis: 'calendar', start: '2021-01-01', end: '2025-12-31' });
    expect(dates('P2026-2030')).toEqual(['2026-01-01', '2030-12-31']);
  });

  it('gets February right in leap and common years', () => {
    expect(dates('M2024-02')).toEqual(['2024-02-01', '2024-02-29']);
    expect(dates('M2023-02')).toEqual(['2023-02-01', '2023-02-28']);
    expect(dates('M2000-02')).toEqual(['2000-02-01', '2000-02-29']);
    expect(dates('M2100-02')).toEqual(['2100-02-01', '2100-02-28']);
    expect(dates('Q2024-1')[1]).toBe('2024-03-31');
  });
});

describe('reporting periods (Decree 09/2019/NĐ-CP)', () => {
  it('runs from the 15th of the month before to the 14th of the last month', () => {
    expect(parsePeriod('RY2024')).toEqual({ code: 'RY2024', kind: 'year', basis: 'reporting', start: '2023-12-15', end: '2024-12-14' });
    expect(dates('RH2024-1')).toEqual(['2023-12-15', '2024-06-14']);
    expect(dates('RH2024-2')).toEqual(['2024-06-15', '2024-12-14']);
    expect(dates('RQ2024-3')).toEqual(['2024-06-15', '2024-09-14']);
    expect(dates('RM2024-06')).toEqual(['2024-05-15', '2024-06-14']);
  });

  it('crosses the 15/12 year boundary', () => {
    expect(dates('RM2024-01')).toEqual(['2023-12-15', '2024-01-14']);
    expect(dates('RQ2024-1')).toEqual(['2023-12-15', '2024-03-14']);
    expect(dates('RM2023-12')).toEqual(['2023-11-15', '2023-12-14']);
    expect(dates('RQ2024-4')).toEqual(['2024-09-15', '2024-12-14']);
  });

  it('covers February of a leap year without a gap', () => {
    expect(dates('RM2024-03')).toEqual(['2024-02-15', '2024-03-14']);
    expect(elapsedShare(parsePeriod('RM2024-03'), '2024-02-29')).toBeCloseTo(15 / 29);
    expect(elapsedShare(parsePeriod('RM2023-03'), '2023-02-28')).toBeCloseTo(14 / 28);
  });

  it('tiles a reporting year with its months, one after another', () => {
    const months = periodsWithin(parsePeriod('RY2024'), 'month');
    expect(codes(months)).toEqual(Array.from({ length: 12 }, (_, i) => `RM2024-${String(i + 1).padStart(2, '0')}`));
    expect(months[0]?.start).toBe('2023-12-15');
    expect(months[11]?.end).toBe('2024-12-14');
    for (let i = 1; i < months.length; i += 1) expect(previousPeriod(months[i]!)).toEqual(months[i - 1]);
    expect(nextPeriod(parsePeriod('RY2023')).start).toBe('2023-12-15');
  });
});

describe('period codes', () => {
  it('builds codes from parts', () => {
    expect(periodCode({ kind: 'year', year: 2024 })).toBe('Y2024');
    expect(periodCode({ kind: 'half_year', year: 2024, half: 1, basis: 'reporting' })).toBe('RH2024-1');
    expect(periodCode({ kind: 'quarter', year: 2024, quarter: 3 })).toBe('Q2024-3');
    expect(periodCode({ kind: 'month', year: 2024, month: 6 })).toBe('M2024-06');
    expect(periodCode({ kind: 'month', year: 2024, month: 6, basis: 'reporting' })).toBe('RM2024-06');
    expect(periodCode({ kind: 'phase', firstYear: 2021, lastYear: 2025 })).toBe('P2021-2025');
    expect(periodOf({ kind: 'year', year: 2024, basis: 'reporting' }).start).toBe('2023-12-15');
  });

  it('round-trips parts and codes', () => {
    for (const code of ['Y2024', 'RH2024-2', 'Q2024-3', 'RQ2024-1', 'M2024-06', 'RM2024-01', 'P2021-2025']) {
      expect(periodCode(periodSpec(parsePeriod(code)))).toBe(code);
    }
    expect(periodSpec(parsePeriod('RQ2024-3'))).toEqual({ kind: 'quarter', year: 2024, quarter: 3, basis: 'reporting' });
    expect(periodSpec(parsePeriod('P2026-2030'))).toEqual({ kind: 'phase', firstYear: 2026, lastYear: 2030, basis: 'calendar' });
  });

  it('refuses parts out of range', () => {
    expect(() => periodCode({ kind: 'month', year: 2024, month: 13 })).toThrow('the month must be a whole number 1–12, got 13');
    expect(() => periodCode({ kind: 'quarter', year: 2024, quarter: 2.5 })).toThrow(RangeError);
    expect(() => periodCode({ kind: 'year', year: 1999 })).toThrow('the year must be a whole number 2000–2100');
    expect(() => periodCode({ kind: 'phase', firstYear: 2021, lastYear: 2031 })).toThrow('at most 10 years');
  });

  it.each([
    ['M2024-13', 'the month must be 01–12'],
    ['M2024-00', 'the month must be 01–12'],
    ['M2024-6', 'written with two digits'],
    ['Q2024-5', 'the quarter must be 1–4'],
    ['Q2024-0', 'the quarter must be 1–4'],
    ['Q2024', 'the quarter must be 1–4'],
    ['H2024-3', 'the half must be 1 or 2'],
    ['Y1999', 'the year must be 2000–2100'],
    ['Y2101', 'the year must be 2000–2100'],
    ['Y2024-1', 'a year code has no suffix'],
    ['P2025-2021', 'must not be after its last year'],
    ['P2021-2031', 'a phase spans at most 10 years'],
    ['P2021-2101', 'the year must be 2000–2100'],
    ['P2021', 'a phase names its first and last years'],
    ['RP2021-2025', 'a phase has only a calendar basis'],
    ['y2024', 'expected Y2024, H2024-1'],
    [' Y2024', 'expected Y2024, H2024-1'],
    ['', 'expected Y2024, H2024-1'],
    ['X2024', 'expected Y2024, H2024-1'],
  ])('refuses %j: %s', (code, message) => {
    expect(() => parsePeriod(code)).toThrow(RangeError);
    expect(() => parsePeriod(code)).toThrow(`Invalid period code "${code}": `);
    expect(() => parsePeriod(code)).toThrow(message);
    expect(findPeriod(code)).toBeUndefined();
  });

  it('accepts the widest valid values', () => {
    expect(findPeriod('P2021-2030')?.end).toBe('2030-12-31');
    expect(findPeriod('P2024-2024')?.start).toBe('2024-01-01');
    expect(findPeriod('RY2000')?.start).toBe('1999-12-15');
    expect(findPeriod('M2100-12')?.end).toBe('2100-12-31');
  });

  it('validates codes in API requests with a message in both languages', () => {
    expect(periodCodeSchema.parse('RH2024-1')).toBe('RH2024-1');
    const result = periodCodeSchema.safeParse('Q2024-5');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      'Mã kỳ không hợp lệ (ví dụ: Y2024, RH2024-1, P2021-2025) | Invalid period code (e.g. Y2024, RH2024-1, P2021-2025)',
    );
    expect(periodCodeSchema.safeParse(2024).success).toBe(false);
  });
});

describe('relations between periods and dates', () => {
  it('contains dates, ends included', () => {
    const quarter = parsePeriod('RQ2024-1');
    expect(containsDate(quarter, '2023-12-15')).toBe(true);
    expect(containsDate(quarter, '2024-03-14')).toBe(true);
    expect(containsDate(quarter, '2023-12-14')).toBe(false);
    expect(containsDate(quarter, '2024-03-15')).toBe(false);
    expect(containsDate(parsePeriod('M2024-02'), '2024-02-29')).toBe(true);
    expect(() => containsDate(quarter, '2023-02-29')).toThrow(RangeError);
  });

  it('finds the period containing a date', () => {
    expect(periodContaining('2024-06-14', 'month', 'reporting').code).toBe('RM2024-06');
    expect(periodContaining('2024-06-15', 'month', 'reporting').code).toBe('RM2024-07');
    expect(periodContaining('2023-12-20', 'year', 'reporting').code).toBe('RY2024');
    expect(periodContaining('2024-06-20', 'half_year', 'reporting').code).toBe('RH2024-2');
    expect(periodContaining('2024-08-31', 'quarter').code).toBe('Q2024-3');
    expect(periodContaining('2024-12-31', 'month').code).toBe('M2024-12');
  });

  it('tells whether periods overlap', () => {
    expect(overlaps(parsePeriod('Y2023'), parsePeriod('RY2024'))).toBe(true);
    expect(overlaps(parsePeriod('Y2023'), parsePeriod('Y2024'))).toBe(false);
    expect(overlaps(parsePeriod('RH2024-1'), parsePeriod('RH2024-2'))).toBe(false);
    expect(overlaps(parsePeriod('M2024-06'), parsePeriod('M2024-06'))).toBe(true);
  });

  it('tells whether a period lies within another', () => {
    expect(isWithin(parsePeriod('Y2024'), parsePeriod('P2021-2025'))).toBe(true);
    expect(isWithin(parsePeriod('M2025-12'), parsePeriod('P2021-2025'))).toBe(true);
    expect(isWithin(parsePeriod('Y2026'), parsePeriod('P2021-2025'))).toBe(false);
    expect(isWithin(parsePeriod('P2021-2025'), parsePeriod('Y2024'))).toBe(false);
    expect(isWithin(parsePeriod('Y2024'), parsePeriod('Y2024'))).toBe(true);
    expect(isWithin(parsePeriod('RM2024-06'), parsePeriod('RH2024-1'))).toBe(true);
    // A reporting year starts on 15/12 of the year before, so it is not within the calendar phase.
    expect(isWithin(parsePeriod('RY2021'), parsePeriod('P2021-2025'))).toBe(false);
  });

  it('measures the share of a period elapsed', () => {
    const year = parsePeriod('Y2024');
    expect(elapsedShare(year, '2023-12-31')).toBe(0);
    expect(elapsedShare(year, '2024-01-01')).toBeCloseTo(1 / 366);
    expect(elapsedShare(year, '2024-07-01')).toBeCloseTo(183 / 366);
    expect(elapsedShare(year, '2024-12-31')).toBe(1);
    expect(elapsedShare(year, '2025-03-01')).toBe(1);
    const half = parsePeriod('RH2024-1');
    expect(elapsedShare(half, '2023-12-14')).toBe(0);
    expect(elapsedShare(half, '2024-03-14')).toBeCloseTo(91 / 183);
    expect(elapsedShare(half, '2024-06-14')).toBe(1);
    expect(() => elapsedShare(year, '31/12/2024')).toThrow(RangeError);
  });
});

describe('stepping and subdividing', () => {
  it('steps back one period of the same kind and basis', () => {
    expect(previousPeriod(parsePeriod('M2024-01')).code).toBe('M2023-12');
    expect(previousPeriod(parsePeriod('RH2024-1'))).toEqual(parsePeriod('RH2023-2'));
    expect(previousPeriod(parsePeriod('RH2024-1')).end).toBe('2023-12-14');
    expect(previousPeriod(parsePeriod('Q2024-1')).code).toBe('Q2023-4');
    expect(previousPeriod(parsePeriod('RY2024')).code).toBe('RY2023');
    expect(previousPeriod(parsePeriod('RM2024-03')).code).toBe('RM2024-02');
    expect(previousPeriod(parsePeriod('P2026-2030')).code).toBe('P2021-2025');
    expect(nextPeriod(parsePeriod('M2024-12')).code).toBe('M2025-01');
    expect(nextPeriod(parsePeriod('RH2024-2')).code).toBe('RH2025-1');
    expect(() => previousPeriod(parsePeriod('Y2000'))).toThrow('the year must be 2000–2100');
  });

  it('lists the years of a phase', () => {
    expect(yearsOf(parsePeriod('P2021-2025'))).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(yearsOf(parsePeriod('RM2024-01'))).toEqual([2024]);
  });

  it('lists the periods within a period', () => {
    const years = periodsWithin(parsePeriod('P2021-2025'), 'year');
    expect(years).toHaveLength(5);
    expect(codes(years)).toEqual(['Y2021', 'Y2022', 'Y2023', 'Y2024', 'Y2025']);
    expect(codes(periodsWithin(parsePeriod('P2021-2025'), 'year', 'reporting'))).toEqual(['RY2021', 'RY2022', 'RY2023', 'RY2024', 'RY2025']);
    const months = periodsWithin(parsePeriod('Y2024'), 'month');
    expect(months).toHaveLength(12);
    expect(months[1]).toEqual(parsePeriod('M2024-02'));
    expect(months.every((month) => isWithin(month, parsePeriod('Y2024')))).toBe(true);
    expect(codes(periodsWithin(parsePeriod('H2024-2'), 'quarter'))).toEqual(['Q2024-3', 'Q2024-4']);
    expect(codes(periodsWithin(parsePeriod('RQ2024-1'), 'month'))).toEqual(['RM2024-01', 'RM2024-02', 'RM2024-03']);
    expect(periodsWithin(parsePeriod('P2021-2030'), 'half_year')).toHaveLength(20);
    expect(periodsWithin(parsePeriod('M2024-06'), 'year')).toEqual([]);
    expect(codes(periodsWithin(parsePeriod('M2024-06'), 'month'))).toEqual(['M2024-06']);
  });
});
