import { describe, expect, it } from 'vitest';
import { checkTargetAgainstIndicator, isLooserThan } from './target-rules.ts';
import type { TargetBounds } from './status.ts';
import { shareKinds } from './measurement.ts';
import type { IndicatorKind } from './indicator.ts';

function fields(target: TargetBounds, kind: IndicatorKind, monthsInPeriod?: number): string[] {
  return checkTargetAgainstIndicator(target, { kind }, monthsInPeriod === undefined ? {} : { monthsInPeriod }).map((issue) => issue.field);
}

const gte = (value: number): TargetBounds => ({ comparator: 'gte', value });
const lte = (value: number): TargetBounds => ({ comparator: 'lte', value });
const eq = (value: number): TargetBounds => ({ comparator: 'eq', value });
const range = (value: number, valueHigh: number): TargetBounds => ({ comparator: 'range', value, valueHigh });

describe('checkTargetAgainstIndicator', () => {
  it.each(shareKinds)('%s: a share must lie within 0–100%%', (kind) => {
    expect(fields(gte(70), kind)).toEqual([]);
    expect(fields(eq(100), kind)).toEqual([]);
    expect(fields(gte(0), kind)).toEqual([]);
    expect(fields(gte(100.5), kind)).toEqual(['value']);
    expect(fields(lte(-1), kind)).toEqual(['value']);
    expect(fields(range(50, 120), kind)).toEqual(['valueHigh']);
  });

  it('writes messages in Vietnamese and English', () => {
    const [issue] = checkTargetAgainstIndicator(gte(150), { kind: 'share_of_population' });
    expect(issue).toEqual({ field: 'value', message: 'Tỷ lệ phải nằm trong khoảng 0–100% | A share must be between 0 and 100%' });
  });

  it('allows growth to be negative or above 100%, but not to fall by more than 100%', () => {
    expect(fields(range(3, 5), 'year_on_year_growth')).toEqual([]);
    expect(fields(gte(150), 'year_on_year_growth')).toEqual([]);
    expect(fields(gte(-20), 'year_on_year_growth')).toEqual([]);
    expect(fields(gte(-100), 'year_on_year_growth')).toEqual([]);
    expect(fields(gte(-101), 'year_on_year_growth')).toEqual(['value']);
  });

  it('rejects a negative or fractional count', () => {
    expect(fields(range(10, 15), 'count')).toEqual([]);
    expect(fields(gte(0), 'count')).toEqual([]);
    expect(fields(gte(-1), 'count')).toEqual(['value']);
    expect(fields(gte(2.5), 'count')).toEqual(['value']);
    expect(fields(range(-2, 5), 'count')).toEqual(['value']);
  });

  it('rejects a range whose low end is above its high end, or without a high end', () => {
    expect(fields(range(15, 10), 'count')).toEqual(['valueHigh']);
    expect(fields(range(10, 10), 'count')).toEqual([]);
    expect(fields({ comparator: 'range', value: 10, valueHigh: null }, 'count')).toEqual(['valueHigh']);
    expect(fields({ comparator: 'range', value: 10 }, 'share_of_registry')).toEqual(['valueHigh']);
  });

  it('accepts done only as "eq 1"', () => {
    expect(fields(eq(1), 'done')).toEqual([]);
    expect(fields(eq(0), 'done')).toEqual(['value']);
    expect(fields(gte(1), 'done')).toEqual(['comparator']);
    expect(fields(lte(2), 'done')).toEqual(['comparator', 'value']);
  });

  it('limits monthly frequency to the months of the period, 12 a year by default', () => {
    expect(fields(gte(12), 'monthly_frequency')).toEqual([]);
    expect(fields(gte(13), 'monthly_frequency')).toEqual(['value']);
    expect(fields(gte(6), 'monthly_frequency', 6)).toEqual([]);
    expect(fields(gte(7), 'monthly_frequency', 6)).toEqual(['value']);
    expect(fields(gte(60), 'monthly_frequency', 60)).toEqual([]);
    expect(fields(gte(-1), 'monthly_frequency')).toEqual(['value']);
    expect(fields(gte(5.5), 'monthly_frequency')).toEqual(['value']);
    expect(checkTargetAgainstIndicator(gte(13), { kind: 'monthly_frequency' })[0]!.message).toContain('(12)');
  });
});

describe('isLooserThan', () => {
  it('gte: a lower value is looser, the same or higher is not', () => {
    expect(isLooserThan(gte(60), gte(70))).toBe(true);
    expect(isLooserThan(gte(70), gte(70))).toBe(false);
    expect(isLooserThan(gte(80), gte(70))).toBe(false);
  });

  it('lte: a higher value is looser, the same or lower is not', () => {
    expect(isLooserThan(lte(6), lte(5))).toBe(true);
    expect(isLooserThan(lte(5), lte(5))).toBe(false);
    expect(isLooserThan(lte(4), lte(5))).toBe(false);
  });

  it('eq: a different value is looser (it accepts what the parent does not)', () => {
    expect(isLooserThan(eq(100), eq(100))).toBe(false);
    expect(isLooserThan(eq(90), eq(100))).toBe(true);
    expect(isLooserThan(eq(110), eq(100))).toBe(true);
  });

  it('range: wider on either side is looser, inside is not', () => {
    expect(isLooserThan(range(10, 15), range(10, 15))).toBe(false);
    expect(isLooserThan(range(11, 14), range(10, 15))).toBe(false);
    expect(isLooserThan(range(9, 15), range(10, 15))).toBe(true);
    expect(isLooserThan(range(10, 16), range(10, 15))).toBe(true);
    expect(isLooserThan(range(5, 8), range(3, 5))).toBe(true);
  });

  it('different comparators are compared on the bound the parent sets', () => {
    // Parent sets a lower bound: only the child's lower bound matters.
    expect(isLooserThan(range(10, 15), gte(10))).toBe(false);
    expect(isLooserThan(range(8, 15), gte(10))).toBe(true);
    expect(isLooserThan(eq(100), gte(70))).toBe(false);
    expect(isLooserThan(eq(60), gte(70))).toBe(true);
    expect(isLooserThan(lte(90), gte(70))).toBe(true);
    // Parent sets an upper bound.
    expect(isLooserThan(range(0, 4), lte(5))).toBe(false);
    expect(isLooserThan(eq(6), lte(5))).toBe(true);
    expect(isLooserThan(gte(1), lte(5))).toBe(true);
    // Parent sets both bounds: dropping one is looser.
    expect(isLooserThan(gte(12), range(10, 15))).toBe(true);
    expect(isLooserThan(lte(12), range(10, 15))).toBe(true);
    expect(isLooserThan(eq(12), range(10, 15))).toBe(false);
    expect(isLooserThan(gte(100), eq(100))).toBe(true);
  });

  it('given the kind, reads bounds within the values the indicator can take', () => {
    // A share cannot exceed 100%: "≥ 100%" accepts exactly what "= 100%" accepts.
    expect(isLooserThan(gte(100), eq(100), 'share_on_time')).toBe(false);
    expect(isLooserThan(gte(100), range(90, 100), 'share_of_registry')).toBe(false);
    // A count cannot be negative: "≤ 0" is "= 0".
    expect(isLooserThan(lte(0), eq(0), 'count')).toBe(false);
    expect(isLooserThan(gte(12), range(10, 15), 'count')).toBe(true);
    expect(isLooserThan(gte(60), gte(70), 'share_of_population')).toBe(true);
  });
});
