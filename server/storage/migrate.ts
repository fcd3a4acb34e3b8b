import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Database } from './database.ts';

const migrationsDir = fileURLToPath(new URL('../migrations/', import.meta.url));
const NAME_PATTERN = /^\d{4}_[a-z0-9-]+\.sql$/;

/** Applies, in order and each in its own transaction, the migrations not yet applied. */
export async function migrate(database: Database): Promise<string[]> {
  const files = (await readdir(migrationsDir)).filter((file) => file.endsWith('.sql')).sort();
  const misnamed = files.filter((file) => !NAME_PATTERN.test(file));
  if (misnamed.length > 0) throw new Error(`Migration files must be named NNNN_verb-noun.sql: ${misnamed.join(', ')}`);

  await sql`create table if not exists schema_migrations (
    name text primary key, applied_at timestamptz not null default now())`.execute(database.db);
  const applied = new Set(
    (await database.db.selectFrom('schema_migrations').select('name').execute()).map((row) => row.name),
  );
  const done: string[] = [];
  for (const file of files) {
    if (applied.has(file)) continue;
    const script = await readFile(path.join(migrationsDir, file), 'utf8');
    // The lock makes two servers starting at once apply each migration exactly once.
    await database.runScript(
      `select pg_advisory_xact_lock(7061626);\n` +
        `do $$ begin if exists (select 1 from schema_migrations where name = '${file}') then ` +
        `raise exception 'pcmd:already-applied'; end if; end $$;\n` +
        `${script}\ninsert into schema_migrations (name) values ('${file}');`,
    ).catch((error: unknown) => {
      if (error instanceof Error && error.message.includes('pcmd:already-applied')) return;
      throw error;
    });
    done.push(file);
  }
  return done;
}
