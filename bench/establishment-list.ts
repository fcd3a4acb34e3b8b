import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Role } from '../core/auth/roles.ts';
import { buildApp } from '../server/app.ts';
import { createUserAsSystem } from '../server/services/users/user-service.ts';
import type { Database } from '../server/storage/database.ts';
import { toColumns, type EstablishmentValues } from '../server/storage/establishments.ts';
import { createScratchDatabase, percentile } from './scratch-database.ts';

/**
 * How fast a filtered page of the establishments registry answers over 250,000 establishments
 * spread over every commune of the country: GET /api/establishments through the whole server
 * (session, scope, list and count), with a unit, a type, a status and words to search.
 */
export interface ListQueryTiming { name: string; url: string; role: Role; total: number; p50Ms: number; p95Ms: number; maxMs: number }

export interface ListBenchResult {
  engine: 'pglite' | 'postgres';
  establishments: number;
  loadMs: number;
  queries: ListQueryTiming[];
  /**
   * PostgreSQL only: the same with just-in-time compilation off for the connection (-c jit=off).
   * The scope filter's correlated subquery inflates the planner's cost estimate past
   * jit_above_cost, and compiling then costs more than running the query.
   */
  queriesWithoutJit?: ListQueryTiming[];
}

export interface ListBenchOptions {
  engine: 'pglite' | 'postgres';
  postgresAdminUrl: string;
  establishments?: number;
  runs?: number;
  log?: (line: string) => void;
}

const WARM_UPS = 5;
const CHUNK = 1000;
const types = ['accommodation', 'karaoke', 'dance_club', 'bar', 'massage', 'spa', 'barber', 'restaurant', 'other'] as const;
const kinds = { accommodation: 'Nhà nghỉ', karaoke: 'Karaoke', dance_club: 'Vũ trường', bar: 'Quán bar', massage: 'Massage', spa: 'Spa', barber: 'Salon tóc', restaurant: 'Nhà hàng', other: 'Cơ sở' } as const;
const words = ['Hoa Hồng', 'Ánh Dương', 'Sao Mai', 'Hoàng Gia', 'Bình An', 'Phú Quý', 'Thiên Đường', 'Hương Sen', 'Trăng Vàng', 'Biển Xanh', 'Đông Á', 'Minh Châu', 'Thanh Bình', 'Ngọc Lan', 'Hải Âu', 'Phương Nam'];
const streets = ['Lê Lợi', 'Trần Phú', 'Nguyễn Du', 'Quang Trung', 'Lê Duẩn', 'Hùng Vương', 'Phan Đình Phùng', 'Nguyễn Trãi'];

/** 250,000 establishments over all current communes, deterministic, written in bulk with the registry's own search keys. */
export async function loadEstablishments(database: Database, count: number): Promise<void> {
  const db = database.db;
  const communes = (await db.selectFrom('admin_units').select('id').where('level', '=', 'commune').where('valid_to', 'is', null).orderBy('id').execute()).map((row) => row.id);
  let seed = 20_261_124;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  for (let start = 0; start < count; start += CHUNK) {
    const rows = [];
    for (let index = start; index < Math.min(count, start + CHUNK); index++) {
      const type = pick(types);
      const roll = next();
      const status = roll < 0.85 ? 'active' : roll < 0.93 ? 'suspended' : 'closed';
      const values: EstablishmentValues = {
        unitId: communes[index % communes.length]!, name: `${kinds[type]} ${pick(words)} ${index}`, type,
        address: `Số ${1 + Math.floor(next() * 300)} đường ${pick(streets)}`, businessOwner: `Hộ kinh doanh ${pick(words)}`,
        licenceNumber: `GP-${index}`, licenceDate: '2020-05-01', workers: Math.floor(next() * 20), openedOn: '2020-06-01',
        closedOn: status === 'closed' ? '2025-01-15' : null, riskClass: next() < 0.5 ? null : pick(['low', 'medium', 'high'] as const),
        riskReviewedOn: null, riskReason: null, status, statusChangedOn: null,
      };
      if (values.riskClass) values.riskReviewedOn = '2025-03-01';
      rows.push({ id: randomUUID(), ...toColumns(values) });
    }
    await db.insertInto('establishments').values(rows).execute();
  }
  await sql`analyze`.execute(db);
}

async function signIn(app: Awaited<ReturnType<typeof buildApp>>, database: Database, role: Role, unitId: string | null, suffix: string) {
  const username = `bench.${role}.${unitId ?? 'vn'}${suffix}`.replace(/_/g, '');
  await createUserAsSystem(database, { username, displayName: 'Đo hiệu năng', password: 'bench-password-2026', role, unitId, agencyId: null }, 'cli');
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: 'bench-password-2026' } });
  const cookie = response.cookies.find((candidate) => candidate.name === 'pcmd_session')!;
  return `pcmd_session=${cookie.value}`;
}

export async function benchEstablishmentList(options: ListBenchOptions): Promise<ListBenchResult> {
  const count = options.establishments ?? 250_000;
  const runs = options.runs ?? 60;
  const log = options.log ?? (() => undefined);
  const scratch = await createScratchDatabase(options.engine, options.postgresAdminUrl);
  const database = await scratch.open();
  try {
    const loadStarted = performance.now();
    await loadEstablishments(database, count);
    const loadMs = performance.now() - loadStarted;
    log(`  ${count.toLocaleString('en')} establishments loaded in ${(loadMs / 1000).toFixed(1)} s`);
    const queries = await timeQueries(database, runs, log);
    let queriesWithoutJit: ListQueryTiming[] | undefined;
    if (options.engine === 'postgres') {
      const previous = process.env.PGOPTIONS;
      process.env.PGOPTIONS = '-c jit=off';
      const withoutJit = await scratch.open();
      try {
        log('  with jit=off:');
        queriesWithoutJit = await timeQueries(withoutJit, runs, log, 'nojit');
      } finally {
        await withoutJit.close();
        if (previous === undefined) delete process.env.PGOPTIONS;
        else process.env.PGOPTIONS = previous;
      }
    }
    return { engine: options.engine, establishments: count, loadMs, queries, ...(queriesWithoutJit ? { queriesWithoutJit } : {}) };
  } finally {
    await database.close();
    await scratch.dispose();
  }
}

async function timeQueries(database: Database, runs: number, log: (line: string) => void, suffix = ''): Promise<ListQueryTiming[]> {
  const app = await buildApp({ database, demoMode: false, webRoot: null });
  await app.ready();
  try {
    const sessions: Record<string, string> = {
      province: await signIn(app, database, 'programme_officer', '40', suffix),
      commune: await signIn(app, database, 'inspector', '16681', suffix),
      country: await signIn(app, database, 'system_admin', null, suffix),
    };
    const q = encodeURIComponent('hoa hong');
    const shapes = [
      { name: 'province officer: unit=province, type, status, q', session: 'province', role: 'programme_officer' as Role, url: `/api/establishments?unit=40&type=karaoke&status=active&q=${q}` },
      { name: 'province officer: unit=commune, type, status, q', session: 'province', role: 'programme_officer' as Role, url: `/api/establishments?unit=16681&type=karaoke&status=active&q=${q}` },
      { name: 'commune inspector: unit=commune, type, status, q', session: 'commune', role: 'inspector' as Role, url: `/api/establishments?unit=16681&type=accommodation&status=active&q=${encodeURIComponent('nha nghi')}` },
      { name: 'system admin: unit=province, type, status, q', session: 'country', role: 'system_admin' as Role, url: `/api/establishments?unit=40&type=karaoke&status=active&q=${q}` },
      { name: 'system admin: whole country, type, status, q', session: 'country', role: 'system_admin' as Role, url: `/api/establishments?type=karaoke&status=active&q=${q}` },
      { name: 'province officer: unit=province, no filter (first page)', session: 'province', role: 'programme_officer' as Role, url: '/api/establishments?unit=40' },
    ];
    const queries: ListQueryTiming[] = [];
    for (const shape of shapes) {
      const request = () => app.inject({ method: 'GET', url: shape.url, headers: { cookie: sessions[shape.session]! } });
      const first = await request();
      if (first.statusCode !== 200) throw new Error(`${shape.url}: ${first.statusCode} ${first.body}`);
      for (let index = 0; index < WARM_UPS; index++) await request();
      const times: number[] = [];
      for (let index = 0; index < runs; index++) {
        const started = performance.now();
        await request();
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      const result = { name: shape.name, url: shape.url, role: shape.role, total: first.json().total as number, p50Ms: percentile(times, 0.5), p95Ms: percentile(times, 0.95), maxMs: times.at(-1)! };
      log(`  ${result.name}: ${result.total} rows, p50 ${result.p50Ms.toFixed(1)} ms, p95 ${result.p95Ms.toFixed(1)} ms`);
      queries.push(result);
    }
    return queries;
  } finally {
    await app.close();
  }
}

// Run alone: node bin/tsx.mjs bench/establishment-list.ts [pglite|postgres]
if (process.argv[1]?.endsWith('establishment-list.ts')) {
  const engine = process.argv[2] === 'postgres' ? 'postgres' : 'pglite';
  const result = await benchEstablishmentList({
    engine, postgresAdminUrl: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres', log: console.log,
  });
  console.log(JSON.stringify(result, null, 2));
}
