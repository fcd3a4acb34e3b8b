import { isBlank, parseCode, parseDate, parseInteger, parseText, type Parsed, type RawCell } from './cell-values.ts';
import type { Bilingual, ImportColumn } from './columns.ts';
import type { ColumnMapping } from './header-row.ts';
import type { UnitDirectory } from './unit-directory.ts';

/** One problem of one row: the column as the user's header names it (null: the row as a whole). */
export interface RowIssue {
  column: string | null;
  message: Bilingual;
}

export type CellValues = Record<string, string | number | null>;

export interface RowContext {
  units: UnitDirectory;
  /** Workbooks saved with the 1904 date system count serial days from 1/1/1904. */
  date1904: boolean;
}

/** Whether every cell the kind reads is empty: such rows are skipped, not reported. */
export function isEmptyRow(cells: readonly RawCell[], mappings: readonly ColumnMapping[]): boolean {
  return mappings.every((mapping) => isBlank(cells[mapping.index] ?? null));
}

function parseCell(column: ImportColumn, cell: RawCell, context: RowContext): Parsed<string | number> {
  switch (column.type.kind) {
    case 'text': return parseText(cell);
    case 'date': return parseDate(cell, { date1904: context.date1904 });
    case 'integer': return parseInteger(cell, column.type);
    case 'code': return parseCode(cell, column.type.options);
    case 'unit': return context.units.resolve(cell, column.type.levels);
  }
}

/**
 * The values of one row, column by column, and every problem of its cells at once. Columns the
 * file lacks are null, as empty cells are.
 */
export function parseRowCells(
  cells: readonly RawCell[],
  mappings: readonly ColumnMapping[],
  columns: readonly ImportColumn[],
  context: RowContext,
): { values: CellValues; issues: RowIssue[] } {
  const values: CellValues = Object.fromEntries(columns.map((column) => [column.key, null]));
  const issues: RowIssue[] = [];
  for (const mapping of mappings) {
    const parsed = parseCell(mapping.column, cells[mapping.index] ?? null, context);
    if (parsed.issue) {
      issues.push({ column: mapping.header, message: parsed.issue });
    } else if (parsed.value === null && mapping.column.required) {
      issues.push({ column: mapping.header, message: { vi: 'Bắt buộc, không được để trống', en: 'Required, cannot be empty' } });
    } else {
      values[mapping.column.key] = parsed.value;
    }
  }
  return { values, issues };
}
