import { readFile } from 'node:fs/promises';
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
    const name = `pcmd_test_file_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
    await admin.connect();
    await admin.query(`create database ${name} template ${inject('postgresTemplate')}`);
    await admin.end();
    const database = openPostgres(urlFor(name), { max: 4 });
    return {
      ...database,
      async dispose() {
        await database.close();
        const cleanup = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
        await cleanup.connect();
        await cleanup.query(`drop database if exists ${name} with (force)`);
        await cleanup.end();
      },
    };
  }
  const template = await readFile(inject('pgliteTemplateFile'));
  const database = await openPglite({ loadDataDir: new Blob([template]) });
  return { ...database, dispose: () => database.close() };
}
