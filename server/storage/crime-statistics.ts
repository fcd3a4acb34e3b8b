import { sql } from 'kysely';
import type { Scope } from '../../core/auth/scope.ts';
import type { CrimeArticle } from '../../core/api/crime-statistics.ts';
import type { Executor } from './executor.ts';
import { inScope } from './units.ts';

export interface CrimeStatisticsRow {
  id: string;
  unit_id: string;
  period_start: string;
  period_end: string;
  article: CrimeArticle;
  cases_handled: number;
  defendants: number;
  cases_prosecuted: number;
  defendants_prosecuted: number;
  cases_tried: number;
  defendants_tried: number;
  people_fined: number;
  establishments_fined: number;
  amount_fined: number;
  created_at: Date;
  updated_at: Date;
}

export type CrimeStatisticsUnitRow = CrimeStatisticsRow & { unit_name: string };

/** What a read returns, with `amountFined` and `toRow` (imports read the rows they insert back with them). */
export const columns = [
  'crime_statistics.id', 'crime_statistics.unit_id', 'crime_statistics.period_start', 'crime_statistics.period_end',
  'crime_statistics.article', 'crime_statistics.cases_handled', 'crime_statistics.defendants',
  'crime_statistics.cases_prosecuted', 'crime_statistics.defendants_prosecuted', 'crime_statistics.cases_tried',
  'crime_statistics.defendants_tried', 'crime_statistics.people_fined', 'crime_statistics.establishments_fined',
  'crime_statistics.created_at', 'crime_statistics.updated_at',
] as const;
// bigint travels as text, the same on PGlite and PostgreSQL whatever their parsers do with int8.
export const amountFined = sql<string>`crime_statistics.amount_fined::text`.as('amount_fined');

type RawRow = Omit<CrimeStatisticsRow, 'amount_fined' | 'article'> & { article: string; amount_fined: string };
export const toRow = <T extends RawRow>(row: T) => ({ ...row, article: row.article as CrimeArticle, amount_fined: Number(row.amount_fined) });

/** Everything a user writes about one line of a unit's statistics for a period. */
export interface CrimeStatisticsValues {
  unitId: string;
  periodStart: string;
  periodEnd: string;
  article: CrimeArticle;
  casesHandled: number;
  defendants: number;
  casesProsecuted: number;
  defendantsProsecuted: number;
  casesTried: number;
  defendantsTried: number;
  peopleFined: number;
  establishmentsFined: number;
  amountFined: number;
}

export function toColumns(values: CrimeStatisticsValues) {
  return {
    unit_id: values.unitId,
    period_start: values.periodStart,
    period_end: values.periodEnd,
    article: values.article,
    cases_handled: values.casesHandled,
    defendants: values.defendants,
    cases_prosecuted: values.casesProsecuted,
    defendants_prosecuted: values.defendantsProsecuted,
    cases_tried: values.casesTried,
    defendants_tried: values.defendantsTried,
    people_fined: values.peopleFined,
    establishments_fined: values.establishmentsFined,
    amount_fined: values.amountFined,
  };
}

export async function insertCrimeStatistics(db: Executor, values: CrimeStatisticsValues): Promise<CrimeStatisticsRow> {
  return toRow(await db.insertInto('crime_statistics').values(toColumns(values)).returning([...columns, amountFined]).executeTakeFirstOrThrow());
}

export async function updateCrimeStatistics(db: Executor, id: string, values: CrimeStatisticsValues): Promise<CrimeStatisticsRow> {
  return toRow(await db
    .updateTable('crime_statistics')
    .set({ ...toColumns(values), updated_at: new Date() })
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .returning([...columns, amountFined])
    .executeTakeFirstOrThrow());
}

/** Soft deletion: the row stays for the audit trail, no list or indicator counts it. */
export async function softDeleteCrimeStatistics(db: Executor, id: string, reason: string): Promise<void> {
  const now = new Date();
  await db
    .updateTable('crime_statistics')
    .set({ deleted_at: now, deleted_reason: reason, updated_at: now })
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
}

/** A live record, whoever asks: callers check the scope of its unit. */
export async function findCrimeStatistics(db: Executor, id: string): Promise<CrimeStatisticsRow | undefined> {
  const row = await db.selectFrom('crime_statistics').select([...columns, amountFined])
    .where('crime_statistics.id', '=', id).where('crime_statistics.deleted_at', 'is', null).executeTakeFirst();
  return row && toRow(row);
}

/**
 * Serialises the writers of one unit's line: the overlap check and the write that follows must not
 * interleave with another's, or two overlapping periods could both pass. Released at commit.
 */
export async function lockUnitLine(db: Executor, unitId: string, article: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${unitLineLockKey(unitId, article)}))`.execute(db);
}

/** The advisory lock of a unit's line: imports take the same ones. */
export const unitLineLockKey = (unitId: string, article: string) => `crime_statistics:${unitId}:${article}`;

/** A live record of the unit and line whose period shares a day with this one, if any. */
export async function findOverlapping(
  db: Executor,
  probe: { unitId: string; article: string; periodStart: string; periodEnd: string; exceptId?: string | undefined },
): Promise<CrimeStatisticsRow | undefined> {
  let query = db.selectFrom('crime_statistics').select([...columns, amountFined])
    .where('crime_statistics.unit_id', '=', probe.unitId)
    .where('crime_statistics.article', '=', probe.article)
    .where('crime_statistics.deleted_at', 'is', null)
    .where('crime_statistics.period_start', '<=', probe.periodEnd)
    .where('crime_statistics.period_end', '>=', probe.periodStart);
  if (probe.exceptId) query = query.where('crime_statistics.id', '!=', probe.exceptId);
  const row = await query.orderBy('crime_statistics.period_start').limit(1).executeTakeFirst();
  return row && toRow(row);
}

export interface CrimeStatisticsFilter {
  scope: Scope;
  /** A unit's subtree to narrow the caller's scope to. */
  within?: Scope | undefined;
  /** Only this unit's own rows. */
  unitId?: string | undefined;
  /** Rows whose period ends in this year. */
  year?: number | undefined;
  /** Rows whose period lies within these days. */
  withinDays?: { start: string; end: string } | undefined;
  article?: CrimeArticle | undefined;
}

function filtered(db: Executor, filter: CrimeStatisticsFilter) {
  let query = db
    .selectFrom('crime_statistics')
    .innerJoin('admin_units', 'admin_units.id', 'crime_statistics.unit_id')
    .where('crime_statistics.deleted_at', 'is', null)
    .where(inScope(filter.scope));
  if (filter.within) query = query.where(inScope(filter.within));
  if (filter.unitId) query = query.where('crime_statistics.unit_id', '=', filter.unitId);
  if (filter.year !== undefined) {
    query = query.where('crime_statistics.period_end', '>=', `${filter.year}-01-01`).where('crime_statistics.period_end', '<=', `${filter.year}-12-31`);
  }
  if (filter.withinDays) {
    query = query.where('crime_statistics.period_start', '>=', filter.withinDays.start).where('crime_statistics.period_end', '<=', filter.withinDays.end);
  }
  if (filter.article) query = query.where('crime_statistics.article', '=', filter.article);
  return query;
}

/** Newest period first, then by unit and in the order of the lines. */
export async function listCrimeStatistics(
  db: Executor,
  filter: CrimeStatisticsFilter & { limit: number; offset: number },
): Promise<CrimeStatisticsUnitRow[]> {
  const rows = await filtered(db, filter)
    .select([...columns, amountFined])
    .select('admin_units.name as unit_name')
    .orderBy('crime_statistics.period_start', 'desc')
    .orderBy('crime_statistics.period_end')
    .orderBy('admin_units.path')
    .orderBy(sql`array_position(array['327', '328', '329', '150', '151', 'other', 'administrative'], crime_statistics.article)`)
    .orderBy('crime_statistics.id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  return rows.map(toRow);
}

export async function countCrimeStatistics(db: Executor, filter: CrimeStatisticsFilter): Promise<number> {
  const row = await filtered(db, filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
