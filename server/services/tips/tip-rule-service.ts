import type { DeadlineRuleBody, DeadlineRuleView } from '../../../core/api/tips.ts';
import { hasPermission } from '../../../core/auth/roles.ts';
import { AppError, type FieldIssue } from '../../../core/errors/app-error.ts';
import { defaultDeadlineRules, type DeadlineRule, type DeadlineRuleKey } from '../../../core/tips/deadlines.ts';
import { saveDeadlineRule } from '../../storage/tips.ts';
import { auditSuccess } from '../audit/audit-service.ts';
import type { ServiceContext } from '../context.ts';
import { loadDeadlineRules } from './deadline-rules.ts';
import { issue } from './tip-service.ts';

const ruleKeys = Object.keys(defaultDeadlineRules) as DeadlineRuleKey[];

/** The rule as stored and shown: only the fields of the body, in a fixed order, so equal rules compare equal. */
function ruleBody(rule: DeadlineRule): DeadlineRuleBody {
  return {
    baseDays: rule.baseDays,
    remoteBaseDays: rule.remoteBaseDays,
    extensions: rule.extensions.map((extension) => ({
      mode: extension.mode,
      ...(extension.days !== undefined ? { days: extension.days } : {}),
      ...(extension.months !== undefined ? { months: extension.months } : {}),
      ...(extension.remoteDays !== undefined ? { remoteDays: extension.remoteDays } : {}),
    })),
    workingDaysOnly: rule.workingDaysOnly,
    basis: { vi: rule.basis.vi, en: rule.basis.en },
  };
}

function toView(classification: DeadlineRuleKey, rule: DeadlineRule): DeadlineRuleView {
  const body = ruleBody(rule);
  // "Default" means what the law gives applies, whether never changed or set back to it.
  return { classification, ...body, isDefault: JSON.stringify(body) === JSON.stringify(ruleBody(defaultDeadlineRules[classification])) };
}

export async function listDeadlineRules(context: ServiceContext): Promise<DeadlineRuleView[]> {
  const rules = await loadDeadlineRules(context.database.db);
  return ruleKeys.map((key) => toView(key, rules[key]));
}

/**
 * An extension is a number of days or of months, never both nor neither; a remote-area figure
 * only sits beside days (the laws that give remote areas longer count in days).
 */
function ruleIssues(body: DeadlineRuleBody): FieldIssue[] {
  const issues: FieldIssue[] = [];
  body.extensions.forEach((extension, index) => {
    if ((extension.days === undefined) === (extension.months === undefined)) {
      issues.push(issue(`extensions.${index}`, 'Mỗi lần gia hạn ghi số ngày hoặc số tháng, không ghi cả hai', 'Each extension gives either days or months, not both'));
    } else if (extension.remoteDays !== undefined && extension.days === undefined) {
      issues.push(issue(`extensions.${index}.remoteDays`, 'Số ngày cho vùng sâu, vùng xa chỉ đi cùng số ngày', 'Remote-area days go only with days'));
    }
  });
  if (body.remoteBaseDays !== null && body.remoteBaseDays < body.baseDays) {
    issues.push(issue('remoteBaseDays', 'Thời hạn ở vùng sâu, vùng xa không ngắn hơn thời hạn thường', 'The remote-area limit cannot be shorter than the ordinary one'));
  }
  return issues;
}

/**
 * Changes the rule of one classification. Tips keep the due dates already computed: a new rule
 * applies from the next classification, extension or transfer.
 */
export async function changeDeadlineRule(context: ServiceContext, classification: DeadlineRuleKey, body: DeadlineRuleBody): Promise<DeadlineRuleView> {
  if (!hasPermission(context.actor.role, 'tip.rules.write')) throw new AppError('forbidden', 403);
  const issues = ruleIssues(body);
  if (issues.length > 0) throw new AppError('validation_failed', 400, {}, issues);
  const rule = ruleBody(body);
  return context.database.db.transaction().execute(async (trx) => {
    const before = (await loadDeadlineRules(trx))[classification];
    await saveDeadlineRule(trx, classification, rule, context.actor.userId);
    await auditSuccess(trx, context.actor, {
      action: 'tip.rules_update', unitId: null, targetType: 'tip_deadline_rule', targetId: null,
      summary: { classification, before: ruleBody(before), after: rule },
    });
    return toView(classification, rule);
  });
}
