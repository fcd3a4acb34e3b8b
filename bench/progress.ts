import { randomBytes } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql, type LogEvent } from 'kysely';
import pg from 'pg';
import { indicatorCatalogue } from '../core/indicators/catalogue.ts';
import type { IndicatorDefinition } from '../core/indicators/indicator.ts';
import { parsePeriod, previousPeriod } from '../core/periods/period.ts';
import type { PlanTarget } from '../core/plans/plan.ts';
import type { Actor, ServiceContext } from '../server/services/context.ts';
import { createPlan } from '../server/services/plans/plan-service.ts';
import { computePlanProgress } from '../server/services/progress/progress-service.ts';
import { createUserAsSystem } from '../server/services/users/user-service.ts';
import { prepareDatabase } from '../server/setup.ts';
import { openPglite, openPostgres, type Database } from '../server/storage/database.ts';
import type { Executor } from '../server/storage/executor.ts';
import { loadDenominatorFigures, loadFigureScope, loadNumeratorFigures } from '../server/storage/indicator-figures.ts';
import { PglitePool } from '../server/storage/pglite-pool.ts';
import type { DatabaseSchema } from '../server/storage/schema.ts';
import { findUnit, type UnitRow } from '../server/storage/units.ts';
import { percentile, timeRuns } from './scratch-database.ts';

/**
 * How long a plan's progress takes to compute on a province's worth of records: Nghệ An (130
 * communes) with a year of field records at realistic volumes, a province plan with one target on
 * every indicator, progress as of 30/9/2026 for the province (every target, every commune) and for
 * one commune. Progress reads committed rows directly; the last check proves a new record shows at once.
 */
export interface ProgressBenchOptions {
  /** PGlite in memory by default; PostgreSQL when BENCH_DATABASE_URL is set. */
  engine?: 'pglite' | 'postgres';
  /** The server on which a scratch database is created and dropped (PostgreSQL only). */
  postgresAdminUrl?: string;
  /** Timed runs after 3 warm-up runs; 30 unless told. */
  runs?: number;
  /** Time every figure query of one province run: always, never, or when the province p95 exceeds 100 ms. */
  profile?: boolean | 'auto';
  log?: (line: string) => void;
}

export interface QueryTiming {
  target: string;
  query: 'numerator' | 'denominator' | 'previous';
  ms: number;
  rows: number;
}

export interface ProgressResult {
  engine: 'pglite' | 'postgres';
  /** Rows inserted per table. */
  rows: Record<string, number>;
  loadMs: number;
  targets: number;
  communes: number;
  province: { p50Ms: number; p95Ms: number; maxMs: number };
  commune: { unitId: string; p50Ms: number; p95Ms: number };
  reflectsLastWrite: boolean;
  /** Every figure query of one province run, run one at a time, slowest first (when profiled). */
  profile?: QueryTiming[];
  /** EXPLAIN (ANALYZE, BUFFERS) of the slowest figure query, line by line (PostgreSQL, when profiled). */
  slowestPlan?: string[];
}

export const DEFAULT_POSTGRES_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const PROVINCE = '40';
const COMMUNE = '16681';
const AS_OF = '2026-09-30';
const CHUNK = 1000;

/** mulberry32: a small seeded PRNG, so that every run measures the same data. */
function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items];
    for (let index = pool.length - 1; index > 0; index--) {
      const other = Math.floor(next() * (index + 1));
      [pool[index], pool[other]] = [pool[other]!, pool[index]!];
    }
    return pool.slice(0, count);
  };
  const uuid = () => {
    const hex = Array.from({ length: 16 }, () => int(0, 255).toString(16).padStart(2, '0'));
    hex[6] = `4${hex[6]!.slice(1)}`;
    hex[8] = ((parseInt(hex[8]!, 16) & 0x3f) | 0x80).toString(16);
    const text = hex.join('');
    return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
  };
  return { next, int, pick, sample, uuid };
}

const pad = (value: number) => String(value).padStart(2, '0');
const dateOf = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

type Tables = DatabaseSchema;
async function insertAll<T extends keyof Tables & string>(db: Executor, table: T, rows: Record<string, unknown>[]): Promise<number> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    // The rows are built to the table's columns; Kysely's insert types are per table, so cast once here.
    await db.insertInto(table).values(rows.slice(start, start + CHUNK) as never).execute();
  }
  return rows.length;
}

/** Nghệ An's 130 communes and the pre-reform communes whose records count for each. */
async function loadGeography(db: Executor) {
  const communes = (await db.selectFrom('admin_units').select('id')
    .where('parent_id', '=', PROVINCE).where('level', '=', 'commune').where('valid_to', 'is', null).orderBy('id').execute()).map((row) => row.id);
  const successions = await db.selectFrom('admin_unit_successions as s')
    .innerJoin('admin_units as p', 'p.id', 's.predecessor_id')
    .select(['s.predecessor_id', 's.successor_id'])
    .where('s.is_primary', '=', true).where('p.level', '=', 'commune').where('s.successor_id', 'in', communes)
    .orderBy('s.predecessor_id').execute();
  const predecessors = new Map<string, string[]>(communes.map((id) => [id, []]));
  for (const row of successions) predecessors.get(row.successor_id)!.push(row.predecessor_id);
  return { communes, predecessors };
}

const establishmentTypes = ['accommodation', 'karaoke', 'dance_club', 'bar', 'massage', 'spa', 'barber', 'restaurant', 'other'] as const;
const communeForms = ['training_session', 'banner', 'poster', 'loudspeaker', 'leaflet', 'commune_radio', 'social_media', 'school_activity', 'residential_meeting', 'club'] as const;
const pressForms = ['press_article', 'television', 'commune_radio'] as const;
const audiences = ['students', 'industrial_zone_workers', 'establishment_workers', 'youth', 'ethnic_minorities', 'migrants', 'public'] as const;
const outcomes = ['no_violation', 'no_violation', 'no_violation', 'warning', 'fine', 'suspension'] as const;
const articles = ['150', '151', '327', '328', '329', 'other'] as const;
const programmes = ['Chương trình phòng, chống ma túy', 'Chương trình phòng, chống HIV/AIDS', 'Phát triển kinh tế - xã hội', 'Cuộc vận động toàn dân đoàn kết xây dựng đời sống văn hóa'] as const;

/** Builds a year of records for Nghệ An, in bulk, deterministically; returns the rows per table. */
export async function buildRecords(db: Executor, createdBy: string): Promise<Record<string, number>> {
  const random = prng(20_260_930);
  const { communes, predecessors } = await loadGeography(db);
  const months = Array.from({ length: 12 }, (_, index) => index + 1);
  const rows: Record<string, number> = {};
  const counted = (table: string, count: number) => { rows[table] = (rows[table] ?? 0) + count; };

  // Establishments: ~40 per commune, ~10% registered on a pre-reform commune that rolls up into it.
  const establishments: Record<string, unknown>[] = [];
  const establishmentsOf = new Map<string, string[]>();
  let onFormerUnits = 0;
  for (const commune of communes) {
    const ids: string[] = [];
    for (let index = 0; index < 40; index++) {
      const former = predecessors.get(commune)!;
      const unitId = former.length > 0 && random.next() < 0.1 ? random.pick(former) : commune;
      if (unitId !== commune) onFormerUnits++;
      const opened = random.next() < 0.1 ? null : dateOf(random.int(2012, 2026), random.int(1, 12), random.int(1, 28));
      const closed = random.next() < 0.05 ? dateOf(2026, random.int(1, 12), 28) : null;
      const id = random.uuid();
      ids.push(id);
      establishments.push({
        id, unit_id: unitId, name: `Cơ sở ${commune}-${index + 1}`, type: random.pick(establishmentTypes), workers: random.int(1, 15),
        opened_on: opened, closed_on: closed && opened && closed < opened ? null : closed,
      });
    }
    establishmentsOf.set(commune, ids);
  }
  counted('establishments', await insertAll(db, 'establishments', establishments));
  counted('establishments on pre-reform communes', onFormerUnits);

  // Inspections: ~2 per commune per month, each visiting 1–4 of its establishments; ~10% by a pre-reform commune's team.
  const inspections: Record<string, unknown>[] = [];
  const visits: Record<string, unknown>[] = [];
  let inspectionsOnFormer = 0;
  for (const commune of communes) {
    for (const month of months) {
      for (let index = random.int(1, 3); index > 0; index--) {
        const former = predecessors.get(commune)!;
        const unitId = former.length > 0 && random.next() < 0.1 ? random.pick(former) : commune;
        if (unitId !== commune) inspectionsOnFormer++;
        const id = random.uuid();
        inspections.push({ id, unit_id: unitId, inspected_on: dateOf(2026, month, random.int(1, daysIn(2026, month))), team: 'Đoàn kiểm tra liên ngành' });
        for (const establishmentId of random.sample(establishmentsOf.get(commune)!, random.int(1, 4))) {
          const outcome = random.pick(outcomes);
          // A fine carries its amount and legal basis (a database check since migration 0008).
          visits.push({
            inspection_id: id, establishment_id: establishmentId, outcome,
            ...(outcome === 'fine' ? { fine_amount: 5_000_000, legal_basis: 'Nghị định 144/2021/NĐ-CP' } : {}),
          });
        }
      }
    }
  }
  counted('inspections', await insertAll(db, 'inspections', inspections));
  counted('inspections on pre-reform communes', inspectionsOnFormer);
  counted('inspection_visits', await insertAll(db, 'inspection_visits', visits));

  // Communication: ~3 activities per commune per month reaching 2–3 audiences; ~2 press items a month at the province.
  const activities: Record<string, unknown>[] = [];
  const reach: Record<string, unknown>[] = [];
  for (const commune of communes) {
    for (const month of months) {
      for (let index = random.int(2, 4); index > 0; index--) {
        const id = random.uuid();
        activities.push({ id, unit_id: commune, occurred_on: dateOf(2026, month, random.int(1, daysIn(2026, month))), form: random.pick(communeForms), title: 'Tuyên truyền phòng, chống mại dâm', materials: random.int(0, 200) });
        for (const audience of random.sample(audiences, random.int(2, 3))) reach.push({ activity_id: id, audience, people_reached: random.int(20, 300) });
      }
    }
  }
  let press = 0;
  for (const month of months) {
    for (let index = random.int(1, 3); index > 0; index--, press++) {
      activities.push({ id: random.uuid(), unit_id: PROVINCE, occurred_on: dateOf(2026, month, random.int(1, daysIn(2026, month))), form: random.pick(pressForms), title: 'Tin phòng, chống mại dâm', materials: 0 });
    }
  }
  counted('communication_activities', await insertAll(db, 'communication_activities', activities));
  counted('of which press items', press);
  counted('communication_reach', await insertAll(db, 'communication_reach', reach));

  // Tips: ~1 per commune per month, due 20 days after receipt; 85% resolved on time, 10% late, 5% open.
  const tips: Record<string, unknown>[] = [];
  for (const commune of communes) {
    for (const month of months) {
      const received = dateOf(2026, month, random.int(1, daysIn(2026, month)));
      const due = addDays(received, 20);
      const roll = random.next();
      const resolved = roll < 0.85 ? addDays(received, random.int(1, 20)) : roll < 0.95 ? addDays(due, random.int(1, 30)) : null;
      // The columns the tip workflow (migration 0016) requires: a reference, the receiving unit, a status that agrees with the dates.
      tips.push({
        id: random.uuid(), unit_id: commune, received_on: received, due_on: due, resolved_on: resolved,
        reference: `TB-2026-${String(tips.length + 1).padStart(6, '0')}`, received_by_unit_id: commune, received_at: `${received}T09:00:00+07:00`,
        clock_start_on: received, status: resolved ? 'resolved' : 'received', classification: resolved ? 'criminal_tip' : null,
        outcome: resolved ? 'no_basis' : null, substantiated: resolved ? false : null,
      });
    }
  }
  counted('tips', await insertAll(db, 'tips', tips));

  // Crime statistics: monthly per commune for 2025 and 2026, one or two articles a month.
  const crimes: Record<string, unknown>[] = [];
  for (const commune of communes) {
    for (const year of [2025, 2026]) {
      for (const month of months) {
        for (const article of random.sample(articles, random.int(1, 2))) {
          crimes.push({ unit_id: commune, period_start: dateOf(year, month, 1), period_end: dateOf(year, month, daysIn(year, month)), article, cases_handled: random.int(0, 3), defendants: random.int(0, 4) });
        }
      }
    }
  }
  counted('crime_statistics', await insertAll(db, 'crime_statistics', crimes));

  // Reference figures for 2026: the province's own and each commune's.
  const figures: Record<string, unknown>[] = [
    { unit_id: PROVINCE, year: 2026, kind: 'students', value: 420_000 },
    { unit_id: PROVINCE, year: 2026, kind: 'industrial_zone_workers', value: 95_000 },
    { unit_id: PROVINCE, year: 2026, kind: 'establishment_workers', value: 38_000 },
    { unit_id: PROVINCE, year: 2026, kind: 'officials_province', value: 1_200 },
    { unit_id: PROVINCE, year: 2026, kind: 'officials_district', value: 2_400 },
    { unit_id: PROVINCE, year: 2026, kind: 'officials_commune', value: 6_500 },
    { unit_id: PROVINCE, year: 2026, kind: 'sex_workers_in_need', value: 900 },
  ];
  for (const commune of communes) {
    figures.push(
      { unit_id: commune, year: 2026, kind: 'students', value: random.int(1_500, 6_000) },
      { unit_id: commune, year: 2026, kind: 'industrial_zone_workers', value: random.int(0, 2_000) },
      { unit_id: commune, year: 2026, kind: 'establishment_workers', value: random.int(100, 500) },
      { unit_id: commune, year: 2026, kind: 'officials_commune', value: random.int(30, 70) },
      { unit_id: commune, year: 2026, kind: 'sex_workers_in_need', value: random.int(2, 15) },
    );
  }
  counted('reference_figures', await insertAll(db, 'reference_figures', figures));

  // Support services: 12 months per commune.
  const support: Record<string, unknown>[] = [];
  for (const commune of communes) {
    for (const month of months) {
      const served = random.int(0, 3);
      support.push({ unit_id: commune, month: dateOf(2026, month, 1), people_served: served, people_newly_served: served });
    }
  }
  counted('support_statistics', await insertAll(db, 'support_statistics', support));

  // Training: 2 courses per commune (and 4 at the province) with participants by level.
  const courses: Record<string, unknown>[] = [];
  const participants: Record<string, unknown>[] = [];
  for (const unitId of [...communes, PROVINCE]) {
    for (let index = unitId === PROVINCE ? 4 : 2; index > 0; index--) {
      const id = random.uuid();
      courses.push({ id, unit_id: unitId, held_on: dateOf(2026, random.int(1, 12), random.int(1, 28)), topic: 'Tập huấn phòng, chống mại dâm', level: unitId === PROVINCE ? 'province' : 'commune' });
      participants.push({ course_id: id, level: 'commune', participants: random.int(10, 40) });
      if (unitId === PROVINCE || random.next() < 0.3) participants.push({ course_id: id, level: 'district', participants: random.int(2, 15) });
      if (unitId === PROVINCE || random.next() < 0.1) participants.push({ course_id: id, level: 'province', participants: random.int(5, 60) });
    }
  }
  counted('training_courses', await insertAll(db, 'training_courses', courses));
  counted('training_participants', await insertAll(db, 'training_participants', participants));

  // Integrations in ~60% of communes, harm-reduction models in ~25%.
  const integrations: Record<string, unknown>[] = [];
  const models: Record<string, unknown>[] = [];
  for (const commune of communes) {
    if (random.next() < 0.6) {
      for (const programme of random.sample(programmes, random.int(1, 3))) integrations.push({ id: random.uuid(), unit_id: commune, year: 2026, agency_id: null, programme });
    }
    if (random.next() < 0.25) {
      const started = dateOf(random.int(2024, 2026), random.int(1, 6), random.int(1, 28));
      models.push({ id: random.uuid(), unit_id: commune, name: 'Mô hình hỗ trợ, can thiệp giảm hại', started_on: started, ended_on: random.next() < 0.1 ? addDays(started, 200) : null });
    }
  }
  counted('programme_integrations', await insertAll(db, 'programme_integrations', integrations));
  counted('harm_reduction_models', await insertAll(db, 'harm_reduction_models', models));

  // Issued 2026 plans for 100 of the communes.
  const plans = random.sample(communes, 100).map((commune, index) => {
    const issueDate = dateOf(2026, random.int(1, 3), random.int(1, 28));
    return {
      id: random.uuid(), issuer_unit_id: commune, status: 'issued', number: `${index + 1}/KH-UBND`, issue_date: issueDate,
      title: 'Kế hoạch phòng, chống mại dâm năm 2026', period_code: 'Y2026', period_start: '2026-01-01', period_end: '2026-12-31',
      content: JSON.stringify({ issuePlace: 'Nghệ An' }), search_text: `ke hoach phong, chong mai dam nam 2026 ${index + 1}/kh-ubnd`,
      created_by: createdBy, issued_by: createdBy, issued_at: `${issueDate}T09:00:00+07:00`,
    };
  });
  counted('plans', await insertAll(db, 'plans', plans));
  return rows;
}

/** A sensible target for every indicator in the catalogue. */
export function targetFor(indicator: IndicatorDefinition, index: number): PlanTarget {
  const base = {
    key: `chi-tieu-${index + 1}`, indicatorCode: indicator.code, valueHigh: null, periodCode: 'Y2026', text: indicator.name.vi,
    section: null, parentTargetKey: null, looserReason: null,
  };
  switch (indicator.kind) {
    case 'done': return { ...base, comparator: 'eq', value: 1 };
    case 'year_on_year_growth': return { ...base, comparator: 'range', value: 3, valueHigh: 5 };
    case 'monthly_frequency': return { ...base, comparator: 'gte', value: 12 };
    case 'count': return { ...base, comparator: 'gte', value: indicator.code === 'planning.integration_plans' ? 100 : 2_000 };
    case 'share_on_time': return { ...base, comparator: 'gte', value: 90 };
    default: return { ...base, comparator: 'gte', value: 70 };
  }
}

async function createProvincePlan(context: ServiceContext): Promise<string> {
  const plan = await createPlan(context, {
    parentPlanIds: [],
    content: {
      issuerUnitId: PROVINCE, number: null, issueDate: null, issuePlace: 'Nghệ An',
      title: 'Thực hiện phòng, chống mại dâm trên địa bàn tỉnh Nghệ An năm 2026', periodCode: 'Y2026',
      legalBasis: [], purpose: [], requirements: [], objectives: [], targets: indicatorCatalogue.map(targetFor),
      taskGroups: [], budget: [], budgetNotes: [], assignments: [], reportingRules: [], recipients: [],
      signer: { authority: 'TM. ỦY BAN NHÂN DÂN', onBehalf: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: null },
    },
  });
  return plan.id;
}

/**
 * Times every figure query of one province run, one at a time, through a Kysely that records each
 * statement; on PostgreSQL, returns EXPLAIN ANALYZE of the slowest.
 */
async function profileQueries(engine: { pglite: PGlite | null; postgresUrl: string | null }, targets: PlanTarget[], unit: UnitRow) {
  const statements: LogEvent[] = [];
  const log = (event: LogEvent) => { statements.push(event); };
  const pool = engine.postgresUrl ? new pg.Pool({ connectionString: engine.postgresUrl, max: 1 }) : null;
  const db = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool: pool ?? new PglitePool(engine.pglite!) }), log });
  const timings: (QueryTiming & { sql: string; parameters: readonly unknown[] })[] = [];
  const time = async (target: string, query: QueryTiming['query'], load: () => Promise<unknown[] | null>) => {
    statements.length = 0;
    const started = performance.now();
    const rows = await load();
    const ms = performance.now() - started;
    const statement = statements.at(-1);
    if (statement) timings.push({ target, query, ms, rows: rows?.length ?? 0, sql: statement.query.sql, parameters: statement.query.parameters });
  };
  try {
    const scope = await loadFigureScope(db, unit);
    for (const target of targets) {
      const indicator = indicatorCatalogue.find((candidate) => candidate.code === target.indicatorCode)!;
      const period = parsePeriod(target.periodCode);
      const window = { start: period.start, end: period.end < AS_OF ? period.end : AS_OF };
      await time(indicator.code, 'numerator', () => loadNumeratorFigures(db, indicator, scope, window));
      await time(indicator.code, 'denominator', () => loadDenominatorFigures(db, indicator, scope, window));
      if (indicator.kind === 'year_on_year_growth') {
        const before = previousPeriod(period);
        await time(indicator.code, 'previous', () => loadNumeratorFigures(db, indicator, scope, { start: before.start, end: before.end }));
      }
    }
    timings.sort((a, b) => b.ms - a.ms);
    let slowestPlan: string[] | undefined;
    const slowest = timings[0];
    if (pool && slowest) {
      const result = await pool.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${slowest.sql}`, [...slowest.parameters]);
      slowestPlan = result.rows.map((row) => row['QUERY PLAN']);
    }
    return { timings: timings.map(({ target, query, ms, rows }) => ({ target, query, ms, rows })), slowestPlan };
  } finally {
    await db.destroy();
  }
}

/** A fresh database on the chosen engine; on PostgreSQL a scratch database dropped by `dispose`. */
async function openScratchDatabase(engine: 'pglite' | 'postgres', adminUrl: string): Promise<{ database: Database; pglite: PGlite | null; url: string | null; dispose(): Promise<void> }> {
  if (engine === 'pglite') {
    const database = await openPglite();
    return { database, pglite: database.pglite, url: null, dispose: () => database.close() };
  }
  const name = `pcmd_bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = openPostgres(url.toString(), { max: 4 });
  return {
    database,
    pglite: null,
    url: url.toString(),
    async dispose() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

/** Whether a PostgreSQL server answers at this URL. */
export async function postgresReachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function benchProgress(options: ProgressBenchOptions = {}): Promise<ProgressResult> {
  const engine = options.engine ?? (process.env.BENCH_DATABASE_URL ? 'postgres' : 'pglite');
  const adminUrl = options.postgresAdminUrl ?? process.env.BENCH_DATABASE_URL ?? DEFAULT_POSTGRES_ADMIN_URL;
  const runs = options.runs ?? 30;
  const log = options.log ?? (() => undefined);
  const scratch = await openScratchDatabase(engine, adminUrl);
  const { database } = scratch;
  try {
    await prepareDatabase(database, () => undefined);
    const db = database.db;
    const user = await createUserAsSystem(database, {
      username: 'bench.admin', displayName: 'Quản trị đo hiệu năng', password: 'bench-password-2026', role: 'system_admin', unitId: null, agencyId: null,
    }, 'cli');
    const actor: Actor = {
      userId: user.id, username: user.username, displayName: user.displayName, role: 'system_admin',
      unitId: null, unitName: null, unitLevel: null, agencyId: null, isDemo: false, scope: { kind: 'country' },
    };
    const context: ServiceContext = { database, actor };

    const loadStarted = performance.now();
    const rows = await buildRecords(db, user.id);
    // Fresh statistics, as autovacuum keeps them on PostgreSQL. PGlite runs a standalone backend with
    // no autovacuum, so the embedded database is never analyzed by itself (progress is ~10% slower so).
    await sql`analyze`.execute(db);
    const loadMs = performance.now() - loadStarted;
    const planId = await createProvincePlan(context);
    const communes = (await loadGeography(db)).communes.length;

    const province = () => computePlanProgress(context, planId, { asOf: AS_OF }, 'vi');
    const commune = () => computePlanProgress(context, planId, { asOf: AS_OF, unit: COMMUNE }, 'vi');
    const first = await province();
    log(`  ${first.targets.length} targets, ${first.targets[0]?.children.length ?? 0} communes each`);
    const provinceTimes = await timeRuns(runs, province);
    const communeTimes = await timeRuns(runs, commune);

    // One more inspection, then the next progress must count it: there is nothing to refresh.
    const countOf = async () => (await province()).targets.find((target) => target.indicatorCode === 'inspections.count')!.result.numerator ?? 0;
    const before = await countOf();
    const establishment = await db.selectFrom('establishments').select('id').where('unit_id', '=', COMMUNE).orderBy('id').executeTakeFirstOrThrow();
    const { id } = await db.insertInto('inspections').values({ unit_id: COMMUNE, inspected_on: '2026-09-29', team: 'Đoàn kiểm tra liên ngành' }).returning('id').executeTakeFirstOrThrow();
    await db.insertInto('inspection_visits').values({ inspection_id: id, establishment_id: establishment.id, outcome: 'warning' }).execute();
    const reflectsLastWrite = (await countOf()) === before + 1;

    const result: ProgressResult = {
      engine, rows, loadMs, targets: first.targets.length, communes,
      province: { p50Ms: percentile(provinceTimes, 0.5), p95Ms: percentile(provinceTimes, 0.95), maxMs: provinceTimes.at(-1)! },
      commune: { unitId: COMMUNE, p50Ms: percentile(communeTimes, 0.5), p95Ms: percentile(communeTimes, 0.95) },
      reflectsLastWrite,
    };
    const profile = options.profile ?? 'auto';
    if (profile === true || (profile === 'auto' && result.province.p95Ms > 100)) {
      const unit = (await findUnit(db, PROVINCE))!;
      const targets = indicatorCatalogue.map(targetFor);
      const profiled = await profileQueries({ pglite: scratch.pglite, postgresUrl: scratch.url }, targets, unit);
      result.profile = profiled.timings;
      if (profiled.slowestPlan) result.slowestPlan = profiled.slowestPlan;
    }
    return result;
  } finally {
    await scratch.dispose();
  }
}
