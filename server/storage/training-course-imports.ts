import type { TrainingLevel } from '../../core/api/training-courses.ts';
import type { Executor } from './executor.ts';
import { toColumns, type TrainingCourseValues } from './training-courses.ts';

/** Rows per INSERT statement: well under PostgreSQL's 65,535 parameters. */
const INSERT_ROWS = 2000;

/** A live course an imported row may repeat. */
export interface SavedCourse {
  id: string;
  unit_id: string;
  held_on: string;
  level: TrainingLevel;
  organiser_agency_id: string | null;
  topic: string;
}

/** Live courses of these units on these days (a superset of the rows' pairs: callers compare). */
export async function listCoursesOn(db: Executor, unitIds: readonly string[], days: readonly string[]): Promise<SavedCourse[]> {
  if (unitIds.length === 0 || days.length === 0) return [];
  const rows = await db
    .selectFrom('training_courses')
    .select(['id', 'unit_id', 'held_on', 'level', 'organiser_agency_id', 'topic'])
    .where('deleted_at', 'is', null)
    .where('unit_id', 'in', [...unitIds])
    .where('held_on', 'in', [...days])
    .execute();
  return rows.map((row) => ({ ...row, level: row.level as TrainingLevel }));
}

/** Inserts many courses with the ids given, and their participants, a few statements in all. */
export async function insertTrainingCourses(db: Executor, records: readonly { id: string; values: TrainingCourseValues }[]): Promise<void> {
  for (let start = 0; start < records.length; start += INSERT_ROWS) {
    const slice = records.slice(start, start + INSERT_ROWS);
    await db.insertInto('training_courses').values(slice.map((record) => ({ id: record.id, ...toColumns(record.values) }))).execute();
  }
  const participants = records.flatMap((record) => record.values.participants.map((row) => ({
    course_id: record.id, level: row.level, agency_kind: row.agencyKind, participants: row.participants,
  })));
  for (let start = 0; start < participants.length; start += INSERT_ROWS) {
    await db.insertInto('training_participants').values(participants.slice(start, start + INSERT_ROWS)).execute();
  }
}
