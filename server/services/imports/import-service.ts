import type { Readable } from 'node:stream';
import type { ImportIssuesPage, ImportIssuesQuery, ImportPreview, ImportResult } from '../../../core/api/imports.ts';
import { hasPermission } from '../../../core/auth/roles.ts';
import { todayInVietnam } from '../../../core/dates/format.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import type { Language } from '../../../core/errors/messages.ts';
import type { Bilingual } from '../../../core/imports/columns.ts';
import { importLimits } from '../../../core/imports/limits.ts';
import { isEmptyRow } from '../../../core/imports/row-parsing.ts';
import { UnitDirectory } from '../../../core/imports/unit-directory.ts';
import { inspectFile } from '../../imports/file-format.ts';
import { findImportKind, type AnyImportKind } from '../../imports/import-kinds.ts';
import { openCsvSource } from '../../imports/csv-source.ts';
import type { SheetSource } from '../../imports/sheet-source.ts';
import { receiveUpload } from '../../imports/upload.ts';
import { openXlsxSource } from '../../imports/xlsx-source.ts';
import {
  deleteBatch, deleteExpiredBatches, findBatch, insertBatch, insertBatchRows, listBadRows, listDirectoryUnits, markBatchReady,
  type ImportBatchRow,
} from '../../storage/imports.ts';
import { auditSuccess } from '../audit/audit-service.ts';
import type { ServiceContext } from '../context.ts';
import { assertRowLimit, mergedDataCells, mergedHeaderCells, openDataPass, tooManyRows } from './data-rows.ts';
import { sampleRow, toIssues, toPreview, type SampleRow } from './import-presentation.ts';
import { RowValidator, type ValidatedRow } from './row-validator.ts';

/** Rows checked against the registry and written to the batch at a time. */
export const IMPORT_CHUNK = 500;

/** Lets other requests run between chunks: a large import must not hold the event loop for seconds. */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface Upload {
  body: Readable;
  fileName: string;
  /** The Content-Length the client declared, when it did. */
  declaredLength?: number | undefined;
}

export function assertMayImport(context: ServiceContext, kind: AnyImportKind): void {
  if (!hasPermission(context.actor.role, kind.writePermission)) throw new AppError('forbidden', 403);
}

async function openSource(upload: { path: string; size: number; fileName: string; dispose(): Promise<void> }): Promise<SheetSource> {
  const inspected = await inspectFile(upload);
  return inspected.format === 'xlsx' ? openXlsxSource(upload, inspected.zip, inspected.hasMacros) : openCsvSource(upload);
}

const listOf = (cells: readonly string[]) => (cells.length > 5 ? `${cells.slice(0, 5).join(', ')}…` : cells.join(', '));

/** What the user should know about the file that does not stop the import. */
function fileWarnings(source: SheetSource, headerRow: number, ignored: readonly string[]): Bilingual[] {
  const warnings = [...source.warnings];
  if (ignored.length > 0) {
    const names = ignored.map((header) => `"${header}"`).join(', ');
    warnings.push({ vi: `Các cột sau không thuộc mẫu nên không được nhập: ${names}.`, en: `These columns are not in the template and are not imported: ${names}.` });
  }
  const formulas = source.formulaCells();
  if (formulas > 0) {
    warnings.push({
      vi: `${formulas} ô có công thức: hệ thống dùng kết quả Excel đã tính và lưu trong tệp, không tính lại.`,
      en: `${formulas} cells hold formulas: the results Excel computed and saved in the file are used, not recomputed.`,
    });
  }
  const merged = mergedDataCells(source.merges, headerRow);
  if (merged.length > 0) {
    warnings.push({
      vi: `Có ô gộp trong vùng dữ liệu (${listOf(merged)}): chỉ ô đầu của mỗi vùng gộp có giá trị, các ô còn lại được coi là trống.`,
      en: `Data cells are merged (${listOf(merged)}): only the first cell of each merged range holds a value, the others read as empty.`,
    });
  }
  return warnings;
}

/**
 * Reads an uploaded XLSX or CSV file, checks every row as the kind's create would, and keeps the
 * result as a batch for the user to commit: counts, the first rows as they will be saved, and
 * every bad row's problems. The file streams from disk, rows go to the batch a chunk at a time.
 */
export async function previewImport(context: ServiceContext, kind: AnyImportKind, upload: Upload, language: Language): Promise<ImportPreview> {
  assertMayImport(context, kind);
  const db = context.database.db;
  await deleteExpiredBatches(db, new Date());
  const file = await receiveUpload(upload.body, { fileName: upload.fileName, maxBytes: importLimits.maxFileBytes, declaredLength: upload.declaredLength });
  let batchId: string | undefined;
  try {
    const source = await openSource(file);
    await assertRowLimit(source, kind, file.fileName);
    const pass = await openDataPass(source, kind, file.fileName);
    try {
      const merged = mergedHeaderCells(source.merges, pass.headerRow);
      if (merged.length > 0) throw new AppError('import_merged_header', 400, { row: pass.headerRow, cells: merged.join(', ') });
      if (pass.header.problems.length > 0) {
        throw new AppError('import_header_invalid', 400, { row: pass.headerRow },
          pass.header.problems.map((problem) => ({ field: 'header', message: `${problem.vi} | ${problem.en}` })));
      }
      const units = new UnitDirectory(await listDirectoryUnits(db, context.actor.scope));
      const validator = new RowValidator(kind, pass.header.mappings, { units, date1904: source.date1904 }, todayInVietnam());
      batchId = await insertBatch(db, {
        kind: kind.kind, actorUserId: context.actor.userId, scopeUnitId: context.actor.unitId, fileName: file.fileName,
        fileFormat: source.format, sheetName: source.sheetName, headerRow: pass.headerRow,
        expiresAt: new Date(Date.now() + importLimits.batchHours * 3_600_000),
      });
      const counts = { total: 0, valid: 0, bad: 0 };
      const sample: SampleRow[] = [];
      let chunk: ValidatedRow[] = [];
      const flush = async () => {
        const valid = chunk.filter((row) => row.issues.length === 0);
        const conflicts = await kind.findConflicts(db, context, valid.map((row) => ({ rowNumber: row.rowNumber, input: row.input })));
        for (const row of valid) {
          const found = conflicts.get(row.rowNumber);
          if (found) {
            row.issues = found.map((issue) => validator.fieldIssue(issue));
            row.input = null;
          }
        }
        for (const row of chunk) {
          if (row.issues.length > 0) counts.bad += 1;
          else {
            counts.valid += 1;
            if (sample.length < importLimits.previewRows) sample.push(sampleRow(row.rowNumber, row.values, kind.columns, units));
          }
        }
        await insertBatchRows(db, batchId!, chunk.map((row) => ({ rowNumber: row.rowNumber, input: row.input, issues: row.issues })));
        chunk = [];
        await yieldToEventLoop();
      };
      for (let next = await pass.rows.next(); !next.done; next = await pass.rows.next()) {
        if (isEmptyRow(next.value.cells, pass.header.mappings)) continue;
        counts.total += 1;
        if (counts.total > importLimits.maxDataRows) throw tooManyRows();
        chunk.push(validator.validate(next.value));
        if (chunk.length >= IMPORT_CHUNK) await flush();
        // On PGlite every await above may resolve without I/O: let other requests in now and then.
        else if (chunk.length % 100 === 0) await yieldToEventLoop();
      }
      await flush();
      if (counts.total === 0) throw new AppError('import_no_rows', 400, { fileName: file.fileName });
      const columns = pass.header.mappings.map((mapping) => ({ key: mapping.column.key, header: mapping.header }));
      await markBatchReady(db, batchId, {
        totalRows: counts.total, validRows: counts.valid, badRows: counts.bad, columns, ignoredColumns: pass.header.ignored,
        warnings: fileWarnings(source, pass.headerRow, pass.header.ignored), sample,
      });
      await auditSuccess(db, context.actor, {
        action: 'import.upload', targetType: 'import_batch', targetId: batchId,
        summary: { kind: kind.kind, fileName: file.fileName, format: source.format, totalRows: counts.total, validRows: counts.valid, badRows: counts.bad },
      });
    } finally {
      await pass.rows.return?.();
    }
    return await presentBatch(context, batchId, language);
  } catch (error) {
    if (batchId) await deleteBatch(db, batchId).catch(() => undefined);
    throw error;
  } finally {
    await file.dispose();
  }
}

/** The caller's own batch, still there: anyone else's is "not found", as it would be if it did not exist. */
export async function getOwnBatch(context: ServiceContext, batchId: string): Promise<ImportBatchRow> {
  const batch = await findBatch(context.database.db, batchId);
  if (!batch || batch.actor_user_id !== context.actor.userId || batch.status === 'validating') {
    throw new AppError('not_found', 404, { entity: 'import', id: batchId });
  }
  if (batch.status !== 'committed' && batch.expires_at.getTime() < Date.now()) {
    throw new AppError('import_batch_expired', 410, { hours: importLimits.batchHours });
  }
  return batch;
}

async function presentBatch(context: ServiceContext, batchId: string, language: Language): Promise<ImportPreview> {
  const batch = await getOwnBatch(context, batchId);
  const badRows = await listBadRows(context.database.db, batchId, 0, importLimits.previewBadRows);
  return toPreview(batch, badRows, language);
}

/** A batch's preview again (after a reload of the page). */
export async function getImportPreview(context: ServiceContext, batchId: string, language: Language): Promise<ImportPreview> {
  const batch = await getOwnBatch(context, batchId);
  const kind = findImportKind(batch.kind);
  if (!kind) throw new AppError('not_found', 404, { entity: 'import', id: batchId });
  assertMayImport(context, kind);
  return presentBatch(context, batchId, language);
}

/** Every bad row's problems, a page of bad rows at a time. */
export async function listImportIssues(context: ServiceContext, batchId: string, query: ImportIssuesQuery, language: Language): Promise<ImportIssuesPage> {
  const batch = await getOwnBatch(context, batchId);
  const rows = await listBadRows(context.database.db, batchId, (query.page - 1) * query.pageSize, query.pageSize);
  return { issues: toIssues(rows, language), badRows: batch.bad_rows, page: query.page, pageSize: query.pageSize };
}

export type { ImportResult };
