import { hasPermission } from '../../../core/auth/roles.ts';
import type {
  InspectionPlan, InspectionPlanCreate, InspectionPlanItem, InspectionPlanListQuery, InspectionPlanPage, InspectionPlanUpdate,
} from '../../../core/api/inspection-plans.ts';
import { todayInVietnam } from '../../../core/dates/format.ts';
import { AppError, type FieldIssue } from '../../../core/errors/app-error.ts';
import { computePlanProgress } from '../../../core/inspections/plan-progress.ts';
import type { Executor } from '../../storage/executor.ts';
import {
  countInspectionPlans, findInspectionPlan, findInspectionPlanOf, insertInspectionPlan, listInspectionPlanItems, listInspectionPlans,
  listYearVisits, softDeleteInspectionPlan, updateInspectionPlan,
  type InspectionPlanItemRow, type InspectionPlanRow, type InspectionPlanValues,
} from '../../storage/inspection-plans.ts';
import type { UnitRow } from '../../storage/units.ts';
import type { ServiceContext } from '../context.ts';
import { auditCreated, auditUpdated, isUniqueViolation, softDeleteAudited } from '../records/record-audit.ts';
import { findRecord, getLiveRecord, listScope, pagedRecords } from '../records/record-reads.ts';
import { getVisibleUnit } from '../units/unit-service.ts';
import { planIssues } from './plan-rules.ts';

/** A plan as it is written and audited: what the user chose, without the progress computed from the inspections. */
type PlanRecord = Omit<InspectionPlan, 'progress'>;

function toItem(row: InspectionPlanItemRow): InspectionPlanItem {
  return {
    establishmentId: row.establishment_id,
    establishmentName: row.establishment_name,
    establishmentAddress: row.establishment_address,
    establishmentUnitName: row.establishment_unit_name,
    establishmentStatus: row.establishment_status,
    plannedMonth: row.planned_month,
    windowStart: row.window_start,
    windowEnd: row.window_end,
    teamKind: row.team_kind,
    agencyId: row.agency_id,
    agencyName: row.agency_name,
  };
}

function toRecord(row: InspectionPlanRow, unitName: string, items: InspectionPlanItemRow[]): PlanRecord {
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName,
    year: row.year,
    title: row.title,
    notes: row.notes,
    items: items.map(toItem),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

function toValues(record: PlanRecord): InspectionPlanValues {
  return {
    unitId: record.unitId,
    year: record.year,
    title: record.title,
    notes: record.notes,
    items: record.items.map((item) => ({
      establishmentId: item.establishmentId,
      plannedMonth: item.plannedMonth,
      windowStart: item.windowStart,
      windowEnd: item.windowEnd,
      teamKind: item.teamKind,
      agencyId: item.agencyId,
    })),
  };
}

const subtreeOf = (unit: { id: string; path: string }) => ({ kind: 'subtree' as const, unitId: unit.id, unitPath: unit.path });

/** The plan with its progress on today's date, from the inspections made by teams of its unit's subtree. */
async function withProgress(db: Executor, record: PlanRecord, unit: { id: string; path: string }): Promise<InspectionPlan> {
  const visits = await listYearVisits(db, subtreeOf(unit), record.year);
  return { ...record, progress: computePlanProgress(record, visits, todayInVietnam()) };
}

function assertMayWrite(context: ServiceContext): void {
  if (!hasPermission(context.actor.role, 'enforcement.write')) throw new AppError('forbidden', 403);
}

const issue = (field: string, vi: string, en: string): FieldIssue => ({ field, message: `${vi} | ${en}` });

/** Plans are made by a province or a commune as it is today (districts no longer exist). */
function assertCurrentProvinceOrCommune(unit: UnitRow): void {
  if (unit.valid_to !== null || (unit.level !== 'province' && unit.level !== 'commune')) {
    throw new AppError('validation_failed', 400, {}, [
      issue('unitId', 'Kế hoạch kiểm tra do tỉnh hoặc xã, phường hiện hành lập; hãy chọn một đơn vị hiện hành',
        'Inspection plans are made by a current province or commune; choose a current unit'),
    ]);
  }
}

async function assertValid(db: Executor, values: InspectionPlanValues, unit: UnitRow, keptIds: ReadonlySet<string>): Promise<void> {
  const issues = await planIssues(db, values, unit, keptIds);
  if (issues.length > 0) throw new AppError('validation_failed', 400, {}, issues);
}

/** One live plan per unit and year: 409 naming the plan that is already there. */
async function assertNoOtherPlan(db: Executor, values: InspectionPlanValues, unit: UnitRow, exceptId?: string): Promise<void> {
  const other = await findInspectionPlanOf(db, values.unitId, values.year, exceptId);
  if (other) throw new AppError('inspection_plan_exists', 409, { unit: unit.name, year: values.year, title: other.title });
}

async function readRecord(db: Executor, id: string, unitName: string): Promise<PlanRecord> {
  const row = await findRecord(db, 'inspection_plan', id, findInspectionPlan);
  return toRecord(row, unitName, await listInspectionPlanItems(db, [id]));
}

async function getLivePlan(context: ServiceContext, id: string): Promise<{ record: PlanRecord; unit: UnitRow }> {
  const { row, unit } = await getLiveRecord(context, 'inspection_plan', id, findInspectionPlan);
  return { record: toRecord(row, unit.name, await listInspectionPlanItems(context.database.db, [id])), unit };
}

export async function searchInspectionPlans(context: ServiceContext, query: InspectionPlanListQuery): Promise<InspectionPlanPage> {
  const filter = { ...(await listScope(context, query.unit)), year: query.year };
  const db = context.database.db;
  return pagedRecords(db, query, filter, { list: listInspectionPlans, count: countInspectionPlans }, async (rows) => {
    const items = await listInspectionPlanItems(db, rows.map((row) => row.id));
    const today = todayInVietnam();
    const summaries = [];
    // One query per plan: each plan counts the inspections of its own unit's subtree.
    for (const row of rows) {
      const record = toRecord(row, row.unit_name, items.filter((item) => item.plan_id === row.id));
      const visits = await listYearVisits(db, subtreeOf({ id: row.unit_id, path: row.unit_path }), row.year);
      const { totals } = computePlanProgress(record, visits, today);
      summaries.push({ id: row.id, unitId: row.unit_id, unitName: row.unit_name, year: row.year, title: row.title, totals, updatedAt: record.updatedAt });
    }
    return summaries;
  });
}

export async function getInspectionPlan(context: ServiceContext, id: string): Promise<InspectionPlan> {
  const { record, unit } = await getLivePlan(context, id);
  return withProgress(context.database.db, record, unit);
}

/** Two writers racing past the check meet the unique index: reported as the check would. */
async function reportRace<T>(context: ServiceContext, values: InspectionPlanValues, unit: UnitRow, write: () => Promise<T>, exceptId?: string): Promise<T> {
  return write().catch(async (error: unknown) => {
    if (isUniqueViolation(error)) await assertNoOtherPlan(context.database.db, values, unit, exceptId);
    throw error;
  });
}

export async function createInspectionPlan(context: ServiceContext, input: InspectionPlanCreate): Promise<InspectionPlan> {
  assertMayWrite(context);
  const unit = await getVisibleUnit(context, input.unitId);
  assertCurrentProvinceOrCommune(unit);
  const values: InspectionPlanValues = { ...input, unitId: unit.id };
  return reportRace(context, values, unit, () => context.database.db.transaction().execute(async (trx) => {
    await assertValid(trx, values, unit, new Set());
    await assertNoOtherPlan(trx, values, unit);
    const id = await insertInspectionPlan(trx, values);
    const created = await readRecord(trx, id, unit.name);
    await auditCreated(trx, context, { type: 'inspection_plan', id, unitId: unit.id }, created);
    return withProgress(trx, created, unit);
  }));
}

export async function changeInspectionPlan(context: ServiceContext, id: string, input: InspectionPlanUpdate): Promise<InspectionPlan> {
  assertMayWrite(context);
  const { record: before, unit } = await getLivePlan(context, id);
  const values: InspectionPlanValues = { ...toValues(before) };
  for (const [key, value] of Object.entries(input) as [keyof InspectionPlanValues, unknown][]) {
    if (value !== undefined) (values as unknown as Record<string, unknown>)[key] = value;
  }
  // Items already in the plan stay even if their establishment has closed since: the plan keeps its history.
  const keptIds = new Set(before.items.map((item) => item.establishmentId));
  return reportRace(context, values, unit, () => context.database.db.transaction().execute(async (trx) => {
    await assertValid(trx, values, unit, keptIds);
    if (values.year !== before.year) await assertNoOtherPlan(trx, values, unit, id);
    await updateInspectionPlan(trx, id, values);
    const updated = await readRecord(trx, id, unit.name);
    await auditUpdated(trx, context, { type: 'inspection_plan', id, unitId: unit.id }, before, updated);
    return withProgress(trx, updated, unit);
  }), id);
}

/** Soft deletion with the reason: the plan leaves every list, the audit log keeps what it held. */
export async function deleteInspectionPlan(context: ServiceContext, id: string, reason: string): Promise<void> {
  assertMayWrite(context);
  const { record, unit } = await getLivePlan(context, id);
  await softDeleteAudited(context, { type: 'inspection_plan', id, unitId: unit.id }, record, reason,
    (trx) => softDeleteInspectionPlan(trx, id, reason));
}
