import { sql } from 'kysely';
import type { CrimeArticle } from '../../core/api/crime-statistics.ts';
import {
  amountFined, columns, toColumns, toRow, unitLineLockKey, type CrimeStatisticsRow, type CrimeStatisticsValues,
} from './crime-statistics.ts';
import type { Executor } from './executor.ts';

/**
 * Takes the advisory locks of these units' lines, as the create service does for one, in a fixed
 * order so that two imports cannot deadlock: overlap checks and inserts of one line do not interleave.
 * Held until the transaction ends.
 */
export async function lockUnitLines(db: Executor, lines: readonly { unitId: string; article: string }[]): Promise<void> {
  const keys = [...new Set(lines.map((line) => unitLineLockKey(line.unitId, line.article)))].sort();
  if (keys.length === 0) return;
  const values = sql.join(keys.map((key) => sql`(${key})`));
  // The aggregate reads the sorted subquery row by row: the locks are taken in key order.
  await sql`select count(pg_advisory_xact_lock(hashtext(k))) from (select k from (values ${values}) as v(k) order by k) as sorted`.execute(db);
}

export type CrimeLineCollision = CrimeStatisticsRow & { unit_name: string };

/**
 * Live lines of these units and articles whose period shares a day with [from, to]: one query for a
 * chunk of rows, each row then matched against its own unit, line and days.
 */
export async function findCrimeLineCollisions(
  db: Executor,
  probe: { unitIds: readonly string[]; articles: readonly CrimeArticle[]; from: string; to: string },
): Promise<CrimeLineCollision[]> {
  if (probe.unitIds.length === 0) return [];
  const rows = await db.selectFrom('crime_statistics')
    .innerJoin('admin_units', 'admin_units.id', 'crime_statistics.unit_id')
    .select([...columns, amountFined, 'admin_units.name as unit_name'])
    .where('crime_statistics.deleted_at', 'is', null)
    .where('crime_statistics.unit_id', 'in', [...new Set(probe.unitIds)])
    .where('crime_statistics.article', 'in', [...new Set(probe.articles)])
    .where('crime_statistics.period_start', '<=', probe.to)
    .where('crime_statistics.period_end', '>=', probe.from)
    .orderBy('crime_statistics.period_start')
    .execute();
  return rows.map(toRow);
}

/** Inserts many lines with the ids given, in one statement, and gives them back as stored. */
export async function insertManyCrimeStatistics(
  db: Executor,
  rows: readonly { id: string; values: CrimeStatisticsValues }[],
): Promise<CrimeStatisticsRow[]> {
  if (rows.length === 0) return [];
  const saved = await db.insertInto('crime_statistics').values(rows.map((row) => ({ id: row.id, ...toColumns(row.values) })))
    .returning([...columns, amountFined]).execute();
  return saved.map(toRow);
}
