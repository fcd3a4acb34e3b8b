import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { benchEstablishmentList, type ListBenchResult, type ListQueryTiming } from './establishment-list.ts';
import { benchImport, type ImportBenchResult } from './import.ts';
import { benchProgress, DEFAULT_POSTGRES_ADMIN_URL, postgresReachable, type ProgressResult } from './progress.ts';
import { benchPublicTips, formatPublicTips, publicTipsSeconds, type PublicTipsBenchResult } from './public-tips.ts';
import { benchReportDocuments, formatReportDocuments, type ReportDocumentsBenchResult } from './report-documents.ts';
import { benchStartup } from './startup.ts';

/** Runs every benchmark, prints the figures and writes them to bench/results/latest.json. */
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
console.log(`PCMD benchmarks on ${machine}`);

const startup = await benchStartup();
console.log(`startup: cold ${(startup.coldMs / 1000).toFixed(1)} s, warm ${(startup.warmMs / 1000).toFixed(1)} s to the first page; ` +
  `RSS ${startup.rssMiB.toFixed(0)} MiB after start (peak ${startup.peakRssMiB.toFixed(0)} MiB)`);

const ms = (value: number) => `${value.toFixed(0)} ms`;
const progress: Partial<Record<'pglite' | 'postgres', ProgressResult>> = {};
const printProgress = (result: ProgressResult) => {
  console.log(`progress (${result.engine}): province ${result.targets} targets × ${result.communes} communes p50 ${ms(result.province.p50Ms)}, ` +
    `p95 ${ms(result.province.p95Ms)}, max ${ms(result.province.maxMs)}; commune ${result.commune.unitId} p50 ${ms(result.commune.p50Ms)}, ` +
    `p95 ${ms(result.commune.p95Ms)}; reflects last write: ${result.reflectsLastWrite ? 'yes' : 'no'}`);
  const rows = Object.entries(result.rows).map(([table, count]) => `${table} ${count.toLocaleString('en')}`).join(', ');
  console.log(`  data (built in ${(result.loadMs / 1000).toFixed(1)} s): ${rows}`);
  if (result.profile) {
    const sum = result.profile.reduce((total, query) => total + query.ms, 0);
    console.log(`  figure queries one at a time: ${result.profile.length} queries, ${ms(sum)} in all; slowest:`);
    for (const query of result.profile.slice(0, 6)) console.log(`    ${query.ms.toFixed(1).padStart(5)} ms  ${query.target} (${query.query}, ${query.rows} rows)`);
  }
  if (result.slowestPlan) console.log(`  slowest query's plan: ${result.slowestPlan.at(-1)?.trim()} (EXPLAIN ANALYZE in the results file)`);
};
/** One benchmark's failure is reported and recorded; the others still run. */
const failures: Record<string, string> = {};
async function attempt<T>(name: string, run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    failures[name] = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 300) : String(error);
    console.log(`${name}: FAILED — ${failures[name]}`);
    return undefined;
  }
}

const postgresUrl = process.env.BENCH_DATABASE_URL ?? DEFAULT_POSTGRES_ADMIN_URL;
const postgresUp = await postgresReachable(postgresUrl);
const pgliteProgress = await attempt('progress (pglite)', () => benchProgress({ engine: 'pglite' }));
if (pgliteProgress) printProgress((progress.pglite = pgliteProgress));
if (postgresUp) {
  const postgresProgress = await attempt('progress (postgres)', () => benchProgress({ engine: 'postgres', postgresAdminUrl: postgresUrl }));
  if (postgresProgress) printProgress((progress.postgres = postgresProgress));
} else {
  console.log(`progress (postgres): skipped, no PostgreSQL at ${postgresUrl.replace(/\/\/[^@/]*@/, '//')}`);
}

// Imports of 100,000 establishments (aim: under 60 s and 1 GB) and the registry's list over 250,000 (aim: p95 under 50 ms).
const engines: ('pglite' | 'postgres')[] = ['pglite', ...(postgresUp ? ['postgres' as const] : [])];
const imports: Partial<Record<'pglite' | 'postgres', ImportBenchResult>> = {};
const lists: Partial<Record<'pglite' | 'postgres', ListBenchResult>> = {};
for (const engine of engines) {
  console.log(`import (${engine}):`);
  const result = await attempt(`import (${engine})`, () => benchImport({ engine, postgresAdminUrl: postgresUrl, log: console.log }));
  if (result) imports[engine] = result;
}
const printList = (label: string, queries: ListQueryTiming[]) => {
  console.log(label);
  for (const query of queries) console.log(`  ${query.name}: ${query.total} rows, p50 ${ms(query.p50Ms)}, p95 ${ms(query.p95Ms)}`);
};
for (const engine of engines) {
  const result = await attempt(`establishment list (${engine})`, () => benchEstablishmentList({ engine, postgresAdminUrl: postgresUrl }));
  if (!result) continue;
  lists[engine] = result;
  printList(`establishment list (${engine}, ${result.establishments.toLocaleString('en')} establishments):`, result.queries);
  if (result.queriesWithoutJit) printList(`establishment list (${engine}, jit=off):`, result.queriesWithoutJit);
}
if (!postgresUp) console.log('import and list (postgres): skipped, no PostgreSQL');

// Public tip submissions, 50 a second for 60 s over loopback (aim: p99 under 200 ms, no errors, none lost).
const publicTips: Partial<Record<'pglite' | 'postgres', PublicTipsBenchResult>> = {};
for (const engine of engines) {
  const result = await attempt(`public tips (${engine})`, () => benchPublicTips({ engine, postgresAdminUrl: postgresUrl, seconds: publicTipsSeconds() }));
  if (result) console.log(formatPublicTips((publicTips[engine] = result)));
}

// The consolidated 6-month report of Nghệ An with all 130 communes reporting, as .docx and .xlsx (aim: under 2 s).
const reportDocuments: Partial<Record<'pglite' | 'postgres', ReportDocumentsBenchResult>> = {};
for (const engine of engines) {
  const result = await attempt(`report documents (${engine})`, () => benchReportDocuments({ engine, postgresAdminUrl: postgresUrl }));
  if (result) console.log(formatReportDocuments((reportDocuments[engine] = result)));
}

const results = { measuredAt: new Date().toISOString(), machine, startup, progress, imports, lists, publicTips, reportDocuments, failures };
const file = path.join(import.meta.dirname, 'results', 'latest.json');
await mkdir(path.dirname(file), { recursive: true });
await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
console.log(`written to ${path.relative(process.cwd(), file)}`);
