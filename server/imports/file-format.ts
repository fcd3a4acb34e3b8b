import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { AppError } from '../../core/errors/app-error.ts';
import type { ZipEntry } from '../../core/imports/zip-directory.ts';
import type { UploadedFile } from './upload.ts';
import { openZipFile, type ZipFile } from './zip-file.ts';

export type InspectedFile =
  | { format: 'xlsx'; zip: ZipFile; hasMacros: boolean }
  | { format: 'csv' };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** The OLE compound file: Excel 97–2003 workbooks, and every password-encrypted Office file. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Buffer, magic: readonly number[]) => magic.every((byte, index) => bytes[index] === byte);

async function readHead(path: string, length: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Whether the bytes of a name (as OLE stores them, UTF-16LE) occur anywhere in the file. */
async function fileContains(path: string, name: string): Promise<boolean> {
  const needle = Buffer.from(name, 'utf16le');
  let carry = Buffer.alloc(0);
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const window = Buffer.concat([carry, chunk as Buffer]);
    if (window.includes(needle)) return true;
    carry = window.subarray(Math.max(0, window.length - needle.length + 1));
  }
  return false;
}

const isWorkbook = (entries: readonly ZipEntry[]) => entries.some((entry) => entry.name === 'xl/workbook.xml');

/**
 * What the uploaded file is, from its bytes rather than its name or the browser's content type:
 * an XLSX (a ZIP holding xl/workbook.xml, whole and unencrypted), or text to read as CSV. Every
 * other case is refused here with what to do about it.
 */
export async function inspectFile(file: UploadedFile): Promise<InspectedFile> {
  const head = await readHead(file.path, 8);
  const params = { fileName: file.fileName };
  if (startsWith(head, ZIP_MAGIC)) {
    const zip = await openZipFile(file.path, file.size);
    if (zip === 'truncated' || zip === 'damaged' || zip === 'zip64') throw new AppError('import_xlsx_damaged', 400, params);
    if (!isWorkbook(zip.entries)) throw new AppError('import_not_spreadsheet', 400, params);
    if (zip.entries.some((entry) => entry.encrypted)) throw new AppError('import_xlsx_encrypted', 400, params);
    if (zip.entries.some((entry) => entry.method !== 0 && entry.method !== 8)) throw new AppError('import_xlsx_damaged', 400, params);
    return { format: 'xlsx', zip, hasMacros: zip.entries.some((entry) => /(^|\/)vbaProject\.bin$/i.test(entry.name)) };
  }
  if (startsWith(head, OLE_MAGIC)) {
    // Office encrypts an XLSX by wrapping it, encrypted, in an OLE file with these two streams.
    if ((await fileContains(file.path, 'EncryptedPackage')) || (await fileContains(file.path, 'EncryptionInfo'))) {
      throw new AppError('import_xlsx_encrypted', 400, params);
    }
    throw new AppError('import_xls_legacy', 400, params);
  }
  if (/\.(xlsx|xlsm|xltx|xls)$/i.test(file.fileName)) throw new AppError('import_xlsx_damaged', 400, params);
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) throw new AppError('import_csv_utf16', 400, params);
  const sample = await readHead(file.path, 8192);
  // Text has no NUL bytes; PDFs, images and other binaries do (UTF-16 without its mark too).
  if (sample.includes(0) || sample.subarray(0, 5).toString('latin1') === '%PDF-') {
    throw new AppError('import_file_type_unknown', 400, params);
  }
  return { format: 'csv' };
}
