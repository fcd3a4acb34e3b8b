import type { Tip, TipActionRequest, TipAssignmentOptions } from '../../../core/api/tips.ts';
import { hasPermission, roles } from '../../../core/auth/roles.ts';
import { formatDate, todayInVietnam } from '../../../core/dates/format.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import { applyTipAction, type TipAction, type TipState, type TransitionRefusal } from '../../../core/tips/workflow.ts';
import { findAgencyWithUnitPath, listAssignableAgencies, listUnitUsersWithRoles } from '../../storage/tip-lookups.ts';
import { insertTipEvent, updateTipState, type NewTipEvent, type TipRow } from '../../storage/tips.ts';
import { findUserById } from '../../storage/users.ts';
import { findUnit, type UnitRow } from '../../storage/units.ts';
import { auditSuccess } from '../audit/audit-service.ts';
import type { ServiceContext } from '../context.ts';
import { loadDeadlineRules } from './deadline-rules.ts';
import { actionLabels, classificationLabels, statusLabels } from './tip-labels.ts';
import { getTipInScope, issue, tipView, type TipContext } from './tip-service.ts';
import { stateOf } from './tip-views.ts';

type Details = NewTipEvent['details'];

/** The roles whose holders may be handed a tip: those who may act on tips. */
const handlerRoles = roles.filter((role) => hasPermission(role, 'tip.write'));

/** Turns the workflow's refusal into an error saying what to do instead, with the words in both languages. */
function refusalError(refusal: TransitionRefusal, row: TipRow): AppError {
  switch (refusal.code) {
    case 'tip_not_classified':
      return new AppError('tip_not_classified', 409, { action: actionLabels[refusal.action] });
    case 'tip_transition_not_allowed':
      return new AppError('tip_transition_not_allowed', 409, { action: actionLabels[refusal.action], status: statusLabels[refusal.status] });
    case 'tip_no_extension_left':
      return new AppError('tip_no_extension_left', 409, { classification: classificationLabels[refusal.classification ?? 'unclassified'] });
    case 'tip_resolved_in_future':
      return new AppError('validation_failed', 400, {}, [issue('resolvedOn', 'Ngày giải quyết không được sau hôm nay', 'The resolution date cannot be after today')]);
    case 'tip_resolved_before_start': {
      const start = formatDate(row.clock_start_on);
      return new AppError('validation_failed', 400, {}, [issue('resolvedOn',
        `Ngày giải quyết không được trước ngày đơn vị nhận tin báo (${start})`, `The resolution date cannot be before the unit received the tip (${start})`)]);
    }
    case 'tip_transfer_to_same_unit':
      return new AppError('validation_failed', 400, {}, [issue('toUnitId', 'Tin báo đang do đơn vị này thụ lý; hãy chọn đơn vị khác', 'The tip is already with this unit; choose another')]);
  }
}

/** The agency must be active and belong to the tip's unit or a unit below it; the officer, an enabled tip handler of the tip's unit. */
async function checkAssignment(context: ServiceContext, unit: UnitRow, request: Extract<TipActionRequest, { type: 'assign' }>): Promise<Details> {
  const db = context.database.db;
  const agency = await findAgencyWithUnitPath(db, request.agencyId);
  if (!agency || !agency.is_active || !agency.unit_path.startsWith(unit.path)) {
    throw new AppError('tip_agency_invalid', 400, {}, [issue('agencyId', 'Hãy chọn cơ quan trong danh sách được giao', 'Choose an agency from the list offered')]);
  }
  let assigneeName: string | null = null;
  if (request.assigneeUserId !== null) {
    const user = await findUserById(db, request.assigneeUserId);
    if (!user || user.is_disabled || user.unit_id !== unit.id || !(handlerRoles as readonly string[]).includes(user.role)) {
      throw new AppError('tip_assignee_invalid', 400, {}, [issue('assigneeUserId', 'Hãy chọn cán bộ trong danh sách được giao', 'Choose an officer from the list offered')]);
    }
    assigneeName = user.display_name;
  }
  return { agencyId: agency.id, agencyName: agency.name, assigneeUserId: request.assigneeUserId, assigneeName };
}

/** Transfers go to any unit of today's map: usually outward, to the province police or another commune. */
async function checkTransfer(context: ServiceContext, toUnitId: string): Promise<UnitRow> {
  const target = await findUnit(context.database.db, toUnitId);
  if (!target || target.valid_to !== null) {
    throw new AppError('validation_failed', 400, {}, [issue('toUnitId', 'Hãy chọn một đơn vị hiện hành trong danh sách', 'Choose a current unit from the list')]);
  }
  return target;
}

/** The particulars an event and the audit log keep of each action: never a reason or note in the audit log (they may name people). */
function actionDetails(request: TipActionRequest, before: TipState, after: TipState): Details {
  const due = { dueOnBefore: before.dueOn, dueOnAfter: after.dueOn };
  switch (request.type) {
    case 'classify':
      return { classification: request.classification, remoteArea: request.remoteArea, extensionsGranted: after.extensionsGranted, ...due };
    case 'extend':
      return { decisionReference: request.decisionReference, extensionNumber: after.extensionsGranted, ...due };
    case 'resolve':
      return { outcome: request.outcome, substantiated: request.substantiated, resolvedOn: request.resolvedOn, onTime: request.resolvedOn <= after.dueOn };
    case 'transfer':
      return { toUnitId: request.toUnitId, clockStartOn: after.clockStartOn, ...due };
    default:
      return {};
  }
}

function noteOf(request: TipActionRequest): string | null {
  if (request.type === 'extend' || request.type === 'transfer' || request.type === 'reopen') return request.reason;
  return request.note;
}

/**
 * One step of the workflow: checked by the pure rules (core/tips/workflow.ts), saved only if
 * nobody moved the tip since it was read, with its event and audit entry in the same transaction.
 */
export async function actOnTip(context: TipContext, id: string, request: TipActionRequest): Promise<Tip> {
  if (!hasPermission(context.actor.role, 'tip.write')) throw new AppError('forbidden', 403);
  const { row, unit } = await getTipInScope(context, id);
  let extra: Details = {};
  if (request.type === 'assign') extra = await checkAssignment(context, unit, request);
  const target = request.type === 'transfer' ? await checkTransfer(context, request.toUnitId) : undefined;
  const rules = await loadDeadlineRules(context.database.db);
  const before = stateOf(row);
  const result = applyTipAction(before, request as TipAction, todayInVietnam(), rules);
  if (!result.ok) throw refusalError(result.refusal, row);
  const after = result.next;
  const details = { ...actionDetails(request, before, after), ...extra };
  await context.database.db.transaction().execute(async (trx) => {
    const saved = await updateTipState(trx, id, row.status, row.updated_at, {
      status: after.status, unit_id: after.unitId, classification: after.classification, remote_area: after.remoteArea,
      clock_start_on: after.clockStartOn, extensions_granted: after.extensionsGranted, due_on: after.dueOn,
      assigned_agency_id: after.assignedAgencyId, assignee_user_id: after.assigneeUserId, resolved_on: after.resolvedOn,
      substantiated: after.substantiated, outcome: after.outcome,
      // The reporter gave the tip to the unit that received it: while another unit holds it, they see "transferred".
      transferred_out: after.unitId !== row.received_by_unit_id,
    });
    if (!saved) throw new AppError('tip_changed_meanwhile', 409, { reference: row.reference });
    await insertTipEvent(trx, {
      tipId: id, action: request.type, actorUserId: context.actor.userId, fromStatus: before.status, toStatus: after.status,
      fromUnitId: target ? row.unit_id : null, toUnitId: target ? target.id : null, details, note: noteOf(request),
    });
    await auditSuccess(trx, context.actor, {
      action: 'tip.update', unitId: row.unit_id, targetType: 'tip', targetId: id,
      summary: { reference: row.reference, action: request.type, fromStatus: before.status, toStatus: after.status, details },
    });
  });
  return tipView(context, id);
}

/** Whom the tip can be assigned to: active agencies of its unit and the units below, and the unit's tip handlers. */
export async function tipAssignmentOptions(context: ServiceContext, id: string): Promise<TipAssignmentOptions> {
  if (!hasPermission(context.actor.role, 'tip.write')) throw new AppError('forbidden', 403);
  const { unit } = await getTipInScope(context, id);
  const db = context.database.db;
  const [agencies, users] = await Promise.all([listAssignableAgencies(db, unit.path), listUnitUsersWithRoles(db, unit.id, handlerRoles)]);
  return {
    agencies: agencies.map((agency) => ({ id: agency.id, name: agency.name, unitName: agency.unit_name })),
    users: users.map((user) => ({ id: user.id, displayName: user.display_name })),
  };
}
