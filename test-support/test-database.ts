import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openPglite, openPostgres, type Database } from '../server/storage/database.ts';
import { POSTGRES_ADMIN_URL, urlFor } from './database-template.ts';

export interface TestDatabase extends Database {
  /** Closes the database and, on PostgreSQL, drops this file's copy. */
  dispose(): Promise<void>;
}

/** A private copy of the prepared template database, on the engine this test project runs on. */
export async function openTestDatabase(): Promise<TestDatabase> {
  if (process.env.PCMD_TEST_DB === 'postgres') {
    const copy = await createPostgresCopy();
    const database = openPostgres(copy.url, { max: 4 });
    return {
      ...database,
      async dispose() {
        await database.close();
        await copy.drop();
      },
    };
  }
  const template = await readFile(inject('pgliteTemplateFile'));
  const database = await openPglite({ loadDataDir: new Blob([template]) });
  return { ...database, dispose: () => database.close() };
}

/**
 * A PGlite data directory holding a copy of the template, for tests that run the real server
 * process (which opens PGlite from a directory). Returns the directory; the caller removes it.
 */
export async function createPgliteDataDir(directory: string): Promise<void> {
  const template = await readFile(inject('pgliteTemplateFile'));
  const database = await openPglite({ dataDir: directory, loadDataDir: new Blob([template]) });
  await database.close();
}

/** A PostgreSQL database copied from the template, for the real server process; returns its URL and a drop function. */
export async function createPostgresCopy(): Promise<{ url: string; drop(): Promise<void> }> {
  // Copies carry the template's run prefix: the run that made them drops them.
  const name = `${inject('postgresTemplate').replace(/_template$/, '')}_file_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name} template ${inject('postgresTemplate')}`);
  await admin.end();
  return {
    url: urlFor(name),
    async drop() {
      const cleanup = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

export interface ProcessDatabase {
  /** Environment variables that point a `pcmd` process at this database. */
  environment: Record<string, string>;
  /** Opens the same database in the test process (close it before the process uses PGlite). */
  open(): Promise<Database>;
  dispose(): Promise<void>;
}

/** A copy of the template that a separate `pcmd` process can open, on this project's engine. */
export async function createProcessDatabase(): Promise<ProcessDatabase> {
  if (process.env.PCMD_TEST_DB === 'postgres') {
    const copy = await createPostgresCopy();
    return { environment: { DATABASE_URL: copy.url }, open: async () => openPostgres(copy.url, { max: 1 }), dispose: copy.drop };
  }
  const directory = await mkdtemp(path.join(os.tmpdir(), 'pcmd-process-'));
  await createPgliteDataDir(directory);
  return {
    environment: { PCMD_DATA_DIR: directory, DATABASE_URL: '' },
    open: () => openPglite({ dataDir: directory }),
    dispose: () => rm(directory, { recursive: true, force: true }),
  };
}
