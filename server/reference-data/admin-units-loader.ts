/**
 * Loads Vietnam's administrative units (today's and pre-reform, with successions) into the
 * database. Idempotent: a load records its version in reference_data_loads, and a second load of
 * the same version does nothing.
 */
import { sql, type Transaction } from 'kysely';
import type { Database } from '../storage/database.ts';
import type { DatabaseSchema } from '../storage/schema.ts';
import {
  parseAdminUnitsSource,
  readAdminUnitsSourceFile,
  type AdminUnitsSourceFile,
} from './admin-units-source.ts';
import {
  ADMIN_UNITS_DATASET,
  ADMIN_UNITS_PLAN_VERSION,
  formatAdminUnitsReport,
  planAdminUnits,
  type AdminUnitRow,
  type AdminUnitsReport,
  type SuccessionRow,
} from './admin-units-plan.ts';

export { formatAdminUnitsReport, type AdminUnitsReport };

/** Rows per INSERT: 1,000 units × 11 columns stays far below PostgreSQL's 65,535 parameters. */
const BATCH_SIZE = 1000;

/** The report, and whether this call loaded it (false: that version was already in place). */
export interface AdminUnitsLoadResult extends AdminUnitsReport {
  loadedNow: boolean;
}

export interface LoadAdminUnitsOptions {
  log?: (line: string) => void;
}

/**
 * The dataset's version: the package version, a hash of its data file (a patched or republished
 * file reloads even under the same version number), and the plan's rules version (changing the
 * rules reloads too).
 */
export function adminUnitsVersion(file: Pick<AdminUnitsSourceFile, 'packageVersion' | 'sha256'>): string {
  return `${file.packageVersion}+sha256.${file.sha256.slice(0, 16)}+plan.${ADMIN_UNITS_PLAN_VERSION}`;
}

export async function loadAdminUnits(database: Database, options: LoadAdminUnitsOptions = {}): Promise<AdminUnitsLoadResult> {
  return loadAdminUnitsFrom(database, await readAdminUnitsSourceFile(), options);
}

/** As `loadAdminUnits`, from a given source file (tests use small hand-made ones). */
export async function loadAdminUnitsFrom(
  database: Database,
  file: AdminUnitsSourceFile,
  options: LoadAdminUnitsOptions = {},
): Promise<AdminUnitsLoadResult> {
  const log = options.log ?? (() => {});
  const version = adminUnitsVersion(file);

  const loaded = await readLoadedReport(database, version);
  if (loaded) {
    log(`${ADMIN_UNITS_DATASET} ${version} already loaded; nothing to do`);
    return { ...loaded, loadedNow: false };
  }

  const started = performance.now();
  const source = parseAdminUnitsSource(file.raw);
  const plan = planAdminUnits(source, {
    version,
    packageName: file.packageName,
    packageVersion: file.packageVersion,
    sha256: file.sha256,
  });

  const loadedNow = await database.db.transaction().execute(async (trx) => {
    // Serialises concurrent loaders (two servers starting at once): the second waits, then finds
    // the version recorded and leaves. pg_advisory_xact_lock is released at commit or rollback.
    await sql`select pg_advisory_xact_lock(hashtext(${ADMIN_UNITS_DATASET}))`.execute(trx);
    const current = await trx
      .selectFrom('reference_data_loads')
      .select('version')
      .where('dataset', '=', ADMIN_UNITS_DATASET)
      .executeTakeFirst();
    if (current?.version === version) return false;

    for (let start = 0; start < plan.units.length; start += BATCH_SIZE) {
      await upsertUnits(trx, plan.units.slice(start, start + BATCH_SIZE));
    }
    // Successions are owned by this dataset (every predecessor is a 'pre2025-' unit), so they are
    // replaced as a whole: an old → new pair dropped from a newer dataset must not linger. Units
    // are only upserted, never deleted, because users, agencies and records refer to them.
    await trx.deleteFrom('admin_unit_successions').where('predecessor_id', 'like', 'pre2025-%').execute();
    for (let start = 0; start < plan.successions.length; start += BATCH_SIZE) {
      await insertSuccessions(trx, plan.successions.slice(start, start + BATCH_SIZE));
    }
    await trx
      .insertInto('reference_data_loads')
      .values({ dataset: ADMIN_UNITS_DATASET, version, report: JSON.stringify(plan.report) })
      .onConflict((conflict) =>
        conflict.column('dataset').doUpdateSet({
          version,
          report: JSON.stringify(plan.report),
          loaded_at: sql<Date>`now()`,
        }),
      )
      .execute();
    return true;
  });
  if (!loadedNow) {
    log(`${ADMIN_UNITS_DATASET} ${version} loaded meanwhile by another process; nothing to do`);
    return { ...plan.report, loadedNow: false };
  }

  for (const line of formatAdminUnitsReport(plan.report)) log(line);
  log(`  loaded in ${Math.round(performance.now() - started)} ms`);
  return { ...plan.report, loadedNow: true };
}

async function readLoadedReport(database: Database, version: string): Promise<AdminUnitsReport | null> {
  const row = await database.db
    .selectFrom('reference_data_loads')
    .select(['version', 'report'])
    .where('dataset', '=', ADMIN_UNITS_DATASET)
    .executeTakeFirst();
  if (!row || row.version !== version) return null;
  // jsonb arrives parsed from both drivers; a string would mean a driver configured otherwise.
  return (typeof row.report === 'string' ? JSON.parse(row.report) : row.report) as AdminUnitsReport;
}

async function upsertUnits(trx: Transaction<DatabaseSchema>, rows: AdminUnitRow[]): Promise<void> {
  if (rows.length === 0) return;
  await trx
    .insertInto('admin_units')
    .values(rows)
    .onConflict((conflict) =>
      conflict.column('id').doUpdateSet((eb) => ({
        code: eb.ref('excluded.code'),
        name: eb.ref('excluded.name'),
        short_name: eb.ref('excluded.short_name'),
        level: eb.ref('excluded.level'),
        kind: eb.ref('excluded.kind'),
        parent_id: eb.ref('excluded.parent_id'),
        valid_from: eb.ref('excluded.valid_from'),
        valid_to: eb.ref('excluded.valid_to'),
        path: eb.ref('excluded.path'),
        search_text: eb.ref('excluded.search_text'),
      })),
    )
    .execute();
}

async function insertSuccessions(trx: Transaction<DatabaseSchema>, rows: SuccessionRow[]): Promise<void> {
  if (rows.length === 0) return;
  await trx.insertInto('admin_unit_successions').values(rows).execute();
}
