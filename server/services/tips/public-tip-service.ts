import type { PublicTipCreate, PublicTipReceipt, PublicTipStatusView, PublicUnit } from '../../../core/api/tips.ts';
import { todayInVietnam } from '../../../core/dates/format.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import { formatReceiptCode } from '../../../core/tips/receipt-code.ts';
import { publicStatusOf } from '../../../core/tips/workflow.ts';
import type { ReceiptCodeLimits } from '../../http/public-limits.ts';
import { appendAuditEntry } from '../../storage/audit-log.ts';
import type { Database } from '../../storage/database.ts';
import type { Executor } from '../../storage/executor.ts';
import {
  countReporterAdditions, findTipByReceiptHash, findTipSubmission, forgetExpiredSealedReceipts, hasTipSubmission, insertTipAttachment, insertTipEvent,
  insertTipSubmission, lockTipSubmissionKey, touchTip, type TipRow, type TipSubmissionRow,
} from '../../storage/tips.ts';
import { findUnit, searchCurrentUnits } from '../../storage/units.ts';
import { checkAttachments } from './attachments.ts';
import { loadDeadlineRules } from './deadline-rules.ts';
import { hashTypedReceiptCode, newReceiptCode, sameReceiptHash } from './receipt-codes.ts';
import {
  openReceiptCode, sameFingerprint, sealReceiptCode, submissionFingerprint, submissionLookupHash, submissionSecrets, type SubmissionSecrets,
} from './submission-keys.ts';
import { recordNewTip } from './tip-intake.ts';

/**
 * What a citizen may do without signing in: report a tip, follow it with the receipt code, and add
 * to it. Nothing here knows who the reporter is beyond what they chose to give; the audit log
 * records these writes with no actor, and never the code, the text or a contact.
 */

type Files = readonly { fileName: string; content: Buffer }[];

const field = (name: string, vi: string, en: string) => new AppError('validation_failed', 400, {}, [{ field: name, message: `${vi} | ${en}` }]);

export async function searchPublicUnits(database: Database, query: { q: string; level?: 'province' | 'commune' | undefined }): Promise<PublicUnit[]> {
  const rows = await searchCurrentUnits(database.db, { query: query.q, level: query.level, limit: 20 });
  return rows.map((row) => ({ id: row.id, name: row.name, level: row.level, parentName: row.parent_name }));
}

/** Whether a key's submission is already saved: its repeat is then limited as a lookup, not as a new tip. */
export async function isRepeatSubmission(database: Database, submissionKey: string): Promise<boolean> {
  return hasTipSubmission(database.db, submissionLookupHash(submissionKey));
}

/** A tip's answer is shown again for this long after it was sent, to a repeat of its Idempotency-Key. */
export const SUBMISSION_REPLAY_HOURS = 24;

/** A repeat of an Idempotency-Key that cannot get the first answer: the content differs, or the replay window has passed. */
const keyReused = () => new AppError('tip_submission_key_reused', 409);
const alreadySubmitted = () => new AppError('tip_already_submitted', 409, { hours: SUBMISSION_REPLAY_HOURS });

/**
 * Records a tip from the public page and returns its receipt code: shown this once, kept only as
 * a hash. With an Idempotency-Key (`submissionKey`), a repeat of the same key and content within
 * 24 hours records nothing and gets the first answer again (`replayed`), the same receipt code
 * included: see submission-keys.ts for how the code is kept without the database being able to
 * read it. Without a key (older clients) every submission is a new tip, as before.
 */
export async function submitPublicTip(
  database: Database, input: PublicTipCreate, files: Files, submissionKey?: string,
): Promise<{ receipt: PublicTipReceipt; replayed: boolean }> {
  const keyed = submissionKey === undefined ? undefined : keyedSubmission(submissionKey, input, files);
  if (keyed) {
    const earlier = await findTipSubmission(database.db, keyed.secrets.lookupHash);
    if (earlier) return { receipt: replay(keyed, earlier), replayed: true };
  }
  const unit = await findUnit(database.db, input.unitId);
  // Any place in the country as it is today; the province will do when the reporter does not know the commune.
  if (!unit || unit.valid_to !== null || (unit.level !== 'commune' && unit.level !== 'province')) {
    throw field('unitId', 'Hãy chọn một xã, phường, đặc khu hoặc tỉnh, thành phố hiện hành trong danh sách',
      'Choose a current commune, ward, special zone, province or city from the list');
  }
  const receivedAt = new Date();
  const receivedOn = todayInVietnam(receivedAt.getTime());
  if (input.happenedOn !== null && input.happenedOn > receivedOn) {
    throw field('happenedOn', 'Ngày xảy ra không được sau hôm nay', 'The day it happened cannot be after today');
  }
  const attachments = await checkAttachments(files);
  const { code, hash } = newReceiptCode();
  const earlier = await database.db.transaction().execute(async (trx) => {
    if (keyed) {
      // A repeat sent while the first was being saved waits here, then finds it.
      await lockTipSubmissionKey(trx, keyed.secrets.lookupHash);
      const saved = await findTipSubmission(trx, keyed.secrets.lookupHash);
      if (saved) return saved;
    }
    const tip = await recordNewTip(trx, {
      unitId: unit.id, channel: 'public_form', receivedAt, receivedOn, receivingUserId: null, subjects: input.subjects,
      establishmentId: null, hotspotId: null, address: input.address, onlineAccount: input.onlineAccount, happenedOn: input.happenedOn,
      description: input.description, anonymous: input.anonymous, reporter: input.reporter, attachments, attachmentSource: 'reporter',
      receiptCodeHash: hash,
    }, await loadDeadlineRules(trx));
    // Every new tip from the page sweeps the sealed codes past their window, so none outlives it by long.
    await forgetExpiredSealedReceipts(trx, receivedAt);
    if (keyed) {
      await insertTipSubmission(trx, {
        keyHash: keyed.secrets.lookupHash, tipId: tip.id, fingerprint: keyed.fingerprint, sealedReceipt: sealReceiptCode(keyed.secrets, code),
        replayUntil: new Date(receivedAt.getTime() + SUBMISSION_REPLAY_HOURS * 3_600_000),
      });
    }
    await auditPublicWrite(trx, 'tip.public_submit', { id: tip.id, reference: tip.reference, unitId: unit.id }, attachments.length);
    return undefined;
  });
  if (earlier && keyed) return { receipt: replay(keyed, earlier), replayed: true };
  return { receipt: { receiptCode: formatReceiptCode(code), receivedAt: receivedAt.toISOString() }, replayed: false };
}

interface KeyedSubmission {
  secrets: SubmissionSecrets;
  fingerprint: Buffer;
}

const keyedSubmission = (key: string, input: PublicTipCreate, files: Files): KeyedSubmission => {
  const secrets = submissionSecrets(key);
  return { secrets, fingerprint: submissionFingerprint(secrets.fingerprintKey, input, files) };
};

/** The first answer to a key, again: only for the same content, and only while its sealed code is kept. */
function replay({ secrets, fingerprint }: KeyedSubmission, earlier: TipSubmissionRow): PublicTipReceipt {
  if (!sameFingerprint(earlier.fingerprint, fingerprint)) throw keyReused();
  const code = earlier.sealed_receipt && earlier.replay_until.getTime() > Date.now() ? openReceiptCode(secrets, earlier.sealed_receipt) : undefined;
  if (code === undefined) throw alreadySubmitted();
  return { receiptCode: formatReceiptCode(code), receivedAt: earlier.received_at.toISOString() };
}

/** The status a reporter may see, from the receipt code they typed (case, spaces and dashes ignored). */
export async function lookUpPublicTip(database: Database, limits: ReceiptCodeLimits, typedCode: string): Promise<PublicTipStatusView> {
  const { tip } = await matchReceiptCode(database.db, limits, typedCode);
  return statusView(database.db, tip);
}

/**
 * Adds what the reporter learnt since, as a step of the tip's history, with any files. Allowed
 * on a resolved tip too: new facts are what a unit reopens a tip for, and refusing them would
 * lose them. The tip's change time moves, so an officer acting on the tip from an older page is
 * told to reload and sees the addition first.
 */
export async function addToPublicTip(
  database: Database, limits: ReceiptCodeLimits, input: { receiptCode: string; text: string }, files: Files,
): Promise<PublicTipStatusView> {
  const { tip, hash } = await matchReceiptCode(database.db, limits, input.receiptCode);
  const attachments = await checkAttachments(files);
  limits.additionMade(hash);
  return database.db.transaction().execute(async (trx) => {
    await insertTipEvent(trx, {
      tipId: tip.id, action: 'reporter_addition', actorUserId: null, fromStatus: null, toStatus: null, fromUnitId: null, toUnitId: null,
      details: { attachments: attachments.length }, note: input.text,
    });
    for (const attachment of attachments) await insertTipAttachment(trx, { tipId: tip.id, ...attachment, source: 'reporter' });
    await touchTip(trx, tip.id);
    await auditPublicWrite(trx, 'tip.public_addition', { id: tip.id, reference: tip.reference, unitId: tip.unit_id }, attachments.length);
    return statusView(trx, { ...tip, updated_at: new Date() });
  });
}

/**
 * The tip a typed code opens. A code that cannot be one and a code of no tip get the same
 * answer, so nothing tells a guesser how close they came. Every try of a well-formed code counts
 * against that code, from whatever address, before the database is asked.
 */
async function matchReceiptCode(db: Executor, limits: ReceiptCodeLimits, typedCode: string): Promise<{ tip: TipRow; hash: Buffer }> {
  const hash = hashTypedReceiptCode(typedCode);
  if (!hash) throw notMatched();
  limits.codeTried(hash);
  // The index finds the row by the hash; the hash of a guess says nothing of the code it missed,
  // and the comparison that decides is in constant time.
  const tip = await findTipByReceiptHash(db, hash);
  if (!tip || !sameReceiptHash(tip.receipt_code_hash, hash)) throw notMatched();
  return { tip, hash };
}

const notMatched = () => new AppError('receipt_code_not_matched', 404);

/** Only the public status, the days of receipt and last change, and how many additions: nothing internal. */
async function statusView(db: Executor, tip: TipRow): Promise<PublicTipStatusView> {
  return {
    status: publicStatusOf(tip.status, tip.transferred_out),
    receivedOn: tip.received_on,
    updatedOn: todayInVietnam(tip.updated_at.getTime()),
    additions: await countReporterAdditions(db, tip.id),
  };
}

/** A public write in the audit log: no actor (a reporter has no account), no address, no code, no text. */
async function auditPublicWrite(db: Executor, action: string, tip: { id: string; reference: string; unitId: string }, attachments: number) {
  await appendAuditEntry(db, {
    actorUserId: null, actorUsername: null, actorRole: null, unitId: tip.unitId, action, outcome: 'success',
    targetType: 'tip', targetId: tip.id, summary: { reference: tip.reference, unitId: tip.unitId, attachments },
  });
}
