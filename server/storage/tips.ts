import { sql } from 'kysely';
import type { Scope } from '../../core/auth/scope.ts';
import { escapeLikePattern, toSearchText } from '../../core/text/search-text.ts';
import type { TipStatus } from '../../core/tips/tip-kinds.ts';
import type { Executor } from './executor.ts';
import { narrowedScopes, unitIdInScope } from './units.ts';

/** A tip's row as services use it; the receipt-code hash and the reporter never leave storage this way. */
export interface TipRow {
  id: string;
  reference: string;
  unit_id: string;
  received_by_unit_id: string;
  receiving_user_id: string | null;
  channel: string;
  received_at: Date;
  received_on: string;
  subjects: string[];
  establishment_id: string | null;
  hotspot_id: string | null;
  address: string | null;
  online_account: string | null;
  happened_on: string | null;
  description: string;
  anonymous: boolean;
  status: TipStatus;
  classification: string | null;
  remote_area: boolean;
  clock_start_on: string;
  extensions_granted: number;
  due_on: string;
  assigned_agency_id: string | null;
  assignee_user_id: string | null;
  resolved_on: string | null;
  substantiated: boolean | null;
  outcome: string | null;
  transferred_out: boolean;
  created_at: Date;
  updated_at: Date;
}

const tipColumns = [
  'tips.id', 'tips.reference', 'tips.unit_id', 'tips.received_by_unit_id', 'tips.receiving_user_id', 'tips.channel', 'tips.received_at',
  'tips.received_on', 'tips.subjects', 'tips.establishment_id', 'tips.hotspot_id', 'tips.address', 'tips.online_account', 'tips.happened_on',
  'tips.description', 'tips.anonymous', 'tips.status', 'tips.classification', 'tips.remote_area', 'tips.clock_start_on',
  'tips.extensions_granted', 'tips.due_on', 'tips.assigned_agency_id', 'tips.assignee_user_id', 'tips.resolved_on', 'tips.substantiated',
  'tips.outcome', 'tips.transferred_out', 'tips.created_at', 'tips.updated_at',
] as const;

export type TipListRow = Omit<TipRow, 'description'> & {
  unit_name: string; received_by_unit_name: string; agency_name: string | null; assignee_name: string | null;
};

export interface NewTipValues {
  unitId: string;
  receivingUserId: string | null;
  channel: string;
  receivedAt: Date;
  receivedOn: string;
  subjects: readonly string[];
  establishmentId: string | null;
  hotspotId: string | null;
  address: string | null;
  onlineAccount: string | null;
  happenedOn: string | null;
  description: string;
  anonymous: boolean;
  dueOn: string;
  receiptCodeHash: Buffer | null;
}

/**
 * A new tip with the next reference of the year of receipt (TB-2026-000042). References come
 * from one sequence: unique and never reused, though a year's numbers need not start at 1.
 */
export async function insertTip(db: Executor, values: NewTipValues): Promise<{ id: string; reference: string }> {
  const { rows } = await sql<{ n: number }>`select nextval('tip_number_seq') as n`.execute(db);
  const reference = `TB-${values.receivedOn.slice(0, 4)}-${String(rows[0]!.n).padStart(6, '0')}`;
  return db
    .insertInto('tips')
    .values({
      reference, unit_id: values.unitId, received_by_unit_id: values.unitId, receiving_user_id: values.receivingUserId, channel: values.channel,
      received_at: values.receivedAt, received_on: values.receivedOn, clock_start_on: values.receivedOn, subjects: [...values.subjects],
      establishment_id: values.establishmentId, hotspot_id: values.hotspotId, address: values.address, online_account: values.onlineAccount,
      happened_on: values.happenedOn, description: values.description, anonymous: values.anonymous, due_on: values.dueOn,
      receipt_code_hash: values.receiptCodeHash,
      // The reference and the place, never the description: the queue is searched by them.
      search_text: toSearchText([reference, values.address, values.onlineAccount].filter(Boolean).join(' ')),
    })
    .returning(['id', 'reference'])
    .executeTakeFirstOrThrow();
}

/** The workflow fields a transition changes. */
export interface TipStateValues {
  status: TipStatus;
  unit_id: string;
  classification: string | null;
  remote_area: boolean;
  clock_start_on: string;
  extensions_granted: number;
  due_on: string;
  assigned_agency_id: string | null;
  assignee_user_id: string | null;
  resolved_on: string | null;
  substantiated: boolean | null;
  outcome: string | null;
  transferred_out: boolean;
}

/**
 * Saves a transition only if the tip is still in the status it was read in, so two officers
 * acting at once cannot both move it: the second gets false and is told to reload.
 */
export async function updateTipState(db: Executor, id: string, expectedStatus: TipStatus, expectedUpdatedAt: Date, values: TipStateValues): Promise<boolean> {
  const result = await db
    .updateTable('tips')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', id)
    .where('status', '=', expectedStatus)
    // The database keeps microseconds, a JavaScript Date only milliseconds: compare at the Date's precision.
    .where(sql<Date>`date_trunc('milliseconds', updated_at)`, '=', expectedUpdatedAt)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function touchTip(db: Executor, id: string): Promise<void> {
  await db.updateTable('tips').set({ updated_at: new Date() }).where('id', '=', id).execute();
}

/** A live tip, whoever asks: callers check the scope of its unit. */
export async function findTip(db: Executor, id: string): Promise<TipRow | undefined> {
  return db.selectFrom('tips').select(tipColumns).where('tips.id', '=', id).where('tips.deleted_at', 'is', null)
    .executeTakeFirst() as Promise<TipRow | undefined>;
}

export async function findTipByReceiptHash(db: Executor, hash: Buffer): Promise<(TipRow & { receipt_code_hash: Buffer }) | undefined> {
  return db.selectFrom('tips').select([...tipColumns, 'tips.receipt_code_hash']).where('tips.receipt_code_hash', '=', hash)
    .where('tips.deleted_at', 'is', null).executeTakeFirst() as Promise<(TipRow & { receipt_code_hash: Buffer }) | undefined>;
}

export interface TipFilter {
  scope: Scope;
  within?: Scope | undefined;
  status?: TipStatus | undefined;
  classification?: string | undefined;
  channel?: string | undefined;
  due?: 'overdue' | 'due_soon' | undefined;
  today: string;
  dueSoonUntil: string;
  query?: string | undefined;
}

function filteredTips(db: Executor, filter: TipFilter) {
  let query = db
    .selectFrom('tips')
    .where('tips.deleted_at', 'is', null)
    .where((eb) => eb.and(narrowedScopes(filter.scope, filter.within).map((scope) => unitIdInScope('tips.unit_id', scope))));
  if (filter.status) query = query.where('tips.status', '=', filter.status);
  if (filter.classification === 'unclassified') query = query.where('tips.classification', 'is', null);
  else if (filter.classification) query = query.where('tips.classification', '=', filter.classification);
  if (filter.channel) query = query.where('tips.channel', '=', filter.channel);
  if (filter.due === 'overdue') query = query.where('tips.status', '<>', 'resolved').where('tips.due_on', '<', filter.today);
  if (filter.due === 'due_soon') {
    query = query.where('tips.status', '<>', 'resolved').where('tips.due_on', '>=', filter.today).where('tips.due_on', '<=', filter.dueSoonUntil);
  }
  const folded = filter.query ? toSearchText(filter.query) : '';
  if (folded) query = query.where('tips.search_text', 'like', `%${escapeLikePattern(folded)}%`);
  if (filter.query && !folded) query = query.where(sql<boolean>`false`);
  return query;
}

/** The queue: open tips first, the nearest due date first; resolved ones after, latest first. */
export async function listTips(db: Executor, filter: TipFilter & { limit: number; offset: number }): Promise<TipListRow[]> {
  const rows = await filteredTips(db, filter)
    .innerJoin('admin_units as unit', 'unit.id', 'tips.unit_id')
    .innerJoin('admin_units as receiver', 'receiver.id', 'tips.received_by_unit_id')
    .leftJoin('agencies', 'agencies.id', 'tips.assigned_agency_id')
    .leftJoin('users as assignee', 'assignee.id', 'tips.assignee_user_id')
    .select(tipColumns.filter((column) => column !== 'tips.description'))
    .select(['unit.name as unit_name', 'receiver.name as received_by_unit_name', 'agencies.name as agency_name', 'assignee.display_name as assignee_name'])
    .orderBy(sql`tips.status = 'resolved'`)
    .orderBy(sql`case when tips.status = 'resolved' then null else tips.due_on end`)
    .orderBy('tips.received_at', 'desc')
    .orderBy('tips.id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  return rows as TipListRow[];
}

export async function countTips(db: Executor, filter: TipFilter): Promise<number> {
  const row = await filteredTips(db, filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Open, overdue and due-soon counts over a scope, for the queue's heading and the dashboard. */
export async function countOpenTips(db: Executor, filter: Pick<TipFilter, 'scope' | 'within' | 'today' | 'dueSoonUntil'>) {
  const row = await filteredTips(db, { ...filter })
    .where('tips.status', '<>', 'resolved')
    .select([
      sql<number>`count(*)`.as('open'),
      sql<number>`count(*) filter (where tips.due_on < ${filter.today})`.as('overdue'),
      sql<number>`count(*) filter (where tips.due_on >= ${filter.today} and tips.due_on <= ${filter.dueSoonUntil})`.as('due_soon'),
    ])
    .executeTakeFirstOrThrow();
  return { open: Number(row.open), overdue: Number(row.overdue), dueSoon: Number(row.due_soon) };
}

export interface TipReporterRow {
  full_name: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  wants_feedback: boolean;
}

export async function insertTipReporter(db: Executor, tipId: string, reporter: TipReporterRow): Promise<void> {
  await db.insertInto('tip_reporters').values({ tip_id: tipId, ...reporter }).execute();
}

export async function findTipReporter(db: Executor, tipId: string): Promise<TipReporterRow | undefined> {
  return db.selectFrom('tip_reporters').select(['full_name', 'phone', 'email', 'address', 'wants_feedback']).where('tip_id', '=', tipId).executeTakeFirst();
}

export interface NewTipEvent {
  tipId: string;
  action: string;
  actorUserId: string | null;
  fromStatus: string | null;
  toStatus: string | null;
  fromUnitId: string | null;
  toUnitId: string | null;
  details: Record<string, string | number | boolean | null>;
  note: string | null;
}

export async function insertTipEvent(db: Executor, event: NewTipEvent): Promise<void> {
  await db.insertInto('tip_events').values({
    tip_id: event.tipId, action: event.action, actor_user_id: event.actorUserId, from_status: event.fromStatus, to_status: event.toStatus,
    from_unit_id: event.fromUnitId, to_unit_id: event.toUnitId, details: JSON.stringify(event.details), note: event.note,
  }).execute();
}

export interface TipEventRow {
  id: string;
  at: Date;
  action: string;
  actor_name: string | null;
  from_status: string | null;
  to_status: string | null;
  from_unit_name: string | null;
  to_unit_name: string | null;
  details: Record<string, string | number | boolean | null>;
  note: string | null;
}

export async function listTipEvents(db: Executor, tipId: string): Promise<TipEventRow[]> {
  return db
    .selectFrom('tip_events')
    .leftJoin('users', 'users.id', 'tip_events.actor_user_id')
    .leftJoin('admin_units as from_unit', 'from_unit.id', 'tip_events.from_unit_id')
    .leftJoin('admin_units as to_unit', 'to_unit.id', 'tip_events.to_unit_id')
    .select([
      'tip_events.id', 'tip_events.at', 'tip_events.action', 'users.display_name as actor_name', 'tip_events.from_status', 'tip_events.to_status',
      'from_unit.name as from_unit_name', 'to_unit.name as to_unit_name', 'tip_events.details', 'tip_events.note',
    ])
    .where('tip_events.tip_id', '=', tipId)
    .orderBy('tip_events.at')
    .orderBy('tip_events.id')
    .execute();
}

export async function countReporterAdditions(db: Executor, tipId: string): Promise<number> {
  const row = await db.selectFrom('tip_events').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('tip_id', '=', tipId).where('action', '=', 'reporter_addition').executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface NewTipAttachment {
  tipId: string;
  fileName: string;
  mediaType: string;
  content: Buffer;
  sha256: string;
  source: 'reporter' | 'staff';
}

export async function insertTipAttachment(db: Executor, attachment: NewTipAttachment): Promise<string> {
  const row = await db.insertInto('tip_attachments').values({
    tip_id: attachment.tipId, file_name: attachment.fileName, media_type: attachment.mediaType, byte_size: attachment.content.length,
    sha256: attachment.sha256, content: attachment.content, source: attachment.source,
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export interface TipAttachmentRow {
  id: string;
  file_name: string;
  media_type: string;
  byte_size: number;
  sha256: string;
  source: 'reporter' | 'staff';
  created_at: Date;
}

/** The attachments' descriptions, without their content. */
export async function listTipAttachments(db: Executor, tipId: string): Promise<TipAttachmentRow[]> {
  return db.selectFrom('tip_attachments').select(['id', 'file_name', 'media_type', 'byte_size', 'sha256', 'source', 'created_at'])
    .where('tip_id', '=', tipId).orderBy('created_at').orderBy('id').execute() as Promise<TipAttachmentRow[]>;
}

export async function findTipAttachmentContent(db: Executor, tipId: string, attachmentId: string): Promise<(TipAttachmentRow & { content: Buffer }) | undefined> {
  return db.selectFrom('tip_attachments').select(['id', 'file_name', 'media_type', 'byte_size', 'sha256', 'source', 'created_at', 'content'])
    .where('tip_id', '=', tipId).where('id', '=', attachmentId).executeTakeFirst() as Promise<(TipAttachmentRow & { content: Buffer }) | undefined>;
}

export async function listDeadlineRuleOverrides(db: Executor): Promise<{ classification: string; rule: unknown }[]> {
  return db.selectFrom('tip_deadline_rules').select(['classification', 'rule']).execute();
}

export async function saveDeadlineRule(db: Executor, classification: string, rule: unknown, userId: string): Promise<void> {
  await db.insertInto('tip_deadline_rules').values({ classification, rule: JSON.stringify(rule), updated_by: userId })
    .onConflict((conflict) => conflict.column('classification').doUpdateSet({ rule: JSON.stringify(rule), updated_by: userId, updated_at: new Date() }))
    .execute();
}

/** An earlier public submission of the same Idempotency-Key, with what its first answer said. */
export interface TipSubmissionRow {
  tip_id: string;
  fingerprint: Buffer;
  sealed_receipt: Buffer | null;
  replay_until: Date;
  received_at: Date;
}

export async function findTipSubmission(db: Executor, keyHash: Buffer): Promise<TipSubmissionRow | undefined> {
  const row = await db.selectFrom('tip_submission_keys').innerJoin('tips', 'tips.id', 'tip_submission_keys.tip_id')
    .select(['tip_submission_keys.tip_id', 'tip_submission_keys.fingerprint', 'tip_submission_keys.sealed_receipt',
      'tip_submission_keys.replay_until', 'tips.received_at'])
    .where('tip_submission_keys.key_hash', '=', keyHash).executeTakeFirst();
  // PGlite hands bytea back as a plain Uint8Array: made Buffers, as the type says.
  return row && { ...row, fingerprint: Buffer.from(row.fingerprint), sealed_receipt: row.sealed_receipt && Buffer.from(row.sealed_receipt) };
}

export async function hasTipSubmission(db: Executor, keyHash: Buffer): Promise<boolean> {
  return (await db.selectFrom('tip_submission_keys').select('tip_id').where('key_hash', '=', keyHash).executeTakeFirst()) !== undefined;
}

/** The advisory-lock class of submission keys (migrations use the one-number form, so the two never meet). */
const TIP_SUBMISSION_LOCK_CLASS = 7_061_627;

/**
 * Makes submissions of one key wait for each other until the transaction ends, so a repeat sent
 * while the first is still being saved finds it rather than recording the tip twice. The lock's
 * number comes from the hash (collisions only make two unrelated submissions wait a moment).
 */
export async function lockTipSubmissionKey(db: Executor, keyHash: Buffer): Promise<void> {
  await sql`select pg_advisory_xact_lock(${TIP_SUBMISSION_LOCK_CLASS}::int, ${keyHash.readInt32BE(0)}::int)`.execute(db);
}

export async function insertTipSubmission(
  db: Executor, values: { keyHash: Buffer; tipId: string; fingerprint: Buffer; sealedReceipt: Buffer; replayUntil: Date },
): Promise<void> {
  await db.insertInto('tip_submission_keys').values({
    key_hash: values.keyHash, tip_id: values.tipId, fingerprint: values.fingerprint, sealed_receipt: values.sealedReceipt, replay_until: values.replayUntil,
  }).execute();
}

/** Drops the sealed receipt codes whose replay window has passed; the key hashes stay, so a late repeat is still recognised. */
export async function forgetExpiredSealedReceipts(db: Executor, now: Date): Promise<void> {
  await db.updateTable('tip_submission_keys').set({ sealed_receipt: null })
    .where('sealed_receipt', 'is not', null).where('replay_until', '<=', now).execute();
}
