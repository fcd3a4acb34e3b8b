import { sql } from 'kysely';
import type { Scope } from '../../core/auth/scope.ts';
import type { InspectionOutcome, TeamKind } from '../../core/api/inspections.ts';
import type { InspectionVisitFact } from '../../core/inspections/plan-progress.ts';
import type { Executor } from './executor.ts';
import { inScope } from './units.ts';

export interface InspectionPlanRow {
  id: string;
  unit_id: string;
  year: number;
  title: string;
  notes: string | null;
  created_at: Date;
  updated_at: Date;
}

export type InspectionPlanUnitRow = InspectionPlanRow & { unit_name: string; unit_path: string };

export interface InspectionPlanItemRow {
  plan_id: string;
  establishment_id: string;
  establishment_name: string;
  establishment_address: string;
  establishment_unit_name: string;
  establishment_status: 'active' | 'suspended' | 'closed';
  planned_month: number | null;
  window_start: string | null;
  window_end: string | null;
  team_kind: TeamKind;
  agency_id: string | null;
  agency_name: string | null;
}

export interface InspectionPlanItemValues {
  establishmentId: string;
  plannedMonth: number | null;
  windowStart: string | null;
  windowEnd: string | null;
  teamKind: TeamKind;
  agencyId: string | null;
}

/** Everything a user writes about a plan: the whole record, as inserted or as it becomes. */
export interface InspectionPlanValues {
  unitId: string;
  year: number;
  title: string;
  notes: string | null;
  items: InspectionPlanItemValues[];
}

const planColumns = [
  'inspection_plans.id', 'inspection_plans.unit_id', 'inspection_plans.year', 'inspection_plans.title', 'inspection_plans.notes',
  'inspection_plans.created_at', 'inspection_plans.updated_at',
] as const;

async function insertItems(db: Executor, planId: string, items: InspectionPlanItemValues[]): Promise<void> {
  if (items.length === 0) return;
  await db.insertInto('inspection_plan_items').values(items.map((item, index) => ({
    plan_id: planId,
    establishment_id: item.establishmentId,
    planned_month: item.plannedMonth,
    window_start: item.windowStart,
    window_end: item.windowEnd,
    team_kind: item.teamKind,
    agency_id: item.agencyId,
    sort_order: index,
  }))).execute();
}

export async function insertInspectionPlan(db: Executor, values: InspectionPlanValues): Promise<string> {
  const { id } = await db.insertInto('inspection_plans')
    .values({ unit_id: values.unitId, year: values.year, title: values.title, notes: values.notes })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertItems(db, id, values.items);
  return id;
}

/** Rewrites the plan and replaces its items. */
export async function updateInspectionPlan(db: Executor, id: string, values: InspectionPlanValues): Promise<void> {
  await db
    .updateTable('inspection_plans')
    .set({ year: values.year, title: values.title, notes: values.notes, updated_at: new Date() })
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
  await db.deleteFrom('inspection_plan_items').where('plan_id', '=', id).execute();
  await insertItems(db, id, values.items);
}

/** Soft deletion: the row and its items stay, no list or lookup sees them. */
export async function softDeleteInspectionPlan(db: Executor, id: string, reason: string): Promise<void> {
  const now = new Date();
  await db
    .updateTable('inspection_plans')
    .set({ deleted_at: now, deleted_reason: reason, updated_at: now })
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
}

/** A live plan, whoever asks: callers check the scope of its unit. */
export async function findInspectionPlan(db: Executor, id: string): Promise<InspectionPlanRow | undefined> {
  return db
    .selectFrom('inspection_plans')
    .select(planColumns)
    .where('inspection_plans.id', '=', id)
    .where('inspection_plans.deleted_at', 'is', null)
    .executeTakeFirst();
}

/** The live plan of a unit for a year, if there is one (there is at most one). */
export async function findInspectionPlanOf(db: Executor, unitId: string, year: number, exceptId?: string): Promise<InspectionPlanRow | undefined> {
  let query = db
    .selectFrom('inspection_plans')
    .select(planColumns)
    .where('inspection_plans.unit_id', '=', unitId)
    .where('inspection_plans.year', '=', year)
    .where('inspection_plans.deleted_at', 'is', null);
  if (exceptId) query = query.where('inspection_plans.id', '!=', exceptId);
  return query.executeTakeFirst();
}

/**
 * The items of these plans in their order, with what the plan page shows of each establishment
 * and agency. An establishment deleted from the registry leaves its plans with it.
 */
export async function listInspectionPlanItems(db: Executor, planIds: string[]): Promise<InspectionPlanItemRow[]> {
  if (planIds.length === 0) return [];
  return db
    .selectFrom('inspection_plan_items')
    .innerJoin('establishments', 'establishments.id', 'inspection_plan_items.establishment_id')
    .innerJoin('admin_units', 'admin_units.id', 'establishments.unit_id')
    .leftJoin('agencies', 'agencies.id', 'inspection_plan_items.agency_id')
    .select([
      'inspection_plan_items.plan_id', 'inspection_plan_items.establishment_id', 'establishments.name as establishment_name',
      'establishments.address as establishment_address', 'admin_units.name as establishment_unit_name',
      'establishments.status as establishment_status', 'inspection_plan_items.planned_month', 'inspection_plan_items.window_start',
      'inspection_plan_items.window_end', 'inspection_plan_items.team_kind', 'inspection_plan_items.agency_id', 'agencies.name as agency_name',
    ])
    .where('inspection_plan_items.plan_id', 'in', planIds)
    .where('establishments.deleted_at', 'is', null)
    .orderBy('inspection_plan_items.plan_id')
    .orderBy('inspection_plan_items.sort_order')
    .execute();
}

export interface InspectionPlanFilter {
  scope: Scope;
  /** A unit's subtree to narrow the caller's scope to. */
  within?: Scope | undefined;
  year?: number | undefined;
}

function filteredPlans(db: Executor, filter: InspectionPlanFilter) {
  let query = db
    .selectFrom('inspection_plans')
    .innerJoin('admin_units', 'admin_units.id', 'inspection_plans.unit_id')
    .where('inspection_plans.deleted_at', 'is', null)
    .where(inScope(filter.scope));
  if (filter.within) query = query.where(inScope(filter.within));
  if (filter.year !== undefined) query = query.where('inspection_plans.year', '=', filter.year);
  return query;
}

/** Plans newest year first, the province's before its communes' (by the units' paths), a page at a time. */
export async function listInspectionPlans(db: Executor, filter: InspectionPlanFilter & { limit: number; offset: number }): Promise<InspectionPlanUnitRow[]> {
  return filteredPlans(db, filter)
    .select(planColumns)
    .select(['admin_units.name as unit_name', 'admin_units.path as unit_path'])
    .orderBy('inspection_plans.year', 'desc')
    .orderBy('admin_units.path')
    .orderBy('inspection_plans.id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
}

export async function countInspectionPlans(db: Executor, filter: InspectionPlanFilter): Promise<number> {
  const row = await filteredPlans(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Every establishment visited in a year by an inspection of a team of the subtree (its own units
 * and the pre-reform units that became part of it), one row per visit. Deleted inspections and
 * establishments do not count.
 */
export async function listYearVisits(db: Executor, within: Scope, year: number): Promise<InspectionVisitFact[]> {
  const rows = await db
    .selectFrom('inspection_visits')
    .innerJoin('inspections', 'inspections.id', 'inspection_visits.inspection_id')
    .innerJoin('admin_units', 'admin_units.id', 'inspections.unit_id')
    .innerJoin('establishments', 'establishments.id', 'inspection_visits.establishment_id')
    .innerJoin('admin_units as establishment_unit', 'establishment_unit.id', 'establishments.unit_id')
    .select([
      'inspection_visits.establishment_id', 'establishments.name as establishment_name', 'establishment_unit.name as unit_name',
      'inspections.id as inspection_id', 'inspections.inspected_on', 'inspection_visits.outcome',
    ])
    .where('inspections.deleted_at', 'is', null)
    .where('establishments.deleted_at', 'is', null)
    .where('inspections.inspected_on', '>=', `${year}-01-01`)
    .where('inspections.inspected_on', '<=', `${year}-12-31`)
    .where(inScope(within))
    .execute();
  return rows.map((row) => ({
    establishmentId: row.establishment_id,
    establishmentName: row.establishment_name,
    unitName: row.unit_name,
    inspectionId: row.inspection_id,
    inspectedOn: row.inspected_on,
    outcome: row.outcome as InspectionOutcome,
  }));
}

export interface PlannedEstablishmentRow {
  id: string;
  name: string;
  status: 'active' | 'suspended' | 'closed';
  closed_on: string | null;
  /** Whether its unit lies in the subtree asked about (pre-reform units that became part of it included). */
  within: boolean;
}

/** The live establishments among these ids, each saying whether it lies in the subtree. */
export async function findPlannedEstablishments(db: Executor, ids: string[], within: Scope): Promise<PlannedEstablishmentRow[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('establishments')
    .innerJoin('admin_units', 'admin_units.id', 'establishments.unit_id')
    .select(['establishments.id', 'establishments.name', 'establishments.status', 'establishments.closed_on'])
    .select((eb) => sql<boolean>`${inScope(within)(eb)}`.as('within'))
    .where('establishments.id', 'in', ids)
    .where('establishments.deleted_at', 'is', null)
    .execute();
  return rows.map((row) => ({ ...row, within: Boolean(row.within) }));
}
