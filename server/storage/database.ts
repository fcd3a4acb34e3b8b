import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import type { DatabaseSchema } from './schema.ts';
import { PglitePool } from './pglite-pool.ts';

export type DatabaseKind = 'pglite' | 'postgres';

/** One handle on the database, whichever engine runs it. */
export interface Database {
  readonly kind: DatabaseKind;
  readonly db: Kysely<DatabaseSchema>;
  /** Runs a multi-statement SQL script (a migration) in one transaction. */
  runScript(sql: string): Promise<void>;
  close(): Promise<void>;
}

const OID = { int8: 20, date: 1082, numeric: 1700 } as const;

// Both engines must hand the application the same JavaScript types.
const keepAsText = (value: string) => value;
const toNumber = (value: string) => Number(value);

export interface PgliteOptions {
  /** A directory for the data files; omit for an in-memory database. */
  dataDir?: string;
  /** A data directory dump (from `dumpDataDir`) to start from, used by the tests. */
  loadDataDir?: Blob | File;
}

export async function openPglite(options: PgliteOptions = {}): Promise<Database & { pglite: PGlite }> {
  const pglite = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    parsers: { [OID.int8]: toNumber, [OID.date]: keepAsText, [OID.numeric]: toNumber },
    // PostgreSQL's default 128 MB of shared buffers is all resident memory in WebAssembly; the
    // embedded mode runs on officials' laptops, where 32 MB serves this data set as well.
    postgresqlconf: ['shared_buffers = 32MB'],
  });
  const db = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool: new PglitePool(pglite) }) });
  return {
    kind: 'pglite',
    db,
    pglite,
    async runScript(script) {
      await pglite.transaction(async (tx) => {
        await tx.exec(script);
      });
    },
    async close() {
      await db.destroy();
      await pglite.close();
    },
  };
}

export function openPostgres(connectionString: string, options: { max?: number } = {}): Database {
  const types = {
    getTypeParser(oid: number, format?: 'text' | 'binary') {
      if (oid === OID.date) return keepAsText;
      if (oid === OID.int8 || oid === OID.numeric) return toNumber;
      return pg.types.getTypeParser(oid, format);
    },
  } as pg.CustomTypesConfig;
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10, types });
  // An idle connection can be cut by the server (a restart, an administrator); without a listener
  // that error would crash the process. The pool replaces the connection on the next query.
  pool.on('error', (error) => {
    console.error(`PostgreSQL closed an idle connection: ${error.message}`);
  });
  const db = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
  return {
    kind: 'postgres',
    db,
    async runScript(script) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        await client.query(script);
        await client.query('commit');
      } catch (error) {
        await client.query('rollback');
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      await db.destroy();
    },
  };
}
