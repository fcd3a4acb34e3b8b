import { findColumn, type Bilingual, type ImportColumn } from './columns.ts';

/** Column letters as a spreadsheet shows them: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** A column of the file matched to a column of the kind, with the header as the user wrote it. */
export interface ColumnMapping {
  column: ImportColumn;
  /** 0-based position in the row. */
  index: number;
  header: string;
}

export interface HeaderMatch {
  mappings: ColumnMapping[];
  /** Headers of the file that name no column: their cells are not imported. */
  ignored: string[];
  /** Why the file cannot be read with this header (missing or repeated columns); empty when it can. */
  problems: Bilingual[];
}

const headerText = (cell: unknown) => (typeof cell === 'string' ? cell : cell === null || cell === undefined ? '' : String(cell)).normalize('NFC').trim();

/** Whether a row looks like the header: it names at least two columns, or the only one there is. */
export function isHeaderRow(cells: readonly unknown[], columns: readonly ImportColumn[]): boolean {
  const named = new Set(cells.map((cell) => findColumn(columns, headerText(cell))).filter(Boolean));
  return named.size >= Math.min(2, columns.length);
}

/** Matches the header row's cells to the kind's columns; `rowNumber` names the cells in messages. */
export function matchHeader(cells: readonly unknown[], columns: readonly ImportColumn[], rowNumber: number): HeaderMatch {
  const mappings: ColumnMapping[] = [];
  const ignored: string[] = [];
  const problems: Bilingual[] = [];
  cells.forEach((cell, index) => {
    const header = headerText(cell);
    if (!header) return;
    const column = findColumn(columns, header);
    if (!column) {
      ignored.push(header);
      return;
    }
    const earlier = mappings.find((mapping) => mapping.column.key === column.key);
    if (earlier) {
      const cellsNamed = `${columnLetter(earlier.index)}${rowNumber} và ${columnLetter(index)}${rowNumber}`;
      problems.push({
        vi: `Cột "${column.header.vi}" có hai lần (ô ${cellsNamed}); hãy xóa một cột`,
        en: `The column "${column.header.en}" appears twice (cells ${cellsNamed.replace(' và ', ' and ')}); delete one of them`,
      });
      return;
    }
    mappings.push({ column, index, header });
  });
  const missing = columns.filter((column) => column.required && !mappings.some((mapping) => mapping.column.key === column.key));
  if (missing.length > 0) {
    problems.push({
      vi: `Thiếu cột bắt buộc: ${missing.map((column) => `"${column.header.vi}"`).join(', ')}; hãy dùng tệp mẫu hoặc đặt đúng tên cột ở dòng tiêu đề`,
      en: `Required columns are missing: ${missing.map((column) => `"${column.header.en}"`).join(', ')}; use the template or give the header row these names`,
    });
  }
  return { mappings, ignored, problems };
}
