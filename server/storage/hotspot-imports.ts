import type { Executor } from './executor.ts';
import { toColumns, type HotspotValues } from './hotspots.ts';

/** Inserts many hotspots with the ids given, in one statement (an import's chunk, in its transaction). */
export async function insertHotspots(db: Executor, rows: readonly { id: string; values: HotspotValues }[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insertInto('hotspots').values(rows.map((row) => ({ id: row.id, ...toColumns(row.values) }))).execute();
}
