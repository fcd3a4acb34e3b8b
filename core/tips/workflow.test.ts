import { describe, expect, it } from 'vitest';
import { defaultDeadlineRules } from './deadlines.ts';
import type { TipStatus } from './tip-kinds.ts';
import {
  allowedFrom, applyTipAction, initialDueOn, publicStatusOf, tipActionTypes, type DeadlineRules, type TipAction, type TipState,
} from './workflow.ts';

const received: TipState = {
  status: 'received', unitId: '16681', classification: null, remoteArea: false, clockStartOn: '2026-03-01', extensionsGranted: 0,
  dueOn: '2026-03-21', assignedAgencyId: null, assigneeUserId: null, resolvedOn: null, substantiated: null, outcome: null,
};
const today = '2026-03-10';
const agencyId = '00000000-0000-4000-8000-000000000001';

const classify: TipAction = { type: 'classify', classification: 'criminal_tip', remoteArea: false, note: null };
const assign: TipAction = { type: 'assign', agencyId, assigneeUserId: null, note: null };
const verify: TipAction = { type: 'start_verification', note: null };
const extend: TipAction = { type: 'extend', decisionReference: 'QĐ 12/QĐ-VKS ngày 15/03/2026', reason: 'Vụ việc phức tạp' };
const resolve = (resolvedOn = today): Extract<TipAction, { type: 'resolve' }> => ({ type: 'resolve', substantiated: true, outcome: 'criminal_case_opened', resolvedOn, note: 'Đã khởi tố' });
const transfer: TipAction = { type: 'transfer', toUnitId: '40', reason: 'Thuộc thẩm quyền Công an tỉnh' };
const reopen: TipAction = { type: 'reopen', reason: 'Có tình tiết mới' };
const anyActionOf = { classify, assign, start_verification: verify, extend, resolve: resolve(), transfer, reopen };

/** Runs actions in order, failing the test on the first refusal. */
function run(state: TipState, actions: readonly TipAction[], on = today, rules: DeadlineRules = defaultDeadlineRules): TipState {
  return actions.reduce((current, action) => {
    const result = applyTipAction(current, action, on, rules);
    if (!result.ok) throw new Error(`${action.type} refused: ${JSON.stringify(result.refusal)}`);
    return result.next;
  }, state);
}

const refusalOf = (state: TipState, action: TipAction, on = today) => {
  const result = applyTipAction(state, action, on);
  expect(result.ok).toBe(false);
  return result.ok ? undefined : result.refusal;
};

describe('the workflow in order', () => {
  it('goes received → classified → assigned → verifying → resolved', () => {
    const classified = run(received, [classify]);
    expect(classified).toMatchObject({ status: 'classified', classification: 'criminal_tip', dueOn: '2026-03-21' });
    const assigned = run(classified, [assign]);
    expect(assigned).toMatchObject({ status: 'assigned', assignedAgencyId: agencyId });
    const verifying = run(assigned, [verify]);
    expect(verifying.status).toBe('verifying');
    const resolved = run(verifying, [resolve('2026-03-09')]);
    expect(resolved).toMatchObject({ status: 'resolved', resolvedOn: '2026-03-09', substantiated: true, outcome: 'criminal_case_opened' });
  });

  it('keeps verifying when a tip is reassigned during verification', () => {
    const verifying = run(received, [classify, assign, verify]);
    expect(run(verifying, [{ ...assign, agencyId: '00000000-0000-4000-8000-000000000002' }])).toMatchObject({
      status: 'verifying', assignedAgencyId: '00000000-0000-4000-8000-000000000002',
    });
  });

  it('lets a matter outside the programme be resolved (passed on) without verification', () => {
    const outside = run(received, [{ ...classify, classification: 'outside_scope' }]);
    expect(outside.dueOn).toBe('2026-03-11');
    expect(run(outside, [{ ...resolve(), outcome: 'transferred', substantiated: false }]).status).toBe('resolved');
  });

  it('reopens a resolved tip into verification with its resolution cleared', () => {
    const resolved = run(received, [classify, assign, verify, resolve()]);
    expect(run(resolved, [reopen])).toMatchObject({ status: 'verifying', resolvedOn: null, substantiated: null, outcome: null, dueOn: resolved.dueOn });
  });
});

describe('out-of-order actions are refused', () => {
  it('refuses resolving (or anything but classify and transfer) before classification: tip_not_classified', () => {
    for (const type of ['assign', 'start_verification', 'extend', 'resolve'] as const) {
      expect(refusalOf(received, anyActionOf[type]), type).toEqual({ code: 'tip_not_classified', action: type });
    }
  });

  it('refuses reopening a tip that is still open', () => {
    for (const status of ['received', 'classified', 'assigned', 'verifying'] as const) {
      expect(refusalOf({ ...received, status, classification: 'criminal_tip' }, reopen), status)
        .toEqual({ code: 'tip_transition_not_allowed', action: 'reopen', status });
    }
  });

  it('refuses starting verification from classified (nobody assigned yet)', () => {
    expect(refusalOf(run(received, [classify]), verify)).toEqual({ code: 'tip_transition_not_allowed', action: 'start_verification', status: 'classified' });
  });

  it('refuses resolving a classified or assigned crime tip that was never verified', () => {
    const classified = run(received, [classify]);
    expect(refusalOf(classified, resolve())).toEqual({ code: 'tip_transition_not_allowed', action: 'resolve', status: 'classified' });
    expect(refusalOf(run(classified, [assign]), resolve())).toEqual({ code: 'tip_transition_not_allowed', action: 'resolve', status: 'assigned' });
  });

  it('refuses every action but reopen on a resolved tip', () => {
    const resolved = run(received, [classify, assign, verify, resolve()]);
    for (const type of tipActionTypes.filter((candidate) => candidate !== 'reopen')) {
      expect(refusalOf(resolved, anyActionOf[type]), type).toEqual({ code: 'tip_transition_not_allowed', action: type, status: 'resolved' });
    }
  });

  it('agrees with allowedFrom for every action and status', () => {
    const statuses: TipStatus[] = ['received', 'classified', 'assigned', 'verifying', 'resolved'];
    for (const type of tipActionTypes) {
      for (const status of statuses) {
        const state: TipState = { ...received, status, classification: status === 'received' ? null : 'criminal_tip', resolvedOn: status === 'resolved' ? today : null };
        const result = applyTipAction(state, anyActionOf[type], today);
        const refusedAsOutOfOrder = !result.ok && ['tip_transition_not_allowed', 'tip_not_classified'].includes(result.refusal.code);
        if (!allowedFrom[type].includes(status)) expect(refusedAsOutOfOrder, `${type} from ${status}`).toBe(true);
      }
    }
  });
});

describe('resolution dates', () => {
  const verifying = run(received, [classify, assign, verify]);

  it('refuses a resolution dated in the future', () => {
    expect(refusalOf(verifying, resolve('2026-03-11'))).toEqual({ code: 'tip_resolved_in_future', field: 'resolvedOn' });
  });

  it('refuses a resolution dated before the clock started', () => {
    expect(refusalOf(verifying, resolve('2026-02-28'))).toEqual({ code: 'tip_resolved_before_start', field: 'resolvedOn' });
  });

  it('accepts a resolution on the day the clock started and on today', () => {
    expect(run(verifying, [resolve('2026-03-01')]).resolvedOn).toBe('2026-03-01');
    expect(run(verifying, [resolve(today)]).resolvedOn).toBe(today);
  });
});

describe('extensions', () => {
  it('moves a crime tip to 2 months from receipt, then 2 months more, and refuses a third', () => {
    const once = run(received, [classify, extend]);
    expect(once).toMatchObject({ extensionsGranted: 1, dueOn: '2026-05-01', status: 'classified' });
    const twice = run(once, [extend]);
    expect(twice).toMatchObject({ extensionsGranted: 2, dueOn: '2026-07-01' });
    expect(refusalOf(twice, extend)).toEqual({ code: 'tip_no_extension_left', classification: 'criminal_tip' });
  });

  it('refuses any extension where the rule has none', () => {
    const outside = run(received, [{ ...classify, classification: 'outside_scope' }]);
    expect(refusalOf(outside, extend)).toEqual({ code: 'tip_no_extension_left', classification: 'outside_scope' });
  });

  it('gives a complex complaint 45 days, 60 in a remote area', () => {
    expect(run(received, [{ ...classify, classification: 'complaint' }, extend]).dueOn).toBe('2026-04-15');
    expect(run(received, [{ ...classify, classification: 'complaint', remoteArea: true }]).dueOn).toBe('2026-04-15');
    expect(run(received, [{ ...classify, classification: 'complaint', remoteArea: true }, extend]).dueOn).toBe('2026-04-30');
  });

  it('lapse when the tip is reclassified, and stay when the classification is confirmed', () => {
    const extended = run(received, [classify, extend]);
    expect(run(extended, [classify])).toMatchObject({ extensionsGranted: 1, dueOn: '2026-05-01' });
    expect(run(extended, [{ ...classify, classification: 'complaint' }])).toMatchObject({
      classification: 'complaint', extensionsGranted: 0, dueOn: '2026-03-31', status: 'classified',
    });
  });

  it('follow a configured rule counted in working days', () => {
    const rules: DeadlineRules = { ...defaultDeadlineRules, criminal_tip: { ...defaultDeadlineRules.criminal_tip, workingDaysOnly: true } };
    expect(run(received, [classify], today, rules).dueOn).toBe('2026-03-27');
  });
});

describe('transfers', () => {
  it('hand the tip to the other unit, which starts afresh: unit, clock, classification, assignment, extensions', () => {
    const busy = run(received, [classify, extend, assign, verify]);
    const moved = run(busy, [transfer], '2026-03-15');
    expect(moved).toEqual({
      ...busy, status: 'received', unitId: '40', classification: null, remoteArea: false, clockStartOn: '2026-03-15', extensionsGranted: 0,
      dueOn: '2026-04-04', assignedAgencyId: null, assigneeUserId: null,
    });
  });

  it('are possible straight after receipt, and refused to the same unit or once resolved', () => {
    expect(run(received, [transfer]).unitId).toBe('40');
    expect(refusalOf(received, { ...transfer, toUnitId: '16681' })).toEqual({ code: 'tip_transfer_to_same_unit', field: 'toUnitId' });
    const resolved = run(received, [classify, assign, verify, resolve()]);
    expect(refusalOf(resolved, transfer)).toEqual({ code: 'tip_transition_not_allowed', action: 'transfer', status: 'resolved' });
  });

  it('make a resolution dated before the transfer impossible', () => {
    const moved = run(received, [transfer], '2026-03-05');
    const verifying = run(moved, [classify, assign, verify], '2026-03-06');
    expect(refusalOf(verifying, resolve('2026-03-04'), '2026-03-06')).toEqual({ code: 'tip_resolved_before_start', field: 'resolvedOn' });
  });
});

describe('initialDueOn and publicStatusOf', () => {
  it('gives a new tip the provisional 20 days', () => {
    expect(initialDueOn('2026-03-01')).toBe('2026-03-21');
  });

  it('shows a reporter received, processing, transferred or resolved, never the internal status', () => {
    expect(publicStatusOf('received', false)).toBe('received');
    expect(publicStatusOf('verifying', false)).toBe('processing');
    expect(publicStatusOf('received', true)).toBe('transferred');
    expect(publicStatusOf('resolved', true)).toBe('resolved');
  });
});
