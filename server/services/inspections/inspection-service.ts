import { hasPermission } from '../../../core/auth/roles.ts';
import type {
  Inspection, InspectionCreate, InspectionListQuery, InspectionPage, InspectionUpdate,
} from '../../../core/api/inspections.ts';
import { formatDate, todayInVietnam } from '../../../core/dates/format.ts';
import { AppError, type FieldIssue } from '../../../core/errors/app-error.ts';
import type { Executor } from '../../storage/executor.ts';
import {
  countInspections, findInspection, findTeamAgencies, findVisitedEstablishments, insertInspection, listInspections,
  listVisits, softDeleteInspection, updateInspection,
  type InspectionRow, type InspectionValues, type InspectionVisitRow, type VisitedEstablishmentRow,
} from '../../storage/inspections.ts';
import type { UnitRow } from '../../storage/units.ts';
import type { ServiceContext } from '../context.ts';
import { auditCreated, auditUpdated, softDeleteAudited } from '../records/record-audit.ts';
import { findRecord, getLiveRecord, listScope, pagedRecords } from '../records/record-reads.ts';
import { getVisibleUnit } from '../units/unit-service.ts';


function toInspection(row: InspectionRow, unitName: string, visits: InspectionVisitRow[]): Inspection {
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName,
    inspectedOn: row.inspected_on,
    team: row.team,
    teamKind: row.team_kind,
    memberAgencyIds: row.member_agency_ids,
    notes: row.notes,
    visits: visits.map((visit) => ({
      establishmentId: visit.establishment_id,
      establishmentName: visit.establishment_name,
      findings: visit.findings,
      violations: visit.violations,
      outcome: visit.outcome,
      fineAmount: visit.fine_amount,
      legalBasis: visit.legal_basis,
      followUpDue: visit.follow_up_due,
    })),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

function toValues(record: Inspection): InspectionValues {
  return {
    unitId: record.unitId,
    inspectedOn: record.inspectedOn,
    team: record.team,
    teamKind: record.teamKind,
    memberAgencyIds: record.memberAgencyIds,
    notes: record.notes,
    visits: record.visits.map(({ establishmentName: _name, ...visit }) => visit),
  };
}

const issue = (field: string, vi: string, en: string): FieldIssue => ({ field, message: `${vi} | ${en}` });

function assertMayWrite(context: ServiceContext): void {
  if (!hasPermission(context.actor.role, 'enforcement.write')) throw new AppError('forbidden', 403);
}

const subtreeOf = (unit: UnitRow) => ({ kind: 'subtree' as const, unitId: unit.id, unitPath: unit.path });

/** The rules within the record: all the problems at once, one per field. Exported for the import, which applies them to each row. */
export function fieldIssues(values: InspectionValues, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (values.inspectedOn > today) {
    issues.push(issue('inspectedOn', `Ngày kiểm tra không được sau hôm nay (${formatDate(today)})`, `The inspection date cannot be after today (${formatDate(today)})`));
  }
  const agencies = values.memberAgencyIds;
  if (new Set(agencies).size !== agencies.length) {
    issues.push(issue('memberAgencyIds', 'Một cơ quan được ghi hai lần trong đoàn', 'An agency is listed twice in the team'));
  } else if (values.teamKind === 'single_agency' && agencies.length !== 1) {
    issues.push(issue('memberAgencyIds', 'Kiểm tra của một cơ quan phải ghi đúng một cơ quan', 'A single-agency inspection names exactly one agency'));
  } else if (values.teamKind === 'inter_agency' && agencies.length < 2) {
    issues.push(issue('memberAgencyIds', 'Đoàn kiểm tra liên ngành phải có ít nhất hai cơ quan', 'An inter-agency team has at least two agencies'));
  }
  const seen = new Set<string>();
  values.visits.forEach((visit, index) => {
    const field = (name: string) => `visits.${index}.${name}`;
    if (seen.has(visit.establishmentId)) {
      issues.push(issue(field('establishmentId'), 'Cơ sở này đã có trong lần kiểm tra; mỗi cơ sở chỉ ghi một lần', 'This establishment is already in the inspection; list each establishment once'));
    }
    seen.add(visit.establishmentId);
    if (visit.outcome === 'fine') {
      if (visit.fineAmount === null || visit.fineAmount <= 0) {
        issues.push(issue(field('fineAmount'), 'Xử phạt tiền phải ghi số tiền phạt lớn hơn 0', 'A fine needs an amount above zero'));
      }
      if (visit.legalBasis === null) {
        issues.push(issue(field('legalBasis'), 'Xử phạt tiền phải ghi căn cứ pháp lý, ví dụ "Nghị định 144/2021/NĐ-CP"', 'A fine needs its legal basis, e.g. "Nghị định 144/2021/NĐ-CP"'));
      }
    } else if (visit.fineAmount !== null) {
      issues.push(issue(field('fineAmount'), 'Chỉ ghi số tiền phạt khi hình thức xử lý là phạt tiền', 'Give an amount only when the outcome is a fine'));
    }
    if (visit.outcome !== 'no_violation' && visit.violations === null) {
      issues.push(issue(field('violations'), 'Hãy ghi hành vi vi phạm đã phát hiện', 'Describe the violations found'));
    }
    if (visit.followUpDue !== null && visit.followUpDue < values.inspectedOn) {
      issues.push(issue(field('followUpDue'), 'Hạn kiểm tra lại không được trước ngày kiểm tra', 'The follow-up due date cannot be before the inspection date'));
    }
  });
  return issues;
}

/** The rules against the registry: the team's agencies and the establishments belong to the inspecting unit's subtree, and were open. */
async function registryIssues(db: Executor, values: InspectionValues, unit: UnitRow): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const within = subtreeOf(unit);
  const agencies = new Set((await findTeamAgencies(db, values.memberAgencyIds, within)).map((agency) => agency.id));
  values.memberAgencyIds.forEach((id, index) => {
    if (!agencies.has(id)) {
      issues.push(issue(`memberAgencyIds.${index}`, `Không có cơ quan này thuộc ${unit.name}`, `No such agency belongs to ${unit.name}`));
    }
  });
  const establishments = new Map((await findVisitedEstablishments(db, values.visits.map((visit) => visit.establishmentId), within))
    .map((row) => [row.id, row]));
  values.visits.forEach((visit, index) => {
    const problem = visitedEstablishmentIssue(`visits.${index}.establishmentId`, establishments.get(visit.establishmentId), values.inspectedOn, unit);
    if (problem) issues.push(problem);
  });
  return issues;
}

/**
 * The rule for one establishment visited: it is in the registry of the inspecting unit's subtree
 * and was not closed before the inspection. Exported for the import, which finds its establishments
 * by licence number or by name and address.
 */
export function visitedEstablishmentIssue(
  field: string,
  establishment: VisitedEstablishmentRow | undefined,
  inspectedOn: string,
  unit: Pick<UnitRow, 'name'>,
): FieldIssue | undefined {
  if (!establishment || !establishment.within) {
    // Not named: an establishment outside the unit may be outside the caller's scope too.
    return issue(field, `Cơ sở không có trong danh sách cơ sở của ${unit.name}`, `The establishment is not in the registry of ${unit.name}`);
  }
  if (establishment.closed_on !== null && establishment.closed_on < inspectedOn) {
    return issue(field,
      `Cơ sở "${establishment.name}" đã đóng cửa từ ngày ${formatDate(establishment.closed_on)}, trước ngày kiểm tra ${formatDate(inspectedOn)}`,
      `"${establishment.name}" closed on ${formatDate(establishment.closed_on)}, before the inspection on ${formatDate(inspectedOn)}`);
  }
  return undefined;
}

async function assertValid(db: Executor, values: InspectionValues, unit: UnitRow): Promise<void> {
  const issues = [...fieldIssues(values, todayInVietnam()), ...(await registryIssues(db, values, unit))];
  if (issues.length > 0) throw new AppError('validation_failed', 400, {}, issues);
}

/** Inspections are made by the team of a unit as it is today. */
function assertCurrentUnit(unit: UnitRow): void {
  if (unit.valid_to !== null) {
    throw new AppError('validation_failed', 400, {}, [
      issue('unitId', 'Đơn vị này không còn tồn tại; hãy chọn đơn vị hiện hành', 'This unit no longer exists; choose a current unit'),
    ]);
  }
}

async function readInspection(db: Executor, id: string, unitName: string): Promise<Inspection> {
  const row = await findRecord(db, 'inspection', id, findInspection);
  return toInspection(row, unitName, await listVisits(db, [id]));
}

async function getLiveInspection(context: ServiceContext, id: string): Promise<{ record: Inspection; unit: UnitRow }> {
  const { row, unit } = await getLiveRecord(context, 'inspection', id, findInspection);
  return { record: toInspection(row, unit.name, await listVisits(context.database.db, [id])), unit };
}

export async function searchInspections(context: ServiceContext, query: InspectionListQuery): Promise<InspectionPage> {
  const filter = {
    ...(await listScope(context, query.unit)),
    from: query.from,
    to: query.to,
    outcome: query.outcome,
  };
  const db = context.database.db;
  return pagedRecords(db, query, filter, { list: listInspections, count: countInspections }, async (rows) => {
    const visits = await listVisits(db, rows.map((row) => row.id));
    return rows.map((row) => toInspection(row, row.unit_name, visits.filter((visit) => visit.inspection_id === row.id)));
  });
}

export async function getInspection(context: ServiceContext, id: string): Promise<Inspection> {
  return (await getLiveInspection(context, id)).record;
}

export async function createInspection(context: ServiceContext, input: InspectionCreate): Promise<Inspection> {
  assertMayWrite(context);
  const unit = await getVisibleUnit(context, input.unitId);
  assertCurrentUnit(unit);
  const values: InspectionValues = { ...input, unitId: unit.id };
  return context.database.db.transaction().execute(async (trx) => {
    await assertValid(trx, values, unit);
    const id = await insertInspection(trx, values);
    const created = await readInspection(trx, id, unit.name);
    await auditCreated(trx, context, { type: 'inspection', id, unitId: unit.id }, created);
    return created;
  });
}

export async function changeInspection(context: ServiceContext, id: string, input: InspectionUpdate): Promise<Inspection> {
  assertMayWrite(context);
  const { record: before, unit } = await getLiveInspection(context, id);
  const values: InspectionValues = { ...toValues(before) };
  for (const [key, value] of Object.entries(input) as [keyof InspectionValues, unknown][]) {
    if (value !== undefined) (values as unknown as Record<string, unknown>)[key] = value;
  }
  return context.database.db.transaction().execute(async (trx) => {
    await assertValid(trx, values, unit);
    await updateInspection(trx, id, values);
    const updated = await readInspection(trx, id, unit.name);
    await auditUpdated(trx, context, { type: 'inspection', id, unitId: unit.id }, before, updated);
    return updated;
  });
}

/** Soft deletion with the reason: the record leaves every list and indicator, the audit log keeps what it held. */
export async function deleteInspection(context: ServiceContext, id: string, reason: string): Promise<void> {
  assertMayWrite(context);
  const { record, unit } = await getLiveInspection(context, id);
  await softDeleteAudited(context, { type: 'inspection', id, unitId: unit.id }, record, reason,
    (trx) => softDeleteInspection(trx, id, reason));
}
