import { describe, expect, it } from 'vitest';
import type { Comparator } from '../plans/plan.ts';
import type { IndicatorKind } from './indicator.ts';
import { indicatorKinds } from './indicator.ts';
import { accumulatingKinds, evaluateTarget, isAccumulating, satisfies } from './status.ts';

function evaluate(
  kind: IndicatorKind,
  comparator: Comparator,
  target: number,
  value: number | null,
  elapsedShare: number,
  valueHigh: number | null = null,
) {
  return evaluateTarget({ kind, comparator, value: target, valueHigh, measurement: { value }, elapsedShare });
}

const nonAccumulating = indicatorKinds.filter((kind) => !isAccumulating(kind));

describe('satisfies', () => {
  it('applies each comparator, bounds included', () => {
    expect(satisfies(70, { comparator: 'gte', value: 70 })).toBe(true);
    expect(satisfies(69.9, { comparator: 'gte', value: 70 })).toBe(false);
    expect(satisfies(30, { comparator: 'lte', value: 30 })).toBe(true);
    expect(satisfies(30.1, { comparator: 'lte', value: 30 })).toBe(false);
    expect(satisfies(100, { comparator: 'eq', value: 100 })).toBe(true);
    expect(satisfies(99.99, { comparator: 'eq', value: 100 })).toBe(false);
    expect(satisfies(10, { comparator: 'range', value: 10, valueHigh: 15 })).toBe(true);
    expect(satisfies(15, { comparator: 'range', value: 10, valueHigh: 15 })).toBe(true);
    expect(satisfies(9, { comparator: 'range', value: 10, valueHigh: 15 })).toBe(false);
    expect(satisfies(16, { comparator: 'range', value: 10, valueHigh: 15 })).toBe(false);
  });

  it('allows 1e-9 for the arithmetic of raw shares', () => {
    expect(satisfies((7 / 10) * 100, { comparator: 'eq', value: 70 })).toBe(true);
    expect(satisfies(0.1 + 0.2, { comparator: 'lte', value: 0.3 })).toBe(true);
    expect(satisfies(70 - 1e-10, { comparator: 'gte', value: 70 })).toBe(true);
    expect(satisfies(70 - 1e-6, { comparator: 'gte', value: 70 })).toBe(false);
  });
});

describe('evaluateTarget', () => {
  it.each(indicatorKinds)('%s without a value is no_data, whatever the time', (kind) => {
    expect(evaluate(kind, 'gte', 70, null, 0.5).status).toBe('no_data');
    expect(evaluate(kind, 'gte', 70, null, 1).status).toBe('no_data');
  });

  it('keeps the expectation when there is no data', () => {
    expect(evaluate('count', 'gte', 10, null, 0.5)).toEqual({ status: 'no_data', expectedSoFar: 5 });
  });

  it.each(indicatorKinds)('%s once the period is over: met or not_met', (kind) => {
    expect(evaluate(kind, 'gte', 1, 1, 1).status).toBe('met');
    expect(evaluate(kind, 'gte', 1, 0, 1).status).toBe('not_met');
    expect(evaluate(kind, 'lte', 5, 6, 1.3).status).toBe('not_met');
    expect(evaluate(kind, 'range', 10, 12, 1, 15).status).toBe('met');
    expect(evaluate(kind, 'range', 10, 9, 1, 15).status).toBe('not_met');
  });

  it('at the end, the expectation is the whole target', () => {
    expect(evaluate('count', 'gte', 12, 5, 1)).toEqual({ status: 'not_met', expectedSoFar: 12 });
  });

  describe('accumulating kinds during the period', () => {
    it('lists the kinds that add up over the period', () => {
      expect([...accumulatingKinds].sort()).toEqual(
        ['count', 'cumulative_distinct_coverage', 'monthly_frequency', 'share_of_child_units', 'share_of_population', 'share_of_registry'],
      );
    });

    it.each(accumulatingKinds)('%s gte: met once reached, else on track or at risk against target × elapsed', (kind) => {
      expect(evaluate(kind, 'gte', 10, 10, 0.5)).toEqual({ status: 'met', expectedSoFar: 5 });
      expect(evaluate(kind, 'gte', 10, 5, 0.5)).toEqual({ status: 'on_track', expectedSoFar: 5 });
      expect(evaluate(kind, 'gte', 10, 4.9, 0.5)).toEqual({ status: 'at_risk', expectedSoFar: 5 });
    });

    it('at the very start nothing is expected yet', () => {
      expect(evaluate('share_of_population', 'gte', 70, 0, 0)).toEqual({ status: 'on_track', expectedSoFar: 0 });
      expect(evaluate('count', 'gte', 10, 0, -0.2)).toEqual({ status: 'on_track', expectedSoFar: 0 });
    });

    it('just before the end, almost all of it is expected', () => {
      expect(evaluate('share_of_registry', 'gte', 20, 19, 0.99).status).toBe('at_risk');
      expect(evaluate('share_of_registry', 'gte', 20, 19.8, 0.99).status).toBe('on_track');
    });

    it('range: met inside, the low end is pro-rated below it, and above the high end it cannot come down', () => {
      expect(evaluate('count', 'range', 10, 12, 0.5, 15)).toEqual({ status: 'met', expectedSoFar: 5 });
      expect(evaluate('count', 'range', 10, 6, 0.5, 15)).toEqual({ status: 'on_track', expectedSoFar: 5 });
      expect(evaluate('count', 'range', 10, 4, 0.5, 15)).toEqual({ status: 'at_risk', expectedSoFar: 5 });
      expect(evaluate('count', 'range', 10, 16, 0.5, 15)).toEqual({ status: 'not_met', expectedSoFar: 5 });
    });

    it('lte: on track while not exceeded, not_met once exceeded (it cannot come down)', () => {
      expect(evaluate('count', 'lte', 5, 5, 0.3)).toEqual({ status: 'on_track', expectedSoFar: null });
      expect(evaluate('count', 'lte', 5, 0, 0)).toEqual({ status: 'on_track', expectedSoFar: null });
      expect(evaluate('count', 'lte', 5, 6, 0.3)).toEqual({ status: 'not_met', expectedSoFar: null });
    });

    it('eq: below is judged like gte, reached is met, above is not_met', () => {
      expect(evaluate('share_of_child_units', 'eq', 100, 60, 0.5)).toEqual({ status: 'on_track', expectedSoFar: 50 });
      expect(evaluate('share_of_child_units', 'eq', 100, 40, 0.5)).toEqual({ status: 'at_risk', expectedSoFar: 50 });
      expect(evaluate('share_of_child_units', 'eq', 100, 100, 0.5)).toEqual({ status: 'met', expectedSoFar: 50 });
      expect(evaluate('count', 'eq', 4, 5, 0.5)).toEqual({ status: 'not_met', expectedSoFar: 2 });
    });

    it('monthly frequency: 5 months of 12 at mid-year against "every month"', () => {
      expect(evaluate('monthly_frequency', 'gte', 12, 6, 0.5).status).toBe('on_track');
      expect(evaluate('monthly_frequency', 'gte', 12, 5, 0.5).status).toBe('at_risk');
    });
  });

  describe('kinds that do not accumulate, during the period', () => {
    it('are share on time, growth and done', () => {
      expect(nonAccumulating).toEqual(['share_on_time', 'year_on_year_growth', 'done']);
    });

    it('satisfying now is only on track, not yet met; otherwise at risk; nothing is pro-rated', () => {
      expect(evaluate('share_on_time', 'eq', 100, 100, 0.5)).toEqual({ status: 'on_track', expectedSoFar: null });
      expect(evaluate('share_on_time', 'eq', 100, 92, 0.5)).toEqual({ status: 'at_risk', expectedSoFar: null });
      expect(evaluate('year_on_year_growth', 'range', 3, 4, 0.5, 5)).toEqual({ status: 'on_track', expectedSoFar: null });
      expect(evaluate('year_on_year_growth', 'range', 3, 6, 0.5, 5)).toEqual({ status: 'at_risk', expectedSoFar: null });
      expect(evaluate('year_on_year_growth', 'gte', 3, -2, 0.5).status).toBe('at_risk');
      expect(evaluate('year_on_year_growth', 'lte', 0, -2, 0.5).status).toBe('on_track');
    });

    it('a low share on time early on is at risk, not on track: it does not grow with time', () => {
      expect(evaluate('share_on_time', 'gte', 90, 50, 0.1).status).toBe('at_risk');
    });

    it('done is met as soon as it is done, at risk until then', () => {
      expect(evaluate('done', 'eq', 1, 1, 0.1)).toEqual({ status: 'met', expectedSoFar: null });
      expect(evaluate('done', 'eq', 1, 0, 0.1)).toEqual({ status: 'at_risk', expectedSoFar: null });
      expect(evaluate('done', 'eq', 1, 0, 1)).toEqual({ status: 'not_met', expectedSoFar: null });
    });
  });

  it('rejects an elapsed share that is not a number', () => {
    expect(() => evaluate('count', 'gte', 1, 1, Number.NaN)).toThrow(RangeError);
  });
});
