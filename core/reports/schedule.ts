import { parsePeriod, periodOf, periodsWithin, type Period } from '../periods/period.ts';
import type { ReportingRule } from '../plans/plan.ts';

/**
 * Which reports a plan's reporting regime ("chế độ báo cáo") expects, with the Decree 09/2019 data
 * cut-off: a 6-month report of 2024 covers 15/12/2023–14/06/2024, an annual one
 * 15/12/2023–14/12/2024, a quarterly one from the 15th of the month before the quarter to the 14th
 * of its last month. Deadlines come from the rule (20/6 for units, 25/6 for the consolidator).
 */
export const reportKinds = ['monthly', 'quarterly', 'half_year', 'annual', 'phase_end', 'ad_hoc'] as const;
export type ReportKind = (typeof reportKinds)[number];

export interface ScheduledReport {
  kind: ReportKind;
  /** Reporting-basis period code (RH2024-1, RY2024, RQ2024-3, RM2024-06) or the phase (P2021-2025). */
  periodCode: string;
  periodStart: string;
  periodEnd: string;
  reporterDeadline: string;
  consolidatorDeadline: string | null;
}

const iso = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

function addDays(date: string, days: number): string {
  const moment = new Date(`${date}T00:00:00Z`);
  moment.setUTCDate(moment.getUTCDate() + days);
  return moment.toISOString().slice(0, 10);
}

function deadlineAfter(period: Pick<Period, 'end'>, dayOfYear: { day: number; month: number } | null, fallbackDays: number): string {
  const endYear = Number(period.end.slice(0, 4));
  if (dayOfYear) {
    // The deadline is the rule's day in the year the period ends, or the next year if that day
    // falls before the period's end (an annual report due 20/12 for a year ending 14/12).
    let candidate = iso(endYear, dayOfYear.month, clampDay(endYear, dayOfYear.month, dayOfYear.day));
    if (candidate < period.end) candidate = iso(endYear + 1, dayOfYear.month, clampDay(endYear + 1, dayOfYear.month, dayOfYear.day));
    return candidate;
  }
  return addDays(period.end, fallbackDays);
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
/** The 31st of a 30-day month is its last day (a rule written "before the 31st of each quarter's last month"). */
const clampDay = (year: number, month: number, day: number) => Math.min(day, daysIn(year, month));

/**
 * A quarterly or monthly rule names a day of the period's last month ("before the 20th of the
 * last month of each quarter"); when that day comes before the period's cut-off (the 5th, with
 * data up to the 14th) the report is due on that day of the following month.
 */
function deadlineInLastMonth(period: Period, day: number): string {
  let [year, month] = [Number(period.end.slice(0, 4)), Number(period.end.slice(5, 7))];
  let candidate = iso(year, month, clampDay(year, month, day));
  if (candidate < period.end) {
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
    candidate = iso(year, month, clampDay(year, month, day));
  }
  return candidate;
}

/**
 * A phase-end report covers the phase on the reporting basis (from 15/12 of the year before its
 * first year, like the first annual report) up to a cut-off that precedes its deadline: 14/12 of
 * the last year, or, when the report is due earlier (before 05/11/2025 for 2021–2025), the 14th of
 * the last month whose 14th comes before the deadline (14/10/2025).
 */
function phaseEndPeriod(plan: Period, deadline: string | null): { start: string; end: string } {
  const firstYear = Number(plan.start.slice(0, 4));
  const lastYear = Number(plan.end.slice(0, 4));
  const start = iso(firstYear - 1, 12, 15);
  let end = iso(lastYear, 12, 14);
  if (deadline && deadline <= end) {
    let [year, month] = [Number(deadline.slice(0, 4)), Number(deadline.slice(5, 7))];
    if (iso(year, month, 14) >= deadline) [year, month] = month === 1 ? [year - 1, 12] : [year, month - 1];
    end = iso(year, month, 14);
  }
  return { start, end: end < start ? start : end };
}

/**
 * The reports a rule expects over a plan's period, in order. A quarterly or monthly rule's
 * deadline day applies within each period's last month (the 20th of June for Q2), since plans
 * write them as "before the 20th of the last month of each quarter".
 */
export function scheduleReports(rule: ReportingRule, planPeriodCode: string): ScheduledReport[] {
  const plan = parsePeriod(planPeriodCode);
  const years = [];
  for (let year = Number(plan.start.slice(0, 4)); year <= Number(plan.end.slice(0, 4)); year++) years.push(year);
  const periods: { kind: ReportKind; period: Period }[] = [];
  switch (rule.kind) {
    case 'annual':
      for (const year of years) periods.push({ kind: 'annual', period: periodOf({ kind: 'year', year, basis: 'reporting' }) });
      break;
    case 'half_year':
      for (const year of years) periods.push({ kind: 'half_year', period: periodOf({ kind: 'half_year', year, half: 1, basis: 'reporting' }) });
      break;
    case 'quarterly':
      for (const year of years) {
        for (const quarter of periodsWithin(periodOf({ kind: 'year', year, basis: 'reporting' }), 'quarter')) periods.push({ kind: 'quarterly', period: quarter });
      }
      break;
    case 'monthly':
      for (const year of years) {
        for (const month of periodsWithin(periodOf({ kind: 'year', year, basis: 'reporting' }), 'month')) periods.push({ kind: 'monthly', period: month });
      }
      break;
    case 'phase_end':
      periods.push({ kind: 'phase_end', period: plan });
      break;
    case 'ad_hoc':
      return [];
  }
  return periods.map(({ kind, period }) => {
    if (kind === 'phase_end') {
      const explicit = rule.reporterDeadlineDate ?? null;
      const { start, end } = phaseEndPeriod(period, explicit);
      const reporterDeadline = explicit ?? deadlineAfter({ end }, rule.reporterDeadline, 6);
      let consolidatorDeadline = rule.consolidatorDeadline ? deadlineAfter({ end }, rule.consolidatorDeadline, 11) : null;
      if (consolidatorDeadline && consolidatorDeadline < reporterDeadline) consolidatorDeadline = null;
      return { kind, periodCode: period.code, periodStart: start, periodEnd: end, reporterDeadline, consolidatorDeadline };
    }
    const withinPeriod = kind === 'quarterly' || kind === 'monthly';
    const reporterDeadline = withinPeriod && rule.reporterDeadline
      ? deadlineInLastMonth(period, rule.reporterDeadline.day)
      : deadlineAfter(period, rule.reporterDeadline, 6);
    let consolidatorDeadline = rule.consolidatorDeadline
      ? (withinPeriod ? deadlineInLastMonth(period, rule.consolidatorDeadline.day) : deadlineAfter(period, rule.consolidatorDeadline, 11))
      : null;
    // A consolidator's day before the units' (a rule written with the days the wrong way round)
    // would make the consolidated report due before what it consolidates: the units' day + 5.
    if (consolidatorDeadline && consolidatorDeadline < reporterDeadline) consolidatorDeadline = addDays(reporterDeadline, 5);
    return { kind, periodCode: period.code, periodStart: period.start, periodEnd: period.end, reporterDeadline, consolidatorDeadline };
  });
}

/** Submitted by the deadline, after it, or not at all (and whether the deadline has passed). */
export function timeliness(deadline: string, submittedOn: string | null, today: string): 'on_time' | 'late' | 'missing' | 'not_due' {
  if (submittedOn) return submittedOn <= deadline ? 'on_time' : 'late';
  return today > deadline ? 'missing' : 'not_due';
}
