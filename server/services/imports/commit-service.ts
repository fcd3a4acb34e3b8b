import type { ImportCommit, ImportResult } from '../../../core/api/imports.ts';
import { todayInVietnam } from '../../../core/dates/format.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import type { Language } from '../../../core/errors/messages.ts';
import { UnitDirectory } from '../../../core/imports/unit-directory.ts';
import { findImportKind, type AnyImportKind } from '../../imports/import-kinds.ts';
import type { ImportRow } from '../../imports/import-kind.ts';
import type { Executor } from '../../storage/executor.ts';
import {
  appendAuditEntries, listDirectoryUnits, listValidRows, lockBatch, markBatchCommitted, markRowsBad, moveRowsToBad, type ImportBatchRow,
} from '../../storage/imports.ts';
import { auditSuccess } from '../audit/audit-service.ts';
import type { ServiceContext } from '../context.ts';
import { auditView, isUniqueViolation } from '../records/record-audit.ts';
import { bilingual, type StoredIssue } from './row-validator.ts';
import { assertMayImport, getOwnBatch, IMPORT_CHUNK, yieldToEventLoop } from './import-service.ts';
import { toIssues } from './import-presentation.ts';

interface RowProblem {
  rowNumber: number;
  issues: StoredIssue[];
}

/** Raised inside the transaction when 'all' meets a row that turned bad: rolls everything back. */
class RowsChanged extends Error {
  constructor(readonly problems: RowProblem[]) {
    super('rows changed since the preview');
  }
}

/**
 * Checks a chunk of stored rows again, as at preview, against today's data and the user's scope
 * today: a record may have been added, a unit moved out of the user's scope since the upload.
 */
async function recheck(
  db: Executor,
  context: ServiceContext,
  kind: AnyImportKind,
  batch: ImportBatchRow,
  units: UnitDirectory,
  stored: readonly { rowNumber: number; input: unknown }[],
): Promise<{ valid: ImportRow<unknown>[]; problems: RowProblem[] }> {
  const headers = new Map((batch.columns as { key: string; header: string }[]).map((column) => [column.key, column.header]));
  const headerOf = (field: string) => headers.get(field) ?? kind.columns.find((column) => column.key === field)?.header.vi ?? null;
  const today = todayInVietnam();
  const valid: ImportRow<unknown>[] = [];
  const problems: RowProblem[] = [];
  const unitColumn = kind.columns.find((column) => column.type.kind === 'unit');
  for (const row of stored) {
    // The stored input is what the kind's schema made of the row at preview; what may have changed
    // since is the world around it: the user's scope, today's date, the records already saved.
    const input = row.input;
    const issues: StoredIssue[] = [];
    const unitId = kind.unitOf(input);
    const unit = units.find(unitId);
    if (!unit || !unit.inScope || !unit.current) {
      issues.push({
        column: unitColumn ? headerOf(unitColumn.key) : null,
        message: { vi: `Đơn vị mã ${unitId} không còn trong phạm vi quản lý của bạn`, en: `The unit with code ${unitId} is no longer within your scope` },
      });
    }
    for (const issue of kind.check(input, today)) issues.push({ column: headerOf(issue.field.split('.')[0]!), message: bilingual(issue.message) });
    if (issues.length > 0) problems.push({ rowNumber: row.rowNumber, issues });
    else valid.push({ rowNumber: row.rowNumber, input });
  }
  const conflicts = await kind.findConflicts(db, context, valid);
  for (const [rowNumber, found] of conflicts) {
    problems.push({ rowNumber, issues: found.map((issue) => ({ column: headerOf(issue.field.split('.')[0]!), message: bilingual(issue.message) })) });
  }
  return { valid: valid.filter((row) => !conflicts.has(row.rowNumber)), problems };
}

/**
 * Imports a previewed batch in one transaction: every valid row becomes a record with its own
 * `<type>.create` audit entry (so each record's history starts at its import, written in bulk a
 * chunk at a time), plus one `import.commit` entry for the import as a whole. Nothing is saved
 * when anything fails. 'all' refuses while any row is bad.
 */
export async function commitImport(context: ServiceContext, batchId: string, input: ImportCommit, language: Language): Promise<ImportResult> {
  const batch = await getOwnBatch(context, batchId);
  const kind = findImportKind(batch.kind);
  if (!kind) throw new AppError('not_found', 404, { entity: 'import', id: batchId });
  assertMayImport(context, kind);
  if (batch.status === 'committed') throw new AppError('import_batch_committed', 409);
  if (input.mode === 'all' && batch.bad_rows > 0) throw new AppError('import_has_bad_rows', 409, { count: batch.bad_rows });
  if (batch.valid_rows === 0) throw new AppError('import_nothing_valid', 409);
  const db = context.database.db;
  const units = new UnitDirectory(await listDirectoryUnits(db, context.actor.scope));

  const run = () => db.transaction().execute(async (trx) => {
    const locked = await lockBatch(trx, batchId);
    if (!locked || locked.status !== 'ready') throw new AppError('import_batch_committed', 409);
    const problems: RowProblem[] = [];
    let imported = 0;
    let after = 0;
    for (;;) {
      const stored = await listValidRows(trx, batchId, after, IMPORT_CHUNK);
      if (stored.length === 0) break;
      after = stored.at(-1)!.rowNumber;
      const checked = await recheck(trx, context, kind, batch, units, stored);
      problems.push(...checked.problems);
      if (input.mode === 'all' && problems.length > 0) throw new RowsChanged(problems);
      const records = await kind.insert(trx, checked.valid);
      await appendAuditEntries(trx, records.map((record) => ({
        actorUserId: context.actor.userId, actorUsername: context.actor.username, actorRole: context.actor.role,
        unitId: record.unitId, action: `${kind.recordType}.create`, outcome: 'success' as const,
        targetType: kind.recordType, targetId: record.id, summary: { after: auditView(record.after), importBatchId: batchId },
      })));
      imported += records.length;
      await yieldToEventLoop();
    }
    await markRowsBad(trx, batchId, problems);
    const badRows = batch.bad_rows + problems.length;
    await markBatchCommitted(trx, batchId, { imported, badRows, validRows: imported });
    await auditSuccess(trx, context.actor, {
      action: 'import.commit', targetType: 'import_batch', targetId: batchId,
      summary: { kind: kind.kind, fileName: batch.file_name, mode: input.mode, totalRows: batch.total_rows, imported, skipped: badRows },
    });
    return { imported, skipped: badRows, problems };
  });

  try {
    const result = await run();
    return { batchId, imported: result.imported, skipped: result.skipped, newIssues: toIssues(result.problems, language) };
  } catch (error) {
    if (error instanceof RowsChanged) {
      // Nothing was imported; the rows found bad join the report so that the user sees why.
      await db.transaction().execute((trx) => moveRowsToBad(trx, batchId, error.problems));
      throw new AppError('import_rows_changed', 409, { count: error.problems.length },
        toIssues(error.problems, language).slice(0, 50).map((issue) => ({
          field: `row ${issue.row}`, message: issue.column ? `${issue.column}: ${issue.message}` : issue.message,
        })));
    }
    if (isUniqueViolation(error)) throw new AppError('import_conflict', 409);
    throw error;
  }
}
