import type { TipReporter } from '../../../core/api/tips.ts';
import { initialDueOn, type DeadlineRules } from '../../../core/tips/workflow.ts';
import type { Executor } from '../../storage/executor.ts';
import { insertTip, insertTipAttachment, insertTipEvent, insertTipReporter } from '../../storage/tips.ts';
import type { CheckedAttachment } from './attachments.ts';

export interface NewTip {
  unitId: string;
  channel: string;
  receivedAt: Date;
  /** The day of receipt in Vietnam: the legal time counts from it. */
  receivedOn: string;
  receivingUserId: string | null;
  subjects: readonly string[];
  establishmentId: string | null;
  hotspotId: string | null;
  address: string | null;
  onlineAccount: string | null;
  happenedOn: string | null;
  description: string;
  anonymous: boolean;
  reporter: TipReporter | null;
  attachments: readonly CheckedAttachment[];
  attachmentSource: 'reporter' | 'staff';
  receiptCodeHash: Buffer | null;
}

function hasIdentity(reporter: TipReporter | null): reporter is TipReporter {
  return reporter !== null && [reporter.fullName, reporter.phone, reporter.email, reporter.address].some((value) => value !== null);
}

/**
 * Saves a new tip, its reporter (when they gave who they are), its attachments and the receipt
 * event, in the caller's transaction: staff intake and the public page both come through here.
 * An anonymous reporter's contact fields are dropped, never stored.
 */
export async function recordNewTip(db: Executor, tip: NewTip, rules: DeadlineRules): Promise<{ id: string; reference: string; dueOn: string }> {
  const dueOn = initialDueOn(tip.receivedOn, rules);
  const reporter = !tip.anonymous && hasIdentity(tip.reporter) ? tip.reporter : null;
  const identified = reporter !== null;
  const { id, reference } = await insertTip(db, {
    unitId: tip.unitId, receivingUserId: tip.receivingUserId, channel: tip.channel, receivedAt: tip.receivedAt, receivedOn: tip.receivedOn,
    subjects: tip.subjects, establishmentId: tip.establishmentId, hotspotId: tip.hotspotId, address: tip.address,
    onlineAccount: tip.onlineAccount, happenedOn: tip.happenedOn, description: tip.description, anonymous: !identified, dueOn,
    receiptCodeHash: tip.receiptCodeHash,
  });
  if (reporter) {
    await insertTipReporter(db, id, {
      full_name: reporter.fullName, phone: reporter.phone, email: reporter.email, address: reporter.address, wants_feedback: reporter.wantsFeedback,
    });
  }
  for (const attachment of tip.attachments) {
    await insertTipAttachment(db, { tipId: id, ...attachment, source: tip.attachmentSource });
  }
  await insertTipEvent(db, {
    tipId: id, action: 'receive', actorUserId: tip.receivingUserId, fromStatus: null, toStatus: 'received', fromUnitId: null, toUnitId: tip.unitId,
    details: { channel: tip.channel, attachments: tip.attachments.length }, note: null,
  });
  return { id, reference, dueOn };
}
