import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Transform, type TransformCallback } from 'node:stream';
import { parse } from 'csv-parse';
import { AppError } from '../../core/errors/app-error.ts';
import { detectLegacyEncoding } from '../../core/imports/text-encoding.ts';
import type { SheetSource, SourceRow } from './sheet-source.ts';
import type { UploadedFile } from './upload.ts';

/**
 * Passes text through only when it is valid UTF-8 (a leading byte-order mark is dropped). Node
 * would otherwise turn bad bytes into U+FFFD and names would be stored mangled without a word.
 */
class StrictUtf8 extends Transform {
  readonly #decoder = new TextDecoder('utf-8', { fatal: true });
  readonly #fileName: string;

  constructor(fileName: string) {
    super({ decodeStrings: true, readableObjectMode: false });
    this.#fileName = fileName;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    try {
      callback(null, this.#decoder.decode(chunk, { stream: true }));
    } catch {
      callback(encodingError(chunk, this.#fileName));
    }
  }

  override _flush(callback: TransformCallback): void {
    try {
      callback(null, this.#decoder.decode());
    } catch {
      callback(new AppError('import_csv_not_utf8', 400, { fileName: this.#fileName }));
    }
  }
}

/** The refusal for bytes that are not UTF-8, naming the legacy encoding they look like. */
function encodingError(sample: Buffer, fileName: string): AppError {
  const encoding = detectLegacyEncoding(sample);
  const code = encoding === 'windows-1258' ? 'import_csv_windows1258' : encoding === 'tcvn3' ? 'import_csv_tcvn3' : 'import_csv_not_utf8';
  return new AppError(code, 400, { fileName });
}

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

/**
 * The separator of a CSV file: Excel writes ',' or, where the decimal mark is a comma (as in
 * Vietnam), ';'; it may also say so in a first line "sep=;". Counted in the first line, outside quotes.
 */
export function detectDelimiter(firstLine: string): { delimiter: string; sepLine: boolean } {
  const hint = /^sep=(.)\s*$/.exec(firstLine);
  if (hint) return { delimiter: hint[1]!, sepLine: true };
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0]]);
  let quoted = false;
  for (const character of firstLine) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && counts.has(character)) counts.set(character, counts.get(character)! + 1);
  }
  const [delimiter] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  return { delimiter: counts.get(delimiter)! > 0 ? delimiter : ',', sepLine: false };
}

/** Reads a CSV upload (UTF-8 with or without BOM, ',' ';' or tab separated) record by record. */
export async function openCsvSource(file: UploadedFile): Promise<SheetSource> {
  const head = await readHead(file.path, 64 * 1024);
  let headText: string;
  try {
    headText = new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
  } catch {
    throw encodingError(head, file.fileName);
  }
  const firstLine = headText.split(/\r?\n/, 1)[0] ?? '';
  const { delimiter, sepLine } = detectDelimiter(firstLine);
  let estimatedRows = 0;
  for await (const chunk of createReadStream(file.path, { highWaterMark: 1 << 20 })) {
    for (let index = (chunk as Buffer).indexOf(10); index >= 0; index = (chunk as Buffer).indexOf(10, index + 1)) estimatedRows += 1;
  }

  async function* readRows(): AsyncGenerator<SourceRow> {
    const input = createReadStream(file.path, { highWaterMark: 256 * 1024 });
    const decoder = new StrictUtf8(file.fileName);
    const parser = parse({
      delimiter, relax_quotes: true, relax_column_count: true, skip_empty_lines: false, bom: true, from_line: sepLine ? 2 : 1,
    });
    input.on('error', (error) => decoder.destroy(error));
    decoder.on('error', (error) => parser.destroy(error));
    input.pipe(decoder).pipe(parser);
    let rowNumber = 0;
    try {
      for await (const record of parser as AsyncIterable<string[]>) {
        rowNumber += 1;
        yield { rowNumber, cells: record };
      }
    } catch (error) {
      if (error instanceof AppError) throw error;
      const line = typeof error === 'object' && error !== null && 'lines' in error ? Number(error.lines) : rowNumber + 1;
      throw new AppError('import_csv_malformed', 400, { fileName: file.fileName, line });
    } finally {
      input.destroy();
      parser.destroy();
    }
  }
  return { format: 'csv', sheetName: null, date1904: false, merges: [], warnings: [], estimatedRows: estimatedRows + 1, readRows, formulaCells: () => 0 };
}
