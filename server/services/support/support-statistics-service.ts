import { hasPermission, type Permission } from '../../../core/auth/roles.ts';
import {
  supportServices,
  type SupportStatistics, type SupportStatisticsCreate, type SupportStatisticsListQuery, type SupportStatisticsPage,
  type SupportStatisticsUpdate,
} from '../../../core/api/support-statistics.ts';
import { todayInVietnam } from '../../../core/dates/format.ts';
import { AppError, type FieldIssue } from '../../../core/errors/app-error.ts';
import { monthText, referenceFigureIssues, supportFigureIssues, supportMonthIssues } from '../../../core/statistics/support-rules.ts';
import type { Executor } from '../../storage/executor.ts';
import {
  countSupportStatistics, findPeopleInNeedFigure, findSupportStatistics, findSupportStatisticsOfMonth, insertSupportStatistics,
  listSupportStatistics, serviceColumns, softDeleteSupportStatistics, updateSupportStatistics,
  type SupportStatisticsFilter, type SupportStatisticsRow, type SupportStatisticsValues,
} from '../../storage/support-statistics.ts';
import type { UnitRow } from '../../storage/units.ts';
import type { ServiceContext } from '../context.ts';
import { auditCreated, auditUpdated, isUniqueViolation, softDeleteAudited } from '../records/record-audit.ts';
import { getLiveRecord, listScope, pagedRecords } from '../records/record-reads.ts';
import { getVisibleUnit } from '../units/unit-service.ts';

const RECORD_TYPE = 'support_statistics';

/** 'YYYY-MM' ↔ the first day of the month the table stores. */
const monthStart = (month: string) => `${month}-01`;
const monthOf = (date: string) => date.slice(0, 7);

export function toSupportStatistics(row: SupportStatisticsRow, unitName: string): SupportStatistics {
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName,
    month: monthOf(row.month),
    peopleReached: row.people_reached,
    peopleInNeed: row.people_in_need,
    peopleEligible: row.people_eligible,
    peopleServed: row.people_served,
    peopleNewlyServed: row.people_newly_served,
    services: Object.fromEntries(supportServices.map((service) => [service, row[serviceColumns[service]]])) as SupportStatistics['services'],
    referralsMade: row.referrals_made,
    referralsCompleted: row.referrals_completed,
    peerGroupsActive: row.peer_groups_active,
    pilotModelsRunning: row.pilot_models_running,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** What a create writes: the input, the month as its first day. */
export function valuesForCreate(input: SupportStatisticsCreate, unitId: string): SupportStatisticsValues {
  return { ...input, unitId, month: monthStart(input.month) };
}

function toValues(record: SupportStatistics): SupportStatisticsValues {
  const { id: _id, unitName: _unitName, createdAt: _createdAt, updatedAt: _updatedAt, month, ...figures } = record;
  return { ...figures, month: monthStart(month), services: { ...record.services } };
}

/**
 * The record as the audit log keeps it: the services flattened ('services.methadone'), so that the
 * history of a change names the one service that changed rather than the whole set. Imports keep
 * the same shape (server/imports/kinds/support-statistics.ts).
 */
export function auditRecord(record: SupportStatistics): Record<string, unknown> {
  const { services, ...rest } = record;
  return { ...rest, ...Object.fromEntries(supportServices.map((service) => [`services.${service}`, services[service]])) };
}

const issue = (field: string, vi: string, en: string): FieldIssue => ({ field, message: `${vi} | ${en}` });

function assertMay(context: ServiceContext, permission: Permission): void {
  if (!hasPermission(context.actor.role, permission)) throw new AppError('forbidden', 403);
}

/** Figures are recorded by a unit as it is today. */
function assertCurrentUnit(unit: UnitRow): void {
  if (unit.valid_to !== null) {
    throw new AppError('validation_failed', 400, {}, [
      issue('unitId', 'Đơn vị này không còn tồn tại; hãy chọn đơn vị hiện hành', 'This unit no longer exists; choose a current unit'),
    ]);
  }
}

/** All the problems at once, one per field; the reference figure is read only for figures otherwise sound. */
async function assertValid(db: Executor, values: SupportStatisticsValues): Promise<void> {
  const issues = [...supportMonthIssues(monthOf(values.month), todayInVietnam()), ...supportFigureIssues(values)];
  if (issues.length === 0) {
    const year = Number(values.month.slice(0, 4));
    issues.push(...referenceFigureIssues(values, year, await findPeopleInNeedFigure(db, values.unitId, year)));
  }
  if (issues.length > 0) throw new AppError('validation_failed', 400, {}, issues);
}

/** One live record per unit and month: a second one would be counted twice. */
async function assertMonthFree(db: Executor, values: SupportStatisticsValues, unit: UnitRow, exceptId?: string): Promise<void> {
  const existing = await findSupportStatisticsOfMonth(db, values.unitId, values.month);
  if (existing && existing.id !== exceptId) throw monthTaken(values, unit);
}

/** The month is taken: also each imported row's problem (its details). */
export function monthTaken(values: Pick<SupportStatisticsValues, 'month'>, unit: Pick<UnitRow, 'name'>): AppError {
  const month = monthText(monthOf(values.month));
  return new AppError('support_statistics_duplicate', 409, { unit: unit.name, month }, [
    issue('month', `${unit.name} đã có số liệu tháng ${month}; hãy sửa bản đã có`, `${unit.name} already has figures for ${month}; edit them instead`),
  ]);
}

async function getLive(context: ServiceContext, id: string): Promise<{ record: SupportStatistics; unit: UnitRow }> {
  const { row, unit } = await getLiveRecord(context, RECORD_TYPE, id, findSupportStatistics);
  return { record: toSupportStatistics(row, unit.name), unit };
}

/** The list's filters as storage takes them, within the caller's scope (the list and its export). */
export async function supportStatisticsFilter(
  context: ServiceContext,
  query: Omit<SupportStatisticsListQuery, 'page' | 'pageSize'>,
): Promise<SupportStatisticsFilter> {
  const { scope, within } = await listScope(context, query.unit);
  return {
    scope,
    within,
    unitId: within && query.subtree === 'false' ? within.unitId : undefined,
    year: query.year,
    month: query.month ? monthStart(query.month) : undefined,
  };
}

export async function searchSupportStatistics(context: ServiceContext, query: SupportStatisticsListQuery): Promise<SupportStatisticsPage> {
  assertMay(context, 'support.read');
  const filter = await supportStatisticsFilter(context, query);
  return pagedRecords(context.database.db, query, filter, { list: listSupportStatistics, count: countSupportStatistics },
    (rows) => rows.map((row) => toSupportStatistics(row, row.unit_name)));
}

export async function getSupportStatistics(context: ServiceContext, id: string): Promise<SupportStatistics> {
  assertMay(context, 'support.read');
  return (await getLive(context, id)).record;
}

export async function createSupportStatistics(context: ServiceContext, input: SupportStatisticsCreate): Promise<SupportStatistics> {
  assertMay(context, 'support.write');
  const unit = await getVisibleUnit(context, input.unitId);
  assertCurrentUnit(unit);
  const values = valuesForCreate(input, unit.id);
  await assertValid(context.database.db, values);
  try {
    return await context.database.db.transaction().execute(async (trx) => {
      await assertMonthFree(trx, values, unit);
      const created = toSupportStatistics(await insertSupportStatistics(trx, values), unit.name);
      await auditCreated(trx, context, { type: RECORD_TYPE, id: created.id, unitId: unit.id }, auditRecord(created));
      return created;
    });
  } catch (error) {
    // Two writers of the same month racing past the check meet the unique index.
    if (isUniqueViolation(error)) throw monthTaken(values, unit);
    throw error;
  }
}

export async function changeSupportStatistics(context: ServiceContext, id: string, input: SupportStatisticsUpdate): Promise<SupportStatistics> {
  assertMay(context, 'support.write');
  const { record: before, unit } = await getLive(context, id);
  const { month, services, ...figures } = input;
  const current = toValues(before);
  const values: SupportStatisticsValues = {
    ...current,
    ...Object.fromEntries(Object.entries(figures).filter(([, value]) => value !== undefined)),
    month: month === undefined ? current.month : monthStart(month),
    services: { ...current.services, ...Object.fromEntries(Object.entries(services ?? {}).filter(([, value]) => value !== undefined)) },
  };
  await assertValid(context.database.db, values);
  try {
    return await context.database.db.transaction().execute(async (trx) => {
      await assertMonthFree(trx, values, unit, id);
      const updated = toSupportStatistics(await updateSupportStatistics(trx, id, values), unit.name);
      await auditUpdated(trx, context, { type: RECORD_TYPE, id, unitId: unit.id }, auditRecord(before), auditRecord(updated));
      return updated;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw monthTaken(values, unit);
    throw error;
  }
}

/** Soft deletion with the reason: the month leaves every list and indicator, the audit log keeps what it held. */
export async function deleteSupportStatistics(context: ServiceContext, id: string, reason: string): Promise<void> {
  assertMay(context, 'support.write');
  const { record, unit } = await getLive(context, id);
  await softDeleteAudited(context, { type: RECORD_TYPE, id, unitId: unit.id }, auditRecord(record), reason,
    (trx) => softDeleteSupportStatistics(trx, id, reason));
}
