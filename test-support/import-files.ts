import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/** Files for import tests, made in memory: nothing binary is committed. */

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type FixtureCell = string | number | Date | null | { formula: string; result?: string | number };

export interface XlsxOptions {
  sheetName?: string;
  /** Sheets before the data sheet (e.g. a visible cover sheet). */
  before?: string[];
  merges?: string[];
}

/** A workbook with one data sheet holding these rows (the header first). */
export async function xlsxFile(rows: readonly (readonly FixtureCell[])[], options: XlsxOptions = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const name of options.before ?? []) workbook.addWorksheet(name).addRow(['Trang bìa']);
  const sheet = workbook.addWorksheet(options.sheetName ?? 'Dữ liệu');
  for (const row of rows) sheet.addRow(row.map((cell) => cell as ExcelJS.CellValue));
  for (const range of options.merges ?? []) sheet.mergeCells(range);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The same workbook with a VBA project inside, as Excel saves an .xlsm. */
export async function withMacros(xlsx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  zip.file('xl/vbaProject.bin', Buffer.from('not really VBA, never run'));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** CSV text in UTF-8, fields quoted when they need it. */
export function csvText(rows: readonly (readonly (string | number | null)[])[], delimiter = ','): string {
  const quote = (value: string | number | null) => {
    const text = value === null ? '' : String(value);
    return /["\r\n,;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((row) => row.map(quote).join(delimiter)).join('\r\n') + '\r\n';
}

export const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** What Office writes for a password-protected workbook: an OLE container with the encrypted package. */
export function encryptedWorkbook(): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  return Buffer.concat([header, Buffer.from('EncryptionInfo', 'utf16le'), Buffer.alloc(64), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(2048, 7)]);
}

/** An Excel 97–2003 workbook's first bytes: an OLE container with a "Workbook" stream. */
export function legacyWorkbook(): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  return Buffer.concat([header, Buffer.from('Workbook', 'utf16le'), Buffer.alloc(4096, 1)]);
}

/** A stream of `bytes` bytes of filler, produced as read: a large upload without holding it in memory. */
export function fillerStream(bytes: number, chunkSize = 1 << 20): Readable {
  const chunk = Buffer.alloc(chunkSize, 0x61);
  let left = bytes;
  return new Readable({
    read() {
      if (left <= 0) {
        this.push(null);
        return;
      }
      const size = Math.min(left, chunkSize);
      left -= size;
      this.push(size === chunkSize ? chunk : chunk.subarray(0, size));
    },
  });
}
