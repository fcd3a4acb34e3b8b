import { sql } from 'kysely';
import type { Executor } from './executor.ts';

/** The tables whose rows have a history; the only names ever put into the query below. */
export const recordTables = {
  establishment: 'establishments',
  inspection: 'inspections',
  inspection_plan: 'inspection_plans',
  hotspot: 'hotspots',
  communication_activity: 'communication_activities',
  training_course: 'training_courses',
  support_statistics: 'support_statistics',
  crime_statistics: 'crime_statistics',
  programme_integration: 'programme_integrations',
  harm_reduction_model: 'harm_reduction_models',
} as const;
export type RecordTable = (typeof recordTables)[keyof typeof recordTables];

/** The unit a record belongs to, deleted or not: the history of a deleted record stays readable. */
export async function findRecordUnitId(db: Executor, table: RecordTable, id: string): Promise<string | undefined> {
  const result = await sql<{ unit_id: string }>`select unit_id from ${sql.table(table)} where id = ${id}`.execute(db);
  return result.rows[0]?.unit_id;
}

/** The successful writes of one record, oldest first. */
export async function listRecordWrites(db: Executor, targetType: string, targetId: string) {
  return db
    .selectFrom('audit_log')
    .select(['occurred_at', 'actor_username', 'action', 'summary'])
    .where('target_type', '=', targetType)
    .where('target_id', '=', targetId)
    .where('outcome', '=', 'success')
    .where('action', 'in', [`${targetType}.create`, `${targetType}.update`, `${targetType}.delete`])
    .orderBy('id')
    .execute();
}
