import { findIndicator } from '../../../core/indicators/catalogue.ts';
import { checkTargetAgainstIndicator, isLooserThan } from '../../../core/indicators/target-rules.ts';
import { findPeriod, periodsWithin, yearsOf, type Period } from '../../../core/periods/period.ts';
import type { PlanContent, PlanTarget } from '../../../core/plans/plan.ts';
import type { FieldIssue } from '../../../core/errors/app-error.ts';

/**
 * Checks a plan's content beyond its schema: periods that exist, targets on known indicators with
 * possible values inside the plan's period, unique keys, and a reason for every target looser
 * than the parent plan's. Returns every problem at once, each naming its field.
 */
export function validatePlanContent(content: PlanContent, parentTargets: ReadonlyMap<string, PlanTarget>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const planPeriod = findPeriod(content.periodCode);
  if (!planPeriod) {
    issues.push({ field: 'content.periodCode', message: 'Mã kỳ không hợp lệ (ví dụ: Y2024, P2021-2025) | Invalid period code (e.g. Y2024, P2021-2025)' });
  }
  const seenKeys = new Set<string>();
  content.targets.forEach((target, index) => {
    const field = (name: string) => `content.targets.${index}.${name}`;
    if (seenKeys.has(target.key)) issues.push({ field: field('key'), message: `Mã chỉ tiêu "${target.key}" bị trùng | Duplicate target key "${target.key}"` });
    seenKeys.add(target.key);
    const definition = findIndicator(target.indicatorCode);
    const targetPeriod = findPeriod(target.periodCode);
    if (!definition) {
      issues.push({ field: field('indicatorCode'), message: `Không có chỉ số "${target.indicatorCode}" trong danh mục | No indicator "${target.indicatorCode}" in the catalogue` });
    } else {
      const monthsInPeriod = targetPeriod && targetPeriod.kind !== 'month' ? periodsWithin(targetPeriod, 'month').length : 1;
      for (const issue of checkTargetAgainstIndicator(target, definition, { monthsInPeriod })) issues.push({ field: field(issue.field), message: issue.message });
    }
    if (!targetPeriod) {
      issues.push({ field: field('periodCode'), message: 'Mã kỳ không hợp lệ (ví dụ: Y2024, RH2024-1) | Invalid period code (e.g. Y2024, RH2024-1)' });
    } else if (planPeriod && !liesWithin(targetPeriod, planPeriod)) {
      issues.push({ field: field('periodCode'), message: `Kỳ của chỉ tiêu nằm ngoài kỳ của kế hoạch (${content.periodCode}) | The target's period is outside the plan's (${content.periodCode})` });
    }
    const parent = target.parentTargetKey ? parentTargets.get(target.parentTargetKey) : undefined;
    if (target.parentTargetKey && !parent) {
      issues.push({ field: field('parentTargetKey'), message: 'Không có chỉ tiêu này trong kế hoạch cấp trên | The parent plan has no such target' });
    }
    if (parent && parent.indicatorCode === target.indicatorCode && isLooserThan(target, parent) && !target.looserReason) {
      issues.push({ field: field('looserReason'), message: 'Chỉ tiêu thấp hơn của cấp trên: cần ghi rõ lý do | The target is looser than the parent plan\'s: give the reason' });
    }
  });
  if (content.assignments.filter((assignment) => assignment.role === 'lead').length > 1) {
    issues.push({ field: 'content.assignments', message: 'Chỉ có một cơ quan chủ trì | Only one agency can lead' });
  }
  return issues;
}

/** A target lies within its plan when the years it is reported for are the plan's (a reporting year starts on 15/12 of the year before). */
function liesWithin(target: Period, plan: Period): boolean {
  const planYears = new Set(yearsOf(plan));
  return yearsOf(target).every((year) => planYears.has(year));
}
