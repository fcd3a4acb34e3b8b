import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { crc32 } from 'node:zlib';
import ExcelJS from 'exceljs';
import { AppError } from '../../core/errors/app-error.ts';
import type { RawCell } from '../../core/imports/cell-values.ts';
import { formatMegabytes } from '../../core/imports/limits.ts';
import { toSearchText } from '../../core/text/search-text.ts';
import type { ZipEntry } from '../../core/imports/zip-directory.ts';
import { parseRange, type MergedRange, type SheetSource, type SourceRow } from './sheet-source.ts';
import type { UploadedFile } from './upload.ts';
import type { ZipFile } from './zip-file.ts';

/** The name of the template's data sheet; any other workbook is read from its first visible sheet. */
export const DATA_SHEET_NAME = 'Dữ liệu';
/** A worksheet's XML beyond this, unpacked, is refused (a ZIP bomb, or far more than 200,000 rows). */
export const MAX_SHEET_XML_BYTES = 2 * 1024 * 1024 * 1024;

interface SheetInfo {
  name: string;
  hidden: boolean;
  entryName: string;
}

const xmlAttributes = (tag: string) =>
  Object.fromEntries([...tag.matchAll(/([\w:]+)="([^"]*)"/g)].map((match) => [match[1]!, decodeXml(match[2]!)]));

function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (_entity, name: string) => {
    const lower = name.toLowerCase();
    if (lower === 'lt') return '<';
    if (lower === 'gt') return '>';
    if (lower === 'quot') return '"';
    if (lower === 'apos') return "'";
    if (lower === 'amp') return '&';
    return String.fromCodePoint(lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10));
  });
}

/** The workbook's sheets in their tab order, with the ZIP entry each lives in, and its date system. */
async function readWorkbook(zip: ZipFile, fileName: string): Promise<{ sheets: SheetInfo[]; date1904: boolean }> {
  const find = (name: string) => zip.entries.find((entry) => entry.name === name);
  const workbookEntry = find('xl/workbook.xml');
  const relsEntry = find('xl/_rels/workbook.xml.rels');
  if (!workbookEntry || !relsEntry) throw new AppError('import_not_spreadsheet', 400, { fileName });
  const [workbook, rels] = await Promise.all([zip.readEntry(workbookEntry), zip.readEntry(relsEntry)]).then((parts) => parts.map((part) => part.toString('utf8')));
  const targets = new Map<string, string>();
  for (const match of rels!.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const attributes = xmlAttributes(match[0]);
    if (attributes.Id && attributes.Target) targets.set(attributes.Id, attributes.Target);
  }
  const sheets: SheetInfo[] = [];
  for (const match of workbook!.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const attributes = xmlAttributes(match[0]);
    const relation = attributes['r:id'] ?? Object.entries(attributes).find(([key]) => key.endsWith(':id'))?.[1];
    const target = relation ? targets.get(relation) : undefined;
    if (!attributes.name || !target) continue;
    const entryName = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
    sheets.push({ name: attributes.name, hidden: attributes.state === 'hidden' || attributes.state === 'veryHidden', entryName });
  }
  const properties = /<(?:\w+:)?workbookPr\b[^>]*>/.exec(workbook!)?.[0];
  const date1904 = properties ? ['1', 'true'].includes(xmlAttributes(properties).date1904 ?? '') : false;
  return { sheets, date1904 };
}

/**
 * The merged ranges of a worksheet and how many of its rows hold a value. Merges come after the rows in the
 * sheet's XML, and ExcelJS's streaming reader skips them, so the sheet is unpacked once ahead of
 * the rows to find them (its unpacked size checked on the way).
 */
async function scanSheet(zip: ZipFile, entry: ZipEntry, fileName: string): Promise<{ merges: MergedRange[]; rows: number }> {
  const merges: MergedRange[] = [];
  let rows = 0;
  let rowOpen = false;
  let carry = '';
  let size = 0;
  const stream = await zip.streamEntry(entry);
  try {
    for await (const chunk of stream) {
      size += (chunk as Buffer).length;
      if (size > MAX_SHEET_XML_BYTES) throw new AppError('import_sheet_too_large', 413, { fileName, limit: formatMegabytes(MAX_SHEET_XML_BYTES) });
      const text = carry + (chunk as Buffer).toString('latin1');
      const complete = text.lastIndexOf('>') + 1;
      const tags = text.slice(0, complete);
      // Rows that hold a value (<v> or an inline string): formatted empty rows do not count.
      for (const match of tags.matchAll(/<(?:\w+:)?(row|v|is)[\s>/]/g)) {
        if (match[1] === 'row') rowOpen = true;
        else if (rowOpen) {
          rows += 1;
          rowOpen = false;
        }
      }
      for (const match of tags.matchAll(/<(?:\w+:)?mergeCell\b[^>]*\bref="([A-Z]+\d+:[A-Z]+\d+)"/g)) {
        const range = parseRange(match[1]!);
        if (range) merges.push(range);
      }
      // Keep the tag that may straddle two chunks; complete tags are counted once (they end before it).
      carry = text.slice(complete);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('import_xlsx_damaged', 400, { fileName });
  } finally {
    stream.destroy();
  }
  return { merges, rows };
}

const EMPTY_SHARED_STRINGS = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>',
);

/** A stored ZIP record (local header and data) for an entry that is not in the file. */
function storedRecord(name: string, content: Buffer): Buffer {
  const nameBytes = Buffer.from(name);
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt32LE(crc32(content), 14);
  header.writeUInt32LE(content.length, 18);
  header.writeUInt32LE(content.length, 22);
  header.writeUInt16LE(nameBytes.length, 26);
  return Buffer.concat([header, nameBytes, content]);
}

/**
 * The workbook as ExcelJS's streaming reader can read it without copies: the relationships, the
 * workbook and the shared strings first, then the one sheet to import, other sheets left out.
 * (In the order Excel writes them the sheet comes before the shared strings, and ExcelJS then
 * copies it to a temporary file that it removes only when the whole workbook has been read.)
 * A workbook without shared strings (inline strings only) is given an empty list.
 */
function readableWorkbook(path: string, zip: ZipFile, sheetEntry: ZipEntry): Readable {
  const find = (name: string) => zip.entries.find((entry) => entry.name === name);
  const parts: (ZipEntry | Buffer)[] = [];
  for (const name of ['xl/_rels/workbook.xml.rels', 'xl/workbook.xml']) parts.push(find(name)!);
  parts.push(find('xl/sharedStrings.xml') ?? storedRecord('xl/sharedStrings.xml', EMPTY_SHARED_STRINGS));
  parts.push(sheetEntry);
  return Readable.from((async function* () {
    for (const part of parts) {
      if (Buffer.isBuffer(part)) {
        yield part;
        continue;
      }
      const range = zip.recordRange(part);
      if (range.end > range.start) yield* createReadStream(path, { start: range.start, end: range.end - 1 });
    }
  })());
}

type ExcelValue = ExcelJS.CellValue | { formula?: string; sharedFormula?: string; result?: unknown } | undefined;

/** An ExcelJS cell value as a raw cell; formulas give their saved result. */
function toRawCell(value: ExcelValue, counted: { formulas: number }): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value !== 'object') return null;
  if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((part) => part.text).join('');
  if ('error' in value && value.error) return { error: String(value.error) };
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = value as { formula?: string; sharedFormula?: string; result?: unknown };
    const result = formula.result;
    if (result === undefined || result === null) return { formula: formula.formula ?? formula.sharedFormula ?? '' };
    counted.formulas += 1;
    if (typeof result === 'number' && Number.isNaN(result)) return { error: '#VALUE!' };
    if (typeof result === 'object' && result !== null && 'error' in result) return { error: String((result as { error: unknown }).error) };
    if (typeof result === 'string' || typeof result === 'number' || typeof result === 'boolean' || result instanceof Date) return result;
    return null;
  }
  if ('text' in value && typeof value.text === 'string') return value.text;
  return null;
}

/** Reads the data sheet of an XLSX: the sheet named "Dữ liệu", or else the first visible one. */
export async function openXlsxSource(file: UploadedFile, zip: ZipFile, hasMacros: boolean): Promise<SheetSource> {
  const { sheets, date1904 } = await readWorkbook(zip, file.fileName);
  const sheet = sheets.find((candidate) => toSearchText(candidate.name) === toSearchText(DATA_SHEET_NAME))
    ?? sheets.find((candidate) => !candidate.hidden);
  const entry = sheet && zip.entries.find((candidate) => candidate.name === sheet.entryName);
  const sheetNumber = sheet && /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(sheet.entryName)?.[1];
  if (!sheet || !entry || !sheetNumber) throw new AppError('import_not_spreadsheet', 400, { fileName: file.fileName });
  const { merges, rows: estimatedRows } = await scanSheet(zip, entry, file.fileName);
  const counted = { formulas: 0 };
  async function* readRows(): AsyncGenerator<SourceRow> {
    const input = readableWorkbook(file.path, zip, entry!);
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
      worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', entries: 'ignore',
    });
    try {
      for await (const worksheet of reader) {
        const reading = worksheet as unknown as { name?: string; id?: number | string };
        if (reading.name !== undefined ? reading.name !== sheet!.name : String(reading.id) !== sheetNumber) continue;
        for await (const row of worksheet as unknown as AsyncIterable<ExcelJS.Row>) {
          const values = row.values as ExcelValue[];
          const cells: RawCell[] = [];
          for (let index = 1; index < values.length; index++) cells.push(toRawCell(values[index], counted));
          yield { rowNumber: row.number, cells };
        }
        return;
      }
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError('import_xlsx_damaged', 400, { fileName: file.fileName });
    } finally {
      input.destroy();
    }
  }
  return {
    format: 'xlsx',
    sheetName: sheet.name,
    date1904,
    merges,
    warnings: hasMacros
      ? [{ vi: 'Tệp có macro (VBA): hệ thống bỏ qua macro, không chạy, chỉ đọc giá trị trong các ô.', en: 'The file has macros (VBA): they are ignored, never run; only the cell values are read.' }]
      : [],
    estimatedRows,
    readRows,
    formulaCells: () => counted.formulas,
  };
}
