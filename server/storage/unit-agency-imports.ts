import type { AgencyRow } from './agencies.ts';
import type { Executor } from './executor.ts';
import type { UnitRow } from './units.ts';

/** What imports of communication activities and training courses read for a chunk of rows at once. */

/** The units a chunk of rows names, by id. */
export async function listUnitsById(db: Executor, unitIds: readonly string[]): Promise<Map<string, UnitRow>> {
  if (unitIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('admin_units')
    .select(['id', 'code', 'name', 'short_name', 'level', 'kind', 'parent_id', 'valid_from', 'valid_to', 'path'])
    .where('id', 'in', [...unitIds])
    .execute();
  return new Map(rows.map((row) => [row.id, row]));
}

/** Every agency of these units, active or not (a row naming one that stopped working is told so). */
export async function listAgenciesOfUnits(db: Executor, unitIds: readonly string[]): Promise<AgencyRow[]> {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom('agencies')
    .select(['id', 'unit_id', 'kind', 'name', 'is_lead', 'is_request_only', 'is_active', 'sort_order'])
    .where('unit_id', 'in', [...unitIds])
    .orderBy('unit_id')
    .orderBy('sort_order')
    .orderBy('name')
    .execute();
}
