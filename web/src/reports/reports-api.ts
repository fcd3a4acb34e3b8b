import type { z } from 'zod';
import type {
  AdHocRequestCreate, adHocRequestCreated, CompletenessBoard, Report, ReportRequestSummary, reportRequestListQuery, reportRequestPage, ReportSave,
  ReportSummary, reportListQuery, reportPage,
} from '../../../core/api/reports.ts';
import { apiRequest } from '../api/client.ts';

export type { AdHocRequestCreate, adHocRequestCreated, CompletenessBoard, Report, ReportRequestSummary, ReportSave, ReportSummary };
export type ReportPage = z.infer<typeof reportPage>;
export type ReportListFilters = Partial<z.infer<typeof reportListQuery>>;
export type CreatedRequest = z.infer<typeof adHocRequestCreated>;
export type ReportRequestPage = z.infer<typeof reportRequestPage>;
export type ReportRequestListFilters = Partial<z.infer<typeof reportRequestListQuery>>;

const reportPath = (id: string) => `/api/reports/${encodeURIComponent(id)}`;

/** The reports a unit owes or consolidates (default: the user's unit). */
export const searchReports = (query: ReportListFilters, signal?: AbortSignal) =>
  apiRequest<ReportPage>('/api/reports', { query: { ...query }, signal });

/** One report with its content: figures recomputed live until it is submitted. */
export const fetchReport = (id: string, signal?: AbortSignal) => apiRequest<Report>(reportPath(id), { signal });

/** Saves the narrative and corrections as a new version (the report becomes a draft). */
export const saveReport = (id: string, body: ReportSave) => apiRequest<Report>(reportPath(id), { method: 'PUT', body });

export const submitReport = (id: string) => apiRequest<Report>(`${reportPath(id)}/submit`, { method: 'POST', body: {} });

export const acceptReport = (id: string) => apiRequest<Report>(`${reportPath(id)}/accept`, { method: 'POST', body: {} });

export const returnReport = (id: string, comment: string) =>
  apiRequest<Report>(`${reportPath(id)}/return`, { method: 'POST', body: { comment } });

/** A plain link: the session cookie goes along and the browser saves the file. */
export const reportDocumentUrl = (id: string) => `${reportPath(id)}/document.docx`;
export const reportAnnexUrl = (id: string) => `${reportPath(id)}/annex.xlsx`;

export const fetchBoard = (requestId: string, signal?: AbortSignal) =>
  apiRequest<CompletenessBoard>(`/api/report-requests/${encodeURIComponent(requestId)}/board`, { signal });

/** An ad hoc request to chosen units below the user's unit. */
export const createAdHocRequest = (body: AdHocRequestCreate) =>
  apiRequest<CreatedRequest>('/api/report-requests', { method: 'POST', body });

/** The requests a unit issued (default: the user's unit), newest period first, with their counts of reports in. */
export const fetchIssuedRequests = (query: ReportRequestListFilters, signal?: AbortSignal) =>
  apiRequest<ReportRequestPage>('/api/report-requests', { query: { ...query }, signal });
