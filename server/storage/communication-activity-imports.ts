import type { CommunicationForm } from '../../core/api/communication-activities.ts';
import { toColumns, type CommunicationActivityValues } from './communication-activities.ts';
import type { Executor } from './executor.ts';

/** Rows per INSERT statement: well under PostgreSQL's 65,535 parameters. */
const INSERT_ROWS = 2000;

/** The reference figures units declared, for the units and years of a chunk of rows (a superset: callers pick). */
export async function listDeclaredFigures(
  db: Executor, unitIds: readonly string[], years: readonly number[],
): Promise<{ unit_id: string; year: number; kind: string; value: number }[]> {
  if (unitIds.length === 0 || years.length === 0) return [];
  return db
    .selectFrom('reference_figures')
    .select(['unit_id', 'year', 'kind', 'value'])
    .where('unit_id', 'in', [...unitIds])
    .where('year', 'in', [...years])
    .execute();
}

/** A live activity an imported row may repeat. */
export interface SavedActivity {
  id: string;
  unit_id: string;
  occurred_on: string;
  form: CommunicationForm;
  lead_agency_id: string | null;
  title: string;
}

/** Live activities of these units on these days (a superset of the rows' pairs: callers compare). */
export async function listActivitiesOn(db: Executor, unitIds: readonly string[], days: readonly string[]): Promise<SavedActivity[]> {
  if (unitIds.length === 0 || days.length === 0) return [];
  const rows = await db
    .selectFrom('communication_activities')
    .select(['id', 'unit_id', 'occurred_on', 'form', 'lead_agency_id', 'title'])
    .where('deleted_at', 'is', null)
    .where('unit_id', 'in', [...unitIds])
    .where('occurred_on', 'in', [...days])
    .execute();
  return rows.map((row) => ({ ...row, form: row.form as CommunicationForm }));
}

/** Inserts many activities with the ids given, and their reach, a few statements in all. */
export async function insertCommunicationActivities(
  db: Executor, records: readonly { id: string; values: CommunicationActivityValues }[],
): Promise<void> {
  for (let start = 0; start < records.length; start += INSERT_ROWS) {
    const slice = records.slice(start, start + INSERT_ROWS);
    await db.insertInto('communication_activities').values(slice.map((record) => ({ id: record.id, ...toColumns(record.values) }))).execute();
  }
  const reach = records.flatMap((record) => record.values.reach.map((row) => ({
    activity_id: record.id, audience: row.audience, people_reached: row.peopleReached,
  })));
  for (let start = 0; start < reach.length; start += INSERT_ROWS) {
    await db.insertInto('communication_reach').values(reach.slice(start, start + INSERT_ROWS)).execute();
  }
}
