import type { ReminderKind, ReminderReport } from '../../core/reports/reminders.ts';
import type { Executor } from './executor.ts';

/** Reports whose reporters' deadline falls in [from, to], with what the reminders need to know. */
export async function listReportsForReminders(db: Executor, window: { from: string; to: string }): Promise<ReminderReport[]> {
  const rows = await db
    .selectFrom('reports')
    .innerJoin('report_requests', 'report_requests.id', 'reports.request_id')
    .innerJoin('admin_units', 'admin_units.id', 'reports.unit_id')
    .leftJoin('agencies', 'agencies.id', 'reports.agency_id')
    .select([
      'reports.id', 'reports.request_id', 'reports.unit_id', 'admin_units.name as unit_name', 'reports.agency_id', 'agencies.name as agency_name', 'reports.role', 'reports.status',
      'report_requests.reporter_deadline', 'report_requests.consolidator_deadline', 'report_requests.title',
    ])
    .where('report_requests.reporter_deadline', '>=', window.from)
    .where('report_requests.reporter_deadline', '<=', window.to)
    .orderBy('reports.request_id')
    .orderBy('reports.unit_id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    requestId: row.request_id,
    unitId: row.unit_id,
    unitName: row.agency_name ?? row.unit_name,
    agencyId: row.agency_id,
    role: row.role as ReminderReport['role'],
    status: row.status as ReminderReport['status'],
    deadline: row.role === 'consolidator' ? row.consolidator_deadline ?? row.reporter_deadline : row.reporter_deadline,
    title: row.title,
  }));
}

export interface ReminderRecipient {
  userId: string;
  unitId: string;
  agencyId: string | null;
  role: string;
  displayName: string;
  email: string;
}

/** The enabled users of the given units who hold one of `roles` and have an e-mail address. */
export async function listReminderRecipients(db: Executor, unitIds: readonly string[], roles: readonly string[]): Promise<ReminderRecipient[]> {
  if (unitIds.length === 0 || roles.length === 0) return [];
  const rows = await db
    .selectFrom('users')
    .select(['id', 'unit_id', 'agency_id', 'role', 'display_name', 'email'])
    .where('unit_id', 'in', [...unitIds])
    .where('role', 'in', [...roles])
    .where('is_disabled', '=', false)
    .where('email', 'is not', null)
    .where('email', '<>', '')
    .orderBy('username')
    .execute();
  return rows.map((row) => ({ userId: row.id, unitId: row.unit_id!, agencyId: row.agency_id, role: row.role, displayName: row.display_name, email: row.email! }));
}

export interface ReminderClaim {
  reportId: string;
  requestId: string;
  kind: ReminderKind;
  sentOn: string;
  recipientUserId: string;
}

/**
 * Claims a reminder before it is sent: true when this call recorded it, false when it was already
 * sent (or is being sent) that day. Release the claim if sending fails.
 */
export async function claimReminder(db: Executor, claim: ReminderClaim): Promise<boolean> {
  const inserted = await db
    .insertInto('report_reminders')
    .values({ report_id: claim.reportId, request_id: claim.requestId, kind: claim.kind, sent_on: claim.sentOn, recipient_user_id: claim.recipientUserId })
    .onConflict((conflict) => conflict.columns(['report_id', 'kind', 'sent_on', 'recipient_user_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** Forgets a claimed reminder that could not be sent, so that the next run tries again. */
export async function releaseReminder(db: Executor, claim: ReminderClaim): Promise<void> {
  await db
    .deleteFrom('report_reminders')
    .where('report_id', '=', claim.reportId)
    .where('kind', '=', claim.kind)
    .where('sent_on', '=', claim.sentOn)
    .where('recipient_user_id', '=', claim.recipientUserId)
    .execute();
}
