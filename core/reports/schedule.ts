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

function deadlineAfter(period: Period, dayOfYear: { day: number; month: number } | null, fallbackDays: number): string {
  const endYear = Number(period.end.slice(0, 4));
  if (dayOfYear) {
    // The deadline is the rule's day in the year the period ends, or the next year if that day
    // falls before the period's end (an annual report due 20/12 for a year ending 14/12; a
    // quarterly rule written as "the 20th of the last month").
    let candidate = iso(endYear, dayOfYear.month, dayOfYear.day);
    if (candidate < period.end) candidate = iso(endYear + 1, dayOfYear.month, dayOfYear.day);
    return candidate;
  }
  const date = new Date(`${period.end}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + fallbackDays);
  return date.toISOString().slice(0, 10);
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
    const withinPeriod = kind === 'quarterly' || kind === 'monthly';
    const lastMonth = Number(period.end.slice(5, 7));
    const reporterDeadline = kind === 'phase_end' && rule.reporterDeadlineDate
      ? rule.reporterDeadlineDate
      : withinPeriod && rule.reporterDeadline
        ? deadlineAfter(period, { day: rule.reporterDeadline.day, month: lastMonth }, 6)
        : deadlineAfter(period, rule.reporterDeadline, 6);
    const consolidatorDeadline = rule.consolidatorDeadline
      ? (withinPeriod ? deadlineAfter(period, { day: rule.consolidatorDeadline.day, month: lastMonth }, 11) : deadlineAfter(period, rule.consolidatorDeadline, 11))
      : null;
    return { kind, periodCode: period.code, periodStart: period.start, periodEnd: period.end, reporterDeadline, consolidatorDeadline };
  });
}

/** Submitted by the deadline, after it, or not at all (and whether the deadline has passed). */
export function timeliness(deadline: string, submittedOn: string | null, today: string): 'on_time' | 'late' | 'missing' | 'not_due' {
  if (submittedOn) return submittedOn <= deadline ? 'on_time' : 'late';
  return today > deadline ? 'missing' : 'not_due';
}
