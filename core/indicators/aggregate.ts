import type { IndicatorKind } from './indicator.ts';
import { computeMeasurement, isShareKind, type Measurement } from './measurement.ts';

/**
 * One child unit's figures for the indicator being consolidated. Which fields count depends on the
 * kind: numerator/denominator for shares and coverage, numerator for counts, numerator and
 * previous for growth, months for monthly frequency, satisfied for share of child units.
 */
export interface ChildFigures {
  unitId: string;
  numerator?: number | null;
  denominator?: number | null;
  previous?: number | null;
  /** monthly_frequency: the months ('YYYY-MM') in which the child had at least one item; null when not reported. */
  months?: Iterable<string> | null;
  /** share_of_child_units: whether the child did the thing (met its own condition); null when it has no data. */
  satisfied?: boolean | null;
}

export interface AggregatedMeasurement extends Measurement {
  /** Children whose figures were missing: left out of the figures, or (share of child units) counted as not satisfying. */
  childrenWithoutData: string[];
}

export interface AggregateOptions {
  /** monthly_frequency: the months in the period; defaults to the first child's denominator. */
  monthsInPeriod?: number | null;
}

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

function known(figure: number | null | undefined): figure is number {
  return figure !== null && figure !== undefined;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/**
 * Builds a parent's figures from its children's, per kind.
 *
 * - Shares and coverage: Σ numerators / Σ denominators — a ratio of sums, never the mean of the
 *   children's percentages (a commune of 10 people at 100% and one of 1 000 at 10% make 10.9%, not
 *   55%). A child lacking either figure is left out of both sums, so the ratio stays consistent.
 *   Cumulative coverage adds distinct items: each item (establishment) belongs to exactly one child.
 * - Counts: Σ numerators.
 * - Growth: Σ current against Σ previous, over the children that have both (like for like: a child
 *   without a previous figure would inflate the growth).
 * - Monthly frequency: the months in which any child had an item (a union, not a sum: two districts
 *   publishing in March make one month, not two).
 * - Share of child units: children satisfying their own condition / all children. A child without
 *   data counts as not satisfying — the target is about every child unit, and silence is not
 *   success — and is listed in `childrenWithoutData`.
 * - Done: not built from the children. A province's plan being issued is the province's own record;
 *   how many children issued theirs is a different indicator (a share of child units). The result
 *   has no value and the missing code 'own_record_only'.
 */
export function aggregateMeasurements(
  kind: IndicatorKind,
  children: readonly ChildFigures[],
  options: AggregateOptions = {},
): AggregatedMeasurement {
  if (kind === 'done') {
    return { value: null, numerator: null, denominator: null, missing: ['own_record_only'], childrenWithoutData: [] };
  }

  if (kind === 'share_of_child_units') {
    const childrenWithoutData = children.filter((child) => child.satisfied === null || child.satisfied === undefined).map((child) => child.unitId);
    const numerator = children.filter((child) => child.satisfied === true).length;
    return { ...computeMeasurement(kind, { numerator, denominator: children.length }), childrenWithoutData };
  }

  if (kind === 'monthly_frequency') {
    const months = new Set<string>();
    const childrenWithoutData: string[] = [];
    for (const child of children) {
      if (child.months === null || child.months === undefined) {
        childrenWithoutData.push(child.unitId);
        continue;
      }
      for (const month of child.months) {
        if (!monthPattern.test(month)) throw new RangeError(`Not a month 'YYYY-MM': ${month}`);
        months.add(month);
      }
    }
    const denominator = options.monthsInPeriod ?? children.find((child) => known(child.denominator))?.denominator ?? null;
    if (childrenWithoutData.length === children.length) {
      return { value: null, numerator: null, denominator, missing: ['no_child_data'], childrenWithoutData };
    }
    return { ...computeMeasurement(kind, { numerator: months.size, denominator }), childrenWithoutData };
  }

  const complete = (child: ChildFigures): boolean => {
    if (!known(child.numerator)) return false;
    if (isShareKind(kind)) return known(child.denominator);
    if (kind === 'year_on_year_growth') return known(child.previous);
    return true;
  };
  const withData = children.filter(complete);
  const childrenWithoutData = children.filter((child) => !complete(child)).map((child) => child.unitId);
  if (withData.length === 0) {
    const missing = children.length === 0 && isShareKind(kind) ? ['no_denominator'] : ['no_child_data'];
    return { value: null, numerator: null, denominator: null, missing, childrenWithoutData };
  }

  const numerator = sum(withData.map((child) => child.numerator!));
  if (kind === 'year_on_year_growth') {
    const previous = sum(withData.map((child) => child.previous!));
    return { ...computeMeasurement(kind, { numerator, previous }), childrenWithoutData };
  }
  if (isShareKind(kind)) {
    const denominator = sum(withData.map((child) => child.denominator!));
    return { ...computeMeasurement(kind, { numerator, denominator }), childrenWithoutData };
  }
  return { ...computeMeasurement(kind, { numerator }), childrenWithoutData };
}
