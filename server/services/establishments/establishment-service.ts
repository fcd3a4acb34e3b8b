import { hasPermission } from '../../../core/auth/roles.ts';
import type {
  Establishment, EstablishmentCreate, EstablishmentListQuery, EstablishmentPage, EstablishmentType, EstablishmentUpdate,
} from '../../../core/api/establishments.ts';
import { formatDate, todayInVietnam } from '../../../core/dates/format.ts';
import { AppError, type FieldIssue } from '../../../core/errors/app-error.ts';
import {
  countEstablishments, establishmentDuplicateKey, findDuplicates, findEstablishment, insertEstablishment,
  listEstablishments, softDeleteEstablishment, updateEstablishment,
  type EstablishmentRow, type EstablishmentValues,
} from '../../storage/establishments.ts';
import type { Executor } from '../../storage/executor.ts';
import { isUnitVisible, type UnitRow } from '../../storage/units.ts';
import type { ServiceContext } from '../context.ts';
import { auditCreated, auditUpdated, isUniqueViolation, softDeleteAudited } from '../records/record-audit.ts';
import { getLiveRecord, listScope, pagedRecords } from '../records/record-reads.ts';
import { getVisibleUnit } from '../units/unit-service.ts';


function toEstablishment(row: EstablishmentRow, unitName: string): Establishment {
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName,
    name: row.name,
    type: row.type as EstablishmentType,
    address: row.address,
    businessOwner: row.business_owner,
    licenceNumber: row.licence_number,
    licenceDate: row.licence_date,
    workers: row.workers,
    openedOn: row.opened_on,
    closedOn: row.closed_on,
    riskClass: row.risk_class,
    riskReviewedOn: row.risk_reviewed_on,
    riskReason: row.risk_reason,
    status: row.status,
    statusChangedOn: row.status_changed_on,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

function toValues(row: EstablishmentRow): EstablishmentValues {
  return {
    unitId: row.unit_id,
    name: row.name,
    type: row.type,
    address: row.address,
    businessOwner: row.business_owner,
    licenceNumber: row.licence_number,
    licenceDate: row.licence_date,
    workers: row.workers,
    openedOn: row.opened_on,
    closedOn: row.closed_on,
    riskClass: row.risk_class,
    riskReviewedOn: row.risk_reviewed_on,
    riskReason: row.risk_reason,
    status: row.status,
    statusChangedOn: row.status_changed_on,
  };
}

const issue = (field: string, vi: string, en: string): FieldIssue => ({ field, message: `${vi} | ${en}` });

function assertMayWrite(context: ServiceContext): void {
  if (!hasPermission(context.actor.role, 'enforcement.write')) throw new AppError('forbidden', 403);
}

/** Establishments are registered with the commune (xã, phường, đặc khu) where they trade, as it is today. */
function assertCurrentCommune(unit: UnitRow): void {
  if (unit.level !== 'commune' || unit.valid_to !== null) {
    throw new AppError('establishment_unit_not_commune', 400, { unit: unit.name }, [
      issue('unitId', 'Phải là một xã, phường hoặc đặc khu hiện hành', 'Must be a current commune, ward or special zone'),
    ]);
  }
}

const dateFields = ['licenceDate', 'openedOn', 'closedOn', 'riskReviewedOn', 'statusChangedOn'] as const;

/** The rules between fields, and no day after today: all the problems at once, one per field (the import reports them per row). */
export function consistencyIssues(values: EstablishmentValues, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const field of dateFields) {
    const value = values[field];
    if (value !== null && value > today) {
      issues.push(issue(field, `Ngày không được sau hôm nay (${formatDate(today)})`, `The date cannot be after today (${formatDate(today)})`));
    }
  }
  if (values.status === 'closed' && values.closedOn === null) {
    issues.push(issue('closedOn', 'Cơ sở đã đóng cửa phải có ngày đóng cửa', 'A closed establishment needs the date it closed'));
  }
  if (values.status !== 'closed' && values.closedOn !== null) {
    issues.push(issue('closedOn', 'Chỉ cơ sở đã đóng cửa mới có ngày đóng cửa; hãy bỏ ngày này hoặc chuyển trạng thái sang "đã đóng cửa"',
      'Only a closed establishment has a closing date; remove it or set the status to "closed"'));
  }
  if (values.openedOn !== null && values.closedOn !== null && values.closedOn < values.openedOn) {
    issues.push(issue('closedOn', 'Ngày đóng cửa không được trước ngày bắt đầu hoạt động', 'The closing date cannot be before the opening date'));
  }
  if (values.riskClass !== null && values.riskReviewedOn === null) {
    issues.push(issue('riskReviewedOn', 'Phân loại nguy cơ phải kèm ngày rà soát, đánh giá', 'A risk class needs the date of the review that set it'));
  }
  if (values.riskClass === null && (values.riskReviewedOn !== null || values.riskReason !== null)) {
    issues.push(issue('riskClass', 'Hãy chọn mức nguy cơ khi ghi ngày hoặc lý do rà soát', 'Choose a risk class when giving a review date or reason'));
  }
  return issues;
}

function assertConsistent(values: EstablishmentValues, today: string): void {
  const issues = consistencyIssues(values, today);
  if (issues.length > 0) throw new AppError('validation_failed', 400, {}, issues);
}

/** What a new record holds: a closed one changed status the day it closed, unless told otherwise. */
export function valuesForCreate(input: EstablishmentCreate, unitId: string): EstablishmentValues {
  return { ...input, unitId, statusChangedOn: input.statusChangedOn ?? (input.status === 'closed' ? input.closedOn : null) };
}

/**
 * Refuses a record that repeats a live one: 409 naming it when the caller may see it. A licence
 * held in a unit outside the caller's scope is reported without the establishment's name.
 */
async function assertNotDuplicate(
  db: Executor,
  context: ServiceContext,
  values: EstablishmentValues,
  check: { licence: boolean; nameAddress: boolean; exceptId?: string },
): Promise<void> {
  const { byLicence, byNameAddress } = await findDuplicates(db, {
    licenceNumber: check.licence ? values.licenceNumber : null,
    unitId: values.unitId,
    duplicateKey: check.nameAddress ? establishmentDuplicateKey(values.name, values.address) : null,
    exceptId: check.exceptId,
  });
  if (byLicence) {
    if (!(await isUnitVisible(db, context.actor.scope, byLicence.unit_id))) {
      throw new AppError('establishment_duplicate_licence_elsewhere', 409, { licenceNumber: values.licenceNumber ?? '' });
    }
    throw new AppError('establishment_duplicate_licence', 409, {
      licenceNumber: values.licenceNumber ?? '', name: byLicence.name, unit: byLicence.unit_name,
    });
  }
  if (byNameAddress) {
    throw new AppError('establishment_duplicate_name_address', 409, {
      name: byNameAddress.name, address: byNameAddress.address, unit: byNameAddress.unit_name,
    });
  }
}

const getLiveEstablishment = (context: ServiceContext, id: string) => getLiveRecord(context, 'establishment', id, findEstablishment);

export async function searchEstablishments(context: ServiceContext, query: EstablishmentListQuery): Promise<EstablishmentPage> {
  const filter = {
    ...(await listScope(context, query.unit)),
    query: query.q,
    type: query.type,
    status: query.status,
    risk: query.risk,
  };
  return pagedRecords(context.database.db, query, filter, { list: listEstablishments, count: countEstablishments },
    (rows) => rows.map((row) => toEstablishment(row, row.unit_name)));
}

export async function getEstablishment(context: ServiceContext, id: string): Promise<Establishment> {
  const { row, unit } = await getLiveEstablishment(context, id);
  return toEstablishment(row, unit.name);
}

export async function createEstablishment(context: ServiceContext, input: EstablishmentCreate): Promise<Establishment> {
  assertMayWrite(context);
  const unit = await getVisibleUnit(context, input.unitId);
  assertCurrentCommune(unit);
  const values = valuesForCreate(input, unit.id);
  assertConsistent(values, todayInVietnam());
  const write = () => context.database.db.transaction().execute(async (trx) => {
    await assertNotDuplicate(trx, context, values, { licence: true, nameAddress: true });
    const created = toEstablishment(await insertEstablishment(trx, values), unit.name);
    await auditCreated(trx, context, { type: 'establishment', id: created.id, unitId: unit.id }, created);
    return created;
  });
  return write().catch(async (error: unknown) => {
    if (isUniqueViolation(error)) await assertNotDuplicate(context.database.db, context, values, { licence: true, nameAddress: false });
    throw error;
  });
}

/** What a change makes of the record: a new status dates itself, a reopening drops the closing date, a new class drops the old reason. */
function applyChange(existing: EstablishmentValues, input: EstablishmentUpdate, today: string): { values: EstablishmentValues; issues: FieldIssue[] } {
  const values: EstablishmentValues = { ...existing };
  for (const [key, value] of Object.entries(input) as [keyof EstablishmentValues, unknown][]) {
    if (value !== undefined) (values as unknown as Record<string, unknown>)[key] = value;
  }
  const issues: FieldIssue[] = [];
  if (input.status !== undefined && input.status !== existing.status) {
    if (existing.status === 'closed' && input.closedOn === undefined) values.closedOn = null;
    if (input.statusChangedOn === undefined) values.statusChangedOn = input.status === 'closed' ? values.closedOn : today;
  }
  if (input.riskClass !== undefined && input.riskClass !== existing.riskClass && input.riskClass !== null) {
    if (input.riskReviewedOn === undefined) {
      issues.push(issue('riskReviewedOn', 'Khi phân loại lại phải ghi ngày rà soát, đánh giá', 'A new risk class needs the date of the review that set it'));
    }
    if (input.riskReason === undefined) values.riskReason = null;
  }
  if (input.riskClass === null) {
    if (input.riskReviewedOn === undefined) values.riskReviewedOn = null;
    if (input.riskReason === undefined) values.riskReason = null;
  }
  return { values, issues };
}

export async function changeEstablishment(context: ServiceContext, id: string, input: EstablishmentUpdate): Promise<Establishment> {
  assertMayWrite(context);
  const { row: existing, unit: currentUnit } = await getLiveEstablishment(context, id);
  let unit = currentUnit;
  if (input.unitId !== undefined && input.unitId !== existing.unit_id) {
    unit = await getVisibleUnit(context, input.unitId);
    assertCurrentCommune(unit);
  }
  const today = todayInVietnam();
  const { values, issues } = applyChange(toValues(existing), input, today);
  values.unitId = unit.id;
  if (issues.length > 0) throw new AppError('validation_failed', 400, {}, issues);
  assertConsistent(values, today);
  const check = {
    licence: values.licenceNumber !== null && values.licenceNumber.toLowerCase() !== existing.licence_number?.toLowerCase(),
    nameAddress: values.unitId !== existing.unit_id
      || establishmentDuplicateKey(values.name, values.address) !== establishmentDuplicateKey(existing.name, existing.address),
    exceptId: id,
  };
  const before = toEstablishment(existing, currentUnit.name);
  const write = () => context.database.db.transaction().execute(async (trx) => {
    await assertNotDuplicate(trx, context, values, check);
    const updated = toEstablishment(await updateEstablishment(trx, id, values), unit.name);
    await auditUpdated(trx, context, { type: 'establishment', id, unitId: unit.id }, before, updated);
    return updated;
  });
  return write().catch(async (error: unknown) => {
    if (isUniqueViolation(error)) await assertNotDuplicate(context.database.db, context, values, { ...check, nameAddress: false });
    throw error;
  });
}

/** Soft deletion with the reason: the record leaves every list, the audit log keeps what it held. */
export async function deleteEstablishment(context: ServiceContext, id: string, reason: string): Promise<void> {
  assertMayWrite(context);
  const { row, unit } = await getLiveEstablishment(context, id);
  await softDeleteAudited(context, { type: 'establishment', id, unitId: unit.id }, toEstablishment(row, unit.name), reason,
    (trx) => softDeleteEstablishment(trx, id, reason));
}
