import type { FieldIssue } from '../errors/app-error.ts';
import type { IndicatorDefinition, IndicatorKind } from './indicator.ts';
import { formatNumber, isShareKind } from './measurement.ts';
import { rangeHigh, tolerance, type TargetBounds } from './status.ts';

export interface TargetRuleOptions {
  /** monthly_frequency: the months in the target's period; 12 (a year) when not given. */
  monthsInPeriod?: number;
}

function issue(field: string, vi: string, en: string): FieldIssue {
  return { field, message: `${vi} | ${en}` };
}

/**
 * The values a target on this indicator can never take, as field issues ('vi | en'):
 * - shares: outside 0–100% (a share cannot exceed the whole). Growth may be negative or above 100%,
 *   but not below −100% (a figure cannot fall by more than all of it).
 * - counts and months: negative or fractional; months above the months in the period (12 a year).
 * - done: only "eq 1" means something — done is not a quantity.
 * - range: an upper value is required and must not be below the lower one.
 */
export function checkTargetAgainstIndicator(
  target: TargetBounds,
  definition: Pick<IndicatorDefinition, 'kind'>,
  options: TargetRuleOptions = {},
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const kind = definition.kind;
  const bounds: [field: string, value: number][] = [['value', target.value]];

  if (target.comparator === 'range') {
    if (target.valueHigh === null || target.valueHigh === undefined) {
      issues.push(issue('valueHigh', 'Chỉ tiêu dạng khoảng cần giá trị cận trên', 'A range target needs its upper value'));
    } else {
      bounds.push(['valueHigh', target.valueHigh]);
      if (target.value > target.valueHigh) {
        issues.push(issue('valueHigh', 'Cận dưới của khoảng lớn hơn cận trên', 'The low end of the range is above its high end'));
      }
    }
  }

  if (kind === 'done') {
    if (target.comparator !== 'eq') {
      issues.push(issue('comparator', 'Chỉ tiêu "đã thực hiện" chỉ dùng phép so sánh "bằng"', 'A done target can only use "equals"'));
    }
    if (target.value !== 1) {
      issues.push(issue('value', 'Chỉ tiêu "đã thực hiện" phải có giá trị 1 (đã thực hiện)', 'A done target must have the value 1 (done)'));
    }
    return issues;
  }

  const months = options.monthsInPeriod ?? 12;
  for (const [field, value] of bounds) {
    if (isShareKind(kind)) {
      if (value < 0 || value > 100) {
        issues.push(issue(field, 'Tỷ lệ phải nằm trong khoảng 0–100%', 'A share must be between 0 and 100%'));
      }
    } else if (kind === 'year_on_year_growth') {
      if (value < -100) {
        issues.push(issue(field, 'Mức giảm không thể vượt quá 100%', 'A decrease cannot exceed 100%'));
      }
    } else if (value < 0 || !Number.isInteger(value)) {
      issues.push(
        kind === 'count'
          ? issue(field, 'Số lượng phải là số nguyên không âm', 'A count must be a whole number, not negative')
          : issue(field, 'Số tháng phải là số nguyên không âm', 'A number of months must be a whole number, not negative'),
      );
    } else if (kind === 'monthly_frequency' && value > months) {
      issues.push(
        issue(
          field,
          `Số tháng không thể vượt quá số tháng của kỳ (${formatNumber(months, 'vi')})`,
          `The number of months cannot exceed the months in the period (${formatNumber(months, 'en')})`,
        ),
      );
    }
  }
  return issues;
}

/** The values an indicator of this kind can take at all; used to read "≥ 100%" as "= 100%". */
function domainOf(kind: IndicatorKind | undefined): [number, number] {
  if (kind === undefined) return [-Infinity, Infinity];
  if (kind === 'done') return [0, 1];
  if (isShareKind(kind)) return [0, 100];
  if (kind === 'year_on_year_growth') return [-100, Infinity];
  return [0, Infinity];
}

/** The values a target accepts, as an interval within the indicator's domain. */
function acceptedInterval(target: TargetBounds, kind: IndicatorKind | undefined): [number, number] {
  const [low, high] = domainOf(kind);
  switch (target.comparator) {
    case 'gte':
      return [Math.max(low, target.value), high];
    case 'lte':
      return [low, Math.min(high, target.value)];
    case 'eq':
      return [target.value, target.value];
    case 'range':
      return [target.value, rangeHigh(target)];
  }
}

/**
 * Whether a child unit's target is looser than its parent's — it then needs a recorded reason
 * (a lower unit may copy its parent's targets or set stricter ones). Each target is read as the
 * interval of values it accepts (gte v: [v, ∞); lte v: (−∞, v]; eq v: [v, v]; range: [low, high]);
 * the child is looser when it accepts a value the parent does not, i.e. its interval reaches past
 * the parent's on either side. So:
 * - gte with a lower value, lte with a higher one, a range wider on either side: looser;
 * - a different comparator is compared on the bound the parent sets: child range 10–15 under parent
 *   ≥ 10 is not looser; child ≥ 10 under parent range 10–15 is (it drops the upper bound);
 * - eq with a different value is looser (it accepts a value the parent does not).
 * Given the kind, intervals are clipped to the values the indicator can take, so that "≥ 100%"
 * under "= 100%" is not looser (a share cannot exceed 100%).
 */
export function isLooserThan(child: TargetBounds, parent: TargetBounds, kind?: IndicatorKind): boolean {
  const [childLow, childHigh] = acceptedInterval(child, kind);
  const [parentLow, parentHigh] = acceptedInterval(parent, kind);
  return childLow < parentLow - tolerance || childHigh > parentHigh + tolerance;
}
