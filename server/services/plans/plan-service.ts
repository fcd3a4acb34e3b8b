import { hasPermission } from '../../../core/auth/roles.ts';
import { isUnitInScope } from '../../../core/auth/scope.ts';
import type { PlanIssue, PlanListQuery, PlanSummary, PlanWrite } from '../../../core/api/plans.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import { getIndicator } from '../../../core/indicators/catalogue.ts';
import { parsePeriod } from '../../../core/periods/period.ts';
import { planContent, type PlanContent, type PlanTarget } from '../../../core/plans/plan.ts';
import type { Executor } from '../../storage/executor.ts';
import {
  findPlan, insertPlan, listAncestorPlanIds, listPlanParents, listPlanTargets, listPlans, markPlanIssued,
  markPlanSuperseded, replacePlanParents, replacePlanTargets, updatePlanDraft, type NewPlanTarget, type PlanRow, type PlanTargetRow,
} from '../../storage/plans.ts';
import { auditSuccess } from '../audit/audit-service.ts';
import { generatePlanSchedule } from '../reports/schedule-generation.ts';
import type { ServiceContext } from '../context.ts';
import { getVisibleUnit } from '../units/unit-service.ts';
import { findUnit, type UnitRow } from '../../storage/units.ts';
import { validatePlanContent } from './plan-validation.ts';

export type PlanDetail = PlanSummary & {
  amendsPlanId: string | null;
  parents: Array<{ id: string; title: string; number: string | null; issueDate: string | null; issuerUnitId: string }>;
  content: PlanContent;
  issuedAt: string | null;
};

function assertMay(context: ServiceContext, permission: 'plan.write' | 'plan.issue'): void {
  if (!hasPermission(context.actor.role, permission)) throw new AppError('forbidden', 403);
}

/**
 * The plan, if the actor may read it: 404 when missing, 403 otherwise. A plan is readable in its
 * issuer's subtree and by the units below the issuer, to whom it is addressed.
 */
export async function getVisiblePlan(context: ServiceContext, id: string): Promise<PlanRow> {
  const plan = await findPlan(context.database.db, id);
  if (!plan) throw new AppError('not_found', 404, { entity: 'plan', id });
  await getPlanIssuer(context, plan);
  return plan;
}

/** The issuing unit of a plan the actor may read (see getVisiblePlan). */
export async function getPlanIssuer(context: ServiceContext, plan: PlanRow): Promise<UnitRow> {
  const issuer = await findUnit(context.database.db, plan.issuer_unit_id);
  const { scope } = context.actor;
  if (issuer && (scope.kind === 'country' || issuer.path.startsWith(scope.unitPath) || scope.unitPath.startsWith(issuer.path))) return issuer;
  throw new AppError('out_of_scope', 403, { unit: plan.issuer_unit_id, unitId: plan.issuer_unit_id });
}

function toTargetRows(targets: PlanTarget[], parentIdsByKey: ReadonlyMap<string, string>): NewPlanTarget[] {
  return targets.map((target, index) => {
    const period = parsePeriod(target.periodCode);
    return {
      key: target.key,
      indicator_code: target.indicatorCode,
      indicator_version: getIndicator(target.indicatorCode).version,
      comparator: target.comparator,
      value: target.value,
      value_high: target.valueHigh,
      period_code: target.periodCode,
      period_start: period.start,
      period_end: period.end,
      text: target.text,
      section: target.section,
      parent_target_id: target.parentTargetKey ? (parentIdsByKey.get(target.parentTargetKey) ?? null) : null,
      looser_reason: target.looserReason,
      sort_order: index,
    };
  });
}

function toPlanTarget(row: PlanTargetRow, parentKeys: ReadonlyMap<string, string>): PlanTarget {
  return {
    key: row.key,
    indicatorCode: row.indicator_code,
    comparator: row.comparator,
    value: Number(row.value),
    valueHigh: row.value_high === null ? null : Number(row.value_high),
    periodCode: row.period_code,
    text: row.text,
    section: row.section,
    parentTargetKey: row.parent_target_id ? (parentKeys.get(row.parent_target_id) ?? null) : null,
    looserReason: row.looser_reason,
  };
}

/** The targets of the parent plans, by key, and the ids behind them. */
async function parentTargetsOf(db: Executor, parentPlanIds: string[]) {
  const byKey = new Map<string, PlanTarget>();
  const idsByKey = new Map<string, string>();
  for (const parentId of parentPlanIds) {
    for (const row of await listPlanTargets(db, parentId)) {
      byKey.set(row.key, toPlanTarget(row, new Map()));
      idsByKey.set(row.key, row.id);
    }
  }
  return { byKey, idsByKey };
}

/** Checks everything a write of plan content must satisfy; throws one error listing every problem. */
async function checkPlanWrite(context: ServiceContext, input: PlanWrite, planId: string | null) {
  const db = context.database.db;
  const issuer = await getVisibleUnit(context, input.content.issuerUnitId);
  for (const parentId of input.parentPlanIds) {
    const parent = await getVisiblePlan(context, parentId).catch((error: unknown) => {
      if (error instanceof AppError && error.status === 404) {
        throw new AppError('validation_failed', 400, {}, [{ field: 'parentPlanIds', message: `Không có kế hoạch ${parentId} | No plan ${parentId}` }]);
      }
      throw error;
    });
    const parentUnit = await getPlanIssuer(context, parent);
    if (!isUnitInScope({ kind: 'subtree', unitId: parentUnit.id, unitPath: parentUnit.path }, issuer.path)) {
      throw new AppError('not_a_child_unit', 400, { unit: issuer.name });
    }
  }
  if (planId && (input.parentPlanIds.includes(planId) || (await listAncestorPlanIds(db, input.parentPlanIds)).includes(planId))) {
    throw new AppError('plan_cycle', 400);
  }
  const parents = await parentTargetsOf(db, input.parentPlanIds);
  const issues = validatePlanContent(input.content, parents.byKey);
  if (issues.length > 0) throw new AppError('validation_failed', 400, {}, issues);
  return { issuer, parents };
}

function planFields(content: PlanContent) {
  const period = parsePeriod(content.periodCode);
  const { targets: _targets, ...rest } = content;
  return {
    issuerUnitId: content.issuerUnitId,
    number: content.number,
    issueDate: content.issueDate,
    title: content.title,
    periodCode: content.periodCode,
    periodStart: period.start,
    periodEnd: period.end,
    content: rest as Record<string, unknown>,
  };
}

export async function createPlan(context: ServiceContext, input: PlanWrite, options: { amendsPlanId?: string; version?: number } = {}): Promise<PlanDetail> {
  assertMay(context, 'plan.write');
  const { parents } = await checkPlanWrite(context, input, null);
  const id = await context.database.db.transaction().execute(async (trx) => {
    const row = await insertPlan(trx, {
      ...planFields(input.content),
      version: options.version ?? 1,
      amendsPlanId: options.amendsPlanId ?? null,
      createdBy: context.actor.userId,
    });
    await replacePlanParents(trx, row.id, input.parentPlanIds);
    await replacePlanTargets(trx, row.id, toTargetRows(input.content.targets, parents.idsByKey));
    await auditSuccess(trx, context.actor, {
      action: 'plan.create', unitId: row.issuer_unit_id, targetType: 'plan', targetId: row.id,
      summary: { after: { title: row.title, periodCode: row.period_code, targets: input.content.targets.length, parents: input.parentPlanIds } },
    });
    return row.id;
  });
  return getPlanDetail(context, id);
}

export async function updatePlan(context: ServiceContext, id: string, input: PlanWrite): Promise<PlanDetail> {
  assertMay(context, 'plan.write');
  const existing = await getVisiblePlan(context, id);
  await getVisibleUnit(context, existing.issuer_unit_id);
  if (existing.status !== 'draft') throw new AppError('plan_not_editable', 409);
  const { parents } = await checkPlanWrite(context, input, id);
  await context.database.db.transaction().execute(async (trx) => {
    await updatePlanDraft(trx, id, planFields(input.content));
    await replacePlanParents(trx, id, input.parentPlanIds);
    await replacePlanTargets(trx, id, toTargetRows(input.content.targets, parents.idsByKey));
    await auditSuccess(trx, context.actor, {
      action: 'plan.update', unitId: input.content.issuerUnitId, targetType: 'plan', targetId: id,
      summary: { before: { title: existing.title }, after: { title: input.content.title, targets: input.content.targets.length } },
    });
  });
  return getPlanDetail(context, id);
}

export async function issuePlan(context: ServiceContext, id: string, input: PlanIssue): Promise<PlanDetail> {
  assertMay(context, 'plan.issue');
  const existing = await getVisiblePlan(context, id);
  await getVisibleUnit(context, existing.issuer_unit_id);
  if (existing.status !== 'draft') throw new AppError('plan_not_draft', 409);
  await context.database.db.transaction().execute(async (trx) => {
    // The signed document carries its number and date in the header too.
    const content = { ...existing.content, number: input.number, issueDate: input.issueDate };
    await updatePlanDraft(trx, id, planFields({ ...(content as PlanContent), targets: [] }));
    await markPlanIssued(trx, id, { number: input.number, issueDate: input.issueDate, issuedBy: context.actor.userId });
    if (existing.amends_plan_id) await markPlanSuperseded(trx, existing.amends_plan_id);
    await auditSuccess(trx, context.actor, {
      action: 'plan.issue', unitId: existing.issuer_unit_id, targetType: 'plan', targetId: id,
      summary: { after: { number: input.number, issueDate: input.issueDate, supersedes: existing.amends_plan_id } },
    });
    // The plan's reporting regime becomes the reports its units owe (issue 6).
    await generatePlanSchedule(trx, context.actor, {
      id, issuerUnitId: existing.issuer_unit_id, periodCode: existing.period_code, title: existing.title, number: input.number,
      reportingRules: (content as PlanContent).reportingRules ?? [], assignments: (content as PlanContent).assignments ?? [],
      amendsPlanId: existing.amends_plan_id,
    });
  });
  return getPlanDetail(context, id);
}

/** A new draft version of an issued plan, to be issued in its place. */
export async function amendPlan(context: ServiceContext, id: string): Promise<PlanDetail> {
  assertMay(context, 'plan.write');
  const existing = await getPlanDetail(context, id);
  if (existing.status !== 'issued') throw new AppError('plan_not_editable', 409);
  const content = planContent.parse({ ...existing.content, number: null, issueDate: null });
  return createPlan(context, { content, parentPlanIds: existing.parents.map((parent) => parent.id) }, { amendsPlanId: id, version: existing.version + 1 });
}

export async function getPlanDetail(context: ServiceContext, id: string): Promise<PlanDetail> {
  const db = context.database.db;
  const plan = await getVisiblePlan(context, id);
  const issuer = await getPlanIssuer(context, plan);
  const [targets, parents] = await Promise.all([listPlanTargets(db, id), listPlanParents(db, id)]);
  const parentKeys = new Map<string, string>();
  for (const parent of parents) for (const row of await listPlanTargets(db, parent.id)) parentKeys.set(row.id, row.key);
  const content = { ...(plan.content as Omit<PlanContent, 'targets'>), targets: targets.map((row) => toPlanTarget(row, parentKeys)) };
  return {
    ...toSummary(plan, issuer.name),
    amendsPlanId: plan.amends_plan_id,
    parents: parents.map((parent) => ({ id: parent.id, title: parent.title, number: parent.number, issueDate: parent.issue_date, issuerUnitId: parent.issuer_unit_id })),
    content,
    issuedAt: plan.issued_at?.toISOString() ?? null,
  };
}

function toSummary(plan: PlanRow, issuerName: string): PlanSummary {
  return {
    id: plan.id, status: plan.status, version: plan.version, issuerUnitId: plan.issuer_unit_id, issuerName,
    number: plan.number, issueDate: plan.issue_date, title: plan.title, periodCode: plan.period_code,
    updatedAt: plan.updated_at.toISOString(),
  };
}

export async function searchPlans(context: ServiceContext, query: PlanListQuery): Promise<PlanSummary[]> {
  if (query.unit) await getVisibleUnit(context, query.unit);
  const rows = await listPlans(context.database.db, { scope: context.actor.scope, unitId: query.unit, status: query.status, query: query.q, limit: query.limit });
  return rows.map((row) => toSummary(row, row.issuer_name));
}
