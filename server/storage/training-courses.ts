import { sql } from 'kysely';
import type { AgencyKind } from '../../core/agencies/agency-catalogue.ts';
import type { Scope } from '../../core/auth/scope.ts';
import type { TrainingLevel } from '../../core/api/training-courses.ts';
import { escapeLikePattern, toSearchText } from '../../core/text/search-text.ts';
import type { Executor } from './executor.ts';
import { inScope } from './units.ts';

export interface TrainingCourseRow {
  id: string;
  unit_id: string;
  held_on: string;
  organiser_agency_id: string | null;
  organiser_name: string | null;
  level: TrainingLevel;
  topic: string;
  /** The names as stored: only the service decides who sees them. */
  participant_names: string[] | null;
  created_at: Date;
  updated_at: Date;
}

export type TrainingCourseUnitRow = TrainingCourseRow & { unit_name: string };

export interface TrainingParticipantRow {
  course_id: string;
  level: TrainingLevel;
  agency_kind: AgencyKind | null;
  participants: number;
}

/** Everything a user writes about a course: the whole record, as inserted or as it becomes. */
export interface TrainingCourseValues {
  unitId: string;
  heldOn: string;
  organiserAgencyId: string | null;
  level: TrainingLevel;
  topic: string;
  participants: { level: TrainingLevel; agencyKind: AgencyKind | null; participants: number }[];
  participantNames: string[] | null;
}

/** The table's columns for a course's values (also the bulk insert of an import's rows). */
export function toColumns(values: TrainingCourseValues) {
  return {
    unit_id: values.unitId,
    held_on: values.heldOn,
    organiser_agency_id: values.organiserAgencyId,
    level: values.level,
    topic: values.topic,
    // JSON travels as text both ways, so that neither driver's own JSON handling applies.
    participant_names: values.participantNames === null ? null : sql<string>`cast(${JSON.stringify(values.participantNames)} as text)::jsonb`,
    search_text: toSearchText(values.topic),
  };
}

async function insertParticipants(db: Executor, courseId: string, participants: TrainingCourseValues['participants']): Promise<void> {
  if (participants.length === 0) return;
  await db.insertInto('training_participants').values(participants.map((row) => ({
    course_id: courseId, level: row.level, agency_kind: row.agencyKind, participants: row.participants,
  }))).execute();
}

export async function insertTrainingCourse(db: Executor, values: TrainingCourseValues): Promise<string> {
  const { id } = await db.insertInto('training_courses').values(toColumns(values)).returning('id').executeTakeFirstOrThrow();
  await insertParticipants(db, id, values.participants);
  return id;
}

/** Rewrites the course and replaces its participants. */
export async function updateTrainingCourse(db: Executor, id: string, values: TrainingCourseValues): Promise<void> {
  await db
    .updateTable('training_courses')
    .set({ ...toColumns(values), updated_at: new Date() })
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
  await db.deleteFrom('training_participants').where('course_id', '=', id).execute();
  await insertParticipants(db, id, values.participants);
}

/** Soft deletion: the row stays, no list, lookup or indicator counts it. */
export async function softDeleteTrainingCourse(db: Executor, id: string, reason: string): Promise<void> {
  const now = new Date();
  await db
    .updateTable('training_courses')
    .set({ deleted_at: now, deleted_reason: reason, updated_at: now })
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
}

function courses(db: Executor) {
  return db
    .selectFrom('training_courses')
    .leftJoin('agencies', 'agencies.id', 'training_courses.organiser_agency_id')
    .select([
      'training_courses.id', 'training_courses.unit_id', 'training_courses.held_on', 'training_courses.organiser_agency_id',
      'agencies.name as organiser_name', 'training_courses.topic', 'training_courses.created_at', 'training_courses.updated_at',
    ])
    .select(sql<TrainingLevel>`training_courses.level`.as('level'))
    .select(sql<string | null>`training_courses.participant_names::text`.as('participant_names_json'))
    .where('training_courses.deleted_at', 'is', null);
}

function parsed<T extends { participant_names_json: string | null }>(row: T): Omit<T, 'participant_names_json'> & { participant_names: string[] | null } {
  const { participant_names_json: json, ...rest } = row;
  return { ...rest, participant_names: json === null ? null : (JSON.parse(json) as string[]) };
}

/** A live course, whoever asks: callers check the scope of its unit and who may see the names. */
export async function findTrainingCourse(db: Executor, id: string): Promise<TrainingCourseRow | undefined> {
  const row = await courses(db).where('training_courses.id', '=', id).executeTakeFirst();
  return row && parsed(row);
}

export async function listParticipants(db: Executor, courseIds: string[]): Promise<TrainingParticipantRow[]> {
  if (courseIds.length === 0) return [];
  const rows = await db
    .selectFrom('training_participants')
    .select(['course_id', 'level', 'agency_kind', 'participants'])
    .where('course_id', 'in', courseIds)
    .execute();
  return rows.map((row) => ({ ...row, level: row.level as TrainingLevel, agency_kind: row.agency_kind as AgencyKind | null }));
}

export interface TrainingCourseFilter {
  scope: Scope;
  /** A unit's subtree to narrow the caller's scope to. */
  within?: Scope | undefined;
  from?: string | undefined;
  to?: string | undefined;
  level?: TrainingLevel | undefined;
  query?: string | undefined;
}

function filtered(db: Executor, filter: TrainingCourseFilter) {
  let query = courses(db)
    .innerJoin('admin_units', 'admin_units.id', 'training_courses.unit_id')
    .where(inScope(filter.scope));
  if (filter.within) query = query.where(inScope(filter.within));
  if (filter.from) query = query.where('training_courses.held_on', '>=', filter.from);
  if (filter.to) query = query.where('training_courses.held_on', '<=', filter.to);
  if (filter.level) query = query.where('training_courses.level', '=', filter.level);
  const folded = filter.query ? toSearchText(filter.query) : '';
  if (folded) query = query.where('training_courses.search_text', 'like', `%${escapeLikePattern(folded)}%`);
  // A query of only punctuation matches nothing, rather than silently listing everything.
  if (filter.query && !folded) query = query.where(sql<boolean>`false`);
  return query;
}

export async function listTrainingCourses(
  db: Executor,
  filter: TrainingCourseFilter & { limit: number; offset: number },
): Promise<TrainingCourseUnitRow[]> {
  const rows = await filtered(db, filter)
    .select('admin_units.name as unit_name')
    .orderBy('training_courses.held_on', 'desc')
    .orderBy('training_courses.id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  return rows.map(parsed);
}

export async function countTrainingCourses(db: Executor, filter: TrainingCourseFilter): Promise<number> {
  const row = await filtered(db, filter)
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
