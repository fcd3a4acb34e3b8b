import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import {
  LOCAL_HEADER_LENGTH, localDataOffset, readZipDirectory, readZipEnd, ZIP_TAIL_LENGTH, type ZipEntry, type ZipProblem,
} from '../../core/imports/zip-directory.ts';

export interface ZipFile {
  entries: ZipEntry[];
  /** Where an entry's whole record lies in the file (local header, data, descriptor): [start, end). */
  recordRange(entry: ZipEntry): { start: number; end: number };
  /** A small entry, whole (workbook.xml, its relationships). */
  readEntry(entry: ZipEntry): Promise<Buffer>;
  /** An entry's content as a stream, inflated as read. */
  streamEntry(entry: ZipEntry): Promise<Readable>;
}

async function readAt(path: string, position: number, length: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, position);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The archive's table of contents, or what is wrong with it. */
export async function openZipFile(path: string, size: number): Promise<ZipFile | ZipProblem> {
  const tailOffset = Math.max(0, size - ZIP_TAIL_LENGTH);
  const end = readZipEnd(await readAt(path, tailOffset, size - tailOffset), tailOffset, size);
  if (typeof end === 'string') return end;
  const entries = readZipDirectory(await readAt(path, end.directoryOffset, end.directorySize), end);
  if (entries === 'damaged') return 'damaged';
  if (entries.some((entry) => entry.localHeaderOffset + LOCAL_HEADER_LENGTH + entry.compressedSize > end.directoryOffset)) return 'damaged';

  const dataRange = async (entry: ZipEntry) => {
    const start = localDataOffset(await readAt(path, entry.localHeaderOffset, LOCAL_HEADER_LENGTH), entry);
    if (start === undefined || start + entry.compressedSize > end.directoryOffset) throw new ZipDamagedError(entry.name);
    return { start, end: start + entry.compressedSize };
  };
  const streamEntry = async (entry: ZipEntry): Promise<Readable> => {
    const range = await dataRange(entry);
    if (entry.compressedSize === 0) return Readable.from([]);
    const raw = createReadStream(path, { start: range.start, end: range.end - 1 });
    if (entry.method === 0) return raw;
    const inflate = createInflateRaw();
    raw.on('error', (error) => inflate.destroy(error));
    return raw.pipe(inflate);
  };
  // A record ends where the next one (in file order) starts, or where the directory does.
  const starts = [...new Set(entries.map((entry) => entry.localHeaderOffset))].sort((a, b) => a - b);
  const recordRange = (entry: ZipEntry) => {
    const next = starts.find((offset) => offset > entry.localHeaderOffset);
    return { start: entry.localHeaderOffset, end: next ?? end.directoryOffset };
  };
  return {
    entries,
    recordRange,
    streamEntry,
    async readEntry(entry) {
      const chunks: Buffer[] = [];
      for await (const chunk of await streamEntry(entry)) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
  };
}

export class ZipDamagedError extends Error {
  constructor(entryName: string) {
    super(`zip entry ${entryName} is damaged`);
    this.name = 'ZipDamagedError';
  }
}
