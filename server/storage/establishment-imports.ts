import { sql } from 'kysely';
import { toColumns, type EstablishmentValues } from './establishments.ts';
import type { Executor } from './executor.ts';

/** A live establishment that an imported row may repeat. */
export interface EstablishmentCollision {
  id: string;
  name: string;
  address: string;
  unit_id: string;
  unit_name: string;
  licence_key: string | null;
  duplicate_key: string;
}

/**
 * Live establishments holding any of these licence numbers (compared in lower case, as the unique
 * index does) or duplicate keys (folded name and address), for a chunk of rows. Two queries, so
 * that each uses its own index: with OR between them the planner reads the whole table.
 */
export async function findEstablishmentCollisions(
  db: Executor,
  probe: { licenceKeys: readonly string[]; duplicateKeys: readonly string[] },
): Promise<EstablishmentCollision[]> {
  const base = () => db
    .selectFrom('establishments')
    .select(['id', 'name', 'address', 'unit_id', 'duplicate_key', 'created_at'])
    .select((eb) => eb.fn<string | null>('lower', ['licence_number']).as('licence_key'))
    .where('deleted_at', 'is', null);
  const [byLicence, byPlace] = await Promise.all([
    probe.licenceKeys.length === 0 ? [] : base()
      .where('licence_number', 'is not', null)
      .where((eb) => eb(eb.fn('lower', ['licence_number']), 'in', [...new Set(probe.licenceKeys)]))
      .execute(),
    probe.duplicateKeys.length === 0 ? [] : base().where('duplicate_key', 'in', [...new Set(probe.duplicateKeys)]).execute(),
  ]);
  const found = [...new Map([...byLicence, ...byPlace].map((row) => [row.id, row])).values()];
  if (found.length === 0) return [];
  // Unit names only for the (rare) rows found: joining the 15,000 units into every probe costs more than the probe.
  const units = new Map((await db.selectFrom('admin_units').select(['id', 'name'])
    .where('id', 'in', [...new Set(found.map((row) => row.unit_id))]).execute()).map((unit) => [unit.id, unit.name]));
  return found
    .sort((a, b) => a.created_at.getTime() - b.created_at.getTime())
    .map(({ created_at: _createdAt, ...row }) => ({ ...row, unit_name: units.get(row.unit_id) ?? row.unit_id }));
}

/**
 * Inserts many establishments with the ids given, in one statement whose rows travel as one JSON
 * parameter (typed by the table's own row type): thousands of bound parameters cost more to send
 * and plan, on PGlite most of all.
 */
export async function insertEstablishments(db: Executor, rows: readonly { id: string; values: EstablishmentValues }[]): Promise<void> {
  if (rows.length === 0) return;
  const records = rows.map((row) => ({ id: row.id, ...toColumns(row.values) }));
  const columns = sql.join(Object.keys(records[0]!).map((column) => sql.ref(column)));
  await sql`insert into establishments (${columns})
            select ${columns} from jsonb_populate_recordset(null::establishments, ${JSON.stringify(records)}::jsonb)`.execute(db);
}

/**
 * Fresh planner statistics for the registry, inside the import's transaction (ANALYZE counts the
 * transaction's own rows). Without them a registry that grew from a few rows to 100,000 in one
 * import is planned as if still small, and the duplicate probes read the whole table; PGlite has
 * no autovacuum to catch up later.
 */
export async function refreshEstablishmentStatistics(db: Executor): Promise<void> {
  // A small sample (3,000 rows) is enough to know the table's size and keys' spread, and keeps the
  // embedded database (which runs on the server's own thread) from stalling it for half a second.
  await sql`set local default_statistics_target = 10`.execute(db);
  await sql`analyze establishments`.execute(db);
  await sql`reset default_statistics_target`.execute(db);
}
