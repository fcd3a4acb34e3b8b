import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { prepareDatabase } from '../server/setup.ts';
import { openPglite, openPostgres, type Database } from '../server/storage/database.ts';

/**
 * A prepared database (schema, every administrative unit, agencies) for one benchmark, on either
 * engine, that a child process can open too: PGlite in a temporary data directory, PostgreSQL as
 * a scratch database on the given server. `dispose` removes it.
 */
export interface ScratchDatabase {
  engine: 'pglite' | 'postgres';
  /** What a `pcmd` process needs to open it: PCMD_DATA_DIR or DATABASE_URL. */
  environment: Record<string, string>;
  open(): Promise<Database>;
  dispose(): Promise<void>;
}

export async function createScratchDatabase(engine: 'pglite' | 'postgres', postgresAdminUrl: string): Promise<ScratchDatabase> {
  if (engine === 'pglite') {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'pcmd-bench-'));
    const database = await openPglite({ dataDir });
    await prepareDatabase(database, () => undefined);
    await database.close();
    return {
      engine,
      environment: { PCMD_DATA_DIR: dataDir, DATABASE_URL: '' },
      open: () => openPglite({ dataDir }),
      dispose: () => rm(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `pcmd_bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresAdminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  const database = openPostgres(url.toString(), { max: 4 });
  await prepareDatabase(database, () => undefined);
  await database.close();
  return {
    engine,
    environment: { DATABASE_URL: url.toString() },
    open: async () => openPostgres(url.toString(), { max: 10 }),
    async dispose() {
      const cleanup = new pg.Client({ connectionString: postgresAdminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

/** Opens the database a parent prepared, from the environment it passed (in a child process). */
export async function openFromEnvironment(): Promise<Database> {
  if (process.env.DATABASE_URL) return openPostgres(process.env.DATABASE_URL, { max: 10 });
  return openPglite({ dataDir: process.env.PCMD_DATA_DIR! });
}

/** The p-th share of sorted timings. */
export function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)]!;
}

/** Runs `run` a few times to warm caches and JIT, then `runs` times timed; the times in ms, sorted. */
export async function timeRuns(runs: number, run: () => Promise<unknown>, warmUps = 3): Promise<number[]> {
  for (let index = 0; index < warmUps; index++) await run();
  const times: number[] = [];
  for (let index = 0; index < runs; index++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

/** This process's resident memory now and at its peak, in MiB, from /proc. */
export async function residentMemory(): Promise<{ rssMiB: number; peakRssMiB: number }> {
  const { readFile } = await import('node:fs/promises');
  const status = await readFile('/proc/self/status', 'utf8');
  const kib = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rssMiB: kib('VmRSS') / 1024, peakRssMiB: kib('VmHWM') / 1024 };
}
