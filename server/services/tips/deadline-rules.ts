import { deadlineRuleBody } from '../../../core/api/tips.ts';
import { defaultDeadlineRules, type DeadlineRule, type DeadlineRuleKey } from '../../../core/tips/deadlines.ts';
import type { DeadlineRules } from '../../../core/tips/workflow.ts';
import type { Executor } from '../../storage/executor.ts';
import { listDeadlineRuleOverrides } from '../../storage/tips.ts';

/**
 * The rules in force: the law's defaults, replaced per classification where an administrator
 * changed them. A stored rule that no longer parses is ignored rather than trusted.
 */
export async function loadDeadlineRules(db: Executor): Promise<DeadlineRules> {
  const rules: Record<DeadlineRuleKey, DeadlineRule> = { ...defaultDeadlineRules };
  for (const override of await listDeadlineRuleOverrides(db)) {
    const parsed = deadlineRuleBody.safeParse(override.rule);
    if (parsed.success && override.classification in rules) rules[override.classification as DeadlineRuleKey] = parsed.data;
  }
  return rules;
}
