import { describe, expect, it } from 'vitest';
import { localDataOffset, readZipDirectory, readZipEnd, type ZipEnd } from './zip-directory.ts';

/** A ZIP with one stored entry, built by hand: local header, data, central directory, end record. */
function tinyZip(name: string, data: string, options: { encrypted?: boolean; comment?: string } = {}): Uint8Array {
  const nameBytes = Buffer.from(name);
  const content = Buffer.from(data);
  const flags = options.encrypted ? 1 : 0;
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(flags, 6);
  local.writeUInt32LE(content.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(flags, 8);
  central.writeUInt32LE(content.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(0, 42);
  const directoryOffset = local.length + nameBytes.length + content.length;
  const comment = Buffer.from(options.comment ?? '');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(directoryOffset, 16);
  end.writeUInt16LE(comment.length, 20);
  return Buffer.concat([local, nameBytes, content, central, nameBytes, end, comment]);
}

describe('the ZIP table of contents', () => {
  it('lists the entries of a whole archive and finds where their data starts', () => {
    const zip = tinyZip('xl/workbook.xml', '<workbook/>', { comment: 'PK\x05\x06 in a comment' });
    const end = readZipEnd(zip, 0, zip.length) as ZipEnd;
    expect(end).toMatchObject({ entryCount: 1 });
    const entries = readZipDirectory(zip.subarray(end.directoryOffset, end.directoryOffset + end.directorySize), end);
    expect(entries).toEqual([{ name: 'xl/workbook.xml', method: 0, encrypted: false, compressedSize: 11, uncompressedSize: 11, localHeaderOffset: 0 }]);
    const entry = (entries as Exclude<typeof entries, 'damaged'>)[0]!;
    const start = localDataOffset(zip.subarray(0, 30), entry)!;
    expect(Buffer.from(zip.subarray(start, start + 11)).toString()).toBe('<workbook/>');
  });

  it('knows a truncated archive: its end record is gone', () => {
    const zip = tinyZip('xl/workbook.xml', '<workbook/>');
    expect(readZipEnd(zip.subarray(0, zip.length - 30), 0, zip.length - 30)).toBe('truncated');
  });

  it('knows a damaged one: the directory points past the end record', () => {
    const zip = Buffer.from(tinyZip('a', 'b'));
    zip.writeUInt32LE(10_000, zip.length - 6);
    expect(readZipEnd(zip, 0, zip.length)).toBe('damaged');
  });

  it('sees entries encrypted with the ZIP password scheme', () => {
    const zip = tinyZip('xl/workbook.xml', 'secret', { encrypted: true });
    const end = readZipEnd(zip, 0, zip.length) as ZipEnd;
    const entries = readZipDirectory(zip.subarray(end.directoryOffset), end) as { encrypted: boolean }[];
    expect(entries[0]!.encrypted).toBe(true);
  });
});
