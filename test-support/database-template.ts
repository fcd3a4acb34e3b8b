import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { openPglite, openPostgres } from '../server/storage/database.ts';
import { prepareDatabase } from '../server/setup.ts';

export const POSTGRES_ADMIN_URL = process.env.PCMD_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
// Named after this test run's process, so that two runs on one server never drop each other's databases.
export const TEMPLATE_DATABASE = `pcmd_test_${process.pid}_template`;

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplateFile: string;
    postgresTemplate: string;
  }
}

const quiet = () => undefined;

/**
 * Prepares one fully set-up database (schema, all administrative units, agencies) per test run;
 * every test file then starts from a copy of it instead of loading 14,000 units again.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Global setup runs outside the project's test environment: read the engine from its config.
  const engine = project.config.env?.PCMD_TEST_DB ?? process.env.PCMD_TEST_DB;
  if (engine === 'postgres') {
    const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
    await admin.connect();
    await dropDatabases(admin, TEMPLATE_DATABASE);
    await admin.query(`create database ${TEMPLATE_DATABASE}`);
    const database = openPostgres(urlFor(TEMPLATE_DATABASE), { max: 2 });
    await prepareDatabase(database, quiet);
    await database.close();
    await admin.end();
    project.provide('postgresTemplate', TEMPLATE_DATABASE);
    project.provide('pgliteTemplateFile', '');
    return async () => {
      const cleanup = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await cleanup.connect();
      await dropDatabases(cleanup, TEMPLATE_DATABASE);
      await cleanup.end();
    };
  }
  const database = await openPglite();
  await prepareDatabase(database, quiet);
  const dump = await database.pglite.dumpDataDir('none');
  await database.close();
  const file = path.join(os.tmpdir(), `pcmd-test-template-${process.pid}.tar`);
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplateFile', file);
  project.provide('postgresTemplate', '');
  return async () => undefined;
}

export function urlFor(databaseName: string): string {
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${databaseName}`;
  return url.toString();
}

/** Drops this run's databases, and those of earlier runs whose process is gone (a crashed run's). */
async function dropDatabases(admin: pg.Client, template: string): Promise<void> {
  const { rows } = await admin.query<{ datname: string }>(`select datname from pg_database where datname like 'pcmd\\_test\\_%'`);
  for (const { datname } of rows) {
    const pid = Number(/^pcmd_test_(\d+)_/.exec(datname)?.[1]);
    const ours = datname === template || datname.startsWith(`pcmd_test_${process.pid}_`);
    if (ours || (Number.isInteger(pid) && !isAlive(pid))) await admin.query(`drop database if exists "${datname}" with (force)`);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
