import { hasPermission, type Permission } from '../../../core/auth/roles.ts';
import {
  statisticsPeriodOfDates,
  type CrimeStatistics, type CrimeStatisticsCreate, type CrimeStatisticsListQuery, type CrimeStatisticsPage,
  type CrimeStatisticsUpdate,
} from '../../../core/api/crime-statistics.ts';
import { formatDate, todayInVietnam } from '../../../core/dates/format.ts';
import { AppError, type FieldIssue } from '../../../core/errors/app-error.ts';
import { formatPeriod } from '../../../core/periods/format-period.ts';
import { parsePeriod, type Period } from '../../../core/periods/period.ts';
import { crimeLineIssues, crimeLineNames, crimePeriodIssues } from '../../../core/statistics/crime-rules.ts';
import {
  countCrimeStatistics, findCrimeStatistics, findOverlapping, insertCrimeStatistics, listCrimeStatistics, lockUnitLine,
  softDeleteCrimeStatistics, updateCrimeStatistics,
  type CrimeStatisticsFilter, type CrimeStatisticsRow, type CrimeStatisticsValues,
} from '../../storage/crime-statistics.ts';
import type { Executor } from '../../storage/executor.ts';
import type { UnitRow } from '../../storage/units.ts';
import type { ServiceContext } from '../context.ts';
import { auditCreated, auditUpdated, isUniqueViolation, softDeleteAudited } from '../records/record-audit.ts';
import { getLiveRecord, listScope, pagedRecords } from '../records/record-reads.ts';
import { getVisibleUnit } from '../units/unit-service.ts';

const RECORD_TYPE = 'crime_statistics';

export function toCrimeStatistics(row: CrimeStatisticsRow, unitName: string): CrimeStatistics {
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName,
    periodCode: statisticsPeriodOfDates(row.period_start, row.period_end)?.code ?? null,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    article: row.article,
    casesHandled: row.cases_handled,
    defendants: row.defendants,
    casesProsecuted: row.cases_prosecuted,
    defendantsProsecuted: row.defendants_prosecuted,
    casesTried: row.cases_tried,
    defendantsTried: row.defendants_tried,
    peopleFined: row.people_fined,
    establishmentsFined: row.establishments_fined,
    amountFined: row.amount_fined,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** What a create writes: the input, the period as its first and last days. */
export function valuesForCreate(input: CrimeStatisticsCreate, unitId: string): CrimeStatisticsValues {
  const { period: code, ...counts } = input;
  const period = parsePeriod(code);
  return { ...counts, unitId, periodStart: period.start, periodEnd: period.end };
}

function toValues(record: CrimeStatistics): CrimeStatisticsValues {
  const { id: _id, unitName: _unitName, createdAt: _createdAt, updatedAt: _updatedAt, periodCode: _periodCode, ...values } = record;
  return values;
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

function assertValid(values: CrimeStatisticsValues, today: string): void {
  const issues = [...crimePeriodIssues(values.periodStart, today), ...crimeLineIssues(values)];
  if (issues.length > 0) throw new AppError('validation_failed', 400, {}, issues);
}

function periodText(start: string, end: string, language: 'vi' | 'en'): string {
  const period = statisticsPeriodOfDates(start, end);
  return period ? formatPeriod(period, language) : `${formatDate(start)}–${formatDate(end)}`;
}

/** The line overlaps a stored one: also each imported row's problem (its details). */
export function overlapError(
  values: Pick<CrimeStatisticsValues, 'article' | 'periodStart' | 'periodEnd'>,
  unit: Pick<UnitRow, 'name'>,
  existing?: Pick<CrimeStatisticsRow, 'period_start' | 'period_end'>,
): AppError {
  const start = existing?.period_start ?? values.periodStart;
  const end = existing?.period_end ?? values.periodEnd;
  const line = crimeLineNames[values.article];
  return new AppError('crime_statistics_overlap', 409, { unit: unit.name, start: formatDate(start), end: formatDate(end) }, [
    issue('period', `Trùng với số liệu ${line.vi} đã có cho ${periodText(start, end, 'vi')} (${formatDate(start)}–${formatDate(end)})`,
      `Overlaps the stored figures of ${line.en} for ${periodText(start, end, 'en')} (${formatDate(start)}–${formatDate(end)})`),
  ]);
}

/** Within the write's transaction: no other live line of the unit and article shares a day with this one. */
async function assertNoOverlap(db: Executor, values: CrimeStatisticsValues, unit: UnitRow, exceptId?: string): Promise<void> {
  await lockUnitLine(db, values.unitId, values.article);
  const existing = await findOverlapping(db, { ...values, exceptId });
  if (existing) throw overlapError(values, unit, existing);
}

async function getLive(context: ServiceContext, id: string): Promise<{ record: CrimeStatistics; unit: UnitRow }> {
  const { row, unit } = await getLiveRecord(context, RECORD_TYPE, id, findCrimeStatistics);
  return { record: toCrimeStatistics(row, unit.name), unit };
}

/** The list's filters as storage takes them, within the caller's scope (the list and its export). */
export async function crimeStatisticsFilter(
  context: ServiceContext,
  query: Omit<CrimeStatisticsListQuery, 'page' | 'pageSize'>,
): Promise<CrimeStatisticsFilter> {
  const { scope, within } = await listScope(context, query.unit);
  const period: Period | undefined = query.period ? parsePeriod(query.period) : undefined;
  return {
    scope,
    within,
    unitId: within && query.subtree === 'false' ? within.unitId : undefined,
    year: query.year,
    withinDays: period ? { start: period.start, end: period.end } : undefined,
    article: query.article,
  };
}

export async function searchCrimeStatistics(context: ServiceContext, query: CrimeStatisticsListQuery): Promise<CrimeStatisticsPage> {
  assertMay(context, 'enforcement.read');
  const filter = await crimeStatisticsFilter(context, query);
  return pagedRecords(context.database.db, query, filter, { list: listCrimeStatistics, count: countCrimeStatistics },
    (rows) => rows.map((row) => toCrimeStatistics(row, row.unit_name)));
}

export async function getCrimeStatistics(context: ServiceContext, id: string): Promise<CrimeStatistics> {
  assertMay(context, 'enforcement.read');
  return (await getLive(context, id)).record;
}

/** Two writers racing on the same first day meet the unique index: reported as the overlap it is. */
function reportRace(values: CrimeStatisticsValues, unit: UnitRow) {
  return (error: unknown): never => {
    if (isUniqueViolation(error)) throw overlapError(values, unit);
    throw error;
  };
}

export async function createCrimeStatistics(context: ServiceContext, input: CrimeStatisticsCreate): Promise<CrimeStatistics> {
  assertMay(context, 'enforcement.write');
  const unit = await getVisibleUnit(context, input.unitId);
  assertCurrentUnit(unit);
  const values = valuesForCreate(input, unit.id);
  assertValid(values, todayInVietnam());
  return context.database.db.transaction().execute(async (trx) => {
    await assertNoOverlap(trx, values, unit);
    const created = toCrimeStatistics(await insertCrimeStatistics(trx, values), unit.name);
    await auditCreated(trx, context, { type: RECORD_TYPE, id: created.id, unitId: unit.id }, created);
    return created;
  }).catch(reportRace(values, unit));
}

export async function changeCrimeStatistics(context: ServiceContext, id: string, input: CrimeStatisticsUpdate): Promise<CrimeStatistics> {
  assertMay(context, 'enforcement.write');
  const { record: before, unit } = await getLive(context, id);
  const { period: code, ...counts } = input;
  const values: CrimeStatisticsValues = {
    ...toValues(before),
    ...Object.fromEntries(Object.entries(counts).filter(([, value]) => value !== undefined)),
  };
  if (code !== undefined) {
    const period = parsePeriod(code);
    values.periodStart = period.start;
    values.periodEnd = period.end;
  }
  assertValid(values, todayInVietnam());
  return context.database.db.transaction().execute(async (trx) => {
    await assertNoOverlap(trx, values, unit, id);
    const updated = toCrimeStatistics(await updateCrimeStatistics(trx, id, values), unit.name);
    await auditUpdated(trx, context, { type: RECORD_TYPE, id, unitId: unit.id }, before, updated);
    return updated;
  }).catch(reportRace(values, unit));
}

/** Soft deletion with the reason: the line leaves every list and indicator, the audit log keeps what it held. */
export async function deleteCrimeStatistics(context: ServiceContext, id: string, reason: string): Promise<void> {
  assertMay(context, 'enforcement.write');
  const { record, unit } = await getLive(context, id);
  await softDeleteAudited(context, { type: RECORD_TYPE, id, unitId: unit.id }, record, reason,
    (trx) => softDeleteCrimeStatistics(trx, id, reason));
}
