import { sql } from 'kysely';
import type { Executor } from './executor.ts';
import { toColumns, type ProgrammeIntegrationValues } from './programme-integrations.ts';

/** A live integration an imported row would repeat, with the row. */
export interface ProgrammeIntegrationCollision {
  row_number: number;
  id: string;
  programme: string;
  year: number;
  agency_name: string | null;
  created_at: Date;
  /** The unit's kind and short name, to name its People's Committee. */
  unit_kind: string;
  unit_short_name: string;
}

/**
 * The live integrations of the same unit, body, year and programme as any of these rows, compared
 * as the unique index compares them (the programme folded by fold_search_text): one query for a chunk.
 */
export async function findProgrammeIntegrationCollisions(
  db: Executor,
  probes: readonly { rowNumber: number; unitId: string; year: number; agencyId: string | null; programme: string }[],
): Promise<ProgrammeIntegrationCollision[]> {
  if (probes.length === 0) return [];
  const { rows } = await sql<ProgrammeIntegrationCollision>`
    select probe.row_number, i.id, i.programme, i.year, a.name as agency_name, i.created_at,
           u.kind as unit_kind, u.short_name as unit_short_name
      from unnest(${probes.map((probe) => probe.rowNumber)}::int[], ${probes.map((probe) => probe.unitId)}::text[],
                  ${probes.map((probe) => probe.year)}::int[], ${probes.map((probe) => probe.agencyId ?? '')}::text[],
                  ${probes.map((probe) => probe.programme)}::text[]) as probe(row_number, unit_id, year, agency_id, programme)
      join programme_integrations i
        on i.unit_id = probe.unit_id and i.year = probe.year and coalesce(i.agency_id::text, '') = probe.agency_id
       and i.programme_key = fold_search_text(probe.programme) and i.deleted_at is null
      join admin_units u on u.id = i.unit_id
      left join agencies a on a.id = i.agency_id
     order by probe.row_number, i.created_at`.execute(db);
  return rows;
}

/** Inserts many integrations with the ids given, in one statement; the agency's name goes into the search text. */
export async function insertProgrammeIntegrations(
  db: Executor,
  rows: readonly { id: string; values: ProgrammeIntegrationValues; agencyName: string | null }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db.insertInto('programme_integrations').values(rows.map((row) => ({ id: row.id, ...toColumns(row.values, row.agencyName) }))).execute();
}
