import type { PGlite } from '@electric-sql/pglite';
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';

/**
 * Presents PGlite to Kysely's PostgresDialect as a pool of one connection. PGlite is a single
 * session, so a transaction must own it until it ends: connect() waits for the previous holder.
 */
export class PglitePool implements PostgresPool {
  readonly #pglite: PGlite;
  #tail: Promise<void> = Promise.resolve();

  constructor(pglite: PGlite) {
    this.#pglite = pglite;
  }

  async connect(): Promise<PostgresPoolClient> {
    let release!: () => void;
    const previous = this.#tail;
    this.#tail = new Promise<void>((resolve) => (release = resolve));
    await previous;
    const pglite = this.#pglite;
    let released = false;
    const client = {
      async query<R>(sql: string, parameters: readonly unknown[]): Promise<PostgresQueryResult<R>> {
        const result = await pglite.query<R>(sql, [...parameters]);
        // Kysely reads the command only to decide whether rowCount means "rows affected".
        const command = (sql.trimStart().split(/\s/, 1)[0]?.toUpperCase() ?? 'SELECT') as PostgresQueryResult<R>['command'];
        return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length, command };
      },
      release() {
        if (released) return;
        released = true;
        release();
      },
    };
    return client as unknown as PostgresPoolClient;
  }

  async end(): Promise<void> {
    await this.#tail;
  }
}
