import type { Executor } from './executor.ts';
import { columns, toColumns, type SupportStatisticsRow, type SupportStatisticsValues } from './support-statistics.ts';

/** A live month an imported row would repeat. */
export interface SupportMonthCollision {
  unit_id: string;
  unit_name: string;
  /** 'YYYY-MM-01'. */
  month: string;
}

/** Live records of any of these units and months ('YYYY-MM-01'): one query for a chunk of rows. */
export async function findSupportMonthCollisions(
  db: Executor,
  probe: { unitIds: readonly string[]; months: readonly string[] },
): Promise<SupportMonthCollision[]> {
  if (probe.unitIds.length === 0) return [];
  return db.selectFrom('support_statistics')
    .innerJoin('admin_units', 'admin_units.id', 'support_statistics.unit_id')
    .select(['support_statistics.unit_id', 'admin_units.name as unit_name', 'support_statistics.month'])
    .where('support_statistics.deleted_at', 'is', null)
    .where('support_statistics.unit_id', 'in', [...new Set(probe.unitIds)])
    .where('support_statistics.month', 'in', [...new Set(probe.months)])
    .execute();
}

/** The numbers of sex workers in need these units declared for these years (reference figures). */
export async function findPeopleInNeedFigures(
  db: Executor,
  probe: { unitIds: readonly string[]; years: readonly number[] },
): Promise<{ unit_id: string; year: number; value: number }[]> {
  if (probe.unitIds.length === 0) return [];
  return db.selectFrom('reference_figures').select(['unit_id', 'year', 'value'])
    .where('kind', '=', 'sex_workers_in_need')
    .where('unit_id', 'in', [...new Set(probe.unitIds)])
    .where('year', 'in', [...new Set(probe.years)])
    .execute();
}

/** Inserts many months with the ids given, in one statement, and gives them back as stored. */
export async function insertManySupportStatistics(
  db: Executor,
  rows: readonly { id: string; values: SupportStatisticsValues }[],
): Promise<SupportStatisticsRow[]> {
  if (rows.length === 0) return [];
  return db.insertInto('support_statistics').values(rows.map((row) => ({ id: row.id, ...toColumns(row.values) })))
    .returning(columns).execute();
}
