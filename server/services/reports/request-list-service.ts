import type { z } from 'zod';
import type { reportRequestListQuery, reportRequestPage, ReportRequestSummary } from '../../../core/api/reports.ts';
import type { ReportKind } from '../../../core/reports/schedule.ts';
import { countIssuedRequests, listIssuedRequests, type RequestProgressRow } from '../../storage/report-requests.ts';
import type { ServiceContext } from '../context.ts';
import { getVisibleUnit } from '../units/unit-service.ts';

/**
 * The requests a unit issued (by its plans' regimes or ad hoc), newest period first, each with how
 * many of its reporters' reports are in, accepted and on time, and its consolidated report.
 * Reading them needs the issuing unit in the caller's scope, as its boards do.
 */

export type ReportRequestListQueryInput = z.infer<typeof reportRequestListQuery>;
export type ReportRequestPage = z.infer<typeof reportRequestPage>;

function toSummary(row: RequestProgressRow): ReportRequestSummary {
  return {
    id: row.id, title: row.title, kind: row.kind as ReportKind, periodCode: row.period_code, periodStart: row.period_start, periodEnd: row.period_end,
    reporterDeadline: row.reporter_deadline, consolidatorDeadline: row.consolidator_deadline,
    issuerUnitId: row.issuer_unit_id, issuerUnitName: row.issuer_name, planId: row.plan_id,
    expected: row.expected, submitted: row.submitted, accepted: row.accepted, onTime: row.on_time,
    consolidatedReportId: row.consolidated_report_id, consolidatedStatus: row.consolidated_status,
  };
}

/** The requests `query.unit` issued (default: the caller's unit; a system administrator without a unit sees every request). */
export async function listIssuedReportRequests(context: ServiceContext, query: ReportRequestListQueryInput): Promise<ReportRequestPage> {
  const issuerUnitId = query.unit ? (await getVisibleUnit(context, query.unit)).id : (context.actor.unitId ?? undefined);
  const filter = { scope: context.actor.scope, issuerUnitId };
  const db = context.database.db;
  const [rows, total] = await Promise.all([
    listIssuedRequests(db, { ...filter, limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
    countIssuedRequests(db, filter),
  ]);
  return { items: rows.map(toSummary), total, page: query.page, pageSize: query.pageSize };
}
