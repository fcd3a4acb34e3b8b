import { z } from 'zod';
import { dayNumber, daysInMonth, isoDateInMonth, monthIndex, yearMonthOf } from './iso-days.ts';

/**
 * The periods that plans, targets and reports use. A period is named for a run of whole months
 * (a year, a half year, a quarter, a month, or a multi-year phase) and has one of two bases:
 * - calendar: exactly those months (year 2024 = 2024-01-01..2024-12-31);
 * - reporting: the data cut-off of state reports under Decree 09/2019/NĐ-CP, from the 15th of the
 *   month before the first month to the 14th of the last month (the 2024 annual report covers
 *   2023-12-15..2024-12-14). Phases have only a calendar basis.
 */

export const periodKinds = ['year', 'half_year', 'quarter', 'month', 'phase'] as const;
export type PeriodKind = (typeof periodKinds)[number];
export const periodBases = ['calendar', 'reporting'] as const;
export type PeriodBasis = (typeof periodBases)[number];

export interface Period {
  /** Stable code used in URLs and the database: Y2024, H2024-1, Q2024-3, M2024-06, P2021-2025; R prefix for the reporting basis. */
  readonly code: string;
  readonly kind: PeriodKind;
  readonly basis: PeriodBasis;
  /** First day, 'YYYY-MM-DD'. */
  readonly start: string;
  /** Last day (inclusive), 'YYYY-MM-DD'. */
  readonly end: string;
}

/** The parts a period is built from; `basis` defaults to 'calendar'. Half 1–2, quarter 1–4, month 1–12. */
export type PeriodSpec =
  | { kind: 'year'; year: number; basis?: PeriodBasis }
  | { kind: 'half_year'; year: number; half: number; basis?: PeriodBasis }
  | { kind: 'quarter'; year: number; quarter: number; basis?: PeriodBasis }
  | { kind: 'month'; year: number; month: number; basis?: PeriodBasis }
  | { kind: 'phase'; firstYear: number; lastYear: number; basis?: 'calendar' };

export const MIN_PERIOD_YEAR = 2000;
export const MAX_PERIOD_YEAR = 2100;
export const MAX_PHASE_YEARS = 10;

type SubdivisionKind = Exclude<PeriodKind, 'phase'>;
const monthsPerKind: Record<SubdivisionKind, number> = { year: 12, half_year: 6, quarter: 3, month: 1 };

/** A period as the run of months it is named for: `first` is a month index (year × 12 + month − 1). */
interface Span {
  kind: PeriodKind;
  basis: PeriodBasis;
  first: number;
  months: number;
}

const CODE = /^(R?)([YHQMP])(\d{4})(?:-(\d+))?$/;
const SHAPE =
  'expected Y2024, H2024-1, Q2024-3, M2024-06 or P2021-2025, prefixed with R for the reporting basis (RY2024, RH2024-1, RQ2024-3, RM2024-06)';

function invalid(code: string, reason: string): RangeError {
  return new RangeError(`Invalid period code "${code}": ${reason}`);
}

function checkYear(code: string, year: number): void {
  if (year < MIN_PERIOD_YEAR || year > MAX_PERIOD_YEAR) {
    throw invalid(code, `the year must be ${MIN_PERIOD_YEAR}–${MAX_PERIOD_YEAR}`);
  }
}

function spanOfCode(code: string): Span {
  if (typeof code !== 'string') throw new RangeError(`Invalid period code: expected text, got ${typeof code}`);
  const match = CODE.exec(code);
  if (!match) throw invalid(code, SHAPE);
  const basis: PeriodBasis = match[1] === 'R' ? 'reporting' : 'calendar';
  const year = Number(match[3]);
  const suffix = match[4];
  checkYear(code, year);
  switch (match[2]) {
    case 'Y':
      if (suffix !== undefined) throw invalid(code, 'a year code has no suffix (Y2024)');
      return { kind: 'year', basis, first: monthIndex(year, 1), months: 12 };
    case 'H':
      if (suffix === undefined || !/^[12]$/.test(suffix)) throw invalid(code, 'the half must be 1 or 2 (H2024-1)');
      return { kind: 'half_year', basis, first: monthIndex(year, (Number(suffix) - 1) * 6 + 1), months: 6 };
    case 'Q':
      if (suffix === undefined || !/^[1-4]$/.test(suffix)) throw invalid(code, 'the quarter must be 1–4 (Q2024-3)');
      return { kind: 'quarter', basis, first: monthIndex(year, (Number(suffix) - 1) * 3 + 1), months: 3 };
    case 'M':
      if (suffix === undefined || !/^(0[1-9]|1[0-2])$/.test(suffix)) {
        throw invalid(code, 'the month must be 01–12, written with two digits (M2024-06)');
      }
      return { kind: 'month', basis, first: monthIndex(year, Number(suffix)), months: 1 };
    default: {
      if (basis === 'reporting') throw invalid(code, 'a phase has only a calendar basis (P2021-2025)');
      if (suffix === undefined || !/^\d{4}$/.test(suffix)) throw invalid(code, 'a phase names its first and last years (P2021-2025)');
      const lastYear = Number(suffix);
      checkYear(code, lastYear);
      if (lastYear < year) throw invalid(code, 'the first year of a phase must not be after its last year');
      if (lastYear - year + 1 > MAX_PHASE_YEARS) throw invalid(code, `a phase spans at most ${MAX_PHASE_YEARS} years`);
      return { kind: 'phase', basis, first: monthIndex(year, 1), months: (lastYear - year + 1) * 12 };
    }
  }
}

function codeOfSpan(span: Span): string {
  const { year, month } = yearMonthOf(span.first);
  const prefix = span.basis === 'reporting' ? 'R' : '';
  switch (span.kind) {
    case 'year':
      return `${prefix}Y${year}`;
    case 'half_year':
      return `${prefix}H${year}-${(month - 1) / 6 + 1}`;
    case 'quarter':
      return `${prefix}Q${year}-${(month - 1) / 3 + 1}`;
    case 'month':
      return `${prefix}M${year}-${String(month).padStart(2, '0')}`;
    case 'phase':
      return `${prefix}P${year}-${year + span.months / 12 - 1}`;
  }
}

/** Builds a period from a span already known to be valid. */
function periodOfSpan(span: Span): Period {
  const last = span.first + span.months - 1;
  const { year, month } = yearMonthOf(last);
  const reporting = span.basis === 'reporting';
  return {
    code: codeOfSpan(span),
    kind: span.kind,
    basis: span.basis,
    start: reporting ? isoDateInMonth(span.first - 1, 15) : isoDateInMonth(span.first, 1),
    end: reporting ? isoDateInMonth(last, 14) : isoDateInMonth(last, daysInMonth(year, month)),
  };
}

/** Builds a period from a span that may have left the supported years; throws a RangeError then. */
function checkedPeriodOfSpan(span: Span): Period {
  return parsePeriod(codeOfSpan(span));
}

/** The period with this code; throws a RangeError saying what is wrong with a bad code. */
export function parsePeriod(code: string): Period {
  return periodOfSpan(spanOfCode(code));
}

/** The period with this code, or undefined when the code is not valid. */
export function findPeriod(code: string): Period | undefined {
  try {
    return parsePeriod(code);
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

function checkWhole(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`Invalid period: the ${name} must be a whole number ${min}–${max}, got ${value}`);
  }
}

/** The code of the period with these parts; throws a RangeError when they are out of range. */
export function periodCode(spec: PeriodSpec): string {
  const prefix = spec.basis === 'reporting' ? 'R' : '';
  if (spec.kind === 'phase') {
    checkWhole('first year', spec.firstYear, MIN_PERIOD_YEAR, MAX_PERIOD_YEAR);
    checkWhole('last year', spec.lastYear, MIN_PERIOD_YEAR, MAX_PERIOD_YEAR);
    return parsePeriod(`${prefix}P${spec.firstYear}-${spec.lastYear}`).code;
  }
  checkWhole('year', spec.year, MIN_PERIOD_YEAR, MAX_PERIOD_YEAR);
  switch (spec.kind) {
    case 'year':
      return parsePeriod(`${prefix}Y${spec.year}`).code;
    case 'half_year':
      checkWhole('half', spec.half, 1, 2);
      return parsePeriod(`${prefix}H${spec.year}-${spec.half}`).code;
    case 'quarter':
      checkWhole('quarter', spec.quarter, 1, 4);
      return parsePeriod(`${prefix}Q${spec.year}-${spec.quarter}`).code;
    case 'month':
      checkWhole('month', spec.month, 1, 12);
      return parsePeriod(`${prefix}M${spec.year}-${String(spec.month).padStart(2, '0')}`).code;
  }
}

/** The period with these parts; throws a RangeError when they are out of range. */
export function periodOf(spec: PeriodSpec): Period {
  return parsePeriod(periodCode(spec));
}

/** The parts of a period (the inverse of periodOf), with its basis always set. */
export function periodSpec(period: Period): PeriodSpec {
  const span = spanOfCode(period.code);
  const { year, month } = yearMonthOf(span.first);
  const basis = span.basis;
  switch (span.kind) {
    case 'year':
      return { kind: 'year', year, basis };
    case 'half_year':
      return { kind: 'half_year', year, half: (month - 1) / 6 + 1, basis };
    case 'quarter':
      return { kind: 'quarter', year, quarter: (month - 1) / 3 + 1, basis };
    case 'month':
      return { kind: 'month', year, month, basis };
    case 'phase':
      return { kind: 'phase', firstYear: year, lastYear: year + span.months / 12 - 1, basis: 'calendar' };
  }
}

/**
 * The period of a kind and basis that contains a date: on the reporting basis a date from the 15th
 * on belongs to the next month's report (2024-06-20 is in RM2024-07 and RH2024-2).
 */
export function periodContaining(date: string, kind: SubdivisionKind, basis: PeriodBasis = 'calendar'): Period {
  dayNumber(date);
  const months = monthsPerKind[kind];
  if (months === undefined) throw new RangeError(`No ${String(kind)} period is found from a date; give the phase's code instead`);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = monthIndex(year, month) + (basis === 'reporting' && day >= 15 ? 1 : 0);
  return checkedPeriodOfSpan({ kind, basis, first: index - (index % months), months });
}

/** Whether the date ('YYYY-MM-DD') falls within the period, both ends included. */
export function containsDate(period: Period, date: string): boolean {
  dayNumber(date);
  return period.start <= date && date <= period.end;
}

/** Whether two periods share at least one day. */
export function overlaps(a: Period, b: Period): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** Whether every day of `inner` lies within `outer` (a target's period within its plan's period). */
export function isWithin(inner: Period, outer: Period): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/**
 * The share of the period's days that have passed by the end of `asOf`: 0 before the start, 1 from
 * the last day on, else days elapsed (asOf included) / days in the period.
 */
export function elapsedShare(period: Period, asOf: string): number {
  const today = dayNumber(asOf);
  const start = dayNumber(period.start);
  const end = dayNumber(period.end);
  if (today < start) return 0;
  if (today >= end) return 1;
  return (today - start + 1) / (end - start + 1);
}

function shift(period: Period, steps: number): Period {
  const span = spanOfCode(period.code);
  return checkedPeriodOfSpan({ ...span, first: span.first + steps * span.months });
}

/** The period of the same kind and basis one step earlier (M2024-01 → M2023-12, P2021-2025 → P2016-2020). */
export function previousPeriod(period: Period): Period {
  return shift(period, -1);
}

/** The period of the same kind and basis one step later. */
export function nextPeriod(period: Period): Period {
  return shift(period, 1);
}

/** The years a period is named for: 2021..2025 for P2021-2025; [2024] for RM2024-01 (which starts in 2023). */
export function yearsOf(period: Period): number[] {
  const span = spanOfCode(period.code);
  const first = yearMonthOf(span.first).year;
  const last = yearMonthOf(span.first + span.months - 1).year;
  return Array.from({ length: last - first + 1 }, (_, offset) => first + offset);
}

/**
 * The periods of a kind and basis named for months within `outer`, in order: the months of a year,
 * the years of a phase. The basis defaults to the outer period's. On the same basis they tile
 * `outer` exactly; across bases they are chosen by name, so the reporting years of P2021-2025 are
 * RY2021..RY2025 although RY2021 starts on 2020-12-15.
 */
export function periodsWithin(outer: Period, kind: SubdivisionKind, basis: PeriodBasis = outer.basis): Period[] {
  const months = monthsPerKind[kind];
  if (months === undefined) throw new RangeError(`A period is divided into years, half years, quarters or months, not ${String(kind)}`);
  const span = spanOfCode(outer.code);
  const periods: Period[] = [];
  for (let first = Math.ceil(span.first / months) * months; first + months <= span.first + span.months; first += months) {
    periods.push(periodOfSpan({ kind, basis, first, months }));
  }
  return periods;
}

/** A period code in an API request. */
export const periodCodeSchema = z.string().refine((code) => findPeriod(code) !== undefined, {
  error: 'Mã kỳ không hợp lệ (ví dụ: Y2024, RH2024-1, P2021-2025) | Invalid period code (e.g. Y2024, RH2024-1, P2021-2025)',
});
export const periodKindSchema = z.enum(periodKinds);
export const periodBasisSchema = z.enum(periodBases);
