import type { FigureRow, FigureTable, Report } from '../../core/api/reports.ts';
import type { Language } from '../../core/errors/messages.ts';
import type { HeaderWording } from './document-header.ts';
import { englishWording } from './report-wording-en.ts';
import { vietnameseWording } from './report-wording-vi.ts';
import type { ReportDocumentInput, ReportRequestInfo, ReportUnit } from './report-wording.ts';
import type { SignatureWording } from './signature-block.ts';

/**
 * Every word a report's .docx and .xlsx print that is not the unit's own, in one object per
 * language: Vietnamese (the official document, the default) and English (an unofficial courtesy
 * translation, on request). The builders take the report as the service reads it — in Vietnamese —
 * and word it through one of these; what people wrote (narratives, plan targets, names, the plan's
 * recipients) is printed as written in both.
 */

export type ReportLanguage = Language;
export const reportLanguages = ['vi', 'en'] as const satisfies readonly ReportLanguage[];

type TargetStatus = Report['content']['targets'][number]['status'];

/** The opening and closing sentences' facts: which request, who asked (the issuer's name), who reports. */
export type SentenceFacts = { request: ReportRequestInfo; issuerName: string | null; authority: string };

export interface ReportWording {
  language: ReportLanguage;
  /** The language Word's spelling checker is told the text is in. */
  languageTag: string;
  /** Printed atop the first page and the annex's cover: null on the official document. */
  translationNotice: string | null;
  header: HeaderWording;
  signature: SignatureWording;
  /** The bold issuer lines of a unit's own report; undefined leaves the header's own ("ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN"). */
  committeeLines: (unit: ReportUnit) => string[] | undefined;
  documentKind: string;
  /** The line under the document kind ("Kết quả thực hiện công tác phòng, chống mại dâm 6 tháng đầu năm 2024"). */
  subject: (request: ReportRequestInfo) => string;
  /** The data period, without its brackets. */
  dataPeriod: (periodStart: string, periodEnd: string) => string;
  /** Who speaks in running text: the agency, or the unit's People's Committee. */
  authority: (input: Pick<ReportDocumentInput, 'unit' | 'agency'>) => string;
  unitAuthority: (unit: ReportUnit) => string;
  opening: (facts: SentenceFacts) => string;
  closing: (facts: SentenceFacts) => string;
  metadata: (request: ReportRequestInfo, consolidated: boolean) => { title: string; description: string };
  sections: { results: string; difficulties: string; proposals: string };
  parts: { duties: string; implementation: string; specificResults: string; targets: string };
  /** The letters of the figure tables' headings, in order. */
  letters: string;
  formatFigure: (value: number | null | undefined) => string;
  tableTitle: (table: Pick<FigureTable, 'key' | 'title'>) => string;
  figureLabel: (tableKey: string, column: FigureTable['columns'][number]) => string;
  noData: string;
  figureHeaders: (consolidated: boolean) => readonly [string, string, string];
  correctionNote: (note: { index: number; label: string; computed: number | null; value: number | null; reason: string }) => string;
  targetHeaders: readonly [string, string, string, string];
  targetStatus: Record<TargetStatus, string>;
  /** A target's figures as the indicator engine wrote them (in Vietnamese: "23,5%", "12 lượt"). */
  measure: (text: string) => string;
  indicatorName: (name: string) => string;
  /** `withAgencies`: agencies of the unit report too, so the count is of "agencies and units". */
  consolidation: (counts: { reported: number; expected: number; ownAuthority: string | null; withAgencies: boolean }) => string;
  missingUnits: (names: readonly string[], withAgencies: boolean) => string;
  /** An empty section of a submitted report, and of a draft (printed in italics). */
  none: string;
  notWritten: string;
  reportStatus: Record<Report['status'], string>;
  annex: AnnexWording;
  /** The lines the service writes about who receives a report and who an office answers to. */
  addresses: {
    /** The committee of a unit from its full name, as recipient or requester ("Ủy ban nhân dân tỉnh Nghệ An"). */
    committeeOf: (unitName: string) => string;
    /** The committee printed over one of its offices' names ("Ủy ban nhân dân Tỉnh Nghệ An", capitals in print). */
    committeeOver: (unitName: string) => string;
    forConsolidation: (recipient: string) => string;
    forReport: (recipient: string) => string;
  };
  fileNames: (input: Pick<ReportDocumentInput, 'request' | 'unit' | 'agency'>, format: 'docx' | 'xlsx') => { ascii: string; unicode: string };
}

export interface AnnexWording {
  coverSheet: string;
  targetsSheet: string;
  total: string;
  noData: string;
  /** Short sheet names per figure table (Excel allows 31 characters), and the name of a table without one. */
  sheetNames: Record<string, string>;
  fallbackSheet: string;
  sourceNotes: Record<FigureRow['source'], string>;
  tableTitle: (index: number, title: string, noData: boolean) => string;
  figureHeaders: { number: string; unit: string; notes: string };
  targetsTitle: (hasTargets: boolean) => string;
  targetHeaders: readonly [string, string, string, string, string, string];
  heading: string;
  /** "Kèm theo Báo cáo …": the report the annex goes with, and the unit's committee. */
  attachedTo: (request: ReportRequestInfo, unitAuthority: string) => string;
  labels: {
    report: string; period: string; dataRange: string; unit: string; kind: string; status: string; deadline: string;
    reported: string; missing: string; computedAt: string; exportedAt: string; tables: string; targets: string;
  };
  unitName: (unit: ReportUnit) => string;
  tableLabel: (index: number) => string;
  periodLine: (request: ReportRequestInfo) => string;
  kindOf: (consolidated: boolean) => string;
  statusLine: (status: string, version: number) => string;
  none: string;
  tableLine: (title: string, sheet: string) => string;
  targetsLine: (sheet: string) => string;
  workbookTitle: (subject: string) => string;
}

export function reportWording(language: ReportLanguage): ReportWording {
  return language === 'en' ? englishWording : vietnameseWording;
}
