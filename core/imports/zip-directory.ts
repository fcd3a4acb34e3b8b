/**
 * The table of contents of a ZIP archive (an XLSX is one), read from its end: a file cut short in
 * transfer has lost it, so this is where a truncated workbook is recognised for certain, before
 * any row is read. Pure: the caller reads the bytes.
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else no spreadsheet program writes. */
  method: number;
  encrypted: boolean;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export interface ZipEnd {
  /** Where the central directory starts and how long it is. */
  directoryOffset: number;
  directorySize: number;
  entryCount: number;
}

export type ZipProblem = 'truncated' | 'damaged' | 'zip64';

const END_SIGNATURE = 0x06054b50;
const ENTRY_SIGNATURE = 0x02014b50;
export const LOCAL_HEADER_SIGNATURE = 0x04034b50;
export const LOCAL_HEADER_LENGTH = 30;
const END_LENGTH = 22;
/** The end record plus the longest comment it may carry. */
export const ZIP_TAIL_LENGTH = END_LENGTH + 0xffff;

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/**
 * Finds the end-of-central-directory record in the last bytes of a file (`tail` starts at
 * `tailOffset`; `fileSize` is the whole file's).
 */
export function readZipEnd(tail: Uint8Array, tailOffset: number, fileSize: number): ZipEnd | ZipProblem {
  const data = view(tail);
  for (let position = tail.length - END_LENGTH; position >= 0; position--) {
    if (data.getUint32(position, true) !== END_SIGNATURE) continue;
    const commentLength = data.getUint16(position + 20, true);
    // A signature inside the comment is not the record: the record's comment must end the file.
    if (position + END_LENGTH + commentLength !== tail.length) continue;
    const entryCount = data.getUint16(position + 10, true);
    const directorySize = data.getUint32(position + 12, true);
    const directoryOffset = data.getUint32(position + 16, true);
    if (entryCount === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) return 'zip64';
    const endOffset = tailOffset + position;
    if (directoryOffset + directorySize > endOffset || endOffset > fileSize) return 'damaged';
    return { directoryOffset, directorySize, entryCount };
  }
  return 'truncated';
}

/** The entries the central directory lists; 'damaged' when it does not hold what the end record says. */
export function readZipDirectory(directory: Uint8Array, end: ZipEnd): ZipEntry[] | 'damaged' {
  const data = view(directory);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  let position = 0;
  for (let index = 0; index < end.entryCount; index++) {
    if (position + 46 > directory.length || data.getUint32(position, true) !== ENTRY_SIGNATURE) return 'damaged';
    const flags = data.getUint16(position + 8, true);
    const nameLength = data.getUint16(position + 28, true);
    const extraLength = data.getUint16(position + 30, true);
    const commentLength = data.getUint16(position + 32, true);
    const nameStart = position + 46;
    if (nameStart + nameLength > directory.length) return 'damaged';
    entries.push({
      name: decoder.decode(directory.subarray(nameStart, nameStart + nameLength)),
      method: data.getUint16(position + 10, true),
      encrypted: (flags & 1) === 1,
      compressedSize: data.getUint32(position + 20, true),
      uncompressedSize: data.getUint32(position + 24, true),
      localHeaderOffset: data.getUint32(position + 42, true),
    });
    position = nameStart + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Where an entry's data starts, from its local header; undefined when the header is not there. */
export function localDataOffset(header: Uint8Array, entry: ZipEntry): number | undefined {
  if (header.length < LOCAL_HEADER_LENGTH) return undefined;
  const data = view(header);
  if (data.getUint32(0, true) !== LOCAL_HEADER_SIGNATURE) return undefined;
  return entry.localHeaderOffset + LOCAL_HEADER_LENGTH + data.getUint16(26, true) + data.getUint16(28, true);
}
