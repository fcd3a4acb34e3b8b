import { describe, expect, it } from 'vitest';
import { indicatorKinds } from './indicator.ts';
import { computeMeasurement, formatMeasurement, isShareKind, missingCodes, shareKinds } from './measurement.ts';

describe('computeMeasurement', () => {
  it.each(shareKinds)('%s is numerator / denominator × 100, kept raw', (kind) => {
    const measurement = computeMeasurement(kind, { numerator: 8, denominator: 11 });
    expect(measurement.value).toBe((8 / 11) * 100);
    expect(measurement).toMatchObject({ numerator: 8, denominator: 11, missing: [] });
  });

  it.each(shareKinds)('%s has no value, not 0%%, when the denominator is 0', (kind) => {
    expect(computeMeasurement(kind, { numerator: 0, denominator: 0 })).toEqual({
      value: null, numerator: 0, denominator: 0, missing: ['no_denominator'],
    });
  });

  it('a share with an unknown denominator has no value; for a population it is the reference figure that is missing', () => {
    expect(computeMeasurement('share_of_registry', { numerator: 3, denominator: null }).missing).toEqual(['no_denominator']);
    expect(computeMeasurement('share_of_population', { numerator: 3 }).missing).toEqual(['no_reference_figure']);
    expect(computeMeasurement('share_of_population', { numerator: 3, denominator: 0 }).missing).toEqual(['no_denominator']);
    expect(computeMeasurement('share_of_population', { numerator: 3 }).value).toBeNull();
  });

  it('a share with an unknown numerator has no value', () => {
    expect(computeMeasurement('share_on_time', { numerator: null, denominator: 10 })).toEqual({
      value: null, numerator: null, denominator: 10, missing: ['no_numerator'],
    });
  });

  it('a share of 0 of a real denominator is 0%, and above 100% is kept as is', () => {
    expect(computeMeasurement('share_of_registry', { numerator: 0, denominator: 40 }).value).toBe(0);
    expect(computeMeasurement('share_of_population', { numerator: 120, denominator: 100 }).value).toBe(120);
  });

  it('growth is (current − previous) / previous × 100, and may be negative', () => {
    expect(computeMeasurement('year_on_year_growth', { numerator: 26, previous: 25 })).toEqual({
      value: 4, numerator: 26, denominator: null, previous: 25, missing: [],
    });
    expect(computeMeasurement('year_on_year_growth', { numerator: 20, previous: 25 }).value).toBe(-20);
    expect(computeMeasurement('year_on_year_growth', { numerator: 0, previous: 25 }).value).toBe(-100);
  });

  it('growth has no value without a previous period or from a previous 0', () => {
    expect(computeMeasurement('year_on_year_growth', { numerator: 5, previous: 0 }).missing).toEqual(['no_previous_period']);
    expect(computeMeasurement('year_on_year_growth', { numerator: 5, previous: null }).value).toBeNull();
    expect(computeMeasurement('year_on_year_growth', { numerator: 5 }).missing).toEqual(['no_previous_period']);
    expect(computeMeasurement('year_on_year_growth', { numerator: null, previous: null }).missing)
      .toEqual(['no_previous_period', 'no_numerator']);
  });

  it('a count is its numerator', () => {
    expect(computeMeasurement('count', { numerator: 12 })).toEqual({ value: 12, numerator: 12, denominator: null, missing: [] });
    expect(computeMeasurement('count', { numerator: 0 }).value).toBe(0);
    expect(computeMeasurement('count', { numerator: null })).toMatchObject({ value: null, missing: ['no_numerator'] });
  });

  it('monthly frequency is the months with an item, over the months of the period', () => {
    expect(computeMeasurement('monthly_frequency', { numerator: 8, denominator: 12 })).toEqual({
      value: 8, numerator: 8, denominator: 12, missing: [],
    });
  });

  it('done is 1 or 0; null only when nothing was reported', () => {
    expect(computeMeasurement('done', { numerator: 1 }).value).toBe(1);
    expect(computeMeasurement('done', { numerator: 3 }).value).toBe(1);
    expect(computeMeasurement('done', { numerator: 0 }).value).toBe(0);
    expect(computeMeasurement('done', { numerator: null })).toMatchObject({ value: null, missing: ['no_numerator'] });
  });

  it('rejects figures that cannot be counts', () => {
    expect(() => computeMeasurement('count', { numerator: -1 })).toThrow(RangeError);
    expect(() => computeMeasurement('share_of_registry', { numerator: 1, denominator: Number.NaN })).toThrow(RangeError);
    expect(() => computeMeasurement('year_on_year_growth', { numerator: 1, previous: Infinity })).toThrow(RangeError);
  });

  it('uses only known missing codes', () => {
    for (const kind of indicatorKinds) {
      for (const figures of [{ numerator: null, denominator: null, previous: null }, { numerator: 1, denominator: 0, previous: 0 }]) {
        for (const code of computeMeasurement(kind, figures).missing) expect(missingCodes).toContain(code);
      }
    }
  });

  it('knows the share kinds', () => {
    expect(isShareKind('cumulative_distinct_coverage')).toBe(true);
    expect(isShareKind('year_on_year_growth')).toBe(false);
    expect(isShareKind('count')).toBe(false);
  });
});

describe('formatMeasurement', () => {
  it('formats shares with the language’s decimal mark, at most 2 decimals', () => {
    expect(formatMeasurement('share_of_population', 72.5, 'vi')).toBe('72,5%');
    expect(formatMeasurement('share_of_population', 72.5, 'en')).toBe('72.5%');
    expect(formatMeasurement('share_of_registry', (2 / 3) * 100, 'vi')).toBe('66,67%');
    expect(formatMeasurement('share_on_time', 100, 'en')).toBe('100%');
    expect(formatMeasurement('share_of_child_units', 0, 'vi')).toBe('0%');
  });

  it('does not round the measurement itself', () => {
    const measurement = computeMeasurement('share_of_registry', { numerator: 2, denominator: 3 });
    expect(formatMeasurement('share_of_registry', measurement, 'en')).toBe('66.67%');
    expect(measurement.value).toBe((2 / 3) * 100);
  });

  it('formats growth with its sign', () => {
    expect(formatMeasurement('year_on_year_growth', 4.2, 'vi')).toBe('+4,2%');
    expect(formatMeasurement('year_on_year_growth', 4.2, 'en')).toBe('+4.2%');
    expect(formatMeasurement('year_on_year_growth', -3.456, 'en')).toBe('-3.46%');
    expect(formatMeasurement('year_on_year_growth', 0, 'vi')).toBe('0%');
  });

  it('formats counts, with thousands separators', () => {
    expect(formatMeasurement('count', 12, 'vi')).toBe('12 lượt');
    expect(formatMeasurement('count', 12, 'en')).toBe('12');
    expect(formatMeasurement('count', 1234, 'vi')).toBe('1.234 lượt');
    expect(formatMeasurement('count', 1234, 'en')).toBe('1,234');
  });

  it('formats monthly frequency against the months of the period when it has them', () => {
    const measurement = computeMeasurement('monthly_frequency', { numerator: 8, denominator: 12 });
    expect(formatMeasurement('monthly_frequency', measurement, 'vi')).toBe('8/12 tháng');
    expect(formatMeasurement('monthly_frequency', measurement, 'en')).toBe('8 of 12 months');
    expect(formatMeasurement('monthly_frequency', 8, 'vi')).toBe('8 tháng');
    expect(formatMeasurement('monthly_frequency', 1, 'en')).toBe('1 month');
  });

  it('formats done', () => {
    expect(formatMeasurement('done', 1, 'vi')).toBe('Đã thực hiện');
    expect(formatMeasurement('done', 1, 'en')).toBe('Done');
    expect(formatMeasurement('done', 0, 'vi')).toBe('Chưa thực hiện');
    expect(formatMeasurement('done', 0, 'en')).toBe('Not done');
  });

  it('says when there is no figure', () => {
    expect(formatMeasurement('share_of_population', null, 'vi')).toBe('Chưa có số liệu');
    expect(formatMeasurement('count', computeMeasurement('count', { numerator: null }), 'en')).toBe('No data');
  });
});
