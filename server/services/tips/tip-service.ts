import type { Tip, TipCreate, TipListQuery, TipPage, TipReporterView } from '../../../core/api/tips.ts';
import { hasPermission } from '../../../core/auth/roles.ts';
import { todayInVietnam } from '../../../core/dates/format.ts';
import { addDays } from '../../../core/tips/deadlines.ts';
import { AppError, type FieldIssue } from '../../../core/errors/app-error.ts';
import type { Language } from '../../../core/errors/messages.ts';
import { findEstablishment } from '../../storage/establishments.ts';
import { findHotspot } from '../../storage/hotspots.ts';
import { findTipLabels } from '../../storage/tip-lookups.ts';
import {
  countOpenTips, countTips, findTip, findTipAttachmentContent, findTipReporter, insertTipAttachment, insertTipEvent, listTipAttachments,
  listTipEvents, listTips, touchTip, type TipRow,
} from '../../storage/tips.ts';
import { isUnitVisible, type UnitRow } from '../../storage/units.ts';
import { auditSuccess } from '../audit/audit-service.ts';
import type { ServiceContext } from '../context.ts';
import { getVisibleUnit } from '../units/unit-service.ts';
import { checkAttachments } from './attachments.ts';
import { loadDeadlineRules } from './deadline-rules.ts';
import { recordNewTip } from './tip-intake.ts';
import { availableActions, DEFAULT_DUE_SOON_DAYS, toTip, toTipSummary, type DeadlineView } from './tip-views.ts';

/** Tips answer in the reader's language where they carry words of their own (the legal basis of a deadline). */
export interface TipContext extends ServiceContext {
  language: Language;
}

type Files = readonly { fileName: string; content: Buffer }[];

/** A clock a few minutes fast on the officer's computer is not a receipt in the future. */
const CLOCK_SKEW_MS = 5 * 60_000;

export const issue = (field: string, vi: string, en: string): FieldIssue => ({ field, message: `${vi} | ${en}` });
const tipEntity = { vi: 'tin báo', en: 'tip' };
const invalid = (...issues: FieldIssue[]) => new AppError('validation_failed', 400, {}, issues);

/** A live tip whose current unit the caller may see: 404 when there is none, 403 (audited by the route) when out of scope. */
export async function getTipInScope(context: ServiceContext, id: string): Promise<{ row: TipRow; unit: UnitRow }> {
  const row = await findTip(context.database.db, id);
  if (!row) throw new AppError('not_found', 404, { entity: tipEntity, id });
  return { row, unit: await getVisibleUnit(context, row.unit_id) };
}

export async function deadlineView(context: TipContext, withinDays = DEFAULT_DUE_SOON_DAYS): Promise<DeadlineView> {
  return { rules: await loadDeadlineRules(context.database.db), today: todayInVietnam(), withinDays, language: context.language };
}

/**
 * The tip's page as the caller sees it now. Used after an action too, when a transfer may just
 * have taken the tip out of the caller's scope: then it shows what was done, with no actions left.
 */
export async function tipView(context: TipContext, id: string): Promise<Tip> {
  const db = context.database.db;
  const row = await findTip(db, id);
  const labels = row && await findTipLabels(db, id);
  if (!row || !labels) throw new AppError('not_found', 404, { entity: tipEntity, id });
  const [view, attachments, events, mayAct] = await Promise.all([
    deadlineView(context), listTipAttachments(db, id), listTipEvents(db, id), isUnitVisible(db, context.actor.scope, row.unit_id),
  ]);
  return toTip(row, labels, { attachments, events, actions: availableActions(row, context.actor, view.rules, mayAct) }, view);
}

export async function getTip(context: TipContext, id: string): Promise<Tip> {
  await getTipInScope(context, id);
  return tipView(context, id);
}

/** The queue: the caller's scope, narrowed to a unit's subtree on request, with the open, overdue and due-soon counts. */
export async function searchTips(context: TipContext, query: TipListQuery): Promise<TipPage> {
  const db = context.database.db;
  const within = query.unit ? await getVisibleUnit(context, query.unit) : undefined;
  const view = await deadlineView(context, query.withinDays);
  const scopes = {
    scope: context.actor.scope,
    within: within ? { kind: 'subtree' as const, unitId: within.id, unitPath: within.path } : undefined,
    today: view.today,
    dueSoonUntil: addDays(view.today, query.withinDays),
  };
  const filter = { ...scopes, status: query.status, classification: query.classification, channel: query.channel, due: query.due, query: query.q };
  const [rows, total, counts] = await Promise.all([
    listTips(db, { ...filter, limit: query.pageSize, offset: (query.page - 1) * query.pageSize }), countTips(db, filter), countOpenTips(db, scopes),
  ]);
  return { items: rows.map((row) => toTipSummary(row, view)), total, page: query.page, pageSize: query.pageSize, counts };
}

/** What an officer records: where the tip concerns must be a record the officer may see. */
async function concernIssues(context: ServiceContext, input: TipCreate): Promise<FieldIssue[]> {
  const db = context.database.db;
  const issues: FieldIssue[] = [];
  const visible = async (unitId: string | undefined) => unitId !== undefined && isUnitVisible(db, context.actor.scope, unitId);
  // One answer whether the record is missing or out of scope: a guessed id learns nothing.
  if (input.establishmentId && !(await visible((await findEstablishment(db, input.establishmentId))?.unit_id))) {
    issues.push(issue('establishmentId', 'Không tìm thấy cơ sở này trong phạm vi quản lý của bạn', 'No such establishment within your scope'));
  }
  if (input.hotspotId && !(await visible((await findHotspot(db, input.hotspotId))?.unit_id))) {
    issues.push(issue('hotspotId', 'Không tìm thấy tụ điểm này trong phạm vi quản lý của bạn', 'No such hotspot within your scope'));
  }
  return issues;
}

function intakeIssues(unit: UnitRow, input: TipCreate, now: number): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (unit.valid_to !== null) {
    issues.push(issue('unitId', `Đơn vị "${unit.name}" không còn tồn tại sau sắp xếp; hãy chọn đơn vị hiện hành`,
      `"${unit.name}" no longer exists after the reorganisation; choose a current unit`));
  }
  if (Date.parse(input.receivedAt) > now + CLOCK_SKEW_MS) {
    issues.push(issue('receivedAt', 'Thời điểm tiếp nhận không được ở tương lai', 'The time of receipt cannot be in the future'));
  }
  const identity = input.reporter && [input.reporter.fullName, input.reporter.phone, input.reporter.email, input.reporter.address].some((value) => value !== null);
  if (!input.anonymous && !identity) {
    issues.push(issue('reporter', 'Hãy ghi họ tên hoặc cách liên hệ của người báo, hoặc đánh dấu ẩn danh', 'Give the reporter\'s name or a contact, or mark the tip anonymous'));
  }
  return issues;
}

/** Staff intake: the tip, its reporter apart, its files and its first event, in one transaction with the audit entry. */
export async function createTip(context: TipContext, input: TipCreate, files: Files): Promise<Tip> {
  if (!hasPermission(context.actor.role, 'tip.write')) throw new AppError('forbidden', 403);
  const unit = await getVisibleUnit(context, input.unitId);
  const issues = [...intakeIssues(unit, input, Date.now()), ...(await concernIssues(context, input))];
  if (issues.length > 0) throw invalid(...issues);
  const attachments = await checkAttachments(files);
  const receivedAt = new Date(input.receivedAt);
  const id = await context.database.db.transaction().execute(async (trx) => {
    const created = await recordNewTip(trx, {
      unitId: unit.id, channel: input.channel, receivedAt, receivedOn: todayInVietnam(receivedAt.getTime()), receivingUserId: context.actor.userId,
      subjects: input.subjects, establishmentId: input.establishmentId, hotspotId: input.hotspotId, address: input.address,
      onlineAccount: input.onlineAccount, happenedOn: null, description: input.description, anonymous: input.anonymous, reporter: input.reporter,
      attachments, attachmentSource: 'staff', receiptCodeHash: null,
    }, await loadDeadlineRules(trx));
    // Never the description, the reporter or the place: the audit log is read more widely than the tip.
    await auditSuccess(trx, context.actor, {
      action: 'tip.create', unitId: unit.id, targetType: 'tip', targetId: created.id,
      summary: {
        reference: created.reference, channel: input.channel, subjects: input.subjects, unitId: unit.id, dueOn: created.dueOn,
        anonymous: input.anonymous, attachments: attachments.length,
      },
    });
    return created.id;
  });
  return tipView(context, id);
}

/**
 * Who reported the tip. Only a tip custodian of the unit holding the tip, and every look is
 * audited; anyone else — custodians of other units, the levels above, administrators — is
 * refused with the same answer, and the refusal is audited by the route (`tip.view_reporter`).
 */
export async function getTipReporter(context: ServiceContext, id: string): Promise<TipReporterView> {
  const row = await findTip(context.database.db, id);
  if (!row) throw new AppError('not_found', 404, { entity: tipEntity, id });
  if (!hasPermission(context.actor.role, 'tip.reporter.read') || context.actor.unitId !== row.unit_id) {
    throw new AppError('tip_reporter_restricted', 403, { unitId: row.unit_id });
  }
  const reporter = await findTipReporter(context.database.db, id);
  await auditSuccess(context.database.db, context.actor, {
    action: 'tip.view_reporter', unitId: row.unit_id, targetType: 'tip', targetId: id, summary: { reference: row.reference },
  });
  return {
    anonymous: reporter === undefined, fullName: reporter?.full_name ?? null, phone: reporter?.phone ?? null, email: reporter?.email ?? null,
    address: reporter?.address ?? null, wantsFeedback: reporter?.wants_feedback ?? false,
  };
}

/** An attachment's bytes for a caller who may read the tip; each download is audited. */
export async function readTipAttachment(context: ServiceContext, id: string, attachmentId: string) {
  const { row } = await getTipInScope(context, id);
  const attachment = await findTipAttachmentContent(context.database.db, id, attachmentId);
  if (!attachment) throw new AppError('not_found', 404, { entity: { vi: 'tệp đính kèm', en: 'attachment' }, id: attachmentId });
  await auditSuccess(context.database.db, context.actor, {
    action: 'tip.read_attachment', unitId: row.unit_id, targetType: 'tip', targetId: id,
    summary: { reference: row.reference, attachmentId, mediaType: attachment.media_type, sha256: attachment.sha256 },
  });
  return attachment;
}

/** Files an officer adds to a tip (a photo brought in later, a record of a call), as a step of its history. */
export async function addTipAttachments(context: TipContext, id: string, files: Files): Promise<Tip> {
  if (!hasPermission(context.actor.role, 'tip.write')) throw new AppError('forbidden', 403);
  const { row } = await getTipInScope(context, id);
  if (files.length === 0) throw invalid(issue('attachments', 'Hãy chọn ít nhất một tệp', 'Choose at least one file'));
  const attachments = await checkAttachments(files);
  await context.database.db.transaction().execute(async (trx) => {
    for (const attachment of attachments) await insertTipAttachment(trx, { tipId: id, ...attachment, source: 'staff' });
    await insertTipEvent(trx, {
      tipId: id, action: 'attachment_added', actorUserId: context.actor.userId, fromStatus: null, toStatus: null, fromUnitId: null, toUnitId: null,
      details: { attachments: attachments.length }, note: null,
    });
    await touchTip(trx, id);
    await auditSuccess(trx, context.actor, {
      action: 'tip.update', unitId: row.unit_id, targetType: 'tip', targetId: id,
      summary: { reference: row.reference, action: 'attachment_added', attachments: attachments.map((file) => ({ mediaType: file.mediaType, sha256: file.sha256 })) },
    });
  });
  return tipView(context, id);
}
