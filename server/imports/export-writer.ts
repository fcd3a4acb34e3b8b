import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ImportColumn } from '../../core/imports/columns.ts';
import type { CellValues } from '../../core/imports/row-parsing.ts';
import type { AnyImportKind } from './import-kinds.ts';
import { DATE_FORMAT } from './template.ts';
import { DATA_SHEET_NAME } from './xlsx-source.ts';

/** A stored value as a spreadsheet cell: dates as real Excel dates (shown dd/mm/yyyy), codes by their Vietnamese label. */
function toCell(column: ImportColumn, value: string | number | null | undefined): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  switch (column.type.kind) {
    case 'date': {
      const [year, month, day] = String(value).split('-').map(Number) as [number, number, number];
      return new Date(Date.UTC(year, month - 1, day));
    }
    case 'code': return column.type.options.find((option) => option.code === value)?.label.vi ?? String(value);
    case 'integer': return Number(value);
    default: return String(value);
  }
}

/**
 * Writes a list to XLSX as it is read, a row at a time (ExcelJS's streaming writer): the same
 * columns and sheet name as the template, so an exported list can be edited and imported again.
 */
export async function writeExport(kind: AnyImportKind, pages: AsyncIterable<CellValues[]>, output: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = 'PCMD';
  const sheet = workbook.addWorksheet(DATA_SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = kind.columns.map((column) => ({
    header: column.header.vi,
    key: column.key,
    width: Math.min(45, Math.max(14, column.header.vi.length + 4)),
    ...(column.type.kind === 'date' ? { style: { numFmt: DATE_FORMAT } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for await (const page of pages) {
    for (const values of page) {
      sheet.addRow(kind.columns.map((column) => toCell(column, values[column.key]))).commit();
    }
  }
  sheet.commit();
  await workbook.commit();
}
