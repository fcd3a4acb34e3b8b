import type { Executor } from './executor.ts';
import { toColumns, type HarmReductionModelValues } from './harm-reduction-models.ts';

/** Inserts many models with the ids given, in one statement; the agency's name goes into the search text. */
export async function insertHarmReductionModels(
  db: Executor,
  rows: readonly { id: string; values: HarmReductionModelValues; agencyName: string | null }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db.insertInto('harm_reduction_models').values(rows.map((row) => ({ id: row.id, ...toColumns(row.values, row.agencyName) }))).execute();
}
