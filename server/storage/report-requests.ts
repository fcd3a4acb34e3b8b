import { sql } from 'kysely';
import type { Scope } from '../../core/auth/scope.ts';
import type { Executor } from './executor.ts';
import type { ReportRequestRow, ReportStatus } from './reports.ts';
import { unitIdInScope } from './units.ts';

/**
 * The requests a unit issued, with how far each has come: counts over its reporters' reports
 * (units below and the unit's agencies) and its consolidated report. One query per page, so a
 * province's years of requests over thousands of reports are counted by the database.
 */

/** A request as listed (without its instructions), with how far its reports have come. */
export interface RequestProgressRow extends Pick<ReportRequestRow,
  'id' | 'title' | 'kind' | 'period_code' | 'period_start' | 'period_end' | 'reporter_deadline' | 'consolidator_deadline' | 'issuer_unit_id' | 'plan_id'> {
  issuer_name: string;
  expected: number;
  submitted: number;
  accepted: number;
  on_time: number;
  consolidated_report_id: string | null;
  consolidated_status: ReportStatus | null;
}

export interface IssuedRequestFilter {
  scope: Scope;
  /** The issuing unit; every request issued in the scope when absent (a system administrator without a unit). */
  issuerUnitId?: string | undefined;
}

const isSent = sql<boolean>`reporter.status in ('submitted', 'accepted')`;
/**
 * The day a report was sent, in Vietnam (UTC+7 all year, as todayInVietnam() counts it), held to
 * the reporters' deadline: the same rule as timelinessOf() in the report service.
 */
const sentOnTime = sql<boolean>`${isSent} and ((reporter.submitted_at at time zone 'UTC') + interval '7 hours')::date <= report_requests.reporter_deadline`;

function issuedRequests(db: Executor, filter: IssuedRequestFilter) {
  let query = db.selectFrom('report_requests').where(unitIdInScope('report_requests.issuer_unit_id', filter.scope));
  if (filter.issuerUnitId !== undefined) query = query.where('report_requests.issuer_unit_id', '=', filter.issuerUnitId);
  return query;
}

/** A page of requests, newest period first (period end, then the reporters' deadline, then the latest issued). */
export async function listIssuedRequests(db: Executor, filter: IssuedRequestFilter & { limit: number; offset: number }): Promise<RequestProgressRow[]> {
  const rows = await issuedRequests(db, filter)
    .innerJoin('admin_units as issuer', 'issuer.id', 'report_requests.issuer_unit_id')
    .leftJoin('reports as reporter', (join) => join.onRef('reporter.request_id', '=', 'report_requests.id').on('reporter.role', '=', 'reporter'))
    .leftJoin('reports as consolidated', (join) => join.onRef('consolidated.request_id', '=', 'report_requests.id').on('consolidated.role', '=', 'consolidator'))
    .select([
      'report_requests.id', 'report_requests.title', 'report_requests.kind', 'report_requests.period_code', 'report_requests.period_start',
      'report_requests.period_end', 'report_requests.reporter_deadline', 'report_requests.consolidator_deadline', 'report_requests.issuer_unit_id',
      'issuer.name as issuer_name', 'report_requests.plan_id', 'consolidated.id as consolidated_report_id', 'consolidated.status as consolidated_status',
    ])
    .select((eb) => [
      eb.fn.count<string>('reporter.id').as('expected'),
      eb.fn.count<string>('reporter.id').filterWhere(isSent).as('submitted'),
      eb.fn.count<string>('reporter.id').filterWhere('reporter.status', '=', 'accepted').as('accepted'),
      eb.fn.count<string>('reporter.id').filterWhere(sentOnTime).as('on_time'),
    ])
    .groupBy(['report_requests.id', 'issuer.name', 'consolidated.id', 'consolidated.status'])
    .orderBy('report_requests.period_end', 'desc')
    .orderBy('report_requests.reporter_deadline', 'desc')
    .orderBy('report_requests.created_at', 'desc')
    .orderBy('report_requests.id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  // PostgreSQL counts in bigint, which the driver hands over as text.
  return rows.map((row) => ({
    ...row,
    expected: Number(row.expected), submitted: Number(row.submitted), accepted: Number(row.accepted), on_time: Number(row.on_time),
    consolidated_status: row.consolidated_status as ReportStatus | null,
  }));
}

export async function countIssuedRequests(db: Executor, filter: IssuedRequestFilter): Promise<number> {
  const row = await issuedRequests(db, filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
