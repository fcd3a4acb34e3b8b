import {
  commonCountFields, criminalCountFields, isCriminalArticle, sanctionFields,
  type CrimeArticle, type CrimeCountField, type CrimeStatistics,
} from '../../../../core/api/crime-statistics.ts';
import type { Language } from '../../../../core/errors/messages.ts';
import { pickLanguage } from '../../../../core/errors/validation-issues.ts';
import { parsePeriod, periodCode, periodSpec } from '../../../../core/periods/period.ts';
import { crimeLineIssues, crimePeriodIssues, type CrimeLineFigures } from '../../../../core/statistics/crime-rules.ts';
import { readCount } from '../support/support-draft.ts';

export const statisticsPeriodKinds = ['month', 'quarter', 'half_year', 'year'] as const;
export type StatisticsPeriodKind = (typeof statisticsPeriodKinds)[number];

/** A period as the form picks it: its kind, basis, year and number within the year. */
export interface PeriodDraft {
  kind: StatisticsPeriodKind;
  isReporting: boolean;
  year: string;
  /** Month 1–12, quarter 1–4 or half 1–2; unused for a year. */
  number: string;
}

/** The period's code (Q2026-1, RM2026-03…), or undefined while the draft names none. */
export function periodCodeOf(draft: PeriodDraft): string | undefined {
  const year = Number(draft.year);
  const number = Number(draft.number);
  const basis = draft.isReporting ? 'reporting' as const : 'calendar' as const;
  try {
    switch (draft.kind) {
      case 'year': return periodCode({ kind: 'year', year, basis });
      case 'half_year': return periodCode({ kind: 'half_year', year, half: number, basis });
      case 'quarter': return periodCode({ kind: 'quarter', year, quarter: number, basis });
      case 'month': return periodCode({ kind: 'month', year, month: number, basis });
    }
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

export function periodDraftOf(code: string): PeriodDraft {
  const spec = periodSpec(parsePeriod(code));
  const isReporting = spec.basis === 'reporting';
  switch (spec.kind) {
    case 'month': return { kind: 'month', isReporting, year: String(spec.year), number: String(spec.month) };
    case 'quarter': return { kind: 'quarter', isReporting, year: String(spec.year), number: String(spec.quarter) };
    case 'half_year': return { kind: 'half_year', isReporting, year: String(spec.year), number: String(spec.half) };
    case 'year': return { kind: 'year', isReporting, year: String(spec.year), number: '1' };
    case 'phase': throw new RangeError(`Statistics are not kept for a phase (${code})`);
  }
}

/** The quarter of today, on the calendar: what most lines are entered for. */
export function defaultPeriodDraft(today: string): PeriodDraft {
  return { kind: 'quarter', isReporting: false, year: today.slice(0, 4), number: String(Math.ceil(Number(today.slice(5, 7)) / 3)) };
}

/** The counts a line holds: cases and people, then prosecutions and trials, or fines. */
export function lineFields(article: CrimeArticle): readonly CrimeCountField[] {
  return isCriminalArticle(article) ? [...commonCountFields, ...criminalCountFields] : [...commonCountFields, ...sanctionFields];
}

export type LineDraft = Partial<Record<CrimeCountField, string>>;

export const isLineEmpty = (line: LineDraft) => Object.values(line).every((text) => (text ?? '').trim() === '');

export function lineDraftOf(record: CrimeStatistics): LineDraft {
  return Object.fromEntries(lineFields(record.article).map((field) => [field, String(record[field])]));
}

export interface ReadLine {
  figures: CrimeLineFigures;
  /** By field: what stops the line being saved. */
  errors: Record<string, string>;
}

/** Reads one line as typed ('' is 0), with every problem the server would report. */
export function readLine(article: CrimeArticle, line: LineDraft, language: Language, countInvalid: string): ReadLine {
  const errors: Record<string, string> = {};
  const figures: CrimeLineFigures = {
    article, casesHandled: 0, defendants: 0, casesProsecuted: 0, defendantsProsecuted: 0, casesTried: 0, defendantsTried: 0,
    peopleFined: 0, establishmentsFined: 0, amountFined: 0,
  };
  for (const field of lineFields(article)) {
    const value = readCount(line[field] ?? '');
    if (value === undefined) errors[field] = countInvalid;
    else figures[field] = value;
  }
  if (Object.keys(errors).length === 0) {
    for (const issue of crimeLineIssues(figures)) errors[issue.field] ??= pickLanguage(language, issue.message);
  }
  return { figures, errors };
}

/** The period's own problem (not begun yet), in the user's language. */
export function periodError(code: string | undefined, today: string, language: Language, required: string): string | undefined {
  if (!code) return required;
  const [issue] = crimePeriodIssues(parsePeriod(code).start, today);
  return issue && pickLanguage(language, issue.message);
}
