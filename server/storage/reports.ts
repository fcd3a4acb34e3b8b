import { sql } from 'kysely';
import type { Scope } from '../../core/auth/scope.ts';
import type { Executor } from './executor.ts';
import { unitIdInScope } from './units.ts';

/**
 * The reporting regime's tables: report requests (from a plan's reporting rules, or ad hoc), the
 * report each expected unit owes, every version of a report's content and its review steps.
 */

export type ReportStatus = 'not_started' | 'draft' | 'submitted' | 'returned' | 'accepted';
export type ReportRole = 'reporter' | 'consolidator';

export interface ReportRequestRow {
  id: string;
  issuer_unit_id: string;
  plan_id: string | null;
  kind: string;
  period_code: string;
  period_start: string;
  period_end: string;
  reporter_deadline: string;
  consolidator_deadline: string | null;
  title: string;
  instructions: string | null;
  created_by: string | null;
  created_at: Date;
}

export type ReportRequestUnitRow = ReportRequestRow & { issuer_name: string; issuer_path: string };

/** A report with its request and the names and paths of its unit and of the request's issuer. */
export interface ReportDetailRow extends Pick<ReportRequestUnitRow,
  'issuer_unit_id' | 'issuer_name' | 'issuer_path' | 'plan_id' | 'kind' | 'period_code' | 'period_start' | 'period_end'
  | 'reporter_deadline' | 'consolidator_deadline' | 'title' | 'instructions'> {
  id: string;
  request_id: string;
  unit_id: string;
  /** An agency's report (of the issuer's unit): the agency and its name; null for a unit's own report. */
  agency_id: string | null;
  agency_name: string | null;
  role: ReportRole;
  status: ReportStatus;
  current_version: number;
  submitted_at: Date | null;
  accepted_at: Date | null;
  number: string | null;
  issued_on: string | null;
  created_at: Date;
  updated_at: Date;
  unit_name: string;
  unit_path: string;
}

const requestColumns = [
  'report_requests.id', 'report_requests.issuer_unit_id', 'report_requests.plan_id', 'report_requests.kind', 'report_requests.period_code',
  'report_requests.period_start', 'report_requests.period_end', 'report_requests.reporter_deadline', 'report_requests.consolidator_deadline',
  'report_requests.title', 'report_requests.instructions', 'report_requests.created_by', 'report_requests.created_at',
] as const;

export interface NewReportRequest {
  issuerUnitId: string;
  planId: string | null;
  kind: string;
  periodCode: string;
  periodStart: string;
  periodEnd: string;
  reporterDeadline: string;
  consolidatorDeadline: string | null;
  title: string;
  instructions: string | null;
  createdBy: string | null;
}

const requestValues = (request: NewReportRequest) => ({
  issuer_unit_id: request.issuerUnitId,
  plan_id: request.planId,
  kind: request.kind,
  period_code: request.periodCode,
  period_start: request.periodStart,
  period_end: request.periodEnd,
  reporter_deadline: request.reporterDeadline,
  consolidator_deadline: request.consolidatorDeadline,
  title: request.title,
  instructions: request.instructions,
  created_by: request.createdBy,
});

export async function insertRequest(db: Executor, request: NewReportRequest): Promise<ReportRequestRow> {
  return db.insertInto('report_requests').values(requestValues(request)).returning(requestColumns).executeTakeFirstOrThrow();
}

/**
 * A plan's requests, one per kind and period: the ones that do not exist yet are inserted, the
 * existing ones are left as they are. Returns every request of the plan for those periods and
 * which of them are new.
 */
export async function insertPlanRequests(db: Executor, requests: readonly NewReportRequest[]): Promise<{ rows: ReportRequestRow[]; createdIds: Set<string> }> {
  if (requests.length === 0) return { rows: [], createdIds: new Set() };
  const created = await db.insertInto('report_requests').values(requests.map(requestValues))
    .onConflict((conflict) => conflict.columns(['plan_id', 'kind', 'period_code']).where('plan_id', 'is not', null).doNothing())
    .returning('id')
    .execute();
  const planIds = [...new Set(requests.map((request) => request.planId).filter((id): id is string => id !== null))];
  const rows = await db.selectFrom('report_requests').select(requestColumns).where('plan_id', 'in', planIds).execute();
  const wanted = new Set(requests.map((request) => `${request.planId}|${request.kind}|${request.periodCode}`));
  return { rows: rows.filter((row) => wanted.has(`${row.plan_id}|${row.kind}|${row.period_code}`)), createdIds: new Set(created.map((row) => row.id)) };
}

/** An amending plan takes over the requests (and the reports already written) of the plan it replaces. */
export async function moveRequestsToPlan(db: Executor, fromPlanId: string, toPlanId: string): Promise<number> {
  const result = await db.updateTable('report_requests').set({ plan_id: toPlanId })
    .where('plan_id', '=', fromPlanId)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('report_requests as taken').select('taken.id')
      .where('taken.plan_id', '=', toPlanId).whereRef('taken.kind', '=', 'report_requests.kind').whereRef('taken.period_code', '=', 'report_requests.period_code'))))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function findRequest(db: Executor, id: string): Promise<ReportRequestUnitRow | undefined> {
  return db.selectFrom('report_requests')
    .innerJoin('admin_units as issuer', 'issuer.id', 'report_requests.issuer_unit_id')
    .select(requestColumns)
    .select(['issuer.name as issuer_name', 'issuer.path as issuer_path'])
    .where('report_requests.id', '=', id)
    .executeTakeFirst();
}

export interface NewReport {
  requestId: string;
  unitId: string;
  role: ReportRole;
  /** An agency of the issuer's unit that owes the report (role 'reporter'). */
  agencyId?: string | null;
}

/** Adds the reports a request expects; those already there stay as they are. Returns how many were added. */
export async function insertReports(db: Executor, reports: readonly NewReport[]): Promise<number> {
  if (reports.length === 0) return 0;
  let added = 0;
  // A province's schedule over a five-year plan is thousands of rows: inserted in slices.
  for (let index = 0; index < reports.length; index += 1000) {
    const slice = reports.slice(index, index + 1000);
    const rows = await db.insertInto('reports')
      .values(slice.map((report) => ({ request_id: report.requestId, unit_id: report.unitId, role: report.role, agency_id: report.agencyId ?? null })))
      // Two partial unique indexes (a unit's report, an agency's report): whichever one a row meets.
      .onConflict((conflict) => conflict.doNothing())
      .returning('id')
      .execute();
    added += rows.length;
  }
  return added;
}

function reportsWithRequest(db: Executor) {
  return db.selectFrom('reports')
    .innerJoin('report_requests', 'report_requests.id', 'reports.request_id')
    .innerJoin('admin_units as unit', 'unit.id', 'reports.unit_id')
    .innerJoin('admin_units as issuer', 'issuer.id', 'report_requests.issuer_unit_id')
    .leftJoin('agencies as agency', 'agency.id', 'reports.agency_id')
    .select([
      'reports.id', 'reports.request_id', 'reports.unit_id', 'reports.agency_id', 'agency.name as agency_name', 'reports.role', 'reports.status', 'reports.current_version', 'reports.submitted_at',
      'reports.accepted_at', 'reports.number', 'reports.issued_on', 'reports.created_at', 'reports.updated_at',
      'unit.name as unit_name', 'unit.path as unit_path', 'report_requests.issuer_unit_id', 'issuer.name as issuer_name', 'issuer.path as issuer_path',
      'report_requests.plan_id', 'report_requests.kind', 'report_requests.period_code', 'report_requests.period_start', 'report_requests.period_end',
      'report_requests.reporter_deadline', 'report_requests.consolidator_deadline', 'report_requests.title', 'report_requests.instructions',
    ]);
}

/** A report with its request, whoever asks (callers check the scope). `lock` holds the report row until the transaction ends. */
export async function findReport(db: Executor, id: string, options: { lock?: boolean } = {}): Promise<ReportDetailRow | undefined> {
  let query = reportsWithRequest(db).where('reports.id', '=', id);
  if (options.lock) query = query.forUpdate('reports');
  return query.executeTakeFirst() as Promise<ReportDetailRow | undefined>;
}

/** Every report of a request, the consolidator's first, then the units by name, then the issuer's agencies in their order. */
export async function listRequestReports(db: Executor, requestId: string): Promise<ReportDetailRow[]> {
  return reportsWithRequest(db)
    .where('reports.request_id', '=', requestId)
    .orderBy(sql`reports.role = 'consolidator'`, 'desc')
    .orderBy(sql`reports.agency_id is not null`)
    .orderBy('agency.sort_order')
    .orderBy('agency.name')
    .orderBy('unit.search_text')
    .orderBy('reports.unit_id')
    .execute() as Promise<ReportDetailRow[]>;
}

export interface ReportListFilter {
  scope: Scope;
  /** The unit whose reports (owed or consolidated) to list; every report in the scope when absent. */
  unitId?: string | undefined;
  /** An agency's reports only (a string), the unit's own only (null), or both (undefined). */
  agencyId?: string | null | undefined;
  status?: ReportStatus | undefined;
  periodCode?: string | undefined;
}

function filteredReports(db: Executor, filter: ReportListFilter) {
  let query = reportsWithRequest(db).where(unitIdInScope('reports.unit_id', filter.scope));
  if (filter.unitId) query = query.where('reports.unit_id', '=', filter.unitId);
  if (filter.agencyId !== undefined) query = query.where('reports.agency_id', filter.agencyId === null ? 'is' : '=', filter.agencyId);
  if (filter.status) query = query.where('reports.status', '=', filter.status);
  if (filter.periodCode) query = query.where('report_requests.period_code', '=', filter.periodCode);
  return query;
}

/** The deadline a report is held to: the units', or the consolidator's own when the request sets one. */
const deadlineExpression = sql<string>`case when reports.role = 'consolidator' then coalesce(report_requests.consolidator_deadline, report_requests.reporter_deadline) else report_requests.reporter_deadline end`;

/** Reports still to write first, nearest deadline first; then those sent, latest deadline first. */
export async function listReports(db: Executor, filter: ReportListFilter & { limit: number; offset: number }): Promise<ReportDetailRow[]> {
  return filteredReports(db, filter)
    .orderBy(sql`case when reports.status in ('not_started', 'draft', 'returned') then 0 else 1 end`)
    .orderBy(sql`case when reports.status in ('not_started', 'draft', 'returned') then ${deadlineExpression} end`, 'asc')
    .orderBy(deadlineExpression, 'desc')
    .orderBy('unit.search_text')
    .orderBy('reports.id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute() as Promise<ReportDetailRow[]>;
}

export async function countReports(db: Executor, filter: ReportListFilter): Promise<number> {
  const row = await db.selectFrom('reports')
    .innerJoin('report_requests', 'report_requests.id', 'reports.request_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(unitIdInScope('reports.unit_id', filter.scope))
    .$if(filter.unitId !== undefined, (query) => query.where('reports.unit_id', '=', filter.unitId!))
    .$if(filter.agencyId !== undefined, (query) => query.where('reports.agency_id', filter.agencyId === null ? 'is' : '=', filter.agencyId!))
    .$if(filter.status !== undefined, (query) => query.where('reports.status', '=', filter.status!))
    .$if(filter.periodCode !== undefined, (query) => query.where('report_requests.period_code', '=', filter.periodCode!))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The content of one version of a report (undefined before the first save). */
export async function findVersionContent(db: Executor, reportId: string, version: number): Promise<unknown> {
  if (version < 1) return undefined;
  const row = await db.selectFrom('report_versions').select('content').where('report_id', '=', reportId).where('version', '=', version).executeTakeFirst();
  return row?.content;
}

/** The latest version's content of each report, in one query: what a consolidated report is made of. */
export async function listLatestContents(db: Executor, reportIds: readonly string[]): Promise<Map<string, unknown>> {
  if (reportIds.length === 0) return new Map();
  const rows = await db.selectFrom('report_versions')
    .innerJoin('reports', (join) => join.onRef('reports.id', '=', 'report_versions.report_id').onRef('reports.current_version', '=', 'report_versions.version'))
    .select(['report_versions.report_id', 'report_versions.content'])
    .where('report_versions.report_id', 'in', [...reportIds])
    .execute();
  return new Map(rows.map((row) => [row.report_id, row.content]));
}

export async function insertVersion(db: Executor, version: { reportId: string; version: number; content: unknown; createdBy: string | null }): Promise<void> {
  await db.insertInto('report_versions').values({
    report_id: version.reportId, version: version.version, content: JSON.stringify(version.content), created_by: version.createdBy,
  }).execute();
}

export async function updateReportState(
  db: Executor,
  id: string,
  state: { status: ReportStatus; currentVersion?: number; submittedAt?: Date | null; acceptedAt?: Date | null },
): Promise<void> {
  await db.updateTable('reports').set({
    status: state.status,
    updated_at: new Date(),
    ...(state.currentVersion !== undefined ? { current_version: state.currentVersion } : {}),
    ...(state.submittedAt !== undefined ? { submitted_at: state.submittedAt } : {}),
    ...(state.acceptedAt !== undefined ? { accepted_at: state.acceptedAt } : {}),
  }).where('id', '=', id).executeTakeFirstOrThrow();
}

export type ReportAction = 'save' | 'submit' | 'return' | 'accept';

export async function insertEvent(db: Executor, event: { reportId: string; actorUserId: string | null; action: ReportAction; version: number | null; comment: string | null }): Promise<void> {
  await db.insertInto('report_events').values({
    report_id: event.reportId, actor_user_id: event.actorUserId, action: event.action, version: event.version, comment: event.comment,
  }).execute();
}

export interface ReportEventRow {
  at: Date;
  actor_name: string | null;
  action: ReportAction;
  version: number | null;
  comment: string | null;
}

/** A report's steps, oldest first. */
export async function listEvents(db: Executor, reportId: string): Promise<ReportEventRow[]> {
  return db.selectFrom('report_events')
    .leftJoin('users', 'users.id', 'report_events.actor_user_id')
    .select(['report_events.at', 'users.display_name as actor_name', 'report_events.action', 'report_events.version', 'report_events.comment'])
    .where('report_events.report_id', '=', reportId)
    .orderBy('report_events.at')
    .orderBy('report_events.id')
    .execute() as Promise<ReportEventRow[]>;
}
