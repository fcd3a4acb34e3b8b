import type { ImportIssue, ImportPreview } from '../../../core/api/imports.ts';
import { formatDate } from '../../../core/dates/format.ts';
import type { Language } from '../../../core/errors/messages.ts';
import type { Bilingual, ImportColumn } from '../../../core/imports/columns.ts';
import type { CellValues } from '../../../core/imports/row-parsing.ts';
import { unitLabel, type UnitDirectory } from '../../../core/imports/unit-directory.ts';
import type { ImportBatchRow } from '../../storage/imports.ts';
import type { StoredIssue } from './row-validator.ts';

/** A valid row of the preview, shown as the screens show records, in both languages. */
export interface SampleRow {
  row: number;
  vi: Record<string, string>;
  en: Record<string, string>;
}

export function displayValue(column: ImportColumn, value: string | number | null, language: Language, units?: UnitDirectory): string {
  if (value === null) return '';
  switch (column.type.kind) {
    case 'date': return formatDate(String(value));
    case 'code': return column.type.options.find((option) => option.code === value)?.label[language] ?? String(value);
    case 'unit': {
      const unit = units?.find(String(value));
      return unit ? unitLabel(unit) : String(value);
    }
    default: return String(value);
  }
}

export function sampleRow(row: number, values: CellValues, columns: readonly ImportColumn[], units: UnitDirectory): SampleRow {
  const inLanguage = (language: Language) =>
    Object.fromEntries(columns.map((column) => [column.key, displayValue(column, values[column.key] ?? null, language, units)]));
  return { row, vi: inLanguage('vi'), en: inLanguage('en') };
}

export const pick = (text: Bilingual, language: Language) => text[language];

export function toIssues(rows: readonly { rowNumber: number; issues: unknown }[], language: Language): ImportIssue[] {
  return rows.flatMap((row) => (row.issues as StoredIssue[]).map((issue) => ({
    row: row.rowNumber, column: issue.column, message: pick(issue.message, language),
  })));
}

/** The preview of a batch, in the user's language, with the first bad rows' problems. */
export function toPreview(
  batch: ImportBatchRow,
  badRows: readonly { rowNumber: number; issues: unknown }[],
  language: Language,
): ImportPreview {
  return {
    batchId: batch.id,
    kind: batch.kind,
    fileName: batch.file_name,
    format: batch.file_format,
    sheetName: batch.sheet_name,
    headerRow: batch.header_row,
    status: batch.status === 'committed' ? 'committed' : 'ready',
    expiresAt: batch.expires_at.toISOString(),
    totalRows: batch.total_rows,
    validRows: batch.valid_rows,
    badRows: batch.bad_rows,
    columns: batch.columns as ImportPreview['columns'],
    ignoredColumns: batch.ignored_columns as string[],
    warnings: (batch.warnings as Bilingual[]).map((warning) => pick(warning, language)),
    sample: (batch.sample as SampleRow[]).map((row) => ({ row: row.row, values: row[language] })),
    issues: toIssues(badRows, language),
    badRowsShown: badRows.length,
    importedRows: batch.imported_rows,
  };
}
