import type { Comparator } from '../plans/plan.ts';
import type { IndicatorKind } from './indicator.ts';
import type { Measurement } from './measurement.ts';

export const targetStatuses = ['met', 'on_track', 'at_risk', 'not_met', 'no_data'] as const;
export type TargetStatus = (typeof targetStatuses)[number];

/**
 * Kinds whose value can only grow as the period runs: events, months and people reached add up,
 * and a child unit that has done the thing stays counted. Part of the target is expected by now,
 * in proportion to the elapsed time; and a value already past an upper bound cannot come down.
 *
 * The others do not accumulate: a share of tips handled on time, a growth rate and a done flag
 * can move either way until the period ends, so a value that satisfies the target now is only
 * "on track", never "met", before the end (except a done thing, which stays done).
 */
export const accumulatingKinds = [
  'count',
  'monthly_frequency',
  'share_of_registry',
  'cumulative_distinct_coverage',
  'share_of_population',
  'share_of_child_units',
] as const satisfies readonly IndicatorKind[];

export function isAccumulating(kind: IndicatorKind): boolean {
  return (accumulatingKinds as readonly IndicatorKind[]).includes(kind);
}

/**
 * Tolerance for comparing figures: raw values come from divisions (7/10 × 100 = 70.00000000000001),
 * so "equal" and the bounds of ≥ / ≤ / ranges allow 1e-9.
 */
export const tolerance = 1e-9;

export interface TargetBounds {
  comparator: Comparator;
  value: number;
  /** The high end of a range; ignored for other comparators. */
  valueHigh?: number | null;
}

/** The high end of a range target; a range without one (the plan schema forbids it) is read as [value, value]. */
export function rangeHigh(target: TargetBounds): number {
  return target.valueHigh ?? target.value;
}

/** Whether a value satisfies the target's comparator: ≥, ≤, equal within 1e-9, low ≤ v ≤ high. */
export function satisfies(value: number, target: TargetBounds): boolean {
  switch (target.comparator) {
    case 'gte':
      return value >= target.value - tolerance;
    case 'lte':
      return value <= target.value + tolerance;
    case 'eq':
      return Math.abs(value - target.value) <= tolerance;
    case 'range':
      return value >= target.value - tolerance && value <= rangeHigh(target) + tolerance;
  }
}

export interface TargetEvaluationInput extends TargetBounds {
  kind: IndicatorKind;
  measurement: Pick<Measurement, 'value'>;
  /** Share of the period elapsed at the date of evaluation: 0 at its start, 1 (or more) once it is over. */
  elapsedShare: number;
}

export interface TargetEvaluation {
  status: TargetStatus;
  /**
   * For accumulating kinds with a lower bound (gte, eq, range): the part of the target (the low end
   * of a range) expected by now, target × elapsed share. Null for lte and for kinds that do not
   * accumulate, where a pro-rata expectation means nothing.
   */
  expectedSoFar: number | null;
}

/**
 * Judges a measurement against its target at a point of the period.
 * - No value: 'no_data' — a missing figure is never read as 0 or as failure.
 * - Period over (elapsed ≥ 1): 'met' when the value satisfies the comparator, else 'not_met'.
 * - During the period, accumulating kinds:
 *   - gte / range / eq already satisfied: 'met' (for range and eq, reached as of now: later items
 *     may still push it over the high end, which turns it to 'not_met').
 *   - above the high end (lte, eq, range): 'not_met' — it cannot come down.
 *   - below the (low) target: 'on_track' when at least target × elapsed share, else 'at_risk'.
 *   - lte not exceeded: 'on_track'.
 * - During the period, other kinds: 'on_track' when satisfied now, else 'at_risk'; a done thing
 *   is 'met'.
 * The elapsed share is clamped to [0, 1]: before the period starts nothing is expected yet.
 */
export function evaluateTarget(input: TargetEvaluationInput): TargetEvaluation {
  if (!Number.isFinite(input.elapsedShare)) throw new RangeError(`elapsedShare must be finite, got ${input.elapsedShare}`);
  const elapsed = Math.min(1, Math.max(0, input.elapsedShare));
  const accumulating = isAccumulating(input.kind);
  const expectedSoFar = accumulating && input.comparator !== 'lte' ? input.value * elapsed : null;
  const value = input.measurement.value;

  if (value === null) return { status: 'no_data', expectedSoFar };
  const ok = satisfies(value, input);
  if (elapsed >= 1) return { status: ok ? 'met' : 'not_met', expectedSoFar };

  if (!accumulating) {
    if (input.kind === 'done' && ok) return { status: 'met', expectedSoFar };
    return { status: ok ? 'on_track' : 'at_risk', expectedSoFar };
  }

  if (ok) return { status: input.comparator === 'lte' ? 'on_track' : 'met', expectedSoFar };
  // Not satisfied: either above an upper bound (final, it cannot come down) or below the lower one.
  const high = input.comparator === 'range' ? rangeHigh(input) : input.value;
  if (input.comparator !== 'gte' && value > high) return { status: 'not_met', expectedSoFar };
  return { status: value >= expectedSoFar! - tolerance ? 'on_track' : 'at_risk', expectedSoFar };
}
