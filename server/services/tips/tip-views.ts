import type {
  Tip, TipAttachment, TipEvent, TipSummary,
} from '../../../core/api/tips.ts';
import { hasPermission } from '../../../core/auth/roles.ts';
import { deadlineState, extensionsLeft } from '../../../core/tips/deadlines.ts';
import type { TipChannel, TipClassification, TipOutcome, TipSubject } from '../../../core/tips/tip-kinds.ts';
import type { Language } from '../../../core/errors/messages.ts';
import { allowedFrom, ruleFor, tipActionTypes, type DeadlineRules, type TipActionType, type TipState } from '../../../core/tips/workflow.ts';
import type { TipLabels } from '../../storage/tip-lookups.ts';
import type { TipAttachmentRow, TipEventRow, TipListRow, TipRow } from '../../storage/tips.ts';
import type { Actor } from '../context.ts';

/** How near a due date must be to count as "due soon" on a tip's own page (the queue lets the user choose). */
export const DEFAULT_DUE_SOON_DAYS = 5;

/** What the deadline fields are judged against: the rules in force, today, the window and the reader's language. */
export interface DeadlineView {
  rules: DeadlineRules;
  today: string;
  withinDays: number;
  language: Language;
}

type SummaryRow = Omit<TipRow, 'description'> & Pick<TipListRow, 'unit_name' | 'received_by_unit_name' | 'agency_name' | 'assignee_name'>;

/** A row of the queue. Never the description, the reporter or the attachments: lists leave the unit's screen. */
export function toTipSummary(row: SummaryRow, view: DeadlineView): TipSummary {
  const classification = row.classification as TipClassification | null;
  const rule = ruleFor(view.rules, classification);
  return {
    id: row.id,
    reference: row.reference,
    unitId: row.unit_id,
    unitName: row.unit_name,
    receivedByUnitName: row.received_by_unit_name,
    channel: row.channel as TipChannel,
    receivedAt: row.received_at.toISOString(),
    subjects: row.subjects as TipSubject[],
    status: row.status,
    classification,
    remoteArea: row.remote_area,
    dueOn: row.due_on,
    deadlineBasis: rule.basis[view.language],
    extensionsGranted: row.extensions_granted,
    extensionsLeft: row.status === 'resolved' ? 0 : extensionsLeft(rule, row.extensions_granted),
    deadlineState: deadlineState(row.due_on, view.today, row.resolved_on, view.withinDays),
    assignedAgencyId: row.assigned_agency_id,
    assignedAgencyName: row.agency_name,
    assigneeUserId: row.assignee_user_id,
    assigneeName: row.assignee_name,
    resolvedOn: row.resolved_on,
    substantiated: row.substantiated,
    outcome: row.outcome as TipOutcome | null,
    anonymous: row.anonymous,
    updatedAt: row.updated_at.toISOString(),
  };
}

export function toTipEvent(row: TipEventRow): TipEvent {
  return {
    id: row.id,
    at: row.at.toISOString(),
    action: row.action as TipEvent['action'],
    actorName: row.actor_name,
    fromStatus: row.from_status as TipEvent['fromStatus'],
    toStatus: row.to_status as TipEvent['toStatus'],
    fromUnitName: row.from_unit_name,
    toUnitName: row.to_unit_name,
    details: row.details,
    note: row.note,
  };
}

export function toTipAttachment(row: TipAttachmentRow): TipAttachment {
  return {
    id: row.id, fileName: row.file_name, mediaType: row.media_type, byteSize: row.byte_size, sha256: row.sha256, source: row.source,
    createdAt: row.created_at.toISOString(),
  };
}

/** The workflow's view of a stored tip. */
export function stateOf(row: TipRow): TipState {
  return {
    status: row.status, unitId: row.unit_id, classification: row.classification as TipClassification | null, remoteArea: row.remote_area,
    clockStartOn: row.clock_start_on, extensionsGranted: row.extensions_granted, dueOn: row.due_on, assignedAgencyId: row.assigned_agency_id,
    assigneeUserId: row.assignee_user_id, resolvedOn: row.resolved_on, substantiated: row.substantiated, outcome: row.outcome as TipOutcome | null,
  };
}

/**
 * The actions whose buttons the tip's page shows: those the status allows, for a caller who may
 * write tips, less the ones the workflow would refuse whatever the input (no extension left, a
 * resolution without verification). The server still checks every action when it comes.
 */
export function availableActions(row: TipRow, actor: Actor, rules: DeadlineRules, mayAct: boolean): TipActionType[] {
  if (!mayAct || !hasPermission(actor.role, 'tip.write')) return [];
  const classification = row.classification as TipClassification | null;
  return tipActionTypes.filter((type) => {
    if (!allowedFrom[type].includes(row.status)) return false;
    if (type === 'extend') return extensionsLeft(ruleFor(rules, classification), row.extensions_granted) > 0;
    if (type === 'resolve') return row.status === 'verifying' || classification === 'outside_scope';
    return true;
  });
}

/** The tip's page: the summary fields and what the tip says, its files and its history. */
export function toTip(
  row: TipRow, labels: TipLabels, parts: { attachments: TipAttachmentRow[]; events: TipEventRow[]; actions: TipActionType[] }, view: DeadlineView,
): Tip {
  return {
    ...toTipSummary({ ...row, ...labels }, view),
    establishmentId: row.establishment_id,
    establishmentName: labels.establishment_name,
    hotspotId: row.hotspot_id,
    hotspotAddress: labels.hotspot_address,
    address: row.address,
    onlineAccount: row.online_account,
    happenedOn: row.happened_on,
    description: row.description,
    // Intake stores a reporter row exactly when the tip is not anonymous (tip-intake.ts).
    hasReporterIdentity: !row.anonymous,
    attachments: parts.attachments.map(toTipAttachment),
    events: parts.events.map(toTipEvent),
    availableActions: parts.actions,
  };
}
