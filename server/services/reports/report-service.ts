import type { z } from 'zod';
import type { Report, ReportContent, reportListQuery, ReportSave, ReportSummary } from '../../../core/api/reports.ts';
import { hasPermission } from '../../../core/auth/roles.ts';
import { isUnitInScope } from '../../../core/auth/scope.ts';
import { todayInVietnam } from '../../../core/dates/format.ts';
import { AppError, type FieldIssue, type LocalText } from '../../../core/errors/app-error.ts';
import type { Language } from '../../../core/errors/messages.ts';
import { planContent, type ReportingRule, type Signer } from '../../../core/plans/plan.ts';
import { figureTables } from '../../../core/reports/figures.ts';
import { timeliness, type ReportKind } from '../../../core/reports/schedule.ts';
import { daysBetween } from '../../../core/tips/deadlines.ts';
import { reportWording } from '../../documents/report-language.ts';
import type { Executor } from '../../storage/executor.ts';
import { listAgencies, type AgencyRow } from '../../storage/agencies.ts';
import { findPlan } from '../../storage/plans.ts';
import {
  countReports, findReport, findVersionContent, insertEvent, insertVersion, listEvents, listReports, updateReportState,
  type ReportAction, type ReportDetailRow, type ReportStatus,
} from '../../storage/reports.ts';
import { findUnit } from '../../storage/units.ts';
import { auditDenial, auditSuccess } from '../audit/audit-service.ts';
import type { ServiceContext } from '../context.ts';
import { getVisibleUnit } from '../units/unit-service.ts';
import { asContent, computeContent, emptyNarrative, relabel } from './report-content.ts';

/**
 * A unit's report: read (figures computed live until it is submitted), saved as a new version,
 * submitted, returned with comments or accepted by the unit that asked for it (or one above that),
 * after which it is locked. Every step is a report event and an audit entry.
 */

export type ReportListQueryInput = z.infer<typeof reportListQuery>;

/** The day a moment falls on in Vietnam. */
const dayOf = (moment: Date | null) => (moment ? todayInVietnam(moment.getTime()) : null);

const statusWords: Record<ReportStatus, LocalText> = {
  not_started: { vi: 'chưa lập', en: 'not started' },
  draft: { vi: 'dự thảo', en: 'draft' },
  submitted: { vi: 'đã gửi', en: 'submitted' },
  returned: { vi: 'bị trả lại', en: 'returned' },
  accepted: { vi: 'đã tiếp nhận', en: 'accepted' },
};

/** The deadline a report is held to: the units', or the consolidator's own when the request sets one. */
export function deadlineOf(row: Pick<ReportDetailRow, 'role' | 'reporter_deadline' | 'consolidator_deadline'>): string {
  return row.role === 'consolidator' ? (row.consolidator_deadline ?? row.reporter_deadline) : row.reporter_deadline;
}

/** Submitted on time, late, missing (deadline passed, nothing submitted) or not yet due. A returned report counts as not submitted. */
export function timelinessOf(row: ReportDetailRow, today: string): ReportSummary['timeliness'] {
  const sent = row.status === 'submitted' || row.status === 'accepted' ? dayOf(row.submitted_at) : null;
  return timeliness(deadlineOf(row), sent, today);
}

export function toSummary(row: ReportDetailRow, today: string): ReportSummary {
  const deadline = deadlineOf(row);
  return {
    id: row.id, requestId: row.request_id, title: row.title, kind: row.kind as ReportKind, periodCode: row.period_code,
    periodStart: row.period_start, periodEnd: row.period_end, unitId: row.unit_id, unitName: row.unit_name,
    agencyId: row.agency_id, agencyName: row.agency_name, issuerUnitName: row.issuer_name,
    role: row.role, status: row.status, deadline, timeliness: timelinessOf(row, today), daysToDeadline: daysBetween(today, deadline),
    submittedAt: row.submitted_at?.toISOString() ?? null, acceptedAt: row.accepted_at?.toISOString() ?? null,
  };
}

/** The same caller, every query in the transaction (PGlite has one connection: a query beside it would wait forever). */
function inTransaction(context: ServiceContext, trx: Executor): ServiceContext {
  return { actor: context.actor, database: { ...context.database, db: trx } };
}

/** Whether the caller may read a report: its unit is in the caller's scope, or the request's issuer is (the caller consolidates it). */
function mayRead(context: ServiceContext, row: ReportDetailRow): boolean {
  const { scope } = context.actor;
  return isUnitInScope(scope, row.unit_path) || isUnitInScope(scope, row.issuer_path);
}

/** Why the caller may not write this report, or null when they may (a system administrator writes any). */
function writeRefusal(context: ServiceContext, row: ReportDetailRow): AppError | null {
  const { actor } = context;
  if (actor.scope.kind === 'country') return null;
  if (actor.unitId !== row.unit_id) return new AppError('report_not_own_unit', 403, { unit: row.unit_name, unitId: row.unit_id });
  if (row.agency_id === null) {
    // The unit's own report is the lead agency's to write; an agency officer writes their agency's.
    return actor.role === 'agency_officer' ? new AppError('report_for_lead_agency', 403, { unit: row.unit_name, unitId: row.unit_id }) : null;
  }
  // An agency's officers write its report; the consolidator enters one the agency sent on paper.
  if (actor.agencyId === row.agency_id || hasPermission(actor.role, 'report.review')) return null;
  return new AppError('report_not_own_agency', 403, { agency: row.agency_name ?? '', unitId: row.unit_id });
}

/**
 * Whether the caller reviews this report: a unit's report is reviewed by the request's issuer or
 * a unit above it; the issuer's consolidated report by a unit above the issuer.
 */
function isReviewer(context: ServiceContext, row: ReportDetailRow): boolean {
  const { scope } = context.actor;
  if (scope.kind === 'country') return true;
  if (!row.issuer_path.startsWith(scope.unitPath)) return false;
  return row.role === 'reporter' || row.issuer_unit_id !== scope.unitId;
}

const outOfScope = (row: ReportDetailRow) => new AppError('out_of_scope', 403, { unit: row.unit_id, unitId: row.unit_id });

async function loadReadable(context: ServiceContext, id: string, options: { lock?: boolean } = {}): Promise<ReportDetailRow> {
  const row = await findReport(context.database.db, id, options);
  if (!row) throw new AppError('not_found', 404, { entity: 'report', id });
  if (!mayRead(context, row)) throw outOfScope(row);
  return row;
}

function assertOwnUnit(context: ServiceContext, row: ReportDetailRow): void {
  if (!hasPermission(context.actor.role, 'report.write')) throw new AppError('forbidden', 403);
  const refusal = writeRefusal(context, row);
  if (refusal) throw refusal;
}

function assertReviewer(context: ServiceContext, row: ReportDetailRow): void {
  if (!hasPermission(context.actor.role, 'report.review')) throw new AppError('forbidden', 403);
  if (!isReviewer(context, row)) throw new AppError('report_not_reviewer', 403, { unit: row.issuer_name, unitId: row.unit_id });
}

/** Whether a report can still be written: accepted ones are locked, submitted ones wait for review. */
function assertEditable(row: ReportDetailRow): void {
  if (row.status === 'accepted') throw new AppError('report_locked', 409);
  if (row.status === 'submitted') throw new AppError('report_not_editable', 409);
}

function assertSubmitted(row: ReportDetailRow): void {
  if (row.status === 'accepted') throw new AppError('report_locked', 409);
  if (row.status !== 'submitted') throw new AppError('report_not_submitted', 409, { status: statusWords[row.status] });
}

const isFrozen = (status: ReportStatus) => status === 'submitted' || status === 'accepted';

/** The latest saved version's content, if any. */
async function latestContent(db: Executor, row: ReportDetailRow): Promise<ReportContent | undefined> {
  return asContent(await findVersionContent(db, row.id, row.current_version));
}

/** The content as the caller sees it now: frozen once submitted, otherwise computed from the records with the unit's corrections. */
async function contentOf(context: ServiceContext, row: ReportDetailRow, language: Language): Promise<ReportContent> {
  const stored = await latestContent(context.database.db, row);
  if (isFrozen(row.status) && stored) return relabel(stored, language);
  return computeContent(context, row, {
    narrative: stored?.narrative ?? emptyNarrative(),
    corrections: stored?.corrections ?? [],
  }, language);
}

async function toReport(context: ServiceContext, row: ReportDetailRow, language: Language): Promise<Report> {
  const db = context.database.db;
  const [content, events] = await Promise.all([contentOf(context, row, language), listEvents(db, row.id)]);
  const { role } = context.actor;
  return {
    ...toSummary(row, todayInVietnam()),
    version: row.current_version,
    content,
    instructions: row.instructions,
    events: events.map((event) => ({
      at: event.at.toISOString(), actorName: event.actor_name, action: event.action, version: event.version, comment: event.comment,
    })),
    canEdit: hasPermission(role, 'report.write') && writeRefusal(context, row) === null && !isFrozen(row.status),
    canReview: hasPermission(role, 'report.review') && isReviewer(context, row) && row.status === 'submitted',
  };
}

export async function getReport(context: ServiceContext, id: string, language: Language = 'vi'): Promise<Report> {
  return toReport(context, await loadReadable(context, id), language);
}

export interface ReportDocumentData {
  report: Report;
  request: {
    kind: ReportKind; periodCode: string; periodStart: string; periodEnd: string; title: string;
    reporterDeadline: string; consolidatorDeadline: string | null; planId: string | null;
  };
  unit: { id: string; name: string; shortName: string; kind: string; level: string };
  /** An agency's report: the agency that writes and signs it. */
  agency: { name: string; kind: string } | null;
  parentAuthority: string | null;
  recipients: string[];
  signer: Signer | null;
  number: string | null;
}

/**
 * What the report's .docx and .xlsx are made from (scope as reading): the report in Vietnamese,
 * its request, its unit, who receives it and who signs. A unit's report goes to the issuer; the
 * consolidated report to the recipients of the plan's rule (or the plan's), signed as the plan is.
 * The lines this service writes itself (the recipients of a unit's or an agency's report, the
 * committee over an office) are worded in the document's language; the report stays in
 * Vietnamese, the documents' builders word its figures.
 */
export async function getReportForDocument(context: ServiceContext, id: string, language: Language = 'vi'): Promise<ReportDocumentData> {
  const { addresses } = reportWording(language);
  const row = await loadReadable(context, id);
  const db = context.database.db;
  const [report, unit, plan, agencies] = await Promise.all([
    toReport(context, row, 'vi'),
    findUnit(db, row.unit_id),
    row.plan_id ? findPlan(db, row.plan_id) : Promise.resolve(undefined),
    row.agency_id ? listAgencies(db, row.unit_id) : Promise.resolve([]),
  ]);
  const agency = agencies.find((candidate) => candidate.id === row.agency_id);
  const content = plan ? planContent.partial().safeParse(plan.content) : undefined;
  const rules: ReportingRule[] = content?.success ? (content.data.reportingRules ?? []) : [];
  const rule = rules.find((candidate) => candidate.kind === row.kind);
  let recipients: string[];
  const lead = agencies.find((candidate) => candidate.is_lead);
  // An agency reports "về Sở … để tổng hợp báo cáo UBND tỉnh": to the lead agency, for the committee.
  if (agency) recipients = lead ? [addresses.forConsolidation(lead.name), addresses.forReport(addresses.committeeOf(row.issuer_name))] : [addresses.committeeOf(row.issuer_name)];
  else if (row.role === 'reporter') recipients = [addresses.committeeOf(row.issuer_name)];
  else recipients = rule?.recipients.length ? [...rule.recipients] : content?.success ? [...(content.data.recipients ?? [])] : [];
  return {
    report,
    request: {
      kind: row.kind as ReportKind, periodCode: row.period_code, periodStart: row.period_start, periodEnd: row.period_end, title: row.title,
      reporterDeadline: row.reporter_deadline, consolidatorDeadline: row.consolidator_deadline, planId: row.plan_id,
    },
    unit: { id: row.unit_id, name: unit?.name ?? row.unit_name, shortName: unit?.short_name ?? row.unit_name, kind: unit?.kind ?? '', level: unit?.level ?? '' },
    agency: agency ? { name: agency.name, kind: agency.kind } : null,
    // The committee's own offices print it over their name; police, courts and mass organisations answer elsewhere.
    parentAuthority: agency && isCommitteeOffice(agency) ? addresses.committeeOver(unit?.name ?? row.unit_name) : null,
    recipients,
    // The plan's signer signs for the issuer: its consolidated report. A unit's report is signed by its own chair.
    signer: row.role === 'consolidator' && content?.success ? (content.data.signer ?? null) : null,
    number: row.number,
  };
}

/** Agencies of the committee itself (sở, phòng, the commune's offices), as opposed to bodies with their own line of command. */
function isCommitteeOffice(agency: AgencyRow): boolean {
  const ownLine = ['police', 'border_guard', 'military', 'inspection_team', 'radio_television', 'newspaper', 'school', 'health_station', 'other'];
  return !agency.is_request_only && !ownLine.includes(agency.kind);
}

/** The reports a unit owes or consolidates (default: the caller's unit), those still to write first. */
export async function searchReports(context: ServiceContext, query: ReportListQueryInput): Promise<{ items: ReportSummary[]; total: number; page: number; pageSize: number }> {
  const unitId = query.unit ? (await getVisibleUnit(context, query.unit)).id : (context.actor.unitId ?? undefined);
  // An agency's officer owes its agency's reports; everyone else sees the unit's own (agencies'
  // reports are reached from the consolidator's board).
  const agencyId = context.actor.role === 'agency_officer' ? context.actor.agencyId : null;
  const filter = { scope: context.actor.scope, unitId, agencyId, status: query.status, periodCode: query.periodCode };
  const db = context.database.db;
  const [rows, total] = await Promise.all([
    listReports(db, { ...filter, limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
    countReports(db, filter),
  ]);
  const today = todayInVietnam();
  return { items: rows.map((row) => toSummary(row, today)), total, page: query.page, pageSize: query.pageSize };
}

function correctionIssues(input: ReportSave): FieldIssue[] {
  const issues: FieldIssue[] = [];
  input.corrections.forEach((correction, index) => {
    const table = figureTables.find((candidate) => candidate.key === correction.table);
    if (!table) {
      issues.push({ field: `corrections.${index}.table`, message: `Không có bảng số liệu "${correction.table}" | No figure table "${correction.table}"` });
    } else if (!table.figures.some((figure) => figure.key === correction.figure)) {
      issues.push({ field: `corrections.${index}.figure`, message: `Bảng "${table.title.vi}" không có chỉ số "${correction.figure}" | Table "${table.title.en}" has no figure "${correction.figure}"` });
    }
  });
  return issues;
}

/** One correction per figure: the last one written wins. */
function distinctCorrections(corrections: ReportSave['corrections']): ReportSave['corrections'] {
  const byFigure = new Map(corrections.map((correction) => [`${correction.table}|${correction.figure}`, correction]));
  return [...byFigure.values()];
}

async function record(
  trx: Executor, context: ServiceContext, row: ReportDetailRow,
  step: { action: ReportAction; auditAction: string; status: ReportStatus; version: number | null; comment: string | null; summary: Record<string, unknown> },
): Promise<void> {
  await insertEvent(trx, { reportId: row.id, actorUserId: context.actor.userId, action: step.action, version: step.version, comment: step.comment });
  await auditSuccess(trx, context.actor, {
    action: step.auditAction, unitId: row.unit_id, targetType: 'report', targetId: row.id,
    summary: { before: { status: row.status, version: row.current_version }, after: { status: step.status, version: step.version ?? row.current_version, ...step.summary } },
  });
}

/**
 * Runs a step; a refusal for the report's state or the input (409, 400) is audited as denied, with
 * its reason, before it reaches the caller (403 refusals are audited by the error handler).
 */
async function auditedStep<T>(context: ServiceContext, action: string, id: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof AppError && (error.status === 409 || error.status === 400)) {
      const row = await findReport(context.database.db, id).catch(() => undefined);
      await auditDenial(context.database.db, context.actor, {
        action, unitId: row?.unit_id ?? null, targetType: 'report', targetId: id, reason: error.code,
        summary: row ? { status: row.status } : {},
      });
    }
    throw error;
  }
}

/** Saves the narrative and corrections as a new version; the report becomes (or stays) a draft. */
export async function saveReport(context: ServiceContext, id: string, input: ReportSave, language: Language = 'vi'): Promise<Report> {
  await auditedStep(context, 'report.update', id, async () => {
    const issues = correctionIssues(input);
    if (issues.length > 0) throw new AppError('validation_failed', 400, {}, issues);
    const corrections = distinctCorrections(input.corrections);
    await context.database.db.transaction().execute(async (trx) => {
      const scoped = inTransaction(context, trx);
      const row = await loadReadable(scoped, id, { lock: true });
      assertOwnUnit(context, row);
      assertEditable(row);
      const content = await computeContent(scoped, row, { narrative: input.narrative, corrections }, 'vi');
      const version = row.current_version + 1;
      await insertVersion(trx, { reportId: id, version, content, createdBy: context.actor.userId });
      await updateReportState(trx, id, { status: 'draft', currentVersion: version });
      await record(trx, context, row, {
        action: 'save', auditAction: 'report.update', status: 'draft', version, comment: null,
        summary: { corrections: content.corrections.map(({ table, figure, value, computed }) => ({ table, figure, value, computed })) },
      });
    });
  });
  return getReport(context, id, language);
}

/** Freezes the figures as computed now, with the unit's narrative and corrections, into a new version and sends it up. */
export async function submitReport(context: ServiceContext, id: string, language: Language = 'vi'): Promise<Report> {
  await auditedStep(context, 'report.submit', id, async () => {
    await context.database.db.transaction().execute(async (trx) => {
      const scoped = inTransaction(context, trx);
      const row = await loadReadable(scoped, id, { lock: true });
      assertOwnUnit(context, row);
      assertEditable(row);
      const stored = await latestContent(trx, row);
      const content = await computeContent(scoped, row, { narrative: stored?.narrative ?? emptyNarrative(), corrections: stored?.corrections ?? [] }, 'vi');
      const version = row.current_version + 1;
      await insertVersion(trx, { reportId: id, version, content, createdBy: context.actor.userId });
      await updateReportState(trx, id, { status: 'submitted', currentVersion: version, submittedAt: new Date() });
      await record(trx, context, row, {
        action: 'submit', auditAction: 'report.submit', status: 'submitted', version, comment: null,
        summary: { periodCode: row.period_code, missingUnits: content.missingUnits.length, corrections: content.corrections.length },
      });
    });
  });
  return getReport(context, id, language);
}

/** Sends a submitted report back to its unit with the reviewer's comments; the unit revises and resubmits. */
export async function returnReport(context: ServiceContext, id: string, comment: string, language: Language = 'vi'): Promise<Report> {
  await auditedStep(context, 'report.return', id, async () => {
    await context.database.db.transaction().execute(async (trx) => {
      const row = await loadReadable(inTransaction(context, trx), id, { lock: true });
      assertReviewer(context, row);
      assertSubmitted(row);
      await updateReportState(trx, id, { status: 'returned' });
      await record(trx, context, row, { action: 'return', auditAction: 'report.return', status: 'returned', version: row.current_version, comment, summary: { comment } });
    });
  });
  return getReport(context, id, language);
}

/** Accepts a submitted report: it is locked from now on, and its figures feed the consolidated report. */
export async function acceptReport(context: ServiceContext, id: string, language: Language = 'vi'): Promise<Report> {
  await auditedStep(context, 'report.accept', id, async () => {
    await context.database.db.transaction().execute(async (trx) => {
      const row = await loadReadable(inTransaction(context, trx), id, { lock: true });
      assertReviewer(context, row);
      assertSubmitted(row);
      await updateReportState(trx, id, { status: 'accepted', acceptedAt: new Date() });
      await record(trx, context, row, { action: 'accept', auditAction: 'report.accept', status: 'accepted', version: row.current_version, comment: null, summary: {} });
    });
  });
  return getReport(context, id, language);
}
