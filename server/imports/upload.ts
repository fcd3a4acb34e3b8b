import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { formatMegabytes } from '../../core/imports/limits.ts';
import { AppError } from '../../core/errors/app-error.ts';

/** An uploaded file, written to a private temporary directory; `dispose` removes it. */
export interface UploadedFile {
  path: string;
  size: number;
  fileName: string;
  dispose(): Promise<void>;
}

const tooLarge = (maxBytes: number) => new AppError('import_file_too_large', 413, { limit: formatMegabytes(maxBytes) });

/**
 * Writes the request body to disk as it arrives, counting: past `maxBytes` the upload stops at
 * once with 413, so a 1 GB body costs neither memory nor more than `maxBytes` of disk. A declared
 * Content-Length over the limit is refused before a byte is read. On disk, the ZIP directory at
 * the end of an XLSX can be checked before parsing and the rows streamed from the file.
 */
export async function receiveUpload(
  body: Readable,
  options: { fileName: string; maxBytes: number; declaredLength?: number | undefined },
): Promise<UploadedFile> {
  if (options.declaredLength !== undefined && options.declaredLength > options.maxBytes) throw tooLarge(options.maxBytes);
  const directory = await mkdtemp(path.join(os.tmpdir(), 'pcmd-import-'));
  const file = path.join(directory, 'upload');
  const dispose = () => rm(directory, { recursive: true, force: true });
  let size = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      if (size > options.maxBytes) callback(tooLarge(options.maxBytes));
      else callback(null, chunk);
    },
  });
  const output = createWriteStream(file);
  try {
    // Not stream.pipeline: it would destroy the request, and with it the socket the 413 goes out on.
    await new Promise<void>((resolve, reject) => {
      const fail = (error: unknown) => {
        body.unpipe(counter);
        counter.destroy();
        output.destroy();
        reject(error);
      };
      body.once('error', fail);
      body.once('aborted', () => fail(new Error('upload aborted')));
      counter.once('error', fail);
      output.once('error', fail);
      output.once('finish', resolve);
      body.pipe(counter).pipe(output);
    });
  } catch (error) {
    await dispose();
    throw error;
  }
  if (size === 0) {
    await dispose();
    throw new AppError('import_file_empty', 400, { fileName: options.fileName });
  }
  return { path: file, size, fileName: options.fileName, dispose };
}
