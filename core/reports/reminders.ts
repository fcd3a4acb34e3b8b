import { formatDate } from '../dates/format.ts';

/**
 * Reminders about report deadlines (issue 6, item 3): a reporter whose report is not in yet is
 * reminded in the last days before its deadline and every day once it has passed; the unit that
 * consolidates a request is told, once a day, which units are overdue. Pure: the server decides
 * who receives them and records what was sent, so that nothing is sent twice in a day.
 */

export interface ReminderReport {
  id: string;
  requestId: string;
  unitId: string;
  /** The unit's name, or the agency's for an agency's report. */
  unitName: string;
  /** An agency's report (of the consolidating unit): its officers are reminded, not the unit's. */
  agencyId?: string | null;
  role: 'reporter' | 'consolidator';
  status: 'not_started' | 'draft' | 'submitted' | 'returned' | 'accepted';
  /** 'YYYY-MM-DD': the reporter deadline for reporters, the consolidator's (or the reporter) deadline for consolidators. */
  deadline: string;
  /** The request's title, e.g. "Báo cáo 6 tháng đầu năm 2024". */
  title: string;
}

export type ReminderKind = 'due_soon' | 'overdue' | 'overdue_units';

export interface Reminder {
  kind: ReminderKind;
  /** The report the reminder is about: the reporter's own, or the consolidator's for `overdue_units`. */
  reportId: string;
  requestId: string;
  /** Whose users receive it: the reporter unit (its agency's officers when `agencyId` is set), or the consolidating unit. */
  unitId: string;
  unitName: string;
  agencyId: string | null;
  title: string;
  /** The reporters' deadline. */
  deadline: string;
  /** Days from today to the deadline: positive before it, 0 on the day, negative once passed. */
  daysToDeadline: number;
  /** For `overdue_units`: the reporter units whose report is past the deadline and not in, by name. */
  overdueUnits: { unitId: string; unitName: string }[];
}

export interface ReminderOptions {
  /** Reporters are reminded this many days before the deadline (and on the day). */
  daysBefore?: number;
  /** Overdue reminders stop this many days after the deadline, so a forgotten request does not mail for ever. */
  overdueForDays?: number;
}

export const DEFAULT_REMINDER_DAYS_BEFORE = 3;
export const DEFAULT_OVERDUE_REMINDER_DAYS = 30;

const DAY_MS = 86_400_000;
const dayNumber = (isoDate: string) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new RangeError(`Not an ISO date: ${isoDate}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
};

/** Days from `today` to `deadline` ('YYYY-MM-DD' both): 2 two days before, 0 on the day, -1 the day after. */
export function daysBetween(today: string, deadline: string): number {
  return dayNumber(deadline) - dayNumber(today);
}

/** A report is still owed while it is not submitted (or accepted). */
const isOutstanding = (report: ReminderReport) => report.status === 'not_started' || report.status === 'draft' || report.status === 'returned';

/**
 * The reminders due on `today`: at most one per reporter report (`due_soon` within `daysBefore`
 * days of its deadline, `overdue` once it has passed), and one `overdue_units` per request for
 * its consolidator, listing the reporter units past the deadline — unless the consolidator's
 * own report is already in. Sorted by request, then unit, for a stable order.
 */
export function dueReminders(reports: readonly ReminderReport[], today: string, options: ReminderOptions = {}): Reminder[] {
  const daysBefore = options.daysBefore ?? DEFAULT_REMINDER_DAYS_BEFORE;
  const overdueForDays = options.overdueForDays ?? DEFAULT_OVERDUE_REMINDER_DAYS;
  const reminders: Reminder[] = [];
  const overdueByRequest = new Map<string, { deadline: string; days: number; units: { unitId: string; unitName: string }[] }>();

  for (const report of reports) {
    if (report.role !== 'reporter' || !isOutstanding(report)) continue;
    const days = daysBetween(today, report.deadline);
    if (days > daysBefore || days < -overdueForDays) continue;
    const base = {
      reportId: report.id, requestId: report.requestId, unitId: report.unitId, unitName: report.unitName, agencyId: report.agencyId ?? null,
      title: report.title, deadline: report.deadline, daysToDeadline: days, overdueUnits: [],
    };
    if (days >= 0) {
      reminders.push({ kind: 'due_soon', ...base });
    } else {
      reminders.push({ kind: 'overdue', ...base });
      const entry = overdueByRequest.get(report.requestId) ?? { deadline: report.deadline, days, units: [] };
      entry.units.push({ unitId: report.unitId, unitName: report.unitName });
      overdueByRequest.set(report.requestId, entry);
    }
  }

  for (const report of reports) {
    if (report.role !== 'consolidator' || !isOutstanding(report)) continue;
    const overdue = overdueByRequest.get(report.requestId);
    if (!overdue) continue;
    reminders.push({
      kind: 'overdue_units', reportId: report.id, requestId: report.requestId, unitId: report.unitId, unitName: report.unitName, agencyId: null,
      title: report.title, deadline: overdue.deadline, daysToDeadline: overdue.days,
      overdueUnits: [...overdue.units].sort((a, b) => a.unitName.localeCompare(b.unitName, 'vi') || a.unitId.localeCompare(b.unitId)),
    });
  }

  const kindOrder: Record<ReminderKind, number> = { due_soon: 0, overdue: 1, overdue_units: 2 };
  return reminders.sort((a, b) => a.requestId.localeCompare(b.requestId) || kindOrder[a.kind] - kindOrder[b.kind] || a.unitId.localeCompare(b.unitId));
}

export interface ReminderMessage {
  subject: string;
  text: string;
}

/** "Báo cáo 6 tháng đầu năm 2024" stays; "Tình hình tụ điểm" becomes "Báo cáo Tình hình tụ điểm". */
const reportTitle = (title: string) => (/^báo cáo\b/iu.test(title.trim()) ? title.trim() : `Báo cáo ${title.trim()}`);

/**
 * The e-mail for one reminder and recipient: plain text, Vietnamese first then English, dates as
 * dd/mm/yyyy. It names the recipient and units, never anyone else.
 */
export function reminderMessage(reminder: Reminder, recipientName: string): ReminderMessage {
  const title = reportTitle(reminder.title);
  const date = formatDate(reminder.deadline);
  const days = Math.abs(reminder.daysToDeadline);
  const footer = [
    '',
    'Đăng nhập PCMD, mục "Báo cáo", để xem và gửi báo cáo. Thư này được gửi tự động; vui lòng không trả lời.',
    '',
    '---',
    '',
  ];
  const footerEn = [
    '',
    'Sign in to PCMD, "Reports", to view and submit the report. This message was sent automatically; please do not reply.',
  ];
  if (reminder.kind === 'due_soon') {
    const when = days === 0 ? 'hôm nay' : `còn ${days} ngày`;
    const whenEn = days === 0 ? 'today' : `in ${days} day${days === 1 ? '' : 's'}`;
    return {
      subject: `[PCMD] ${title} đến hạn ngày ${date} | Report due ${date}`,
      text: [
        `Kính gửi ${recipientName},`,
        '',
        `${title} của ${reminder.unitName} đến hạn gửi ngày ${date} (${when}) nhưng chưa được gửi.`,
        ...footer,
        `Dear ${recipientName},`,
        '',
        `The report "${reminder.title}" of ${reminder.unitName} is due on ${date} (${whenEn}) and has not been submitted yet.`,
        ...footerEn,
      ].join('\n'),
    };
  }
  if (reminder.kind === 'overdue') {
    return {
      subject: `[PCMD] ${title} đã quá hạn ngày ${date} | Report overdue since ${date}`,
      text: [
        `Kính gửi ${recipientName},`,
        '',
        `${title} của ${reminder.unitName} đã quá hạn gửi ${days} ngày (hạn ngày ${date}). Đề nghị hoàn thành và gửi báo cáo sớm.`,
        ...footer,
        `Dear ${recipientName},`,
        '',
        `The report "${reminder.title}" of ${reminder.unitName} is ${days} day${days === 1 ? '' : 's'} overdue (due on ${date}). Please complete and submit it as soon as possible.`,
        ...footerEn,
      ].join('\n'),
    };
  }
  const count = reminder.overdueUnits.length;
  const list = reminder.overdueUnits.map((unit) => `  - ${unit.unitName}`);
  return {
    subject: `[PCMD] ${title}: ${count} đơn vị chưa gửi, quá hạn ngày ${date} | ${count} unit${count === 1 ? '' : 's'} overdue`,
    text: [
      `Kính gửi ${recipientName},`,
      '',
      `${title} (hạn gửi ngày ${date}): ${count} đơn vị chưa gửi báo cáo đã quá hạn ${days} ngày:`,
      ...list,
      ...footer,
      `Dear ${recipientName},`,
      '',
      `"${reminder.title}" (due on ${date}): ${count} unit${count === 1 ? ' has' : 's have'} not submitted the report, ${days} day${days === 1 ? '' : 's'} overdue:`,
      ...list,
      ...footerEn,
    ].join('\n'),
  };
}
