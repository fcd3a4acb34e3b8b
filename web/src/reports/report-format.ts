import type { FigureRow, FigureTable, ReportContent, ReportSummary } from '../../../core/api/reports.ts';
import { formatDate, parseVietnameseDate, todayInVietnam } from '../../../core/dates/format.ts';
import { formatNumber } from '../../../core/indicators/measurement.ts';
import { periodNameOfCode } from '../../../core/periods/format-period.ts';
import { daysBetween } from '../../../core/tips/deadlines.ts';

export type UiLanguage = 'vi' | 'en';

/** Open reports are still to be written or re-written by their unit. */
export const openStatuses = ['not_started', 'draft', 'returned'] as const;
export const isOpen = (status: ReportSummary['status']) => (openStatuses as readonly string[]).includes(status);

/** Days left before a deadline within which an open report is flagged "due soon". */
export const DUE_SOON_DAYS = 7;

/** The period's name as officials write it ("6 tháng đầu năm 2024"), or null for an ad hoc period without a code. */
export function periodNameOf(code: string, language: UiLanguage): string | null {
  return periodNameOfCode(code, language);
}

/** The data cut-off as dates: 15/12/2023–14/06/2024. */
export const periodDates = (start: string, end: string) => `${formatDate(start)}–${formatDate(end)}`;

/** The Vietnam date of a moment the server sent (ISO 8601), as 'YYYY-MM-DD'. */
export function vietnamDateOf(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso.slice(0, 10) : todayInVietnam(time);
}

/** A moment as dd/mm/yyyy (Vietnam's day). */
export const formatDay = (iso: string) => formatDate(vietnamDateOf(iso));

export type DeadlineState =
  | { kind: 'submitted_on_time' }
  | { kind: 'submitted_late'; days: number }
  | { kind: 'overdue'; days: number }
  | { kind: 'due_today' }
  | { kind: 'due_soon'; days: number }
  | { kind: 'open'; days: number };

/**
 * Where a report stands against its deadline: once submitted, on time or how many days late;
 * while open (not started, draft, returned), the days left or the days overdue.
 */
export function deadlineState(report: Pick<ReportSummary, 'status' | 'deadline' | 'daysToDeadline' | 'submittedAt' | 'timeliness'>): DeadlineState {
  if (!isOpen(report.status) && report.submittedAt) {
    const late = daysBetween(report.deadline, vietnamDateOf(report.submittedAt));
    if (report.timeliness === 'late' || late > 0) return { kind: 'submitted_late', days: Math.max(1, late) };
    return { kind: 'submitted_on_time' };
  }
  const days = report.daysToDeadline;
  if (days < 0) return { kind: 'overdue', days: -days };
  if (days === 0) return { kind: 'due_today' };
  if (days <= DUE_SOON_DAYS) return { kind: 'due_soon', days };
  return { kind: 'open', days };
}

/** A figure as a number to read: 1.250.000 in Vietnamese, 1,250,000 in English; no figure is '—'. */
export function formatFigure(value: number | null | undefined, language: UiLanguage): string {
  return value === null || value === undefined ? '—' : formatNumber(value, language);
}

/**
 * A figure typed by a user: a whole number, with or without thousands separators (1.250.000,
 * 1 250 000, 1,250,000). Empty text is `null` (no correction); anything else is 'invalid'.
 */
export function parseFigure(text: string): number | null | 'invalid' {
  const compact = text.replace(/[\s.,]/g, '');
  if (compact === '') return null;
  if (!/^\d{1,15}$/.test(compact)) return 'invalid';
  return Number(compact);
}

/** The key of one correctable figure. */
export const figureKey = (table: string, figure: string) => `${table}:${figure}`;

export interface FigureEdit {
  /** What the input holds. */
  text: string;
  note: string;
}

/** The editor's starting point: the saved corrections, each with its value and note. */
export function editsFromContent(content: ReportContent, language: UiLanguage): Record<string, FigureEdit> {
  const edits: Record<string, FigureEdit> = {};
  for (const correction of content.corrections) {
    edits[figureKey(correction.table, correction.figure)] = {
      text: correction.value === null ? '' : formatFigure(correction.value, language),
      note: correction.note,
    };
  }
  return edits;
}

/** The computed value of a figure of the unit's own row: the correction keeps the original. */
export function computedValue(content: ReportContent, table: FigureTable, figure: string): number | null {
  const correction = content.corrections.find((candidate) => candidate.table === table.key && candidate.figure === figure);
  if (correction) return correction.computed;
  const own = table.rows.find((row) => row.source === 'own');
  return own?.values[figure] ?? null;
}

export type EditProblem = 'invalid' | 'note_required';

export interface FigureEditResult {
  /** The value shown for the figure: the edited one, else the computed one. */
  value: number | null;
  /** Whether it differs from the computed value (a correction). */
  changed: boolean;
  problem: EditProblem | null;
}

/** What one input means against the computed value. An empty input takes the computed value back. */
export function readEdit(edit: FigureEdit | undefined, computed: number | null): FigureEditResult {
  if (!edit) return { value: computed, changed: false, problem: null };
  const parsed = parseFigure(edit.text);
  if (parsed === 'invalid') return { value: computed, changed: true, problem: 'invalid' };
  if (parsed === null || parsed === computed) return { value: computed, changed: false, problem: null };
  return { value: parsed, changed: true, problem: edit.note.trim() === '' ? 'note_required' : null };
}

export interface CorrectionInput {
  table: string;
  figure: string;
  value: number | null;
  note: string;
}

/** The corrections to save: every figure of the own row whose value differs from the computed one. */
export function correctionsOf(content: ReportContent, edits: Record<string, FigureEdit>): { corrections: CorrectionInput[]; problems: number } {
  const corrections: CorrectionInput[] = [];
  let problems = 0;
  for (const table of content.tables) {
    if (!table.rows.some((row) => row.source === 'own')) continue;
    for (const column of table.columns) {
      const result = readEdit(edits[figureKey(table.key, column.key)], computedValue(content, table, column.key));
      if (result.problem) problems += 1;
      else if (result.changed) corrections.push({ table: table.key, figure: column.key, value: result.value, note: edits[figureKey(table.key, column.key)]!.note.trim() });
    }
  }
  return { corrections, problems };
}

/**
 * The table's totals with the edits applied to the own row: the exact sum over the rows, a
 * missing unit adding nothing; null when no row has the figure.
 */
export function totalsWithEdits(content: ReportContent, table: FigureTable, edits: Record<string, FigureEdit>): Record<string, number | null> {
  const totals: Record<string, number | null> = {};
  for (const column of table.columns) {
    let sum: number | null = null;
    for (const row of table.rows) {
      const value = row.source === 'own'
        ? readEdit(edits[figureKey(table.key, column.key)], computedValue(content, table, column.key)).value
        : row.values[column.key] ?? null;
      if (value !== null) sum = (sum ?? 0) + value;
    }
    totals[column.key] = sum;
  }
  return totals;
}

/** Who owes a report, as people name it: the agency when it is an agency's, else the unit. */
export const reporterNameOf = (report: Pick<ReportSummary, 'unitName' | 'agencyName'>) => report.agencyName ?? report.unitName;

/** "Công an tỉnh Nghệ An – Tỉnh Nghệ An" for an agency's report (its unit after it); the unit alone otherwise. */
export const reporterLineOf = (report: Pick<ReportSummary, 'unitName' | 'agencyName'>) =>
  report.agencyName ? `${report.agencyName} – ${report.unitName}` : report.unitName;

/**
 * The rows of a figure table in the order people read them: the unit's own row, then its
 * agencies, then the units below, each group keeping the server's order.
 */
export function groupFigureRows(rows: readonly FigureRow[]): { own: FigureRow[]; agencies: FigureRow[]; units: FigureRow[] } {
  return {
    own: rows.filter((row) => row.source === 'own'),
    agencies: rows.filter((row) => row.source !== 'own' && row.agencyId !== null),
    units: rows.filter((row) => row.source !== 'own' && row.agencyId === null),
  };
}

/** Dates typed dd/mm/yyyy for the ad hoc request form, checked before sending. */
export interface AdHocDraft {
  title: string;
  instructions: string;
  periodStart: string;
  periodEnd: string;
  reporterDeadline: string;
  unitIds: string[];
  /** Agencies of the user's unit asked to report too. */
  agencyIds: string[];
}

export type AdHocField = keyof AdHocDraft;
export type AdHocProblem = 'required' | 'date' | 'order' | 'past' | 'units';

/** The request to send, or the problems of each field. */
export function checkAdHoc(draft: AdHocDraft, today: string): { problems: Partial<Record<AdHocField, AdHocProblem>>; request?: {
  title: string; instructions: string; periodStart: string; periodEnd: string; reporterDeadline: string; unitIds: string[]; agencyIds: string[];
} } {
  const problems: Partial<Record<AdHocField, AdHocProblem>> = {};
  if (!draft.title.trim()) problems.title = 'required';
  if (!draft.instructions.trim()) problems.instructions = 'required';
  const date = (field: 'periodStart' | 'periodEnd' | 'reporterDeadline') => {
    if (!draft[field].trim()) {
      problems[field] = 'required';
      return undefined;
    }
    const parsed = parseVietnameseDate(draft[field]);
    if (!parsed) problems[field] = 'date';
    return parsed;
  };
  const periodStart = date('periodStart');
  const periodEnd = date('periodEnd');
  const reporterDeadline = date('reporterDeadline');
  if (periodStart && periodEnd && periodEnd < periodStart) problems.periodEnd = 'order';
  if (reporterDeadline && reporterDeadline < today) problems.reporterDeadline = 'past';
  // A unit below or an agency of the unit: the request needs someone to report.
  if (draft.unitIds.length === 0 && draft.agencyIds.length === 0) problems.unitIds = 'units';
  if (Object.keys(problems).length > 0 || !periodStart || !periodEnd || !reporterDeadline) return { problems };
  return {
    problems,
    request: { title: draft.title.trim(), instructions: draft.instructions.trim(), periodStart, periodEnd, reporterDeadline, unitIds: draft.unitIds, agencyIds: draft.agencyIds },
  };
}

/** A share in percent as people read it: 83,3% / 83.3%; none is '—'. */
export function formatShare(share: number | null, language: UiLanguage): string {
  return share === null ? '—' : `${formatNumber(Math.round(share * 10) / 10, language)}%`;
}
