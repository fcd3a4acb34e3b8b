import type { Executor } from './executor.ts';

export interface ReferenceFigureRow {
  kind: string;
  value: number;
  updated_at: Date;
}

/** The figures a unit itself declared for a year (not its units'). `forUpdate` locks them for a write. */
export async function listReferenceFigures(
  db: Executor, unitId: string, year: number, options: { forUpdate?: boolean } = {},
): Promise<ReferenceFigureRow[]> {
  let query = db
    .selectFrom('reference_figures')
    .select(['kind', 'value', 'updated_at'])
    .where('unit_id', '=', unitId)
    .where('year', '=', year)
    .orderBy('kind');
  if (options.forUpdate) query = query.forUpdate();
  return query.execute();
}

/** Sets figures of a unit for a year, replacing the values already declared for those kinds. */
export async function upsertReferenceFigures(
  db: Executor, unitId: string, year: number, figures: Array<{ kind: string; value: number }>,
): Promise<void> {
  if (figures.length === 0) return;
  await db
    .insertInto('reference_figures')
    .values(figures.map((figure) => ({ unit_id: unitId, year, kind: figure.kind, value: figure.value })))
    .onConflict((conflict) => conflict.columns(['unit_id', 'year', 'kind']).doUpdateSet((eb) => ({
      value: eb.ref('excluded.value'),
      updated_at: new Date(),
    })))
    .execute();
}

/** Removes figures of a unit for a year: the engine then adds up its units' figures instead. */
export async function deleteReferenceFigures(db: Executor, unitId: string, year: number, kinds: string[]): Promise<void> {
  if (kinds.length === 0) return;
  await db
    .deleteFrom('reference_figures')
    .where('unit_id', '=', unitId)
    .where('year', '=', year)
    .where('kind', 'in', kinds)
    .execute();
}
