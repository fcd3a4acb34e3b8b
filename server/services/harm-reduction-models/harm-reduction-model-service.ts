import { hasPermission } from '../../../core/auth/roles.ts';
import type {
  HarmReductionModel, HarmReductionModelCreate, HarmReductionModelListQuery, HarmReductionModelPage, HarmReductionModelUpdate,
} from '../../../core/api/harm-reduction-models.ts';
import { formatDate, todayInVietnam } from '../../../core/dates/format.ts';
import { AppError, type FieldIssue } from '../../../core/errors/app-error.ts';
import type { Executor } from '../../storage/executor.ts';
import {
  countHarmReductionModels, findHarmReductionModel, insertHarmReductionModel, listHarmReductionModels,
  softDeleteHarmReductionModel, updateHarmReductionModel,
  type HarmReductionModelRow, type HarmReductionModelValues,
} from '../../storage/harm-reduction-models.ts';
import type { UnitRow } from '../../storage/units.ts';
import type { ServiceContext } from '../context.ts';
import { assertCurrentUnit, issue } from '../communication/unit-agency.ts';
import { bodyName, unitBodyIssue } from '../programme-integrations/unit-body.ts';
import { auditCreated, auditUpdated, softDeleteAudited } from '../records/record-audit.ts';
import { findRecord, getLiveRecord, listScope, pagedRecords } from '../records/record-reads.ts';
import { getVisibleUnit } from '../units/unit-service.ts';

/** The record type of the history and the prefix of the audit actions. */
const TYPE = 'harm_reduction_model';

function toModel(row: HarmReductionModelRow, unitName: string): HarmReductionModel {
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName,
    name: row.name,
    kind: row.kind,
    agencyId: row.agency_id,
    agencyName: row.agency_name,
    description: row.description,
    startedOn: row.started_on,
    endedOn: row.ended_on,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

function toValues(record: HarmReductionModel): HarmReductionModelValues {
  return {
    unitId: record.unitId,
    name: record.name,
    kind: record.kind,
    agencyId: record.agencyId,
    description: record.description,
    startedOn: record.startedOn,
    endedOn: record.endedOn,
  };
}

/** Models are support work: social workers and programme officers write them; anyone in scope reads them. */
function assertMayWrite(context: ServiceContext): void {
  if (!hasPermission(context.actor.role, 'support.write')) throw new AppError('forbidden', 403);
}

/** No day after today, and no end before the start: all the problems at once, one per field (the import checks rows with it too). */
export function fieldIssues(values: HarmReductionModelValues, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const future = (field: 'startedOn' | 'endedOn', vi: string, en: string) =>
    issues.push(issue(field, `${vi} không được sau hôm nay (${formatDate(today)})`, `${en} cannot be after today (${formatDate(today)})`));
  if (values.startedOn > today) future('startedOn', 'Ngày bắt đầu', 'The start date');
  if (values.endedOn !== null && values.endedOn > today) {
    future('endedOn', 'Ngày kết thúc', 'The end date');
  } else if (values.endedOn !== null && values.endedOn < values.startedOn) {
    issues.push(issue('endedOn', `Ngày kết thúc không được trước ngày bắt đầu (${formatDate(values.startedOn)})`,
      `The end date cannot be before the start date (${formatDate(values.startedOn)})`));
  }
  return issues;
}

async function assertValid(db: Executor, values: HarmReductionModelValues, unit: UnitRow, storedAgencyId: string | null): Promise<void> {
  const agencyIssue = await unitBodyIssue(db, 'agencyId', values.agencyId, unit, storedAgencyId);
  const issues = [...fieldIssues(values, todayInVietnam()), ...(agencyIssue ? [agencyIssue] : [])];
  if (issues.length > 0) throw new AppError('validation_failed', 400, {}, issues);
}

async function readModel(db: Executor, id: string, unitName: string): Promise<HarmReductionModel> {
  return toModel(await findRecord(db, TYPE, id, findHarmReductionModel), unitName);
}

async function getLive(context: ServiceContext, id: string): Promise<{ record: HarmReductionModel; unit: UnitRow }> {
  const { row, unit } = await getLiveRecord(context, TYPE, id, findHarmReductionModel);
  return { record: toModel(row, unit.name), unit };
}

export async function searchHarmReductionModels(context: ServiceContext, query: HarmReductionModelListQuery): Promise<HarmReductionModelPage> {
  const filter = {
    ...(await listScope(context, query.unit)),
    runningIn: query.year,
    kind: query.kind,
    query: query.q,
  };
  return pagedRecords(context.database.db, query, filter, { list: listHarmReductionModels, count: countHarmReductionModels },
    (rows) => rows.map((row) => toModel(row, row.unit_name)));
}

export async function getHarmReductionModel(context: ServiceContext, id: string): Promise<HarmReductionModel> {
  return (await getLive(context, id)).record;
}

export async function createHarmReductionModel(context: ServiceContext, input: HarmReductionModelCreate): Promise<HarmReductionModel> {
  assertMayWrite(context);
  const unit = await getVisibleUnit(context, input.unitId);
  assertCurrentUnit(unit);
  const values: HarmReductionModelValues = { ...input, unitId: unit.id };
  return context.database.db.transaction().execute(async (trx) => {
    await assertValid(trx, values, unit, null);
    const id = await insertHarmReductionModel(trx, values, await bodyName(trx, values.agencyId));
    const created = await readModel(trx, id, unit.name);
    await auditCreated(trx, context, { type: TYPE, id, unitId: unit.id }, created);
    return created;
  });
}

/** Changes any field; ending a model is setting `endedOn`, starting it again is clearing it. */
export async function changeHarmReductionModel(context: ServiceContext, id: string, input: HarmReductionModelUpdate): Promise<HarmReductionModel> {
  assertMayWrite(context);
  const { record: before, unit: currentUnit } = await getLive(context, id);
  let unit = currentUnit;
  if (input.unitId !== undefined && input.unitId !== before.unitId) {
    unit = await getVisibleUnit(context, input.unitId);
    assertCurrentUnit(unit);
  }
  const values: HarmReductionModelValues = { ...toValues(before) };
  for (const [key, value] of Object.entries(input) as [keyof HarmReductionModelValues, unknown][]) {
    if (value !== undefined) (values as unknown as Record<string, unknown>)[key] = value;
  }
  values.unitId = unit.id;
  // Moving to another unit needs an agency of that unit: the stored one is not excused there.
  const storedAgencyId = unit.id === currentUnit.id ? before.agencyId : null;
  return context.database.db.transaction().execute(async (trx) => {
    await assertValid(trx, values, unit, storedAgencyId);
    await updateHarmReductionModel(trx, id, values, await bodyName(trx, values.agencyId));
    const updated = await readModel(trx, id, unit.name);
    await auditUpdated(trx, context, { type: TYPE, id, unitId: unit.id }, before, updated);
    return updated;
  });
}

/** Soft deletion with the reason: the model leaves every list and indicator, the audit log keeps what it held. */
export async function deleteHarmReductionModel(context: ServiceContext, id: string, reason: string): Promise<void> {
  assertMayWrite(context);
  const { record, unit } = await getLive(context, id);
  await softDeleteAudited(context, { type: TYPE, id, unitId: unit.id }, record, reason,
    (trx) => softDeleteHarmReductionModel(trx, id, reason));
}
