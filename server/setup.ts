import { mkdir } from 'node:fs/promises';
import { sql } from 'kysely';
import type { ServerConfig } from './config.ts';
import { openPglite, openPostgres, type Database } from './storage/database.ts';
import { migrate } from './storage/migrate.ts';
import { loadAdminUnits } from './reference-data/admin-units-loader.ts';
import { seedDefaultAgencies } from './services/agencies/default-agencies.ts';

export type Log = (line: string) => void;

/** PostgreSQL when DATABASE_URL is set, otherwise the embedded PGlite under the data directory. */
export async function openConfiguredDatabase(config: Pick<ServerConfig, 'databaseUrl' | 'dataDir'>): Promise<Database> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl);
  await mkdir(config.dataDir, { recursive: true });
  return openPglite({ dataDir: config.dataDir });
}

/** Brings a database up to date: schema, administrative units, default agencies. Safe to run on every start. */
export async function prepareDatabase(database: Database, log: Log): Promise<void> {
  const applied = await migrate(database);
  if (applied.length > 0) log(`Đã áp dụng ${applied.length} migration: ${applied.join(', ')}`);
  const units = await loadAdminUnits(database, { log });
  if (units.loadedNow) await sql`refresh materialized view unit_rollup`.execute(database.db);
  const agencies = await seedDefaultAgencies(database);
  if (agencies > 0) log(`Đã tạo ${agencies} cơ quan mặc định cho các đơn vị hành chính.`);
}
