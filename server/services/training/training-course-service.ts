import { agencyKinds, reformEffectiveDate } from '../../../core/agencies/agency-catalogue.ts';
import { hasPermission } from '../../../core/auth/roles.ts';
import {
  trainingLevels,
  type TrainingCourse, type TrainingCourseCreate, type TrainingCourseListQuery, type TrainingCoursePage, type TrainingCourseUpdate,
} from '../../../core/api/training-courses.ts';
import { formatDate, todayInVietnam } from '../../../core/dates/format.ts';
import { AppError, type FieldIssue } from '../../../core/errors/app-error.ts';
import type { Executor } from '../../storage/executor.ts';
import {
  countTrainingCourses, findTrainingCourse, insertTrainingCourse, listParticipants, listTrainingCourses, softDeleteTrainingCourse,
  updateTrainingCourse,
  type TrainingCourseRow, type TrainingCourseValues, type TrainingParticipantRow,
} from '../../storage/training-courses.ts';
import type { UnitRow } from '../../storage/units.ts';
import type { ServiceContext } from '../context.ts';
import { assertCurrentUnit, issue, unitAgencyIssue } from '../communication/unit-agency.ts';
import { auditCreated, auditUpdated, softDeleteAudited } from '../records/record-audit.ts';
import { findRecord, getLiveRecord, listScope, pagedRecords } from '../records/record-reads.ts';
import { getVisibleUnit } from '../units/unit-service.ts';

const TYPE = 'training_course';

/** Participant names are read only by users of the course's own unit: not the province above, not a system admin. */
const seesNames = (context: ServiceContext, unitId: string) => context.actor.unitId === unitId;

const participantOrder = (row: { level: string; agencyKind: string | null }) =>
  trainingLevels.indexOf(row.level as (typeof trainingLevels)[number]) * 100 + (row.agencyKind === null ? 99 : agencyKinds.indexOf(row.agencyKind as (typeof agencyKinds)[number]));

/** The course as its own unit sees it, names included; `forViewer` takes them out for anyone else. Exported for the import's audit entries. */
export function toCourse(row: TrainingCourseRow, unitName: string, participants: TrainingParticipantRow[]): TrainingCourse {
  const rows = participants
    .map((entry) => ({ level: entry.level, agencyKind: entry.agency_kind, participants: entry.participants }))
    .sort((a, b) => participantOrder(a) - participantOrder(b));
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName,
    heldOn: row.held_on,
    organiserAgencyId: row.organiser_agency_id,
    organiserName: row.organiser_name,
    level: row.level,
    topic: row.topic,
    participants: rows,
    totalParticipants: rows.reduce((sum, entry) => sum + entry.participants, 0),
    namedParticipants: row.participant_names?.length ?? 0,
    participantNames: row.participant_names,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

function forViewer(context: ServiceContext, course: TrainingCourse): TrainingCourse {
  if (seesNames(context, course.unitId)) return course;
  const { participantNames: _hidden, ...withoutNames } = course;
  return withoutNames;
}

/**
 * The course as the audit log keeps it: without the names, which would otherwise reach everyone
 * who reads the audit log of the province above. `namedParticipants` records how many there are.
 */
export function auditRecord(course: TrainingCourse): object {
  const { participantNames: _names, ...rest } = course;
  return rest;
}

function toValues(record: TrainingCourse): TrainingCourseValues {
  return {
    unitId: record.unitId,
    heldOn: record.heldOn,
    organiserAgencyId: record.organiserAgencyId,
    level: record.level,
    topic: record.topic,
    participants: record.participants,
    participantNames: record.participantNames ?? null,
  };
}

function assertMayWrite(context: ServiceContext): void {
  if (!hasPermission(context.actor.role, 'activity.write')) throw new AppError('forbidden', 403);
}

const districtsGone = formatDate(reformEffectiveDate);

/** The rules within the record: all the problems at once, one per field (the import applies them to each row). */
export function fieldIssues(values: TrainingCourseValues, unit: UnitRow, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (values.heldOn > today) {
    issues.push(issue('heldOn', `Ngày tập huấn không được sau hôm nay (${formatDate(today)})`, `The course date cannot be after today (${formatDate(today)})`));
  }
  const afterReform = values.heldOn >= reformEffectiveDate;
  if (values.level === 'district' && afterReform) {
    issues.push(issue('level', `Cấp huyện không còn từ ngày ${districtsGone}; hãy chọn cấp tỉnh hoặc cấp xã`,
      `Districts no longer exist from ${districtsGone}; choose province or commune level`));
  } else if (unit.level === 'commune' && values.level !== 'commune') {
    issues.push(issue('level', `${unit.name} là đơn vị cấp xã nên chỉ tổ chức lớp tập huấn cấp xã`, `${unit.name} is a commune: its courses are commune-level`));
  } else if (unit.level === 'district' && values.level === 'province') {
    issues.push(issue('level', `${unit.name} là đơn vị cấp huyện nên không tổ chức lớp tập huấn cấp tỉnh`, `${unit.name} is a district: it does not hold province-level courses`));
  }
  const seen = new Set<string>();
  values.participants.forEach((row, index) => {
    if (row.level === 'district' && afterReform) {
      issues.push(issue(`participants.${index}.level`, `Cấp huyện không còn từ ngày ${districtsGone}; hãy ghi người tham gia cấp tỉnh hoặc cấp xã`,
        `Districts no longer exist from ${districtsGone}; count participants at province or commune level`));
    }
    const key = `${row.level}|${row.agencyKind ?? ''}`;
    if (seen.has(key)) {
      issues.push(issue(`participants.${index}.agencyKind`, 'Cơ quan này đã được ghi ở cấp này; mỗi cấp và cơ quan chỉ ghi một dòng',
        'This agency is already listed at this level; give one row per level and agency'));
    }
    seen.add(key);
  });
  const total = values.participants.reduce((sum, row) => sum + row.participants, 0);
  const named = values.participantNames?.length ?? 0;
  if (named > total) {
    issues.push(issue('participantNames', `Danh sách có ${named} tên, nhiều hơn tổng số người tham gia (${total})`,
      `The list has ${named} names, more than the participants counted (${total})`));
  }
  return issues;
}

async function assertValid(db: Executor, values: TrainingCourseValues, unit: UnitRow, previousAgencyId: string | null): Promise<void> {
  // An organiser stored before stays acceptable after it stops working; a newly chosen one must be active.
  const agencyIssue = values.organiserAgencyId !== null && values.organiserAgencyId === previousAgencyId
    ? undefined
    : await unitAgencyIssue(db, 'organiserAgencyId', values.organiserAgencyId, unit);
  const issues = [...fieldIssues(values, unit, todayInVietnam()), ...(agencyIssue ? [agencyIssue] : [])];
  if (issues.length > 0) throw new AppError('validation_failed', 400, {}, issues);
}

/** Names are written only by users of the unit that will hold them, who are the only ones to read them back. */
function assertMayWriteNames(context: ServiceContext, names: string[] | null | undefined, unit: UnitRow): void {
  if (names === undefined || names === null || seesNames(context, unit.id)) return;
  throw new AppError('validation_failed', 400, {}, [
    issue('participantNames', `Chỉ người dùng của ${unit.name} mới ghi được danh sách tên người tham gia; hãy để trống trường này`,
      `Only users of ${unit.name} may record participants' names; leave this field out`),
  ]);
}

async function readCourse(db: Executor, id: string, unitName: string): Promise<TrainingCourse> {
  const row = await findRecord(db, TYPE, id, findTrainingCourse);
  return toCourse(row, unitName, await listParticipants(db, [id]));
}

async function getLiveCourse(context: ServiceContext, id: string): Promise<{ record: TrainingCourse; unit: UnitRow }> {
  const { row, unit } = await getLiveRecord(context, TYPE, id, findTrainingCourse);
  return { record: toCourse(row, unit.name, await listParticipants(context.database.db, [id])), unit };
}

export async function searchTrainingCourses(context: ServiceContext, query: TrainingCourseListQuery): Promise<TrainingCoursePage> {
  const filter = {
    ...(await listScope(context, query.unit)),
    from: query.from,
    to: query.to,
    level: query.level,
    query: query.q,
  };
  const db = context.database.db;
  return pagedRecords(db, query, filter, { list: listTrainingCourses, count: countTrainingCourses }, async (rows) => {
    const participants = await listParticipants(db, rows.map((row) => row.id));
    return rows.map((row) => forViewer(context, toCourse(row, row.unit_name, participants.filter((entry) => entry.course_id === row.id))));
  });
}

export async function getTrainingCourse(context: ServiceContext, id: string): Promise<TrainingCourse> {
  return forViewer(context, (await getLiveCourse(context, id)).record);
}

export async function createTrainingCourse(context: ServiceContext, input: TrainingCourseCreate): Promise<TrainingCourse> {
  assertMayWrite(context);
  const unit = await getVisibleUnit(context, input.unitId);
  assertCurrentUnit(unit);
  assertMayWriteNames(context, input.participantNames, unit);
  const values: TrainingCourseValues = { ...input, unitId: unit.id };
  const created = await context.database.db.transaction().execute(async (trx) => {
    await assertValid(trx, values, unit, null);
    const id = await insertTrainingCourse(trx, values);
    const course = await readCourse(trx, id, unit.name);
    await auditCreated(trx, context, { type: TYPE, id, unitId: unit.id }, auditRecord(course));
    return course;
  });
  return forViewer(context, created);
}

export async function changeTrainingCourse(context: ServiceContext, id: string, input: TrainingCourseUpdate): Promise<TrainingCourse> {
  assertMayWrite(context);
  const { record: before, unit: currentUnit } = await getLiveCourse(context, id);
  let unit = currentUnit;
  if (input.unitId !== undefined && input.unitId !== before.unitId) {
    unit = await getVisibleUnit(context, input.unitId);
    assertCurrentUnit(unit);
  }
  assertMayWriteNames(context, input.participantNames, unit);
  const values: TrainingCourseValues = { ...toValues(before) };
  for (const [key, value] of Object.entries(input) as [keyof TrainingCourseValues, unknown][]) {
    if (value !== undefined) (values as unknown as Record<string, unknown>)[key] = value;
  }
  values.unitId = unit.id;
  // The stored organiser is checked again only when it or the unit changes.
  const unchangedAgency = unit.id === currentUnit.id ? before.organiserAgencyId : null;
  const updated = await context.database.db.transaction().execute(async (trx) => {
    await assertValid(trx, values, unit, unchangedAgency);
    await updateTrainingCourse(trx, id, values);
    const course = await readCourse(trx, id, unit.name);
    await auditUpdated(trx, context, { type: TYPE, id, unitId: unit.id }, auditRecord(before), auditRecord(course));
    return course;
  });
  return forViewer(context, updated);
}

/** Soft deletion with the reason: the course leaves every list and indicator, the audit log keeps what it held (names aside). */
export async function deleteTrainingCourse(context: ServiceContext, id: string, reason: string): Promise<void> {
  assertMayWrite(context);
  const { record, unit } = await getLiveCourse(context, id);
  await softDeleteAudited(context, { type: TYPE, id, unitId: unit.id }, auditRecord(record), reason,
    (trx) => softDeleteTrainingCourse(trx, id, reason));
}
