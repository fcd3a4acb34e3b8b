import { sql } from 'kysely';
import type { Scope } from '../../core/auth/scope.ts';
import { escapeLikePattern, toSearchText } from '../../core/text/search-text.ts';
import type { Executor } from './executor.ts';
import { inScope } from './units.ts';

export interface PlanRow {
  id: string;
  issuer_unit_id: string;
  status: 'draft' | 'issued' | 'superseded';
  version: number;
  amends_plan_id: string | null;
  number: string | null;
  issue_date: string | null;
  title: string;
  period_code: string;
  period_start: string;
  period_end: string;
  content: Record<string, unknown>;
  created_at: Date;
  updated_at: Date;
  issued_at: Date | null;
}

export interface PlanTargetRow {
  id: string;
  plan_id: string;
  key: string;
  indicator_code: string;
  indicator_version: number;
  comparator: 'gte' | 'lte' | 'eq' | 'range';
  value: number;
  value_high: number | null;
  period_code: string;
  period_start: string;
  period_end: string;
  text: string;
  section: string | null;
  parent_target_id: string | null;
  looser_reason: string | null;
  sort_order: number;
}

const planColumns = [
  'plans.id', 'plans.issuer_unit_id', 'plans.status', 'plans.version', 'plans.amends_plan_id', 'plans.number',
  'plans.issue_date', 'plans.title', 'plans.period_code', 'plans.period_start', 'plans.period_end', 'plans.content',
  'plans.created_at', 'plans.updated_at', 'plans.issued_at',
] as const;

export interface NewPlan {
  issuerUnitId: string;
  number: string | null;
  issueDate: string | null;
  title: string;
  periodCode: string;
  periodStart: string;
  periodEnd: string;
  content: Record<string, unknown>;
  version: number;
  amendsPlanId: string | null;
  createdBy: string | null;
}

type PlanDocumentFields = Omit<NewPlan, 'version' | 'amendsPlanId' | 'createdBy'>;

/** The columns a plan's document content fills, for both insert and update. */
function documentColumns(plan: PlanDocumentFields) {
  return {
    issuer_unit_id: plan.issuerUnitId,
    number: plan.number,
    issue_date: plan.issueDate,
    title: plan.title,
    period_code: plan.periodCode,
    period_start: plan.periodStart,
    period_end: plan.periodEnd,
    content: JSON.stringify(plan.content),
    search_text: toSearchText(`${plan.title} ${plan.number ?? ''}`),
  };
}

export async function insertPlan(db: Executor, plan: NewPlan): Promise<PlanRow> {
  return db
    .insertInto('plans')
    .values({
      ...documentColumns(plan),
      version: plan.version,
      amends_plan_id: plan.amendsPlanId,
      created_by: plan.createdBy,
    })
    .returning(planColumns)
    .executeTakeFirstOrThrow();
}

export async function updatePlanDraft(db: Executor, id: string, plan: PlanDocumentFields): Promise<PlanRow> {
  return db
    .updateTable('plans')
    .set({
      ...documentColumns(plan),
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .returning(planColumns)
    .executeTakeFirstOrThrow();
}

export async function markPlanIssued(db: Executor, id: string, issue: { number: string; issueDate: string; issuedBy: string }): Promise<PlanRow> {
  return db
    .updateTable('plans')
    .set({ status: 'issued', number: issue.number, issue_date: issue.issueDate, issued_by: issue.issuedBy, issued_at: new Date(), updated_at: new Date() })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .returning(planColumns)
    .executeTakeFirstOrThrow();
}

export async function markPlanSuperseded(db: Executor, id: string): Promise<void> {
  await db.updateTable('plans').set({ status: 'superseded' }).where('id', '=', id).where('status', '=', 'issued').execute();
}

export async function deleteDraftPlan(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('plan_parents').where('plan_id', '=', id).execute();
  await db.deleteFrom('plans').where('id', '=', id).where('status', '=', 'draft').execute();
}

export async function findPlan(db: Executor, id: string): Promise<PlanRow | undefined> {
  return db.selectFrom('plans').select(planColumns).where('id', '=', id).executeTakeFirst();
}

export async function listPlanTargets(db: Executor, planId: string): Promise<PlanTargetRow[]> {
  return db.selectFrom('plan_targets').selectAll().where('plan_id', '=', planId).orderBy('sort_order').execute();
}

export type NewPlanTarget = Omit<PlanTargetRow, 'id' | 'plan_id'>;

export async function replacePlanTargets(db: Executor, planId: string, targets: NewPlanTarget[]): Promise<void> {
  await db.deleteFrom('plan_targets').where('plan_id', '=', planId).execute();
  if (targets.length === 0) return;
  await db.insertInto('plan_targets').values(targets.map((target) => ({ ...target, plan_id: planId }))).execute();
}

export async function listPlanParents(db: Executor, planId: string): Promise<Array<{ id: string; title: string; number: string | null; issue_date: string | null; issuer_unit_id: string }>> {
  return db
    .selectFrom('plan_parents')
    .innerJoin('plans', 'plans.id', 'plan_parents.parent_plan_id')
    .select(['plans.id', 'plans.title', 'plans.number', 'plans.issue_date', 'plans.issuer_unit_id'])
    .where('plan_parents.plan_id', '=', planId)
    .execute();
}

export async function replacePlanParents(db: Executor, planId: string, parentIds: string[]): Promise<void> {
  await db.deleteFrom('plan_parents').where('plan_id', '=', planId).execute();
  if (parentIds.length === 0) return;
  await db.insertInto('plan_parents').values(parentIds.map((parentPlanId) => ({ plan_id: planId, parent_plan_id: parentPlanId }))).execute();
}

/** Every plan above this one through its parents, however far: a parent among them would close a cycle. */
export async function listAncestorPlanIds(db: Executor, planIds: string[]): Promise<string[]> {
  if (planIds.length === 0) return [];
  const result = await sql<{ id: string }>`
    with recursive ancestors(id) as (
      select parent_plan_id from plan_parents where plan_id in (${sql.join(planIds)})
      union
      select p.parent_plan_id from plan_parents p join ancestors a on p.plan_id = a.id
    )
    select id from ancestors`.execute(db);
  return result.rows.map((row) => row.id);
}

export interface PlanListFilter {
  scope: Scope;
  unitId?: string | undefined;
  status?: 'draft' | 'issued' | 'superseded' | undefined;
  query?: string | undefined;
  limit: number;
}

export async function listPlans(db: Executor, filter: PlanListFilter) {
  let query = db
    .selectFrom('plans')
    .innerJoin('admin_units', 'admin_units.id', 'plans.issuer_unit_id')
    .select(planColumns)
    .select(['admin_units.name as issuer_name'])
    .where((eb) => {
      const scope = filter.scope;
      if (scope.kind === 'country') return eb.and([]);
      // Plans of the subtree, and the plans of the units above, which are addressed to it.
      return eb.or([inScope(scope)(eb), eb(sql.val(scope.unitPath), 'like', sql<string>`admin_units.path || '%'`)]);
    });
  if (filter.unitId) query = query.where('plans.issuer_unit_id', '=', filter.unitId);
  if (filter.status) query = query.where('plans.status', '=', filter.status);
  const folded = filter.query ? toSearchText(filter.query) : '';
  if (folded) query = query.where('plans.search_text', 'like', `%${escapeLikePattern(folded)}%`);
  return query.orderBy('plans.period_start', 'desc').orderBy('plans.created_at', 'desc').limit(filter.limit).execute();
}

/** The plans made from a parent plan, with their issuer: the parent sees which children issued theirs. */
export async function listChildPlans(db: Executor, parentPlanId: string) {
  return db
    .selectFrom('plan_parents')
    .innerJoin('plans', 'plans.id', 'plan_parents.plan_id')
    .innerJoin('admin_units', 'admin_units.id', 'plans.issuer_unit_id')
    .select(['plans.id', 'plans.status', 'plans.issuer_unit_id', 'plans.issue_date', 'plans.number', 'admin_units.name as issuer_name'])
    .where('plan_parents.parent_plan_id', '=', parentPlanId)
    .execute();
}
