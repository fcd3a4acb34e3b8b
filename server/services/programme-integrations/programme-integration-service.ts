import { hasPermission } from '../../../core/auth/roles.ts';
import type {
  ProgrammeIntegration, ProgrammeIntegrationCreate, ProgrammeIntegrationListQuery, ProgrammeIntegrationPage,
  ProgrammeIntegrationUpdate,
} from '../../../core/api/programme-integrations.ts';
import { formatDate, todayInVietnam } from '../../../core/dates/format.ts';
import { AppError, type FieldIssue } from '../../../core/errors/app-error.ts';
import type { Executor } from '../../storage/executor.ts';
import {
  countProgrammeIntegrations, findProgrammeIntegration, findSameProgrammeIntegration, insertProgrammeIntegration,
  listProgrammeIntegrations, softDeleteProgrammeIntegration, updateProgrammeIntegration,
  type ProgrammeIntegrationRow, type ProgrammeIntegrationValues,
} from '../../storage/programme-integrations.ts';
import type { UnitRow } from '../../storage/units.ts';
import type { ServiceContext } from '../context.ts';
import { assertCurrentUnit, issue } from '../communication/unit-agency.ts';
import { auditCreated, auditUpdated, isUniqueViolation, softDeleteAudited } from '../records/record-audit.ts';
import { findRecord, getLiveRecord, listScope, pagedRecords } from '../records/record-reads.ts';
import { getVisibleUnit } from '../units/unit-service.ts';
import { bodyName, peoplesCommitteeName, unitBodyIssue } from './unit-body.ts';

/** The record type of the history and the prefix of the audit actions. */
const TYPE = 'programme_integration';

function toIntegration(row: ProgrammeIntegrationRow, unitName: string): ProgrammeIntegration {
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName,
    year: row.year,
    agencyId: row.agency_id,
    agencyName: row.agency_name,
    programme: row.programme,
    programmeKind: row.programme_kind,
    documentNumber: row.document_number,
    documentDate: row.document_date,
    notes: row.notes,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

function toValues(record: ProgrammeIntegration): ProgrammeIntegrationValues {
  return {
    unitId: record.unitId,
    year: record.year,
    agencyId: record.agencyId,
    programme: record.programme,
    programmeKind: record.programmeKind,
    documentNumber: record.documentNumber,
    documentDate: record.documentDate,
    notes: record.notes,
  };
}

function assertMayWrite(context: ServiceContext): void {
  if (!hasPermission(context.actor.role, 'activity.write')) throw new AppError('forbidden', 403);
}

/**
 * Integration plans are drawn up for a year, the coming year's in the last months of the current
 * one (the seeds' annual plans are approved in January, their integration plans follow them): a
 * year up to next year is accepted, one further ahead is a typing error. The import checks rows with it too.
 */
export function fieldIssues(values: ProgrammeIntegrationValues, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const latestYear = Number(today.slice(0, 4)) + 1;
  if (values.year > latestYear) {
    issues.push(issue('year', `Năm không được sau năm ${latestYear}: chỉ ghi lồng ghép của các năm đã qua, năm nay và năm tới`,
      `The year cannot be after ${latestYear}: record integrations of past years, this year and next year`));
  }
  if (values.documentDate !== null && values.documentDate > today) {
    issues.push(issue('documentDate', `Ngày văn bản không được sau hôm nay (${formatDate(today)})`,
      `The document date cannot be after today (${formatDate(today)})`));
  }
  return issues;
}

async function assertValid(db: Executor, values: ProgrammeIntegrationValues, unit: UnitRow, storedAgencyId: string | null): Promise<void> {
  const agencyIssue = await unitBodyIssue(db, 'agencyId', values.agencyId, unit, storedAgencyId);
  const issues = [...fieldIssues(values, todayInVietnam()), ...(agencyIssue ? [agencyIssue] : [])];
  if (issues.length > 0) throw new AppError('validation_failed', 400, {}, issues);
}

/** What a second integration of the same body, programme and year is told: the record already there, to edit instead (the import reports it too). */
export function duplicateIntegrationIssue(
  existing: Pick<ProgrammeIntegrationRow, 'agency_name' | 'programme' | 'year' | 'created_at'>,
  unit: Pick<UnitRow, 'kind' | 'short_name'>,
): FieldIssue {
  const body = existing.agency_name ?? peoplesCommitteeName(unit);
  const recordedOn = formatDate(existing.created_at);
  return issue('programme', `${body} đã có bản ghi lồng ghép vào "${existing.programme}" năm ${existing.year} (ghi ngày ${recordedOn}); hãy sửa bản ghi đó`,
    `${body} already has an integration into "${existing.programme}" for ${existing.year} (recorded on ${recordedOn}); edit that record`);
}

/**
 * One live integration per unit, integrating body, programme and year: a second would count the
 * body's plan twice. The refusal names the record already there, so that the user edits it.
 */
async function assertNotDuplicate(db: Executor, values: ProgrammeIntegrationValues, unit: UnitRow, exceptId?: string): Promise<void> {
  const existing = await findSameProgrammeIntegration(db, { ...values, exceptId });
  if (!existing) return;
  const body = existing.agency_name ?? peoplesCommitteeName(unit);
  const recordedOn = formatDate(existing.created_at);
  throw new AppError('programme_integration_duplicate', 409,
    { body, programme: existing.programme, year: existing.year, unit: existing.unit_name, recordedOn }, [duplicateIntegrationIssue(existing, unit)]);
}

async function readIntegration(db: Executor, id: string, unitName: string): Promise<ProgrammeIntegration> {
  return toIntegration(await findRecord(db, TYPE, id, findProgrammeIntegration), unitName);
}

async function getLive(context: ServiceContext, id: string): Promise<{ record: ProgrammeIntegration; unit: UnitRow }> {
  const { row, unit } = await getLiveRecord(context, TYPE, id, findProgrammeIntegration);
  return { record: toIntegration(row, unit.name), unit };
}

export async function searchProgrammeIntegrations(context: ServiceContext, query: ProgrammeIntegrationListQuery): Promise<ProgrammeIntegrationPage> {
  const filter = {
    ...(await listScope(context, query.unit)),
    year: query.year,
    kind: query.kind,
    query: query.q,
  };
  return pagedRecords(context.database.db, query, filter, { list: listProgrammeIntegrations, count: countProgrammeIntegrations },
    (rows) => rows.map((row) => toIntegration(row, row.unit_name)));
}

export async function getProgrammeIntegration(context: ServiceContext, id: string): Promise<ProgrammeIntegration> {
  return (await getLive(context, id)).record;
}

/** Runs a write; should a concurrent writer have taken the same key, reports it as the check does. */
async function writeOnce<T>(context: ServiceContext, values: ProgrammeIntegrationValues, unit: UnitRow, exceptId: string | undefined,
  write: () => Promise<T>): Promise<T> {
  return write().catch(async (error: unknown) => {
    if (isUniqueViolation(error)) await assertNotDuplicate(context.database.db, values, unit, exceptId);
    throw error;
  });
}

export async function createProgrammeIntegration(context: ServiceContext, input: ProgrammeIntegrationCreate): Promise<ProgrammeIntegration> {
  assertMayWrite(context);
  const unit = await getVisibleUnit(context, input.unitId);
  assertCurrentUnit(unit);
  const values: ProgrammeIntegrationValues = { ...input, unitId: unit.id };
  return writeOnce(context, values, unit, undefined, () => context.database.db.transaction().execute(async (trx) => {
    await assertValid(trx, values, unit, null);
    await assertNotDuplicate(trx, values, unit);
    const id = await insertProgrammeIntegration(trx, values, await bodyName(trx, values.agencyId));
    const created = await readIntegration(trx, id, unit.name);
    await auditCreated(trx, context, { type: TYPE, id, unitId: unit.id }, created);
    return created;
  }));
}

export async function changeProgrammeIntegration(
  context: ServiceContext, id: string, input: ProgrammeIntegrationUpdate,
): Promise<ProgrammeIntegration> {
  assertMayWrite(context);
  const { record: before, unit: currentUnit } = await getLive(context, id);
  let unit = currentUnit;
  if (input.unitId !== undefined && input.unitId !== before.unitId) {
    unit = await getVisibleUnit(context, input.unitId);
    assertCurrentUnit(unit);
  }
  const values: ProgrammeIntegrationValues = { ...toValues(before) };
  for (const [key, value] of Object.entries(input) as [keyof ProgrammeIntegrationValues, unknown][]) {
    if (value !== undefined) (values as unknown as Record<string, unknown>)[key] = value;
  }
  values.unitId = unit.id;
  // Moving to another unit needs an agency of that unit: the stored one is not excused there.
  const storedAgencyId = unit.id === currentUnit.id ? before.agencyId : null;
  return writeOnce(context, values, unit, id, () => context.database.db.transaction().execute(async (trx) => {
    await assertValid(trx, values, unit, storedAgencyId);
    await assertNotDuplicate(trx, values, unit, id);
    await updateProgrammeIntegration(trx, id, values, await bodyName(trx, values.agencyId));
    const updated = await readIntegration(trx, id, unit.name);
    await auditUpdated(trx, context, { type: TYPE, id, unitId: unit.id }, before, updated);
    return updated;
  }));
}

/** Soft deletion with the reason: the integration leaves every list and indicator, the audit log keeps what it held. */
export async function deleteProgrammeIntegration(context: ServiceContext, id: string, reason: string): Promise<void> {
  assertMayWrite(context);
  const { record, unit } = await getLive(context, id);
  await softDeleteAudited(context, { type: TYPE, id, unitId: unit.id }, record, reason,
    (trx) => softDeleteProgrammeIntegration(trx, id, reason));
}
