import { z } from 'zod';
import { reportKinds } from '../reports/schedule.ts';
import { isoDate, userText } from './common.ts';
import { unitCode } from './units.ts';

export const reportKind = z.enum(reportKinds);
export const reportStatus = z.enum(['not_started', 'draft', 'submitted', 'returned', 'accepted']);
export const reportRole = z.enum(['reporter', 'consolidator']);
export const timelinessState = z.enum(['on_time', 'late', 'missing', 'not_due']);

/** One unit's figures in a table: a computed value per figure, possibly corrected with a note. */
export const figureRow = z.object({
  unitId: z.string(),
  /** The unit's name, or for an agency's row the agency's. */
  unitName: z.string(),
  /** Set on the row of an agency of the consolidating unit (its report's figures). */
  agencyId: z.string().nullable().default(null),
  /** `own`: the unit's records; `report`: taken from a unit's accepted report; `missing`: no accepted report. */
  source: z.enum(['own', 'report', 'missing']),
  values: z.record(z.string(), z.number().nullable()),
});
export type FigureRow = z.infer<typeof figureRow>;

export const figureTable = z.object({
  key: z.string(),
  title: z.string(),
  columns: z.array(z.object({ key: z.string(), label: z.string(), kind: z.enum(['count', 'people', 'money']) })),
  rows: z.array(figureRow),
  /** The sum over the rows, figure by figure (a missing unit adds nothing and is listed). */
  total: z.record(z.string(), z.number().nullable()),
  /** True when no record of the period fed the table: the document says so instead of printing zeros. */
  noData: z.boolean(),
});
export type FigureTable = z.infer<typeof figureTable>;

export const targetLine = z.object({
  key: z.string(), text: z.string(), indicatorName: z.string(), target: z.string(), result: z.string(),
  status: z.enum(['met', 'on_track', 'at_risk', 'not_met', 'no_data']),
});

/** A correction a unit made to a computed figure, with why. */
export const figureCorrection = z.strictObject({
  table: z.string().min(1).max(40),
  figure: z.string().min(1).max(60),
  value: z.number().nonnegative().nullable(),
  note: userText(1000),
});
export type FigureCorrection = z.infer<typeof figureCorrection>;

export const narrative = z.strictObject({
  results: z.string().max(50_000).transform((value) => value.normalize('NFC')),
  difficulties: z.string().max(20_000).transform((value) => value.normalize('NFC')),
  proposals: z.string().max(20_000).transform((value) => value.normalize('NFC')),
});

/** The content of one version of a report. Figures are recomputed on read until the report is submitted. */
export const reportContent = z.object({
  narrative: z.object({ results: z.string(), difficulties: z.string(), proposals: z.string() }),
  corrections: z.array(z.object({ table: z.string(), figure: z.string(), value: z.number().nullable(), computed: z.number().nullable(), note: z.string() })),
  tables: z.array(figureTable),
  targets: z.array(targetLine),
  /** For a consolidated report: the units (and the unit's agencies) whose accepted report is missing. */
  missingUnits: z.array(z.object({ unitId: z.string(), unitName: z.string(), agencyId: z.string().nullable().default(null) })),
  /** For an agency's report: its duties in the plan ("Tổ chức thực hiện"), to report against. */
  duties: z.array(z.string()).default([]),
  /** When the figures were computed. */
  computedAt: z.string(),
});
export type ReportContent = z.infer<typeof reportContent>;

export const reportSummary = z.object({
  id: z.uuid(),
  requestId: z.uuid(),
  title: z.string(),
  kind: reportKind,
  periodCode: z.string(),
  periodStart: isoDate,
  periodEnd: isoDate,
  unitId: z.string(),
  unitName: z.string(),
  /** An agency's report: the agency of the issuer's unit that owes it (the unit's own report: null). */
  agencyId: z.uuid().nullable(),
  agencyName: z.string().nullable(),
  issuerUnitName: z.string(),
  role: reportRole,
  status: reportStatus,
  deadline: isoDate,
  timeliness: timelinessState,
  daysToDeadline: z.number().int(),
  submittedAt: z.string().nullable(),
  acceptedAt: z.string().nullable(),
}).meta({ id: 'ReportSummary' });
export type ReportSummary = z.infer<typeof reportSummary>;

export const reportEvent = z.object({
  at: z.string(), actorName: z.string().nullable(), action: z.enum(['save', 'submit', 'return', 'accept']), version: z.number().int().nullable(), comment: z.string().nullable(),
});

export const report = reportSummary.extend({
  version: z.number().int(),
  content: reportContent,
  instructions: z.string().nullable(),
  events: z.array(reportEvent),
  /** What the caller may do now. */
  canEdit: z.boolean(),
  canReview: z.boolean(),
}).meta({ id: 'Report' });
export type Report = z.infer<typeof report>;

export const reportListQuery = z.strictObject({
  /** Reports this unit owes or consolidates (default: the caller's unit). */
  unit: unitCode.optional(),
  status: reportStatus.optional(),
  periodCode: z.string().max(20).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export const reportPage = z.object({ items: z.array(reportSummary), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const reportSave = z.strictObject({ narrative, corrections: z.array(figureCorrection).max(200).default([]) });
export type ReportSave = z.infer<typeof reportSave>;
export const reportReturn = z.strictObject({ comment: userText(5000) });
export const reportParams = z.strictObject({ id: z.uuid() });

/** An upper unit's request for a report outside the regime. */
export const adHocRequestCreate = z.strictObject({
  title: userText(300),
  instructions: userText(10_000),
  /** The period the figures cover. */
  periodStart: isoDate,
  periodEnd: isoDate,
  reporterDeadline: isoDate,
  /** Units below the caller's unit; each owes one report. */
  unitIds: z.array(unitCode).max(5000).default([]),
  /** Agencies of the caller's unit (not its lead agency, which consolidates); each owes one report. At least one unit or agency. */
  agencyIds: z.array(z.uuid()).max(200).default([]),
});
export type AdHocRequestCreate = z.infer<typeof adHocRequestCreate>;

/** The consolidator's board: every expected report of a request, with its timeliness. */
export const completenessBoard = z.object({
  requestId: z.uuid(),
  title: z.string(),
  periodCode: z.string(),
  reporterDeadline: isoDate,
  consolidatorDeadline: isoDate.nullable(),
  rows: z.array(z.object({
    reportId: z.uuid(), unitId: z.string(), unitName: z.string(), agencyId: z.uuid().nullable(), agencyName: z.string().nullable(),
    status: reportStatus, timeliness: timelinessState,
    submittedAt: z.string().nullable(), acceptedAt: z.string().nullable(),
  })),
  expected: z.number().int(),
  submitted: z.number().int(),
  onTime: z.number().int(),
  /** Shares in percent of expected reports (0–100), null when nothing is expected. */
  completeShare: z.number().nullable(),
  onTimeShare: z.number().nullable(),
  consolidatedReportId: z.uuid().nullable(),
}).meta({ id: 'ReportCompletenessBoard' });
export type CompletenessBoard = z.infer<typeof completenessBoard>;
export const requestParams = z.strictObject({ id: z.uuid() });

/** Added by the server (helper R1): what an ad hoc request created, and what a schedule refresh added. */
export const adHocRequestCreated = z.object({ requestId: z.uuid(), consolidatedReportId: z.uuid(), reports: z.number().int() }).meta({ id: 'AdHocRequestCreated' });
export const reportScheduleResult = z.object({
  /** The plan's requests for its rules' periods, and how many requests and reports this call added. */
  requests: z.number().int(), requestsCreated: z.number().int(), reportsCreated: z.number().int(),
}).meta({ id: 'ReportScheduleResult' });

/** The requests a unit issued (default: the caller's unit), newest period first, with how far each has come. */
export const reportRequestListQuery = z.strictObject({
  unit: unitCode.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export const reportRequestSummary = z.object({
  id: z.uuid(),
  title: z.string(),
  kind: reportKind,
  periodCode: z.string(),
  periodStart: isoDate,
  periodEnd: isoDate,
  reporterDeadline: isoDate,
  consolidatorDeadline: isoDate.nullable(),
  issuerUnitId: z.string(),
  issuerUnitName: z.string(),
  planId: z.uuid().nullable(),
  /** Expected reports of units and agencies, those submitted or accepted, those accepted, those on time. */
  expected: z.number().int(),
  submitted: z.number().int(),
  accepted: z.number().int(),
  onTime: z.number().int(),
  consolidatedReportId: z.uuid().nullable(),
  consolidatedStatus: reportStatus.nullable(),
}).meta({ id: 'ReportRequestSummary' });
export type ReportRequestSummary = z.infer<typeof reportRequestSummary>;
export const reportRequestPage = z.object({ items: z.array(reportRequestSummary), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
