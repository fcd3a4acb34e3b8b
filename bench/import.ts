import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { establishmentColumns, establishmentStatusOptions, establishmentTypeOptions } from '../core/imports/kinds/establishment-columns.ts';
import { buildApp } from '../server/app.ts';
import { createUserAsSystem } from '../server/services/users/user-service.ts';
import { createScratchDatabase, openFromEnvironment, residentMemory } from './scratch-database.ts';

/**
 * Imports 100,000 establishments from an XLSX file and from a CSV file through the real server
 * (upload and preview, then commit of all rows), each in a child process of its own so that its
 * peak resident memory is the import's: the time of each step, the peak RSS, the event loop's
 * longest stall, and the longest wait of a health check (which queries the database) sent every
 * 250 ms meanwhile. On PostgreSQL the database server's own memory is not in the figure.
 */
export interface ImportRunResult {
  format: 'xlsx' | 'csv';
  rows: number;
  fileMiB: number;
  previewMs: number;
  commitMs: number;
  imported: number;
  baselineRssMiB: number;
  peakRssMiB: number;
  /** After the import: V8's heap as reserved and as used, and memory outside it (PGlite's WebAssembly memory is there). */
  heapTotalMiB: number;
  heapUsedMiB: number;
  externalMiB: number;
  eventLoopMaxMs: number;
  eventLoopP99Ms: number;
  /** The longest stall of the event loop during each step. */
  eventLoopMaxByStepMs: { preview: number; commit: number };
  healthMaxMs: number;
}

export interface ImportBenchResult {
  engine: 'pglite' | 'postgres';
  runs: ImportRunResult[];
}

const PROVINCE = '40';
const repositoryRoot = path.resolve(import.meta.dirname, '..');

/** The registry as units keep it: the template's columns, dates as Excel dates or dd/mm/yyyy text. */
function* registryRows(count: number, communes: readonly string[], prefix: string): Generator<(string | number | Date | null)[]> {
  const words = ['Hoa Hồng', 'Ánh Dương', 'Sao Mai', 'Hoàng Gia', 'Bình An', 'Phú Quý', 'Hương Sen', 'Trăng Vàng'];
  for (let index = 0; index < count; index++) {
    const type = establishmentTypeOptions[index % establishmentTypeOptions.length]!;
    const closed = index % 20 === 0;
    const risk = index % 3 === 0 ? 'Trung bình' : null;
    yield [
      communes[index % communes.length]!, `${type.label.vi.split('/')[0]} ${words[index % words.length]} ${prefix}${index}`, type.label.vi,
      `Số ${index % 300 + 1} đường Lê Lợi, khối ${index % 17 + 1}`, `Hộ kinh doanh ${words[(index + 3) % words.length]}`, `${prefix}-GP-${index}`,
      index % 2 === 0 ? new Date(Date.UTC(2015 + (index % 10), index % 12, 1 + (index % 28))) : `${String(1 + (index % 28)).padStart(2, '0')}/0${1 + (index % 9)}/2019`,
      index % 25, '01/06/2020', (closed ? establishmentStatusOptions[2]! : establishmentStatusOptions[0]!).label.vi, null,
      closed ? '15/01/2025' : null, risk, risk ? '10/03/2025' : null, risk ? 'Đã bị nhắc nhở năm 2024' : null,
    ];
  }
}

async function writeXlsx(file: string, rows: Iterable<(string | number | Date | null)[]>): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const sheet = workbook.addWorksheet('Dữ liệu');
  sheet.columns = establishmentColumns.map((column) => ({ header: column.header.vi, key: column.key, ...(column.type.kind === 'date' ? { style: { numFmt: 'dd/mm/yyyy' } } : {}) }));
  for (const row of rows) sheet.addRow(row).commit();
  await sheet.commit();
  await workbook.commit();
}

async function writeCsv(file: string, rows: Iterable<(string | number | Date | null)[]>): Promise<void> {
  const output = createWriteStream(file);
  const quote = (value: string | number | Date | null) => {
    const text = value === null ? '' : value instanceof Date ? `${String(value.getUTCDate()).padStart(2, '0')}/${String(value.getUTCMonth() + 1).padStart(2, '0')}/${value.getUTCFullYear()}` : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const write = (line: string) => (output.write(line) ? Promise.resolve() : new Promise<void>((resolve) => output.once('drain', () => resolve())));
  await write(`\ufeff${establishmentColumns.map((column) => quote(column.header.vi)).join(',')}\r\n`);
  for (const row of rows) await write(`${row.map(quote).join(',')}\r\n`);
  await new Promise<void>((resolve, reject) => output.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

/** One import in this process (the child): sign in, upload, commit, and measure. */
async function runChild(file: string, format: 'xlsx' | 'csv'): Promise<ImportRunResult> {
  const database = await openFromEnvironment();
  const app = await buildApp({ database, demoMode: false, webRoot: null });
  await app.ready();
  const username = `bench.import.${format}.${process.pid}`;
  await createUserAsSystem(database, { username, displayName: 'Đo hiệu năng nhập', password: 'bench-password-2026', role: 'programme_officer', unitId: PROVINCE, agencyId: null }, 'cli');
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: 'bench-password-2026' } });
  const headers = { cookie: `pcmd_session=${login.cookies.find((cookie) => cookie.name === 'pcmd_session')!.value}`, 'x-csrf-token': login.json().csrfToken as string };
  const baseline = await residentMemory();

  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  let healthMaxMs = 0;
  let probing = true;
  const probe = (async () => {
    while (probing) {
      const started = performance.now();
      await app.inject({ method: 'GET', url: '/api/health' });
      healthMaxMs = Math.max(healthMaxMs, performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  })();

  // A 20 ms tick: how late it fires is how long the loop was blocked, attributed to the step under way.
  const stalls = { preview: 0, commit: 0 };
  let step: keyof typeof stalls = 'preview';
  let lastTick = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    stalls[step] = Math.max(stalls[step], now - lastTick - 20);
    lastTick = now;
  }, 20);

  const previewStarted = performance.now();
  const preview = await app.inject({
    method: 'POST', url: '/api/imports/establishments', payload: createReadStream(file),
    headers: { ...headers, 'content-type': format === 'csv' ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'x-file-name': `bench.${format}` },
  });
  const previewMs = performance.now() - previewStarted;
  if (preview.statusCode !== 200) throw new Error(`preview: ${preview.statusCode} ${preview.body.slice(0, 500)}`);
  const { batchId, badRows, totalRows } = preview.json() as { batchId: string; badRows: number; totalRows: number };
  if (badRows > 0) throw new Error(`preview found ${badRows} bad rows: ${preview.body.slice(0, 1000)}`);
  step = 'commit';
  const commitStarted = performance.now();
  const commit = await app.inject({ method: 'POST', url: `/api/imports/${batchId}/commit`, payload: { mode: 'all' }, headers });
  const commitMs = performance.now() - commitStarted;
  if (commit.statusCode !== 200) throw new Error(`commit: ${commit.statusCode} ${commit.body.slice(0, 500)}`);
  probing = false;
  clearInterval(ticker);
  await probe;
  delay.disable();
  const memory = await residentMemory();
  const usage = process.memoryUsage();
  await app.close();
  await database.close();
  return {
    format, rows: totalRows, fileMiB: (await stat(file)).size / 2 ** 20, previewMs, commitMs, imported: commit.json().imported as number,
    baselineRssMiB: baseline.rssMiB, peakRssMiB: memory.peakRssMiB,
    heapTotalMiB: usage.heapTotal / 2 ** 20, heapUsedMiB: usage.heapUsed / 2 ** 20, externalMiB: usage.external / 2 ** 20, eventLoopMaxMs: delay.max / 1e6, eventLoopP99Ms: delay.percentile(99) / 1e6, eventLoopMaxByStepMs: stalls, healthMaxMs,
  };
}

function runInChild(file: string, format: 'xlsx' | 'csv', environment: Record<string, string>): Promise<ImportRunResult> {
  return new Promise((resolve, reject) => {
    // BENCH_CPU_PROF=<dir> writes a V8 CPU profile of each import child there.
    const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
    const child = spawn(process.execPath, [...profile, 'bin/tsx.mjs', 'bench/import.ts', '--child', file, format], {
      cwd: repositoryRoot, env: { ...process.env, ...environment }, stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      const line = output.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !line.startsWith('{')) reject(new Error(`import child exited with ${code}: ${output.slice(-2000)}`));
      else resolve(JSON.parse(line) as ImportRunResult);
    });
  });
}

export async function benchImport(options: { engine: 'pglite' | 'postgres'; postgresAdminUrl: string; rows?: number; log?: (line: string) => void }): Promise<ImportBenchResult> {
  const rows = options.rows ?? 100_000;
  const log = options.log ?? (() => undefined);
  const scratch = await createScratchDatabase(options.engine, options.postgresAdminUrl);
  const directory = await mkdtemp(path.join(os.tmpdir(), 'pcmd-bench-import-'));
  try {
    const database = await scratch.open();
    const communes = (await database.db.selectFrom('admin_units').select(['id', 'name'])
      .where('parent_id', '=', PROVINCE).where('level', '=', 'commune').where('valid_to', 'is', null).orderBy('id').execute())
      .map((unit) => `${unit.name} (${unit.id})`);
    await database.close();
    const files = { xlsx: path.join(directory, 'co-so.xlsx'), csv: path.join(directory, 'co-so.csv') };
    await writeXlsx(files.xlsx, registryRows(rows, communes, 'X'));
    await writeCsv(files.csv, registryRows(rows, communes, 'C'));
    const runs: ImportRunResult[] = [];
    for (const format of ['xlsx', 'csv'] as const) {
      const result = await runInChild(files[format], format, scratch.environment);
      log(`  ${format}: ${result.rows.toLocaleString('en')} rows (${result.fileMiB.toFixed(1)} MiB) preview ${(result.previewMs / 1000).toFixed(1)} s + commit ${(result.commitMs / 1000).toFixed(1)} s; `
        + `peak RSS ${result.peakRssMiB.toFixed(0)} MiB (${result.baselineRssMiB.toFixed(0)} MiB before; after: heap ${result.heapUsedMiB.toFixed(0)}/${result.heapTotalMiB.toFixed(0)} MiB, `
        + `external ${result.externalMiB.toFixed(0)} MiB); event loop max stall ${result.eventLoopMaxMs.toFixed(0)} ms `
        + `(preview ${result.eventLoopMaxByStepMs.preview.toFixed(0)}, commit ${result.eventLoopMaxByStepMs.commit.toFixed(0)}), `
        + `health check max ${result.healthMaxMs.toFixed(0)} ms`);
      runs.push(result);
    }
    return { engine: options.engine, runs };
  } finally {
    await rm(directory, { recursive: true, force: true });
    await scratch.dispose();
  }
}

if (process.argv[2] === '--child') {
  const result = await runChild(process.argv[3]!, process.argv[4] === 'csv' ? 'csv' : 'xlsx');
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else if (process.argv[1]?.endsWith('import.ts')) {
  // Run alone: node bin/tsx.mjs bench/import.ts [pglite|postgres] [rows]
  const result = await benchImport({
    engine: process.argv[2] === 'postgres' ? 'postgres' : 'pglite',
    postgresAdminUrl: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    rows: process.argv[3] ? Number(process.argv[3]) : undefined,
    log: console.log,
  });
  console.log(JSON.stringify(result, null, 2));
}
