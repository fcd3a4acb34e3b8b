import { describe, expect, it } from 'vitest';
import { aggregateMeasurements } from './aggregate.ts';
import { shareKinds } from './measurement.ts';

describe('aggregateMeasurements', () => {
  describe('shares and coverage', () => {
    it.each(shareKinds.filter((kind) => kind !== 'share_of_child_units'))('%s is a ratio of sums', (kind) => {
      const result = aggregateMeasurements(kind, [
        { unitId: 'a', numerator: 3, denominator: 4 },
        { unitId: 'b', numerator: 5, denominator: 16 },
      ]);
      expect(result).toEqual({ value: 40, numerator: 8, denominator: 20, missing: [], childrenWithoutData: [] });
    });

    it('is never the mean of the children’s percentages', () => {
      // A small commune at 100% and a large one at 10%: 110 of 1 010 people, 10.9%, not 55%.
      const children = [
        { unitId: 'small', numerator: 10, denominator: 10 },
        { unitId: 'large', numerator: 100, denominator: 1000 },
      ];
      const result = aggregateMeasurements('share_of_population', children);
      const meanOfPercentages = (100 + 10) / 2;
      expect(result.value).toBeCloseTo((110 / 1010) * 100, 12);
      expect(result.value).not.toBeCloseTo(meanOfPercentages, 0);
      expect(result.value! < 11).toBe(true);
    });

    it('leaves out a child lacking either figure, from both sums, and lists it', () => {
      const result = aggregateMeasurements('share_of_population', [
        { unitId: 'a', numerator: 30, denominator: 100 },
        { unitId: 'no-reference', numerator: 500, denominator: null },
        { unitId: 'no-report', numerator: null, denominator: 200 },
        { unitId: 'silent' },
      ]);
      expect(result).toMatchObject({ value: 30, numerator: 30, denominator: 100 });
      expect(result.childrenWithoutData).toEqual(['no-reference', 'no-report', 'silent']);
    });

    it('keeps children with a 0 denominator in the sums (a commune without establishments adds nothing)', () => {
      const result = aggregateMeasurements('share_of_registry', [
        { unitId: 'a', numerator: 0, denominator: 0 },
        { unitId: 'b', numerator: 2, denominator: 8 },
      ]);
      expect(result).toMatchObject({ value: 25, childrenWithoutData: [] });
    });

    it('has no value when every denominator is 0', () => {
      const result = aggregateMeasurements('share_of_registry', [{ unitId: 'a', numerator: 0, denominator: 0 }]);
      expect(result).toMatchObject({ value: null, missing: ['no_denominator'] });
    });

    it('has no value when no child has figures, or there are no children', () => {
      expect(aggregateMeasurements('share_on_time', [{ unitId: 'a', numerator: null }])).toMatchObject({
        value: null, missing: ['no_child_data'], childrenWithoutData: ['a'],
      });
      expect(aggregateMeasurements('share_on_time', [])).toMatchObject({ value: null, missing: ['no_denominator'] });
    });
  });

  describe('counts', () => {
    it('add up', () => {
      const result = aggregateMeasurements('count', [
        { unitId: 'a', numerator: 4 },
        { unitId: 'b', numerator: 0 },
        { unitId: 'c', numerator: 7 },
        { unitId: 'd', numerator: null },
      ]);
      expect(result).toEqual({ value: 11, numerator: 11, denominator: null, missing: [], childrenWithoutData: ['d'] });
    });

    it('have no value without any child figure', () => {
      expect(aggregateMeasurements('count', [])).toMatchObject({ value: null, missing: ['no_child_data'] });
    });
  });

  describe('growth', () => {
    it('compares the sum of current figures with the sum of previous ones, not the mean of growth rates', () => {
      // Child growth rates +100% and −10%: mean 45%; the parent went from 101 to 92, −8.91%.
      const result = aggregateMeasurements('year_on_year_growth', [
        { unitId: 'a', numerator: 2, previous: 1 },
        { unitId: 'b', numerator: 90, previous: 100 },
      ]);
      expect(result).toMatchObject({ numerator: 92, previous: 101, missing: [] });
      expect(result.value).toBeCloseTo(((92 - 101) / 101) * 100, 12);
    });

    it('counts only the children that have both figures (like for like)', () => {
      const result = aggregateMeasurements('year_on_year_growth', [
        { unitId: 'a', numerator: 21, previous: 20 },
        { unitId: 'new', numerator: 50, previous: null },
      ]);
      expect(result).toMatchObject({ value: 5, numerator: 21, previous: 20, childrenWithoutData: ['new'] });
    });

    it('has no value when the previous figures add up to 0', () => {
      const result = aggregateMeasurements('year_on_year_growth', [{ unitId: 'a', numerator: 3, previous: 0 }]);
      expect(result).toMatchObject({ value: null, missing: ['no_previous_period'] });
    });
  });

  describe('monthly frequency', () => {
    it('counts the months in which any child had an item, not the sum of the children’s months', () => {
      const result = aggregateMeasurements('monthly_frequency', [
        { unitId: 'a', months: ['2025-01', '2025-03'], denominator: 12 },
        { unitId: 'b', months: new Set(['2025-03', '2025-04']), denominator: 12 },
        { unitId: 'c', months: [], denominator: 12 },
        { unitId: 'd', months: null },
      ]);
      expect(result).toEqual({ value: 3, numerator: 3, denominator: 12, missing: [], childrenWithoutData: ['d'] });
    });

    it('takes the months of the period from the options first', () => {
      const result = aggregateMeasurements('monthly_frequency', [{ unitId: 'a', months: ['2025-01'] }], { monthsInPeriod: 6 });
      expect(result).toMatchObject({ value: 1, denominator: 6 });
    });

    it('has no value when no child reported', () => {
      expect(aggregateMeasurements('monthly_frequency', [{ unitId: 'a' }])).toMatchObject({ value: null, missing: ['no_child_data'] });
      expect(aggregateMeasurements('monthly_frequency', [])).toMatchObject({ value: null, missing: ['no_child_data'] });
    });

    it('rejects what is not a month', () => {
      expect(() => aggregateMeasurements('monthly_frequency', [{ unitId: 'a', months: ['2025-13'] }])).toThrow(RangeError);
      expect(() => aggregateMeasurements('monthly_frequency', [{ unitId: 'a', months: ['2025-1'] }])).toThrow(RangeError);
    });
  });

  describe('share of child units', () => {
    it('is the children satisfying their own condition over all children; no data counts as not satisfying', () => {
      const result = aggregateMeasurements('share_of_child_units', [
        { unitId: 'a', satisfied: true },
        { unitId: 'b', satisfied: true },
        { unitId: 'c', satisfied: false },
        { unitId: 'd', satisfied: null },
        { unitId: 'e' },
      ]);
      expect(result).toEqual({ value: 40, numerator: 2, denominator: 5, missing: [], childrenWithoutData: ['d', 'e'] });
    });

    it('has no value without children', () => {
      expect(aggregateMeasurements('share_of_child_units', [])).toMatchObject({ value: null, missing: ['no_denominator'] });
    });
  });

  it('never builds a parent’s done from its children: it is the parent’s own record', () => {
    const result = aggregateMeasurements('done', [{ unitId: 'a', numerator: 1 }, { unitId: 'b', numerator: 1 }]);
    expect(result).toEqual({ value: null, numerator: null, denominator: null, missing: ['own_record_only'], childrenWithoutData: [] });
  });
});
