import { hasPermission, roles } from '../../../core/auth/roles.ts';
import { todayInVietnam } from '../../../core/dates/format.ts';
import {
  DEFAULT_OVERDUE_REMINDER_DAYS, DEFAULT_REMINDER_DAYS_BEFORE, dueReminders, reminderMessage,
  type Reminder, type ReminderOptions,
} from '../../../core/reports/reminders.ts';
import type { Database } from '../../storage/database.ts';
import { appendAuditEntry } from '../../storage/audit-log.ts';
import {
  claimReminder, listReminderRecipients, listReportsForReminders, releaseReminder, type ReminderClaim, type ReminderRecipient,
} from '../../storage/report-reminders.ts';
import type { Mailer } from './mailer.ts';

export type { Mailer, MailMessage } from './mailer.ts';

export interface ReminderRunResult {
  /** Reminders due today (before looking for recipients). */
  due: number;
  /** E-mails sent by this run. */
  sent: number;
  /** E-mails already sent today (by an earlier run), not sent again. */
  alreadySent: number;
  /** E-mails the SMTP server refused; retried on the next run. */
  failed: number;
  /** Due reminders whose unit has nobody with report.write and an e-mail address. */
  withoutRecipient: number;
}

const empty = (): ReminderRunResult => ({ due: 0, sent: 0, alreadySent: 0, failed: 0, withoutRecipient: 0 });

/** Those who write a unit's report receive its reminders (system administrators have no unit). */
const writerRoles = roles.filter((role) => hasPermission(role, 'report.write'));

/** An agency's report is its officers' to write; the unit's own reports are not an agency officer's. */
function remindsWriter(reminder: Reminder, recipient: ReminderRecipient): boolean {
  if (reminder.agencyId) return recipient.agencyId === reminder.agencyId;
  return recipient.role !== 'agency_officer';
}

/** An error's kind and code, without its message: SMTP replies can quote addresses (no personal data in logs). */
export const describeFailure = (error: unknown) => {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
  const responseCode = typeof error === 'object' && error !== null && 'responseCode' in error ? String((error as { responseCode: unknown }).responseCode) : undefined;
  return [error instanceof Error ? error.name : 'error', code, responseCode].filter(Boolean).join(' ');
};

/**
 * Sends today's reminder e-mails: to the users with report.write and an e-mail address of each
 * reporter unit whose report is due within `daysBefore` days or overdue, and of each
 * consolidating unit with overdue units. Each (report, kind, day, recipient) is claimed in
 * report_reminders before it is sent, so nothing goes out twice in a day; each send is audited
 * as `report.remind` by the system. Without a mailer (no SMTP configured) it does nothing.
 * A refused message is released and counted, never thrown: one bad address does not stop the rest.
 */
export async function sendDueReminders(
  database: Database,
  mailer: Mailer | null,
  today: string = todayInVietnam(),
  options: ReminderOptions & { log?: (line: string) => void } = {},
): Promise<ReminderRunResult> {
  const result = empty();
  if (!mailer) return result;
  const daysBefore = options.daysBefore ?? DEFAULT_REMINDER_DAYS_BEFORE;
  const overdueForDays = options.overdueForDays ?? DEFAULT_OVERDUE_REMINDER_DAYS;
  const db = database.db;
  const window = { from: shiftDays(today, -overdueForDays), to: shiftDays(today, daysBefore) };
  const reminders = dueReminders(await listReportsForReminders(db, window), today, { daysBefore, overdueForDays });
  result.due = reminders.length;
  if (reminders.length === 0) return result;

  const recipients = await listReminderRecipients(db, [...new Set(reminders.map((reminder) => reminder.unitId))], writerRoles);
  for (const reminder of reminders) {
    const unitRecipients = recipients.filter((recipient) => recipient.unitId === reminder.unitId && remindsWriter(reminder, recipient));
    if (unitRecipients.length === 0) {
      result.withoutRecipient += 1;
      continue;
    }
    for (const recipient of unitRecipients) {
      const claim: ReminderClaim = { reportId: reminder.reportId, requestId: reminder.requestId, kind: reminder.kind, sentOn: today, recipientUserId: recipient.userId };
      if (!(await claimReminder(db, claim))) {
        result.alreadySent += 1;
        continue;
      }
      const message = reminderMessage(reminder, recipient.displayName);
      try {
        await mailer.send({ to: recipient.email, ...message });
      } catch (error) {
        await releaseQuietly(database, claim);
        result.failed += 1;
        options.log?.(`Không gửi được thư nhắc báo cáo (${reminder.kind}, báo cáo ${reminder.reportId}): ${describeFailure(error)}`);
        continue;
      }
      await audit(database, reminder, recipient.userId, today);
      result.sent += 1;
    }
  }
  return result;
}

async function releaseQuietly(database: Database, claim: ReminderClaim): Promise<void> {
  // If even this fails, the reminder is simply not retried today.
  await releaseReminder(database.db, claim).catch(() => undefined);
}

async function audit(database: Database, reminder: Reminder, recipientUserId: string, today: string): Promise<void> {
  await appendAuditEntry(database.db, {
    actorUserId: null,
    actorUsername: 'system:reminders',
    actorRole: null,
    unitId: reminder.unitId,
    action: 'report.remind',
    outcome: 'success',
    targetType: 'report',
    targetId: reminder.reportId,
    // Who received it by id only; the address and the text stay out of the log.
    summary: {
      kind: reminder.kind, requestId: reminder.requestId, deadline: reminder.deadline, sentOn: today, recipientUserId,
      ...(reminder.kind === 'overdue_units' ? { overdueUnits: reminder.overdueUnits.map((unit) => unit.unitId) } : {}),
    },
  });
}

function shiftDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const REMINDER_INTERVAL_MS = 6 * 60 * 60 * 1000;

/**
 * Runs the reminders now and every 6 hours while the server runs (the unique key keeps it to one
 * e-mail per reminder and day). Errors are logged without personal data and never stop the server.
 * Returns a function that stops the timer.
 */
export function scheduleReminders(database: Database, mailer: Mailer, log: (line: string) => void, intervalMs = REMINDER_INTERVAL_MS): () => void {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const result = await sendDueReminders(database, mailer, todayInVietnam(), { log });
      if (result.sent > 0 || result.failed > 0) log(`Thư nhắc báo cáo: đã gửi ${result.sent}, lỗi ${result.failed}.`);
    } catch (error) {
      log(`Không chạy được việc nhắc báo cáo: ${describeFailure(error)}`);
    } finally {
      running = false;
    }
  };
  void run();
  const timer = setInterval(() => void run(), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
