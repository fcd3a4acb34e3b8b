import { hasPermission } from '../../../core/auth/roles.ts';
import {
  audiencesWithReferenceFigure, communicationAudiences, pressForms,
  type CommunicationActivity, type CommunicationActivityCreate, type CommunicationActivityListQuery, type CommunicationActivityPage,
  type CommunicationActivityUpdate,
} from '../../../core/api/communication-activities.ts';
import { formatDate, todayInVietnam } from '../../../core/dates/format.ts';
import { AppError, type FieldIssue } from '../../../core/errors/app-error.ts';
import { formatNumber } from '../../../core/indicators/measurement.ts';
import {
  countCommunicationActivities, findCommunicationActivity, insertCommunicationActivity, listCommunicationActivities, listReach,
  softDeleteCommunicationActivity, updateCommunicationActivity,
  type CommunicationActivityRow, type CommunicationActivityValues, type CommunicationReachRow,
} from '../../storage/communication-activities.ts';
import type { Executor } from '../../storage/executor.ts';
import { listReferenceFigures } from '../../storage/reference-figures.ts';
import type { UnitRow } from '../../storage/units.ts';
import type { ServiceContext } from '../context.ts';
import { auditCreated, auditUpdated, softDeleteAudited } from '../records/record-audit.ts';
import { findRecord, getLiveRecord, listScope, pagedRecords } from '../records/record-reads.ts';
import { assertCurrentUnit, issue, unitAgencyIssue } from './unit-agency.ts';
import { getVisibleUnit } from '../units/unit-service.ts';

const TYPE = 'communication_activity';

/** The activity as the API and its audit entries show it (exported for the import, whose audit entries must read the same). */
export function toActivity(row: CommunicationActivityRow, unitName: string, reach: CommunicationReachRow[]): CommunicationActivity {
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName,
    occurredOn: row.occurred_on,
    leadAgencyId: row.lead_agency_id,
    leadAgencyName: row.lead_agency_name,
    form: row.form,
    isPress: pressForms.includes(row.form),
    title: row.title,
    description: row.description,
    // In the order of the audience list, so that a record reads the same every time.
    reach: reach
      .map((entry) => ({ audience: entry.audience, peopleReached: entry.people_reached }))
      .sort((a, b) => audienceOrder(a.audience) - audienceOrder(b.audience)),
    materials: row.materials,
    materialsKind: row.materials_kind,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

const audienceOrder = (audience: string) => (communicationAudiences as readonly string[]).indexOf(audience);

function toValues(record: CommunicationActivity): CommunicationActivityValues {
  return {
    unitId: record.unitId,
    occurredOn: record.occurredOn,
    leadAgencyId: record.leadAgencyId,
    form: record.form,
    title: record.title,
    description: record.description,
    reach: record.reach,
    materials: record.materials,
    materialsKind: record.materialsKind,
  };
}

function assertMayWrite(context: ServiceContext): void {
  if (!hasPermission(context.actor.role, 'activity.write')) throw new AppError('forbidden', 403);
}

const audienceNames: Record<(typeof audiencesWithReferenceFigure)[number], { vi: string; en: string }> = {
  students: { vi: 'học sinh, sinh viên', en: 'students' },
  industrial_zone_workers: { vi: 'người lao động trong các khu công nghiệp', en: 'industrial-zone workers' },
  establishment_workers: { vi: 'người lao động tại các cơ sở kinh doanh dịch vụ', en: 'workers at establishments' },
};

/** The rules within the record: all the problems at once, one per field (the import applies them to each row). */
export function fieldIssues(values: CommunicationActivityValues, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (values.occurredOn > today) {
    issues.push(issue('occurredOn', `Ngày tổ chức không được sau hôm nay (${formatDate(today)})`, `The date cannot be after today (${formatDate(today)})`));
  }
  const seen = new Set<string>();
  values.reach.forEach((row, index) => {
    if (seen.has(row.audience)) {
      issues.push(issue(`reach.${index}.audience`, 'Nhóm đối tượng này đã được ghi; mỗi nhóm chỉ ghi một lần', 'This audience group is already listed; list each group once'));
    }
    seen.add(row.audience);
  });
  return issues;
}

/**
 * One activity cannot reach more students (industrial-zone workers, establishment workers) than
 * the unit declared it has for that year: such a count is a typing error, and it would push the
 * reach targets past 100%.
 */
async function referenceFigureIssues(db: Executor, values: CommunicationActivityValues, unit: UnitRow): Promise<FieldIssue[]> {
  const year = Number(values.occurredOn.slice(0, 4));
  const figures = new Map((await listReferenceFigures(db, unit.id, year)).map((row) => [row.kind, row.value]));
  return referenceFigureIssuesFor(values, unit, figures);
}

/** The same rule against figures already read: the import reads those of a whole file's units and years at once. */
export function referenceFigureIssuesFor(
  values: CommunicationActivityValues, unit: Pick<UnitRow, 'name'>, figures: ReadonlyMap<string, number>,
): FieldIssue[] {
  const year = Number(values.occurredOn.slice(0, 4));
  const issues: FieldIssue[] = [];
  values.reach.forEach((row, index) => {
    if (!(audiencesWithReferenceFigure as readonly string[]).includes(row.audience)) return;
    const declared = figures.get(row.audience);
    if (declared === undefined || row.peopleReached <= declared) return;
    const names = audienceNames[row.audience as keyof typeof audienceNames];
    issues.push(issue(`reach.${index}.peopleReached`,
      `Số người được tuyên truyền (${formatNumber(row.peopleReached, 'vi')}) vượt số ${names.vi} ${unit.name} đã khai báo cho năm ${year} (${formatNumber(declared, 'vi')}); hãy kiểm tra lại số liệu`,
      `People reached (${formatNumber(row.peopleReached, 'en')}) exceed the ${names.en} ${unit.name} declared for ${year} (${formatNumber(declared, 'en')}); please check the count`));
  });
  return issues;
}

async function assertValid(db: Executor, values: CommunicationActivityValues, unit: UnitRow, previousAgencyId: string | null): Promise<void> {
  // An agency stored before stays acceptable after it stops working; a newly chosen one must be active.
  const agencyIssue = values.leadAgencyId !== null && values.leadAgencyId === previousAgencyId
    ? undefined
    : await unitAgencyIssue(db, 'leadAgencyId', values.leadAgencyId, unit);
  const issues = [
    ...fieldIssues(values, todayInVietnam()),
    ...(agencyIssue ? [agencyIssue] : []),
    ...(await referenceFigureIssues(db, values, unit)),
  ];
  if (issues.length > 0) throw new AppError('validation_failed', 400, {}, issues);
}

async function readActivity(db: Executor, id: string, unitName: string): Promise<CommunicationActivity> {
  const row = await findRecord(db, TYPE, id, findCommunicationActivity);
  return toActivity(row, unitName, await listReach(db, [id]));
}

async function getLiveActivity(context: ServiceContext, id: string): Promise<{ record: CommunicationActivity; unit: UnitRow }> {
  const { row, unit } = await getLiveRecord(context, TYPE, id, findCommunicationActivity);
  return { record: toActivity(row, unit.name, await listReach(context.database.db, [id])), unit };
}

export async function searchCommunicationActivities(context: ServiceContext, query: CommunicationActivityListQuery): Promise<CommunicationActivityPage> {
  const filter = {
    ...(await listScope(context, query.unit)),
    from: query.from,
    to: query.to,
    form: query.form,
    query: query.q,
  };
  const db = context.database.db;
  return pagedRecords(db, query, filter, { list: listCommunicationActivities, count: countCommunicationActivities }, async (rows) => {
    const reach = await listReach(db, rows.map((row) => row.id));
    return rows.map((row) => toActivity(row, row.unit_name, reach.filter((entry) => entry.activity_id === row.id)));
  });
}

export async function getCommunicationActivity(context: ServiceContext, id: string): Promise<CommunicationActivity> {
  return (await getLiveActivity(context, id)).record;
}

export async function createCommunicationActivity(context: ServiceContext, input: CommunicationActivityCreate): Promise<CommunicationActivity> {
  assertMayWrite(context);
  const unit = await getVisibleUnit(context, input.unitId);
  assertCurrentUnit(unit);
  const values: CommunicationActivityValues = { ...input, unitId: unit.id };
  return context.database.db.transaction().execute(async (trx) => {
    await assertValid(trx, values, unit, null);
    const id = await insertCommunicationActivity(trx, values);
    const created = await readActivity(trx, id, unit.name);
    await auditCreated(trx, context, { type: TYPE, id, unitId: unit.id }, created);
    return created;
  });
}

export async function changeCommunicationActivity(
  context: ServiceContext, id: string, input: CommunicationActivityUpdate,
): Promise<CommunicationActivity> {
  assertMayWrite(context);
  const { record: before, unit: currentUnit } = await getLiveActivity(context, id);
  let unit = currentUnit;
  if (input.unitId !== undefined && input.unitId !== before.unitId) {
    unit = await getVisibleUnit(context, input.unitId);
    assertCurrentUnit(unit);
  }
  const values: CommunicationActivityValues = { ...toValues(before) };
  for (const [key, value] of Object.entries(input) as [keyof CommunicationActivityValues, unknown][]) {
    if (value !== undefined) (values as unknown as Record<string, unknown>)[key] = value;
  }
  values.unitId = unit.id;
  // The stored lead agency is checked again only when it or the unit changes.
  const unchangedAgency = unit.id === currentUnit.id ? before.leadAgencyId : null;
  return context.database.db.transaction().execute(async (trx) => {
    await assertValid(trx, values, unit, unchangedAgency);
    await updateCommunicationActivity(trx, id, values);
    const updated = await readActivity(trx, id, unit.name);
    await auditUpdated(trx, context, { type: TYPE, id, unitId: unit.id }, before, updated);
    return updated;
  });
}

/** Soft deletion with the reason: the activity leaves every list and indicator, the audit log keeps what it held. */
export async function deleteCommunicationActivity(context: ServiceContext, id: string, reason: string): Promise<void> {
  assertMayWrite(context);
  const { record, unit } = await getLiveActivity(context, id);
  await softDeleteAudited(context, { type: TYPE, id, unitId: unit.id }, record, reason,
    (trx) => softDeleteCommunicationActivity(trx, id, reason));
}
