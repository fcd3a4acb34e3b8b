import type { PlanAssignment, ReportingRule } from '../../../core/plans/plan.ts';
import { reportingAgencies } from '../../../core/reports/reporting-agencies.ts';
import { scheduleReports } from '../../../core/reports/schedule.ts';
import { listAgencies, type AgencyRow } from '../../storage/agencies.ts';
import type { Executor } from '../../storage/executor.ts';
import { insertPlanRequests, insertReports, moveRequestsToPlan, type NewReportRequest } from '../../storage/reports.ts';
import { findUnit, listUnits, type UnitRow } from '../../storage/units.ts';
import { ensureUnitAgencies } from '../agencies/default-agencies.ts';
import { auditSuccess } from '../audit/audit-service.ts';
import type { Actor } from '../context.ts';
import { scheduledRequestTitle } from './report-titles.ts';

/** What a plan's reporting regime needs from the plan. */
export interface SchedulePlan {
  id: string;
  issuerUnitId: string;
  periodCode: string;
  title: string;
  number: string | null;
  reportingRules: readonly ReportingRule[];
  /** "Tổ chức thực hiện": the issuer's agencies the plan assigns duties to report to the lead agency. */
  assignments: readonly PlanAssignment[];
  /** The plan this one amends: its requests (and the reports written for them) pass to this one. */
  amendsPlanId: string | null;
}

export interface ScheduleResult {
  requests: number;
  requestsCreated: number;
  reportsCreated: number;
}

/**
 * The units that report to an issuer: today's units directly below it (a province's communes).
 * A pre-reform issuer (a district of 2021) has no current units below it: its own former units report.
 */
export async function reportingUnitsOf(db: Executor, issuer: UnitRow): Promise<UnitRow[]> {
  const children = await listUnits(db, { scope: { kind: 'country' }, parentId: issuer.id, includeFormer: issuer.valid_to !== null, limit: 5000 });
  return children.filter((child) => issuer.valid_to !== null || child.valid_to === null);
}

/** The issuer's agencies that report to its lead agency under a plan (see core/reports/reporting-agencies.ts). */
export async function reportingAgenciesOf(db: Executor, issuer: UnitRow, assignments: readonly PlanAssignment[]): Promise<AgencyRow[]> {
  // A pre-reform issuer's agencies are created when first needed (current units have theirs from setup).
  await ensureUnitAgencies(db, issuer);
  const agencies = await listAgencies(db, issuer.id);
  return reportingAgencies(agencies.map((agency) => ({ ...agency, isLead: agency.is_lead, isActive: agency.is_active })), assignments);
}

/**
 * Turns a plan's reporting rules into report requests, one per kind and period (unique by plan,
 * kind and period), each with a `reporter` report per unit below the issuer and per agency of the
 * issuer the plan assigns duties to, and a `consolidator` report for the issuer. Idempotent: what exists stays (drafts included); what is missing (a
 * period, a unit that appeared since) is added. Audited as `report_request.create` when it adds
 * anything. Runs in the caller's transaction (the plan's issue).
 */
export async function generatePlanSchedule(db: Executor, actor: Actor, plan: SchedulePlan): Promise<ScheduleResult> {
  const issuer = await findUnit(db, plan.issuerUnitId);
  if (!issuer) throw new RangeError(`Unknown issuer ${plan.issuerUnitId}`);
  if (plan.amendsPlanId) await moveRequestsToPlan(db, plan.amendsPlanId, plan.id);
  const wanted: NewReportRequest[] = [];
  const seen = new Set<string>();
  for (const rule of plan.reportingRules) {
    for (const scheduled of scheduleReports(rule, plan.periodCode)) {
      const key = `${scheduled.kind}|${scheduled.periodCode}`;
      if (seen.has(key)) continue;
      seen.add(key);
      wanted.push({
        issuerUnitId: issuer.id, planId: plan.id, kind: scheduled.kind, periodCode: scheduled.periodCode,
        periodStart: scheduled.periodStart, periodEnd: scheduled.periodEnd, reporterDeadline: scheduled.reporterDeadline,
        consolidatorDeadline: scheduled.consolidatorDeadline, title: scheduledRequestTitle(scheduled.kind, scheduled.periodCode, plan),
        instructions: rule.notes, createdBy: actor.userId,
      });
    }
  }
  if (wanted.length === 0) return { requests: 0, requestsCreated: 0, reportsCreated: 0 };
  const { rows, createdIds } = await insertPlanRequests(db, wanted);
  const units = await reportingUnitsOf(db, issuer);
  const agencies = await reportingAgenciesOf(db, issuer, plan.assignments);
  const reportsCreated = await insertReports(db, rows.flatMap((request) => [
    { requestId: request.id, unitId: issuer.id, role: 'consolidator' as const },
    ...units.map((unit) => ({ requestId: request.id, unitId: unit.id, role: 'reporter' as const })),
    ...agencies.map((agency) => ({ requestId: request.id, unitId: issuer.id, agencyId: agency.id, role: 'reporter' as const })),
  ]));
  if (createdIds.size > 0 || reportsCreated > 0) {
    await auditSuccess(db, actor, {
      action: 'report_request.create', unitId: issuer.id, targetType: 'plan', targetId: plan.id,
      summary: {
        after: {
          source: 'plan', planId: plan.id, requestsCreated: createdIds.size, reportsCreated,
          periods: rows.filter((row) => createdIds.has(row.id)).map((row) => `${row.kind}:${row.period_code}`),
        },
      },
    });
  }
  return { requests: rows.length, requestsCreated: createdIds.size, reportsCreated };
}
