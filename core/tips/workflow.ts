import { defaultDeadlineRules, dueDate, extensionsLeft, unclassifiedRuleKey, type DeadlineRule, type DeadlineRuleKey } from './deadlines.ts';
import type { TipClassification, TipOutcome, TipStatus } from './tip-kinds.ts';

/** What the workflow needs of a tip: its status, the clock and where it stands against it. */
export interface TipState {
  status: TipStatus;
  unitId: string;
  classification: TipClassification | null;
  remoteArea: boolean;
  /** The day the responsible unit received it: the receipt, or the transfer that brought it. */
  clockStartOn: string;
  extensionsGranted: number;
  dueOn: string;
  assignedAgencyId: string | null;
  assigneeUserId: string | null;
  resolvedOn: string | null;
  substantiated: boolean | null;
  outcome: TipOutcome | null;
}

export type TipAction =
  | { type: 'classify'; classification: TipClassification; remoteArea: boolean; note: string | null }
  | { type: 'assign'; agencyId: string; assigneeUserId: string | null; note: string | null }
  | { type: 'start_verification'; note: string | null }
  | { type: 'extend'; decisionReference: string; reason: string }
  | { type: 'resolve'; substantiated: boolean; outcome: TipOutcome; resolvedOn: string; note: string }
  | { type: 'transfer'; toUnitId: string; reason: string }
  | { type: 'reopen'; reason: string };
export type TipActionType = TipAction['type'];
export const tipActionTypes = ['classify', 'assign', 'start_verification', 'extend', 'resolve', 'transfer', 'reopen'] as const satisfies readonly TipActionType[];

/** Why an action is refused; the service turns each into an error naming what to do instead. */
export type TransitionRefusal =
  | { code: 'tip_transition_not_allowed'; action: TipActionType; status: TipStatus }
  | { code: 'tip_not_classified'; action: TipActionType }
  | { code: 'tip_no_extension_left'; classification: TipClassification | null }
  | { code: 'tip_resolved_before_start'; field: 'resolvedOn' }
  | { code: 'tip_resolved_in_future'; field: 'resolvedOn' }
  | { code: 'tip_transfer_to_same_unit'; field: 'toUnitId' };

export type TransitionResult = { ok: true; next: TipState } | { ok: false; refusal: TransitionRefusal };

export type DeadlineRules = Readonly<Record<DeadlineRuleKey, DeadlineRule>>;

const open: readonly TipStatus[] = ['received', 'classified', 'assigned', 'verifying'];

/** The statuses each action may start from; anything else is out of order. */
export const allowedFrom: Readonly<Record<TipActionType, readonly TipStatus[]>> = {
  classify: open,
  assign: ['classified', 'assigned', 'verifying'],
  start_verification: ['assigned'],
  extend: ['classified', 'assigned', 'verifying'],
  // A matter outside the programme is passed on without a verification of its own.
  resolve: ['verifying', 'classified', 'assigned'],
  transfer: open,
  reopen: ['resolved'],
};

export function ruleFor(rules: DeadlineRules, classification: TipClassification | null): DeadlineRule {
  return rules[classification ?? unclassifiedRuleKey];
}

/** The first due date of a new tip: the provisional limit until it is classified. */
export function initialDueOn(receivedOn: string, rules: DeadlineRules = defaultDeadlineRules): string {
  return dueDate(rules[unclassifiedRuleKey], receivedOn, { remote: false, extensionsGranted: 0 });
}

/** Applies one action to a tip, or says why it cannot be. Pure: the service saves the result and its event. */
export function applyTipAction(state: TipState, action: TipAction, today: string, rules: DeadlineRules = defaultDeadlineRules): TransitionResult {
  const refuse = (refusal: TransitionRefusal): TransitionResult => ({ ok: false, refusal });
  if (!allowedFrom[action.type].includes(state.status)) {
    if (state.status === 'received' && action.type !== 'reopen') return refuse({ code: 'tip_not_classified', action: action.type });
    return refuse({ code: 'tip_transition_not_allowed', action: action.type, status: state.status });
  }
  switch (action.type) {
    case 'classify': {
      // A new classification brings a new rule: extensions granted under the old one lapse.
      const extensionsGranted = action.classification === state.classification ? state.extensionsGranted : 0;
      const next: TipState = {
        ...state, classification: action.classification, remoteArea: action.remoteArea, extensionsGranted,
        status: state.status === 'received' ? 'classified' : state.status,
      };
      return { ok: true, next: { ...next, dueOn: dueDate(ruleFor(rules, next.classification), next.clockStartOn, { remote: next.remoteArea, extensionsGranted }) } };
    }
    case 'assign':
      return {
        ok: true,
        next: { ...state, assignedAgencyId: action.agencyId, assigneeUserId: action.assigneeUserId, status: state.status === 'verifying' ? 'verifying' : 'assigned' },
      };
    case 'start_verification':
      return { ok: true, next: { ...state, status: 'verifying' } };
    case 'extend': {
      const rule = ruleFor(rules, state.classification);
      if (extensionsLeft(rule, state.extensionsGranted) === 0) return refuse({ code: 'tip_no_extension_left', classification: state.classification });
      const extensionsGranted = state.extensionsGranted + 1;
      return { ok: true, next: { ...state, extensionsGranted, dueOn: dueDate(rule, state.clockStartOn, { remote: state.remoteArea, extensionsGranted }) } };
    }
    case 'resolve':
      if (state.status !== 'verifying' && state.classification !== 'outside_scope') {
        return refuse({ code: 'tip_transition_not_allowed', action: action.type, status: state.status });
      }
      if (action.resolvedOn > today) return refuse({ code: 'tip_resolved_in_future', field: 'resolvedOn' });
      if (action.resolvedOn < state.clockStartOn) return refuse({ code: 'tip_resolved_before_start', field: 'resolvedOn' });
      return { ok: true, next: { ...state, status: 'resolved', resolvedOn: action.resolvedOn, substantiated: action.substantiated, outcome: action.outcome } };
    case 'transfer': {
      if (action.toUnitId === state.unitId) return refuse({ code: 'tip_transfer_to_same_unit', field: 'toUnitId' });
      // The receiving unit classifies it afresh, and its legal time runs from the day it receives it.
      return {
        ok: true,
        next: {
          ...state, unitId: action.toUnitId, status: 'received', classification: null, remoteArea: false, clockStartOn: today,
          extensionsGranted: 0, dueOn: initialDueOn(today, rules), assignedAgencyId: null, assigneeUserId: null,
        },
      };
    }
    case 'reopen':
      return { ok: true, next: { ...state, status: 'verifying', resolvedOn: null, substantiated: null, outcome: null } };
  }
}

/** The status a reporter sees. */
export function publicStatusOf(status: TipStatus, transferredOut: boolean): 'received' | 'processing' | 'resolved' | 'transferred' {
  if (status === 'resolved') return 'resolved';
  if (transferredOut) return 'transferred';
  return status === 'received' ? 'received' : 'processing';
}
