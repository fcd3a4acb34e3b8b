import type { TipClassification } from './tip-kinds.ts';

/**
 * A legal time limit: so many days from receipt, then extensions, each granted by a decision.
 * Days are calendar days unless `workingDaysOnly` (Monday to Friday; public holidays are not
 * modelled). Rules are configurable per classification; a tip keeps the due date computed when it
 * was set, so a later change of rule never moves an existing deadline.
 */
export interface DeadlineRule {
  baseDays: number;
  /** In remote and disadvantaged areas (vùng sâu, vùng xa) some laws allow longer. */
  remoteBaseDays: number | null;
  extensions: readonly DeadlineExtension[];
  workingDaysOnly: boolean;
  /** The legal basis, shown with the due date. */
  basis: { vi: string; en: string };
}

/**
 * `total`: the extended limit counts from receipt (e.g. "not more than 2 months"); `additional`:
 * the extension adds to the current due date ("once more by up to 2 months").
 */
export interface DeadlineExtension {
  mode: 'total' | 'additional';
  days?: number;
  months?: number;
  remoteDays?: number;
}

export const unclassifiedRuleKey = 'unclassified' as const;
export type DeadlineRuleKey = TipClassification | typeof unclassifiedRuleKey;

/**
 * The defaults from the law. An unclassified tip is given the shortest substantive limit, the
 * 20 days of a crime tip, so nothing waits unwatched before it is classified.
 */
export const defaultDeadlineRules: Readonly<Record<DeadlineRuleKey, DeadlineRule>> = {
  criminal_tip: {
    baseDays: 20, remoteBaseDays: null, workingDaysOnly: false,
    extensions: [{ mode: 'total', months: 2 }, { mode: 'additional', months: 2 }],
    basis: {
      vi: 'Điều 147 Bộ luật Tố tụng hình sự 2015: 20 ngày; vụ việc phức tạp không quá 02 tháng; Viện kiểm sát gia hạn một lần không quá 02 tháng',
      en: 'Criminal Procedure Code 2015, art. 147: 20 days; complex cases up to 2 months; the procuracy may extend once by up to 2 months',
    },
  },
  administrative_violation: {
    baseDays: 30, remoteBaseDays: null, workingDaysOnly: false,
    extensions: [{ mode: 'additional', days: 30 }, { mode: 'additional', days: 30 }],
    basis: {
      vi: 'Điều 30 Luật Tố cáo 2018: 30 ngày; phức tạp gia hạn một lần không quá 30 ngày; đặc biệt phức tạp gia hạn hai lần, mỗi lần không quá 30 ngày',
      en: 'Law on Denunciations 2018, art. 30: 30 days; complex cases extended once by up to 30 days; especially complex cases twice, each by up to 30 days',
    },
  },
  complaint: {
    baseDays: 30, remoteBaseDays: 45, workingDaysOnly: false,
    extensions: [{ mode: 'total', days: 45, remoteDays: 60 }],
    basis: {
      vi: 'Điều 28 Luật Khiếu nại 2011: 30 ngày, vụ việc phức tạp 45 ngày; vùng sâu, vùng xa 45 ngày, phức tạp 60 ngày',
      en: 'Law on Complaints 2011, art. 28: 30 days, complex cases 45; remote areas 45 days, complex cases 60',
    },
  },
  outside_scope: {
    baseDays: 10, remoteBaseDays: null, workingDaysOnly: false, extensions: [],
    basis: {
      vi: 'Thông tư 05/2021/TT-TTCP: đơn không thuộc thẩm quyền được chuyển, hướng dẫn trong 10 ngày',
      en: 'Circular 05/2021/TT-TTCP: matters outside the unit\'s competence are passed on within 10 days',
    },
  },
  unclassified: {
    baseDays: 20, remoteBaseDays: null, workingDaysOnly: false, extensions: [],
    basis: {
      vi: 'Tạm tính theo thời hạn ngắn nhất (20 ngày, Điều 147 Bộ luật Tố tụng hình sự) cho đến khi phân loại',
      en: 'Provisional: the shortest limit (20 days, Criminal Procedure Code art. 147) until classified',
    },
  },
};

/** `YYYY-MM-DD` plus calendar days. */
export function addDays(date: string, days: number): string {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}

/** Plus working days: Saturdays and Sundays are skipped. */
export function addWorkingDays(date: string, days: number): string {
  const value = new Date(`${date}T00:00:00Z`);
  let left = days;
  while (left > 0) {
    value.setUTCDate(value.getUTCDate() + 1);
    const weekday = value.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return value.toISOString().slice(0, 10);
}

/** Plus calendar months; a day the target month lacks (31/01 + 1 month) becomes its last day. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function plus(date: string, rule: DeadlineRule, days: number): string {
  return rule.workingDaysOnly ? addWorkingDays(date, days) : addDays(date, days);
}

/**
 * The due date from the day the unit received the tip ("kể từ ngày nhận được": the day of receipt
 * is not counted, so 20 days from 01/03 is 21/03), with the extensions granted so far applied in
 * order.
 */
export function dueDate(rule: DeadlineRule, startOn: string, options: { remote: boolean; extensionsGranted: number }): string {
  let due = plus(startOn, rule, options.remote && rule.remoteBaseDays !== null ? rule.remoteBaseDays : rule.baseDays);
  for (const extension of rule.extensions.slice(0, options.extensionsGranted)) {
    const from = extension.mode === 'total' ? startOn : due;
    const days = options.remote && extension.remoteDays !== undefined ? extension.remoteDays : extension.days;
    const extended = extension.months !== undefined ? addMonths(from, extension.months) : plus(from, rule, days ?? 0);
    // An extension never shortens a limit, whatever the configured figures.
    if (extended > due) due = extended;
  }
  return due;
}

/** How many extensions the rule still allows after `granted`. */
export function extensionsLeft(rule: DeadlineRule, granted: number): number {
  return Math.max(0, rule.extensions.length - granted);
}

/** `overdue` once the due date has passed unresolved; `due_soon` within `withinDays` of it. */
export function deadlineState(dueOn: string, today: string, resolvedOn: string | null, withinDays: number): 'resolved_on_time' | 'resolved_late' | 'overdue' | 'due_soon' | 'open' {
  if (resolvedOn) return resolvedOn <= dueOn ? 'resolved_on_time' : 'resolved_late';
  if (today > dueOn) return 'overdue';
  return daysBetween(today, dueOn) <= withinDays ? 'due_soon' : 'open';
}
