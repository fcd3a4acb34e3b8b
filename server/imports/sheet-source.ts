import type { RawCell } from '../../core/imports/cell-values.ts';
import type { Bilingual } from '../../core/imports/columns.ts';

/** A row of the file as the spreadsheet numbers it, its cells from column A (index 0). */
export interface SourceRow {
  rowNumber: number;
  cells: RawCell[];
}

/** A merged range of cells: "B1:C1", rows and columns 1-based as in A1 notation. */
export interface MergedRange {
  ref: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The rows of an uploaded file, whatever its format, read as they stream from disk. */
export interface SheetSource {
  format: 'xlsx' | 'csv';
  /** The worksheet read (XLSX). */
  sheetName: string | null;
  /** Serial day numbers count from 1904 (old Mac workbooks). */
  date1904: boolean;
  merges: MergedRange[];
  warnings: Bilingual[];
  /**
   * Rows the file may hold, cheaply counted ahead of parsing (XLSX row elements, CSV line breaks):
   * more than the limit allows warrants a quick counting pass before the rows are checked.
   */
  estimatedRows: number;
  /** Reads the rows from the start; each call is a new pass over the file. Breaking off a pass closes it. */
  readRows(): AsyncIterable<SourceRow>;
  /** Cells whose formula's saved result was used, over the passes so far. */
  formulaCells(): number;
}

const columnNumber = (letters: string) => [...letters].reduce((value, letter) => value * 26 + letter.charCodeAt(0) - 64, 0);

export function parseRange(ref: string): MergedRange | undefined {
  const match = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
  if (!match) return undefined;
  return { ref, left: columnNumber(match[1]!), top: Number(match[2]), right: columnNumber(match[3]!), bottom: Number(match[4]) };
}
