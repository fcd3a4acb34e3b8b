import { sql } from 'kysely';
import { isUnitInScope, type Scope } from '../../core/auth/scope.ts';
import type { DirectoryUnit } from '../../core/imports/unit-directory.ts';
import type { NewAuditEntry } from './audit-log.ts';
import type { Executor } from './executor.ts';

export interface NewImportBatch {
  kind: string;
  actorUserId: string;
  scopeUnitId: string | null;
  fileName: string;
  fileFormat: 'xlsx' | 'csv';
  sheetName: string | null;
  headerRow: number;
  expiresAt: Date;
}

const batchColumns = [
  'id', 'kind', 'actor_user_id', 'scope_unit_id', 'file_name', 'file_format', 'sheet_name', 'header_row', 'status', 'total_rows',
  'valid_rows', 'bad_rows', 'imported_rows', 'columns', 'ignored_columns', 'warnings', 'sample', 'created_at', 'expires_at', 'committed_at',
] as const;

export interface ImportBatchRow {
  id: string;
  kind: string;
  actor_user_id: string;
  scope_unit_id: string | null;
  file_name: string;
  file_format: 'xlsx' | 'csv';
  sheet_name: string | null;
  header_row: number;
  status: 'validating' | 'ready' | 'committed';
  total_rows: number;
  valid_rows: number;
  bad_rows: number;
  imported_rows: number | null;
  columns: unknown;
  ignored_columns: unknown;
  warnings: unknown;
  sample: unknown;
  created_at: Date;
  expires_at: Date;
  committed_at: Date | null;
}

/** Batches nobody committed in time, with their rows: they hold people's files, not records. */
export async function deleteExpiredBatches(db: Executor, now: Date): Promise<void> {
  await db.deleteFrom('import_batches').where('expires_at', '<', now).execute();
}

export async function insertBatch(db: Executor, batch: NewImportBatch): Promise<string> {
  const row = await db
    .insertInto('import_batches')
    .values({
      kind: batch.kind, actor_user_id: batch.actorUserId, scope_unit_id: batch.scopeUnitId, file_name: batch.fileName,
      file_format: batch.fileFormat, sheet_name: batch.sheetName, header_row: batch.headerRow, expires_at: batch.expiresAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface NewBatchRow {
  rowNumber: number;
  /** The create input, null for a bad row. */
  input: unknown;
  issues: unknown[];
}

export async function insertBatchRows(db: Executor, batchId: string, rows: readonly NewBatchRow[]): Promise<void> {
  if (rows.length === 0) return;
  const records = rows.map((row) => ({ batch_id: batchId, row_number: row.rowNumber, input: row.input, issues: row.issues }));
  await sql`insert into import_batch_rows (batch_id, row_number, input, issues)
            select batch_id, row_number, input, issues from jsonb_populate_recordset(null::import_batch_rows, ${JSON.stringify(records)}::jsonb)`.execute(db);
}

export interface BatchSummary {
  totalRows: number;
  validRows: number;
  badRows: number;
  columns: unknown;
  ignoredColumns: unknown;
  warnings: unknown;
  sample: unknown;
}

export async function markBatchReady(db: Executor, batchId: string, summary: BatchSummary): Promise<void> {
  await db
    .updateTable('import_batches')
    .set({
      status: 'ready', total_rows: summary.totalRows, valid_rows: summary.validRows, bad_rows: summary.badRows,
      columns: JSON.stringify(summary.columns), ignored_columns: JSON.stringify(summary.ignoredColumns),
      warnings: JSON.stringify(summary.warnings), sample: JSON.stringify(summary.sample),
    })
    .where('id', '=', batchId)
    .execute();
}

export async function deleteBatch(db: Executor, batchId: string): Promise<void> {
  await db.deleteFrom('import_batches').where('id', '=', batchId).execute();
}

export async function findBatch(db: Executor, batchId: string): Promise<ImportBatchRow | undefined> {
  return db.selectFrom('import_batches').select(batchColumns).where('id', '=', batchId).executeTakeFirst() as Promise<ImportBatchRow | undefined>;
}

/** The batch, locked until the transaction ends: two commits of one batch run one after the other. */
export async function lockBatch(db: Executor, batchId: string): Promise<ImportBatchRow | undefined> {
  return db.selectFrom('import_batches').select(batchColumns).where('id', '=', batchId).forUpdate()
    .executeTakeFirst() as Promise<ImportBatchRow | undefined>;
}

/** The next valid rows after a row number, in file order. */
export async function listValidRows(db: Executor, batchId: string, afterRow: number, limit: number) {
  const rows = await db
    .selectFrom('import_batch_rows')
    .select(['row_number', 'input'])
    .where('batch_id', '=', batchId)
    .where('row_number', '>', afterRow)
    .where('input', 'is not', null)
    .orderBy('row_number')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ rowNumber: row.row_number, input: row.input }));
}

/** Bad rows with their problems, a page at a time, in file order. */
export async function listBadRows(db: Executor, batchId: string, offset: number, limit: number) {
  const rows = await db
    .selectFrom('import_batch_rows')
    .select(['row_number', 'issues'])
    .where('batch_id', '=', batchId)
    .where('input', 'is', null)
    .orderBy('row_number')
    .offset(offset)
    .limit(limit)
    .execute();
  return rows.map((row) => ({ rowNumber: row.row_number, issues: row.issues }));
}

/** Rows found bad when checked again at commit: they join the bad rows and stay out of the import. */
export async function markRowsBad(db: Executor, batchId: string, rows: readonly { rowNumber: number; issues: unknown[] }[]): Promise<void> {
  for (let start = 0; start < rows.length; start += 1000) {
    const values = rows.slice(start, start + 1000).map((row) => sql`(${row.rowNumber}::integer, ${JSON.stringify(row.issues)}::jsonb)`);
    await sql`update import_batch_rows as r set input = null, issues = v.issues
                from (values ${sql.join(values)}) as v (row_number, issues)
               where r.batch_id = ${batchId} and r.row_number = v.row_number`.execute(db);
  }
}

/** After a refused commit: the rows found bad are reported with the batch, which stays ready. */
export async function moveRowsToBad(db: Executor, batchId: string, rows: readonly { rowNumber: number; issues: unknown[] }[]): Promise<void> {
  await markRowsBad(db, batchId, rows);
  await db
    .updateTable('import_batches')
    .set((eb) => ({ bad_rows: eb('bad_rows', '+', rows.length), valid_rows: eb('valid_rows', '-', rows.length) }))
    .where('id', '=', batchId)
    .execute();
}

export async function markBatchCommitted(db: Executor, batchId: string, counts: { imported: number; badRows: number; validRows: number }): Promise<void> {
  await db
    .updateTable('import_batches')
    .set({ status: 'committed', imported_rows: counts.imported, bad_rows: counts.badRows, valid_rows: counts.validRows, committed_at: new Date() })
    .where('id', '=', batchId)
    .execute();
}

interface UnitSnapshot {
  units: { id: string; name: string; short_name: string; level: 'province' | 'district' | 'commune'; valid_to: string | null; path: string }[];
  /** Every succession as the paths of its two units: which pre-reform units continue where. */
  successions: { predecessor: string; successor: string }[];
  loadedAt: number;
}

/**
 * The administrative units change only when the reference data is loaded at start (or a new
 * version is installed): read them once per database and keep them a while, rather than reading
 * 15,000 rows on every upload (on PGlite that read alone blocks the server for a third of a second).
 */
const snapshots = new WeakMap<Executor, Promise<UnitSnapshot>>();
const SNAPSHOT_MS = 10 * 60_000;

async function readSnapshot(db: Executor): Promise<UnitSnapshot> {
  const [units, successions] = await Promise.all([
    db.selectFrom('admin_units').select(['id', 'name', 'short_name', 'level', 'valid_to', 'path']).execute(),
    db.selectFrom('admin_unit_successions as s')
      .innerJoin('admin_units as predecessor', 'predecessor.id', 's.predecessor_id')
      .innerJoin('admin_units as successor', 'successor.id', 's.successor_id')
      .select(['predecessor.path as predecessor', 'successor.path as successor'])
      .execute(),
  ]);
  return { units, successions, loadedAt: Date.now() };
}

async function unitSnapshot(db: Executor): Promise<UnitSnapshot> {
  let snapshot = snapshots.get(db);
  if (snapshot && Date.now() - (await snapshot).loadedAt > SNAPSHOT_MS) snapshot = undefined;
  if (!snapshot) {
    snapshot = readSnapshot(db);
    snapshots.set(db, snapshot);
    snapshot.catch(() => snapshots.delete(db));
  }
  return snapshot;
}

/**
 * Every administrative unit with whether the scope holds it (today's and pre-reform ones), for
 * resolving the units a file names. The scope follows inScope() in units.ts: a unit of the
 * subtree, or a pre-reform unit one of whose parts continues in a unit of the subtree.
 */
export async function listDirectoryUnits(db: Executor, scope: Scope): Promise<DirectoryUnit[]> {
  const { units, successions } = await unitSnapshot(db);
  let heldPaths: Set<string> | undefined;
  if (scope.kind === 'subtree') {
    heldPaths = new Set();
    for (const { predecessor, successor } of successions) {
      if (!successor.startsWith(scope.unitPath)) continue;
      for (let end = predecessor.indexOf('/', 1); end >= 0; end = predecessor.indexOf('/', end + 1)) heldPaths.add(predecessor.slice(0, end + 1));
    }
  }
  return units.map((row) => ({
    id: row.id, name: row.name, shortName: row.short_name, level: row.level, current: row.valid_to === null,
    inScope: scope.kind === 'country' || isUnitInScope(scope, row.path) || (row.valid_to !== null && heldPaths!.has(row.path)),
  }));
}

/**
 * Many audit entries in one statement: an import writes one `<type>.create` per record, as a form
 * does, so that each record's history starts with its creation.
 */
export async function appendAuditEntries(db: Executor, entries: readonly NewAuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const records = entries.map((entry) => ({
    actor_user_id: entry.actorUserId, actor_username: entry.actorUsername, actor_role: entry.actorRole, unit_id: entry.unitId,
    action: entry.action, outcome: entry.outcome, target_type: entry.targetType ?? null, target_id: entry.targetId ?? null,
    summary: entry.summary ?? {},
  }));
  // One JSON parameter for the whole chunk, typed by the table's row type (see insertEstablishments).
  await sql`insert into audit_log (actor_user_id, actor_username, actor_role, unit_id, action, outcome, target_type, target_id, summary)
            select actor_user_id, actor_username, actor_role, unit_id, action, outcome, target_type, target_id, summary
              from jsonb_populate_recordset(null::audit_log, ${JSON.stringify(records)}::jsonb)`.execute(db);
}
