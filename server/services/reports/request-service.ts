import type { AdHocRequestCreate, CompletenessBoard } from '../../../core/api/reports.ts';
import { hasPermission } from '../../../core/auth/roles.ts';
import { isUnitInScope } from '../../../core/auth/scope.ts';
import { formatDate, todayInVietnam } from '../../../core/dates/format.ts';
import { AppError, type FieldIssue } from '../../../core/errors/app-error.ts';
import type { PlanContent } from '../../../core/plans/plan.ts';
import { findAgency, type AgencyRow } from '../../storage/agencies.ts';
import { findRequest, insertReports, insertRequest, listRequestReports } from '../../storage/reports.ts';
import { findUnit, type UnitRow } from '../../storage/units.ts';
import { auditDenial, auditSuccess } from '../audit/audit-service.ts';
import type { ServiceContext } from '../context.ts';
import { getPlanIssuer, getVisiblePlan } from '../plans/plan-service.ts';
import { getVisibleUnit } from '../units/unit-service.ts';
import { timelinessOf } from './report-service.ts';
import { adHocPeriodCode } from './report-titles.ts';
import { generatePlanSchedule, type ScheduleResult } from './schedule-generation.ts';

/** Report requests: a plan's schedule refreshed, an upper unit's ad hoc request, a request's completeness board. */

function assertMayReview(context: ServiceContext): void {
  if (!hasPermission(context.actor.role, 'report.review')) throw new AppError('forbidden', 403);
}

/**
 * (Re)generates an issued plan's schedule: the requests and reports its reporting rules expect
 * that do not exist yet (a unit that appeared since, a rule's period). Idempotent. The caller's
 * unit is the plan's issuer or above it.
 */
export async function refreshPlanSchedule(context: ServiceContext, planId: string): Promise<ScheduleResult> {
  assertMayReview(context);
  const plan = await getVisiblePlan(context, planId);
  const issuer = await getPlanIssuer(context, plan);
  // Reading a plan reaches the units below its issuer; scheduling is the issuer's (or above).
  await getVisibleUnit(context, issuer.id);
  if (plan.status !== 'issued') {
    await auditDenial(context.database.db, context.actor, { action: 'report_request.create', unitId: issuer.id, targetType: 'plan', targetId: plan.id, reason: 'report_plan_not_issued' });
    throw new AppError('report_plan_not_issued', 409);
  }
  const content = plan.content as Partial<PlanContent>;
  return context.database.db.transaction().execute((trx) => generatePlanSchedule(trx, context.actor, {
    id: plan.id, issuerUnitId: plan.issuer_unit_id, periodCode: plan.period_code, title: plan.title, number: plan.number,
    reportingRules: content.reportingRules ?? [], assignments: content.assignments ?? [], amendsPlanId: null,
  }));
}

const isRealDate = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};

/** The agencies asked: active agencies of the issuer's unit other than its lead (which consolidates). */
async function requestedAgencies(context: ServiceContext, issuer: UnitRow, agencyIds: readonly string[]): Promise<{ agencies: AgencyRow[]; issues: FieldIssue[] }> {
  const agencies: AgencyRow[] = [];
  const issues: FieldIssue[] = [];
  for (const [index, agencyId] of [...new Set(agencyIds)].entries()) {
    const agency = await findAgency(context.database.db, agencyId);
    const field = `agencyIds.${index}`;
    if (!agency || agency.unit_id !== issuer.id) {
      // Another unit's agency is not the caller's to ask, and its name is not theirs to learn.
      issues.push({ field, message: `Không có cơ quan "${agencyId}" trong danh sách cơ quan của ${issuer.name} | No agency "${agencyId}" among ${issuer.name}'s agencies` });
    } else if (!agency.is_active) {
      issues.push({ field, message: `${agency.name} đã ngừng hoạt động; hãy bỏ chọn | ${agency.name} is no longer active; untick it` });
    } else if (agency.is_lead) {
      issues.push({ field, message: `${agency.name} là cơ quan thường trực, tổng hợp báo cáo, không tự báo cáo cho mình | ${agency.name} is the lead agency: it consolidates the reports` });
    } else {
      agencies.push(agency);
    }
  }
  return { agencies, issues };
}

/**
 * An upper unit's request for a report outside the regime: the listed units (current units below
 * the caller's unit) and agencies (of the caller's unit) each owe one report by the deadline, and
 * the caller's unit consolidates them.
 */
export async function createAdHocRequest(context: ServiceContext, input: AdHocRequestCreate): Promise<{ requestId: string; consolidatedReportId: string; reports: number }> {
  assertMayReview(context);
  const refuse = async (error: AppError) => {
    await auditDenial(context.database.db, context.actor, { action: 'report_request.create', reason: error.code, targetType: 'report_request', summary: { fields: error.details.map((issue) => issue.field) } });
    return error;
  };
  const callerUnitId = context.actor.unitId;
  if (!callerUnitId) {
    throw await refuse(new AppError('validation_failed', 400, {}, [{ field: 'unitIds', message: 'Yêu cầu báo cáo đột xuất do một đơn vị ban hành: hãy đăng nhập bằng tài khoản của đơn vị | An ad hoc request is issued by a unit: sign in with a unit\'s account' }]));
  }
  const issuer = await getVisibleUnit(context, callerUnitId);
  const issues: FieldIssue[] = [];
  for (const field of ['periodStart', 'periodEnd', 'reporterDeadline'] as const) {
    if (!isRealDate(input[field])) issues.push({ field, message: `Ngày ${input[field]} không có thật | ${input[field]} is not a real date` });
  }
  if (issues.length === 0 && input.periodEnd < input.periodStart) {
    issues.push({ field: 'periodEnd', message: `Ngày kết thúc kỳ (${formatDate(input.periodEnd)}) phải từ ngày bắt đầu (${formatDate(input.periodStart)}) trở đi | The period must not end before it starts` });
  }
  if (issues.length > 0) throw await refuse(new AppError('validation_failed', 400, {}, issues));
  const today = todayInVietnam();
  if (input.reporterDeadline < today) {
    throw await refuse(new AppError('report_request_deadline_past', 400, { date: formatDate(input.reporterDeadline) }, [
      { field: 'reporterDeadline', message: `Hạn gửi ${formatDate(input.reporterDeadline)} đã qua; hãy chọn từ hôm nay (${formatDate(today)}) trở đi | The deadline ${input.reporterDeadline} has passed; choose today (${today}) or later` },
    ]));
  }
  const unitIds = [...new Set(input.unitIds)];
  const unitIssues: FieldIssue[] = [];
  const units: UnitRow[] = [];
  for (const [index, unitId] of unitIds.entries()) {
    const unit = await findUnit(context.database.db, unitId);
    if (!unit) {
      unitIssues.push({ field: `unitIds.${index}`, message: `Không có đơn vị "${unitId}" | No unit "${unitId}"` });
    } else if (unit.valid_to !== null) {
      unitIssues.push({ field: `unitIds.${index}`, message: `Đơn vị "${unit.id}" đã giải thể hoặc sáp nhập; hãy chọn đơn vị hiện hành | Unit "${unit.id}" no longer exists; choose a current unit` });
    } else if (!isUnitInScope({ kind: 'subtree', unitId: issuer.id, unitPath: issuer.path }, unit.path)) {
      // Outside the caller's unit: not theirs to ask, and not theirs to learn the name of.
      throw new AppError('out_of_scope', 403, { unit: unit.id, unitId: unit.id });
    } else if (unit.id === issuer.id) {
      unitIssues.push({ field: `unitIds.${index}`, message: `${unit.name}: chỉ yêu cầu được các đơn vị hiện hành thuộc ${issuer.name} | ${unit.name}: only current units below ${issuer.name} can be asked` });
    } else {
      units.push(unit);
    }
  }
  const { agencies, issues: agencyIssues } = await requestedAgencies(context, issuer, input.agencyIds);
  if (unitIssues.length + agencyIssues.length > 0) throw await refuse(new AppError('validation_failed', 400, {}, [...unitIssues, ...agencyIssues]));
  if (units.length + agencies.length === 0) {
    throw await refuse(new AppError('report_request_empty', 400, {}, [
      { field: 'unitIds', message: 'Hãy chọn ít nhất một đơn vị cấp dưới hoặc một cơ quan, ban, ngành | Choose at least one unit below or one agency' },
    ]));
  }
  return context.database.db.transaction().execute(async (trx) => {
    const request = await insertRequest(trx, {
      issuerUnitId: issuer.id, planId: null, kind: 'ad_hoc', periodCode: adHocPeriodCode(input.periodStart, input.periodEnd),
      periodStart: input.periodStart, periodEnd: input.periodEnd, reporterDeadline: input.reporterDeadline, consolidatorDeadline: null,
      title: input.title, instructions: input.instructions, createdBy: context.actor.userId,
    });
    await insertReports(trx, [
      { requestId: request.id, unitId: issuer.id, role: 'consolidator' },
      ...units.map((unit) => ({ requestId: request.id, unitId: unit.id, role: 'reporter' as const })),
      ...agencies.map((agency) => ({ requestId: request.id, unitId: issuer.id, agencyId: agency.id, role: 'reporter' as const })),
    ]);
    await auditSuccess(trx, context.actor, {
      action: 'report_request.create', unitId: issuer.id, targetType: 'report_request', targetId: request.id,
      summary: { after: { source: 'ad_hoc', title: input.title, periodStart: input.periodStart, periodEnd: input.periodEnd, reporterDeadline: input.reporterDeadline, units: units.map((unit) => unit.id), agencies: agencies.map((agency) => agency.id) } },
    });
    const consolidated = (await listRequestReports(trx, request.id)).find((row) => row.role === 'consolidator')!;
    return { requestId: request.id, consolidatedReportId: consolidated.id, reports: units.length + agencies.length };
  });
}

const share = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

/**
 * A request's board for its consolidator: every expected unit report with its status and
 * timeliness (on time, late, missing, not yet due), and the shares of complete and on-time reports.
 * The caller's unit is the issuer or above it.
 */
export async function getCompletenessBoard(context: ServiceContext, requestId: string): Promise<CompletenessBoard> {
  const db = context.database.db;
  const request = await findRequest(db, requestId);
  if (!request) throw new AppError('not_found', 404, { entity: 'report request', id: requestId });
  if (!isUnitInScope(context.actor.scope, request.issuer_path)) {
    throw new AppError('out_of_scope', 403, { unit: request.issuer_unit_id, unitId: request.issuer_unit_id });
  }
  const reports = await listRequestReports(db, requestId);
  const today = todayInVietnam();
  const rows = reports.filter((row) => row.role === 'reporter').map((row) => ({
    reportId: row.id, unitId: row.unit_id, unitName: row.unit_name, agencyId: row.agency_id, agencyName: row.agency_name,
    status: row.status, timeliness: timelinessOf(row, today),
    submittedAt: row.submitted_at?.toISOString() ?? null, acceptedAt: row.accepted_at?.toISOString() ?? null,
  }));
  const submitted = rows.filter((row) => row.status === 'submitted' || row.status === 'accepted').length;
  const onTime = rows.filter((row) => row.timeliness === 'on_time').length;
  return {
    requestId: request.id, title: request.title, periodCode: request.period_code,
    reporterDeadline: request.reporter_deadline, consolidatorDeadline: request.consolidator_deadline,
    rows, expected: rows.length, submitted, onTime,
    completeShare: share(submitted, rows.length), onTimeShare: share(onTime, rows.length),
    consolidatedReportId: reports.find((row) => row.role === 'consolidator')?.id ?? null,
  };
}
