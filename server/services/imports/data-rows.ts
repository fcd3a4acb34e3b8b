import { AppError } from '../../../core/errors/app-error.ts';
import { isBlank } from '../../../core/imports/cell-values.ts';
import { isHeaderRow, matchHeader, type HeaderMatch } from '../../../core/imports/header-row.ts';
import { importLimits } from '../../../core/imports/limits.ts';
import { isEmptyRow } from '../../../core/imports/row-parsing.ts';
import type { AnyImportKind } from '../../imports/import-kinds.ts';
import type { MergedRange, SheetSource, SourceRow } from '../../imports/sheet-source.ts';

/** A pass over the file positioned after its header row. */
export interface DataPass {
  headerRow: number;
  header: HeaderMatch;
  rows: AsyncIterator<SourceRow>;
}

/**
 * Starts a pass and finds the header: the first row, among the first non-empty ones, that names
 * the kind's columns. Title rows above it (often merged) are skipped.
 */
export async function openDataPass(source: SheetSource, kind: AnyImportKind, fileName: string): Promise<DataPass> {
  const rows = source.readRows()[Symbol.asyncIterator]();
  let looked = 0;
  for (let next = await rows.next(); !next.done; next = await rows.next()) {
    const { cells, rowNumber } = next.value;
    if (cells.every((cell) => isBlank(cell))) continue;
    if (isHeaderRow(cells, kind.columns)) return { headerRow: rowNumber, header: matchHeader(cells, kind.columns, rowNumber), rows };
    looked += 1;
    if (looked >= importLimits.headerSearchRows) break;
  }
  await rows.return?.();
  throw new AppError('import_header_not_found', 400, {
    rows: importLimits.headerSearchRows,
    sheet: source.sheetName ?? fileName,
    columns: kind.columns.filter((column) => column.required).map((column) => column.header.vi).join(', '),
  });
}

export const tooManyRows = () => new AppError('import_too_many_rows', 400, { limit: importLimits.maxDataRows.toLocaleString('vi-VN') });

/**
 * Refuses a file with more data rows than an import takes before any row is checked: when the
 * cheap estimate allows more, one quick pass counts the non-empty rows under the header.
 */
export async function assertRowLimit(source: SheetSource, kind: AnyImportKind, fileName: string): Promise<void> {
  if (source.estimatedRows <= importLimits.maxDataRows) return;
  const pass = await openDataPass(source, kind, fileName);
  let count = 0;
  try {
    for (let next = await pass.rows.next(); !next.done; next = await pass.rows.next()) {
      if (isEmptyRow(next.value.cells, pass.header.mappings)) continue;
      count += 1;
      if (count > importLimits.maxDataRows) throw tooManyRows();
    }
  } finally {
    await pass.rows.return?.();
  }
}


/** Merged ranges that cross the header row, by their cells ("B1:C1"): each column needs its own header. */
export function mergedHeaderCells(merges: readonly MergedRange[], headerRow: number): string[] {
  return merges.filter((range) => range.top <= headerRow && range.bottom >= headerRow).map((range) => range.ref);
}

/** Merged ranges under the header: only their first cell holds a value, the others read as empty. */
export function mergedDataCells(merges: readonly MergedRange[], headerRow: number): string[] {
  return merges.filter((range) => range.top > headerRow).map((range) => range.ref);
}
