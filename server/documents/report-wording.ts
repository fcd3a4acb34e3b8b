import { periodNameOfCode } from '../../core/periods/format-period.ts';
import type { Report } from '../../core/api/reports.ts';
import type { Signer } from '../../core/plans/plan.ts';
import type { ReportKind } from '../../core/reports/schedule.ts';
import { lowerFirst } from './docx-styles.ts';

/**
 * What a report's official document and its statistical annex say about the report, in the words
 * of the seeds' reports: "Kết quả thực hiện công tác phòng, chống mại dâm 6 tháng đầu năm 2024",
 * "Số liệu tính từ ngày 15/12/2023 đến ngày 14/6/2024", figures written 1.234.567.
 */

/** The unit a report is for, as the documents name it. */
export type ReportUnit = { id: string; name: string; shortName: string; kind: string; level: string };

export type ReportRequestInfo = {
  kind: ReportKind;
  periodCode: string;
  periodStart: string;
  periodEnd: string;
  title: string;
  reporterDeadline: string;
  consolidatorDeadline: string | null;
  planId: string | null;
};

/** Everything the .docx and the .xlsx are built from (what the report service's getReportForDocument returns). */
export type ReportDocumentInput = {
  report: Report;
  request: ReportRequestInfo;
  unit: ReportUnit;
  /** A superior authority printed over the unit's name, when its documents carry one. */
  parentAuthority: string | null;
  recipients: readonly string[];
  signer: Signer | null;
  /** An agency's report: the agency (of the unit) that writes and signs it. */
  agency?: { name: string; kind: string } | null;
  /** The report's number once registered ("125/BC-UBND"); blank ("Số:      /BC-UBND") otherwise. */
  number?: string | null;
  /** The moment of printing: the year of an undated draft, the "as of" of the annex. */
  now?: Date;
};

const SUBJECT = 'Kết quả thực hiện công tác phòng, chống mại dâm';

/** 15/12/2023, 14/6/2024: the day and month without a leading zero, as reports cite their period. */
export function shortDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return `${day}/${month}/${year}`;
}

/**
 * The period as a report names it: "6 tháng đầu năm 2024", "năm 2024", "quý I năm 2024",
 * "tháng 6 năm 2024", "giai đoạn 2021–2025", from the period's code; null for a code of no known shape.
 */
export function periodPhrase(periodCode: string): string | null {
  return periodNameOfCode(periodCode, 'vi');
}

/** An ad hoc request's title as the line under "BÁO CÁO": "Báo cáo kết quả …" → "Kết quả …". */
export function titleAsSubject(title: string): string {
  const stripped = title.trim().normalize('NFC').replace(/^báo cáo\s+/iu, '').replace(/[.;]+$/, '');
  const first = stripped.charAt(0);
  return `${first.toLocaleUpperCase('vi')}${stripped.slice(1)}`;
}

/**
 * The line under "BÁO CÁO": worded from the kind and period; an ad hoc report takes its request's
 * title; a period the kind cannot name falls back to its dates.
 */
export function reportSubject(request: Pick<ReportRequestInfo, 'kind' | 'periodCode' | 'periodStart' | 'periodEnd' | 'title'>): string {
  if (request.kind === 'ad_hoc' && request.title.trim()) return titleAsSubject(request.title);
  const phrase = periodPhrase(request.periodCode);
  return phrase
    ? `${SUBJECT} ${phrase}`
    : `${SUBJECT} từ ngày ${shortDate(request.periodStart)} đến ngày ${shortDate(request.periodEnd)}`;
}

/** "Số liệu tính từ ngày 15/12/2023 đến ngày 14/6/2024" (the Decree 09/2019 data cut-off). */
export function dataPeriodLine(periodStart: string, periodEnd: string): string {
  return `Số liệu tính từ ngày ${shortDate(periodStart)} đến ngày ${shortDate(periodEnd)}`;
}

/** "Ủy ban nhân dân tỉnh Nghệ An", "Ủy ban nhân dân xã Diễn Châu". */
export function unitAuthority(unit: Pick<ReportUnit, 'kind' | 'shortName' | 'name'>): string {
  const kind = unit.kind.trim();
  if (!kind) return `Ủy ban nhân dân ${unit.name}`;
  return `Ủy ban nhân dân ${kind.toLocaleLowerCase('vi')} ${unit.shortName}`;
}

/** Who speaks in the report: the agency for an agency's report, otherwise the unit's People's Committee. */
export function reportAuthority(input: Pick<ReportDocumentInput, 'unit' | 'agency'>): string {
  return input.agency?.name ?? unitAuthority(input.unit);
}

/**
 * An agency's code after "BC-", as agencies abbreviate their names: the initials of its name
 * without the unit's own name ("Công an tỉnh Nghệ An" → "CAT", "Sở Văn hóa, Thể thao và Du lịch" →
 * "SVHTTDL"); "và" and punctuation do not count.
 */
export function agencyNumberCode(agencyName: string, unitShortName: string): string {
  const name = agencyName.normalize('NFC').trim();
  const place = unitShortName.normalize('NFC').trim();
  const withoutPlace = place && name.toLocaleLowerCase('vi').endsWith(place.toLocaleLowerCase('vi')) ? name.slice(0, -place.length) : name;
  const initials = withoutPlace.split(/[\s,;.()–-]+/u).filter((word) => word && word.toLocaleLowerCase('vi') !== 'và')
    .map((word) => word.charAt(0).toLocaleUpperCase('vi')).join('');
  return `BC-${initials || 'CQ'}`;
}

/** "Ủy ban nhân dân tỉnh Nghệ An" from a unit's full name ("Tỉnh Nghệ An"). */
export function authorityOfName(unitName: string): string {
  return `Ủy ban nhân dân ${lowerFirst(unitName)}`;
}

const digitGroups = /\B(?=(\d{3})+(?!\d))/g;

/** 1234567 → "1.234.567"; decimals with a comma (72,5); unknown → "–". */
export function formatFigure(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const negative = value < 0;
  const [whole, fraction] = Math.abs(Math.round(value * 100) / 100).toString().split('.') as [string, string | undefined];
  const text = `${whole.replace(digitGroups, '.')}${fraction ? `,${fraction}` : ''}`;
  return negative ? `-${text}` : text;
}

export const reportStatusLabels: Record<Report['status'], string> = {
  not_started: 'Chưa lập',
  draft: 'Dự thảo',
  submitted: 'Đã gửi, chờ xem xét',
  returned: 'Bị trả lại để hoàn thiện',
  accepted: 'Đã được chấp nhận',
};

export const targetStatusLabels: Record<Report['content']['targets'][number]['status'], string> = {
  met: 'Đạt',
  on_track: 'Đúng tiến độ',
  at_risk: 'Có nguy cơ không đạt',
  not_met: 'Không đạt',
  no_data: 'Chưa có số liệu',
};

/** Units whose figures a consolidated report adds up: those that reported, out of those expected. */
/**
 * How many of a consolidated report's reporters are in: units and agencies, each counted once over
 * every table (an agency has rows only in the tables whose records name one).
 */
export function reportedUnits(report: Report): { reported: number; expected: number; hasOwnRow: boolean; withAgencies: boolean } {
  const rows = report.content.tables.flatMap((table) => table.rows);
  const reporters = new Map<string, FigureRowSource>();
  for (const row of rows) {
    if (row.source !== 'own') reporters.set(`${row.unitId}|${row.agencyId ?? ''}`, row.source);
  }
  const reported = [...reporters.values()].filter((source) => source === 'report').length;
  const withAgencies = rows.some((row) => row.agencyId && row.source !== 'own') || report.content.missingUnits.some((entry) => entry.agencyId);
  return {
    reported, expected: Math.max(reporters.size, reported + report.content.missingUnits.length),
    hasOwnRow: rows.some((row) => row.source === 'own'), withAgencies: Boolean(withAgencies),
  };
}

type FigureRowSource = Report['content']['tables'][number]['rows'][number]['source'];

export function isConsolidated(report: Report): boolean {
  return report.role === 'consolidator';
}

/** The date in Vietnam of a moment ('YYYY-MM-DD'). */
export function dateInVietnam(moment: string | Date): string {
  const time = typeof moment === 'string' ? Date.parse(moment) : moment.getTime();
  return new Date(time + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** Letters without their marks, for the ASCII form of a file name: "Nghệ An" → "Nghe An". */
export function asciiFold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/**
 * The file name of a report's document or annex: "Bao-cao-6-thang-dau-nam-2024-Tinh-Nghe-An.docx"
 * in ASCII, and the same words with their marks for clients that read RFC 5987 names.
 */
export function reportFileNames(input: Pick<ReportDocumentInput, 'request' | 'unit' | 'agency'>, suffix: string, extension: 'docx' | 'xlsx'): { ascii: string; unicode: string } {
  const phrase = input.request.kind === 'ad_hoc' ? titleAsSubject(input.request.title) : periodPhrase(input.request.periodCode) ?? input.request.periodCode;
  return fileNamesOf(`${suffix} ${phrase} ${input.agency?.name ?? input.unit.name}`, extension);
}

/** A file name from its words: nothing a file system or a header refuses, at most 150 characters; and its ASCII form. */
export function fileNamesOf(text: string, extension: 'docx' | 'xlsx', fallback = 'bao-cao'): { ascii: string; unicode: string } {
  const words = text.normalize('NFC').replace(/[\\/:*?"<>|]+/g, ' ').replace(/\p{Cc}+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 150);
  const ascii = asciiFold(words).replace(/[^0-9A-Za-z]+/g, '-').replace(/^-+|-+$/g, '');
  return { ascii: `${ascii || fallback}.${extension}`, unicode: `${words}.${extension}` };
}
