import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

/**
 * Office documents checked the way a reader sees them: LibreOffice converts a .docx to PDF and
 * poppler-utils (pdfinfo, pdffonts, pdftotext, pdftoppm) read the PDF. Both must be installed —
 * apt-get install libreoffice-writer-nogui fonts-liberation2 fonts-croscore poppler-utils — and a
 * missing tool fails the test with that advice rather than skipping it.
 */

const run = promisify(execFile);
const CONVERSION_TIMEOUT_MS = 120_000;

async function tool(command: string, args: string[], options: { cwd?: string; timeout?: number } = {}) {
  try {
    return await run(command, args, { cwd: options.cwd, timeout: options.timeout ?? 30_000, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        `'${command}' is not installed. Document tests need LibreOffice and poppler-utils: ` +
          'apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-liberation2 fonts-croscore poppler-utils',
      );
    }
    throw error;
  }
}

async function withTempDir<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'pcmd-office-'));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Converts a .docx to PDF with `soffice --headless`, in a temp dir with its own LibreOffice profile. */
export async function convertToPdf(docx: Buffer): Promise<Buffer> {
  return withTempDir(async (dir) => {
    await writeFile(join(dir, 'document.docx'), docx);
    // A private profile lets conversions run side by side and leaves the user's profile alone.
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const { stdout, stderr } = await tool(
      'soffice',
      [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'document.docx')],
      { cwd: dir, timeout: CONVERSION_TIMEOUT_MS },
    );
    try {
      return await readFile(join(dir, 'document.pdf'));
    } catch {
      throw new Error(`LibreOffice produced no PDF.\nstdout: ${stdout}\nstderr: ${stderr}`);
    }
  });
}

async function withPdf<T>(pdf: Buffer, work: (path: string, dir: string) => Promise<T>): Promise<T> {
  return withTempDir(async (dir) => {
    const path = join(dir, 'document.pdf');
    await writeFile(path, pdf);
    return work(path, dir);
  });
}

export type PdfInfo = { pages: number; pageWidth: number; pageHeight: number };

/** Page count and the first page's size in points, from `pdfinfo`. */
export async function pdfInfo(pdf: Buffer): Promise<PdfInfo> {
  const { stdout } = await withPdf(pdf, (path) => tool('pdfinfo', [path]));
  const pages = /^Pages:\s+(\d+)/m.exec(stdout);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(stdout);
  if (!pages || !size) throw new Error(`Unexpected pdfinfo output:\n${stdout}`);
  return { pages: Number(pages[1]), pageWidth: Number(size[1]), pageHeight: Number(size[2]) };
}

export type PdfFont = { name: string; type: string; embedded: boolean };

/** The fonts the PDF uses, from `pdffonts` (subset prefixes such as 'BAAAAA+' removed). */
export async function pdfFonts(pdf: Buffer): Promise<PdfFont[]> {
  const { stdout } = await withPdf(pdf, (path) => tool('pdffonts', [path]));
  return stdout
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      const [name = '', ...rest] = columns;
      // Columns after the name: type (one or two words), encoding, emb, sub, uni, object id, generation.
      const tail = rest.slice(-6);
      return { name: name.replace(/^[A-Z]{6}\+/, ''), type: rest.slice(0, rest.length - 6).join(' '), embedded: tail[1] === 'yes' };
    });
}

/** The PDF's text in reading layout, NFC-normalised, from `pdftotext -layout`. */
export async function pdfText(pdf: Buffer, options: { firstPage?: number; lastPage?: number } = {}): Promise<string> {
  const range = [
    ...(options.firstPage ? ['-f', String(options.firstPage)] : []),
    ...(options.lastPage ? ['-l', String(options.lastPage)] : []),
  ];
  const { stdout } = await withPdf(pdf, (path) => tool('pdftotext', ['-layout', '-enc', 'UTF-8', ...range, path, '-']));
  return stdout.normalize('NFC');
}

/** One page rendered to PNG with `pdftoppm`, for a person to look at. */
export async function renderPageToPng(pdf: Buffer, page: number, resolution = 60): Promise<Buffer> {
  return withPdf(pdf, async (path, dir) => {
    await tool('pdftoppm', ['-png', '-r', String(resolution), '-f', String(page), '-l', String(page), '-singlefile', path, join(dir, 'page')]);
    return readFile(join(dir, 'page.png'));
  });
}
