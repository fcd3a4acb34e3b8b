import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tip, TipAssignmentOptions } from '../../core/api/tips.ts';
import { todayInVietnam } from '../../core/dates/format.ts';
import { addDays, addMonths } from '../../core/tips/deadlines.ts';
import type { TargetProgress } from '../../core/api/progress.ts';
import { aPlanContent, aTarget } from '../../test-support/plan-factory.ts';
import { startTestApp, type TestApp, type TestSession } from '../../test-support/test-app.ts';
import { storedTipState, tipClient } from '../../test-support/tip-client.ts';

let testApp: TestApp;
let wardInspector: TestSession;
let wardCustodian: TestSession;
let wardViewer: TestSession;
let otherInspector: TestSession;
let otherCustodian: TestSession;
let provinceOfficer: TestSession;
let options: TipAssignmentOptions;
let wardAgencyId: string;
let otherAgencyId: string;
let inspectorId: string;

const tips = tipClient(() => testApp);
const today = todayInVietnam();
/** Received `days` ago, in the morning, Vietnam time. */
const receivedDaysAgo = (days: number) => `${addDays(today, -days)}T09:00:00+07:00`;

const userId = async (session: TestSession) =>
  (await testApp.database.db.selectFrom('users').select('id').where('username', '=', session.username).executeTakeFirstOrThrow()).id;
const eventsOf = async (id: string) =>
  testApp.database.db.selectFrom('tip_events').select(['action', 'from_status', 'to_status', 'details', 'note']).where('tip_id', '=', id).orderBy('at').execute();
const lastDenial = (session: TestSession) =>
  testApp.database.db.selectFrom('audit_log').select(['action', 'unit_id', 'summary'])
    .where('actor_username', '=', session.username).where('outcome', '=', 'denied').orderBy('id', 'desc').executeTakeFirst();
const updates = (id: string) =>
  testApp.database.db.selectFrom('audit_log').select(['summary', 'unit_id']).where('action', '=', 'tip.update').where('target_id', '=', id).orderBy('id').execute();

beforeAll(async () => {
  testApp = await startTestApp();
  wardInspector = await testApp.signIn({ role: 'inspector', unitId: '16681' });
  wardCustodian = await testApp.signIn({ role: 'tip_custodian', unitId: '16681' });
  wardViewer = await testApp.signIn({ role: 'viewer', unitId: '16681' });
  otherInspector = await testApp.signIn({ role: 'inspector', unitId: '16702' });
  otherCustodian = await testApp.signIn({ role: 'tip_custodian', unitId: '16702' });
  provinceOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '40' });
  inspectorId = await userId(wardInspector);
  const probe = await tips.create(wardInspector);
  const response = await testApp.request(wardInspector, { method: 'GET', url: `/api/tips/${probe.id}/assignment-options` });
  expect(response.statusCode, response.body).toBe(200);
  options = response.json();
  wardAgencyId = options.agencies[0]!.id;
  otherAgencyId = (await testApp.database.db.selectFrom('agencies').select('id').where('unit_id', '=', '16702').executeTakeFirstOrThrow()).id;
});
afterAll(() => testApp.close());

/** A new crime tip of the ward, received `days` ago, classified, assigned and under verification. */
async function verifyingTip(days = 5): Promise<Tip> {
  const tip = await tips.create(wardInspector, { receivedAt: receivedDaysAgo(days) });
  await tips.done(wardInspector, tip.id, { type: 'classify', classification: 'criminal_tip' });
  await tips.done(wardInspector, tip.id, { type: 'assign', agencyId: wardAgencyId, assigneeUserId: inspectorId });
  return tips.done(wardInspector, tip.id, { type: 'start_verification', note: 'Đã cử tổ xác minh' });
}

describe('POST /api/tips/{id}/actions: who may act', () => {
  it('refuses a viewer (no tip.write), audits the refusal and changes nothing', async () => {
    const tip = await tips.create(wardInspector);
    const before = await storedTipState(testApp, tip.id);
    const response = await tips.act(wardViewer, tip.id, { type: 'classify', classification: 'criminal_tip' });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('forbidden');
    expect(await lastDenial(wardViewer)).toMatchObject({ action: 'tip.update' });
    expect(await storedTipState(testApp, tip.id)).toEqual(before);
  });

  it('refuses an officer of another commune, naming nothing of the tip, audited against the tip\'s unit', async () => {
    const tip = await tips.create(wardInspector);
    const before = await storedTipState(testApp, tip.id);
    for (const body of [{ type: 'classify', classification: 'complaint' }, { type: 'transfer', toUnitId: '16702', reason: 'Lấy về xã mình' }]) {
      const response = await tips.act(otherInspector, tip.id, body);
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('out_of_scope');
      expect(response.body).not.toContain('Nhà nghỉ');
      expect(await lastDenial(otherInspector)).toMatchObject({ action: 'tip.update', unit_id: '16681' });
    }
    expect(await storedTipState(testApp, tip.id)).toEqual(before);
    expect((await eventsOf(tip.id)).map((event) => event.action)).toEqual(['receive']);
  });
});

describe('the workflow in order', () => {
  it('goes received → classified → assigned → verifying → resolved, each step recorded with who, when and why', async () => {
    const received = receivedDaysAgo(4);
    const created = await tips.create(wardInspector, { receivedAt: received });
    const receivedOn = addDays(today, -4);
    expect(created).toMatchObject({ status: 'received', dueOn: addDays(receivedOn, 20), availableActions: ['classify', 'transfer'] });

    const classified = await tips.done(wardInspector, created.id, { type: 'classify', classification: 'criminal_tip', note: 'Có dấu hiệu tội chứa mại dâm' });
    expect(classified).toMatchObject({ status: 'classified', classification: 'criminal_tip', dueOn: addDays(receivedOn, 20), extensionsLeft: 2 });
    expect(classified.deadlineBasis).toContain('Điều 147');
    expect(classified.availableActions).toEqual(['classify', 'assign', 'extend', 'transfer']);

    const assigned = await tips.done(wardInspector, created.id, { type: 'assign', agencyId: wardAgencyId, assigneeUserId: inspectorId });
    expect(assigned).toMatchObject({ status: 'assigned', assignedAgencyId: wardAgencyId, assignedAgencyName: options.agencies[0]!.name, assigneeUserId: inspectorId });
    expect(assigned.assigneeName).toBeTruthy();

    const verifying = await tips.done(wardInspector, created.id, { type: 'start_verification', note: 'Cử tổ công tác xác minh' });
    expect(verifying.status).toBe('verifying');
    expect(verifying.availableActions).toEqual(['classify', 'assign', 'extend', 'resolve', 'transfer']);

    const resolved = await tips.done(wardInspector, created.id, {
      type: 'resolve', substantiated: true, outcome: 'criminal_case_opened', resolvedOn: today, note: 'Khởi tố vụ án chứa mại dâm',
    });
    expect(resolved).toMatchObject({
      status: 'resolved', resolvedOn: today, substantiated: true, outcome: 'criminal_case_opened', deadlineState: 'resolved_on_time', availableActions: ['reopen'],
    });
    expect(resolved.events.map((event) => [event.action, event.fromStatus, event.toStatus])).toEqual([
      ['receive', null, 'received'], ['classify', 'received', 'classified'], ['assign', 'classified', 'assigned'],
      ['start_verification', 'assigned', 'verifying'], ['resolve', 'verifying', 'resolved'],
    ]);
    expect(resolved.events.every((event) => event.actorName !== null)).toBe(true);
    expect(resolved.events[1]).toMatchObject({ note: 'Có dấu hiệu tội chứa mại dâm', details: { classification: 'criminal_tip' } });
    expect(resolved.events[2]!.details).toMatchObject({ agencyId: wardAgencyId, agencyName: options.agencies[0]!.name });
    expect(resolved.events[4]!.details).toMatchObject({ outcome: 'criminal_case_opened', substantiated: true, resolvedOn: today, onTime: true });

    const audited = await updates(created.id);
    expect(audited.map((entry) => (entry.summary as { action: string }).action)).toEqual(['classify', 'assign', 'start_verification', 'resolve']);
    expect(audited.every((entry) => entry.unit_id === '16681')).toBe(true);
    // The reasons and notes stay in the tip's timeline, not in the audit log, which more people read.
    expect(JSON.stringify(audited)).not.toContain('Khởi tố vụ án');
  });

  it('lets a matter outside the programme be resolved as passed on, without verification', async () => {
    const tip = await tips.create(wardInspector, { receivedAt: receivedDaysAgo(2) });
    const outside = await tips.done(wardInspector, tip.id, { type: 'classify', classification: 'outside_scope' });
    expect(outside.dueOn).toBe(addDays(today, 8));
    expect(outside.availableActions).toContain('resolve');
    const resolved = await tips.done(wardInspector, tip.id, { type: 'resolve', substantiated: false, outcome: 'transferred', resolvedOn: today, note: 'Chuyển UBND xã xử lý tranh chấp đất' });
    expect(resolved.status).toBe('resolved');
  });

  it('reopens a resolved tip with a reason, back to verification', async () => {
    const tip = await verifyingTip();
    await tips.done(wardInspector, tip.id, { type: 'resolve', substantiated: false, outcome: 'no_basis', resolvedOn: today, note: 'Không có căn cứ' });
    const missing = await tips.act(wardInspector, tip.id, { type: 'reopen' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details.map((detail: { field: string }) => detail.field)).toEqual(['reason']);
    const reopened = await tips.done(wardInspector, tip.id, { type: 'reopen', reason: 'Người dân cung cấp thêm hình ảnh mới' });
    expect(reopened).toMatchObject({ status: 'verifying', resolvedOn: null, substantiated: null, outcome: null });
    expect(reopened.events.at(-1)).toMatchObject({ action: 'reopen', fromStatus: 'resolved', toStatus: 'verifying', note: 'Người dân cung cấp thêm hình ảnh mới' });
  });
});

describe('actions out of order', () => {
  it('refuses resolving before classification with tip_not_classified, in both languages, saving nothing', async () => {
    const tip = await tips.create(wardInspector);
    const before = await storedTipState(testApp, tip.id);
    const resolve = { type: 'resolve', substantiated: false, outcome: 'no_basis', resolvedOn: today, note: 'Giải quyết luôn' };
    const vi = await tips.act(wardInspector, tip.id, resolve);
    expect(vi.statusCode).toBe(409);
    expect(vi.json().error.code).toBe('tip_not_classified');
    expect(vi.json().error.message).toContain('trước khi giải quyết');
    const en = await tips.act(wardInspector, tip.id, resolve, 'en');
    expect(en.json().error.message).toContain('before you resolve it');
    expect(await storedTipState(testApp, tip.id)).toEqual(before);
    expect((await eventsOf(tip.id)).length).toBe(1);
    expect(await updates(tip.id)).toEqual([]);
  });

  it('refuses starting verification of a tip nobody was assigned, naming the status', async () => {
    const tip = await tips.create(wardInspector);
    await tips.done(wardInspector, tip.id, { type: 'classify', classification: 'administrative_violation' });
    const before = await storedTipState(testApp, tip.id);
    const response = await tips.act(wardInspector, tip.id, { type: 'start_verification' }, 'en');
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'tip_transition_not_allowed' });
    expect(response.json().error.message).toContain('You cannot start verification while the tip is "classified"');
    expect(await storedTipState(testApp, tip.id)).toEqual(before);
  });

  it('refuses resolving an assigned crime tip that was never verified, and reopening an open tip', async () => {
    const tip = await tips.create(wardInspector);
    await tips.done(wardInspector, tip.id, { type: 'classify', classification: 'criminal_tip' });
    await tips.done(wardInspector, tip.id, { type: 'assign', agencyId: wardAgencyId });
    const resolve = await tips.act(wardInspector, tip.id, { type: 'resolve', substantiated: false, outcome: 'no_basis', resolvedOn: today, note: 'x' });
    expect(resolve.json().error.code).toBe('tip_transition_not_allowed');
    const reopen = await tips.act(wardInspector, tip.id, { type: 'reopen', reason: 'Mở lại' });
    expect(reopen.statusCode).toBe(409);
    expect(reopen.json().error.message).toContain('Không thể mở lại khi tin báo đang ở trạng thái "đã giao xử lý"');
    expect((await storedTipState(testApp, tip.id)).status).toBe('assigned');
  });

  it('refuses a resolution dated in the future or before receipt, naming resolvedOn', async () => {
    const tip = await verifyingTip(3);
    for (const resolvedOn of [addDays(today, 1), addDays(today, -4)]) {
      const response = await tips.act(wardInspector, tip.id, { type: 'resolve', substantiated: true, outcome: 'administrative_sanction', resolvedOn, note: 'Xử phạt' });
      expect(response.statusCode, resolvedOn).toBe(400);
      expect(response.json().error.details.map((detail: { field: string }) => detail.field)).toEqual(['resolvedOn']);
    }
    expect((await storedTipState(testApp, tip.id)).status).toBe('verifying');
  });
});

describe('extensions', () => {
  it('moves a crime tip\'s due date to 2 months from receipt, then 2 months more, each with its decision, and refuses a third', async () => {
    const tip = await verifyingTip(10);
    const receivedOn = addDays(today, -10);
    expect(tip.dueOn).toBe(addDays(receivedOn, 20));
    const noDecision = await tips.act(wardInspector, tip.id, { type: 'extend', reason: 'Phức tạp' });
    expect(noDecision.json().error.details.map((detail: { field: string }) => detail.field)).toEqual(['decisionReference']);

    const once = await tips.done(wardInspector, tip.id, { type: 'extend', decisionReference: 'QĐ số 15/QĐ-CAP ngày 10/11/2026', reason: 'Vụ việc phức tạp, cần giám định' });
    expect(once).toMatchObject({ dueOn: addMonths(receivedOn, 2), extensionsGranted: 1, extensionsLeft: 1, status: 'verifying' });
    expect(once.events.at(-1)).toMatchObject({
      action: 'extend', note: 'Vụ việc phức tạp, cần giám định',
      details: { decisionReference: 'QĐ số 15/QĐ-CAP ngày 10/11/2026', dueOnBefore: addDays(receivedOn, 20), dueOnAfter: addMonths(receivedOn, 2) },
    });
    const twice = await tips.done(wardInspector, tip.id, { type: 'extend', decisionReference: 'QĐ số 3/QĐ-VKS', reason: 'Viện kiểm sát gia hạn' });
    expect(twice).toMatchObject({ dueOn: addMonths(addMonths(receivedOn, 2), 2), extensionsGranted: 2, extensionsLeft: 0 });
    expect(twice.availableActions).not.toContain('extend');

    const third = await tips.act(wardInspector, tip.id, { type: 'extend', decisionReference: 'QĐ số 4', reason: 'Thêm lần nữa' });
    expect(third.statusCode).toBe(409);
    expect(third.json().error.code).toBe('tip_no_extension_left');
    expect(third.json().error.message).toContain('"tin báo về tội phạm"');
    expect((await storedTipState(testApp, tip.id)).extensions_granted).toBe(2);
  });
});

describe('assignment', () => {
  it('offers the ward\'s agencies and its tip handlers, not its viewers; refuses the list to a viewer', async () => {
    expect(options.agencies.length).toBeGreaterThan(0);
    expect(options.agencies.every((agency) => agency.unitName === 'Phường Thành Vinh')).toBe(true);
    expect(options.users.map((user) => user.id)).toEqual(expect.arrayContaining([inspectorId, await userId(wardCustodian)]));
    expect(options.users.map((user) => user.id)).not.toContain(await userId(wardViewer));
    const tip = await tips.create(wardInspector);
    const refused = await testApp.request(wardViewer, { method: 'GET', url: `/api/tips/${tip.id}/assignment-options` });
    expect(refused.statusCode).toBe(403);
    const elsewhere = await testApp.request(otherInspector, { method: 'GET', url: `/api/tips/${tip.id}/assignment-options` });
    expect(elsewhere.statusCode).toBe(403);
  });

  it('refuses an agency of another commune and an assignee who is not a tip handler of the unit', async () => {
    const tip = await tips.create(wardInspector);
    await tips.done(wardInspector, tip.id, { type: 'classify', classification: 'criminal_tip' });
    const before = await storedTipState(testApp, tip.id);
    const agency = await tips.act(wardInspector, tip.id, { type: 'assign', agencyId: otherAgencyId });
    expect(agency.statusCode).toBe(400);
    expect(agency.json().error).toMatchObject({ code: 'tip_agency_invalid', details: [{ field: 'agencyId' }] });
    for (const session of [wardViewer, otherInspector]) {
      const assignee = await tips.act(wardInspector, tip.id, { type: 'assign', agencyId: wardAgencyId, assigneeUserId: await userId(session) });
      expect(assignee.json().error).toMatchObject({ code: 'tip_assignee_invalid', details: [{ field: 'assigneeUserId' }] });
    }
    expect(await storedTipState(testApp, tip.id)).toEqual(before);
  });
});

describe('transfers', () => {
  it('hand the tip to another commune: it leaves the old queue, enters the new one with its history, its clock starting today', async () => {
    const tip = await tips.create(wardInspector, { receivedAt: receivedDaysAgo(6) });
    await tips.done(wardInspector, tip.id, { type: 'classify', classification: 'criminal_tip' });
    await tips.done(wardInspector, tip.id, { type: 'extend', decisionReference: 'QĐ 1', reason: 'Phức tạp' });
    const moved = await tips.done(wardInspector, tip.id, { type: 'transfer', toUnitId: '16702', reason: 'Nơi xảy ra thuộc xã khác' });
    expect(moved).toMatchObject({
      unitId: '16702', status: 'received', classification: null, extensionsGranted: 0, dueOn: addDays(today, 20), availableActions: [],
      receivedByUnitName: 'Phường Thành Vinh',
    });
    expect(moved.events.at(-1)).toMatchObject({
      action: 'transfer', fromStatus: 'classified', toStatus: 'received', fromUnitName: 'Phường Thành Vinh', note: 'Nơi xảy ra thuộc xã khác',
    });
    const stored = await testApp.database.db.selectFrom('tips').select(['transferred_out', 'clock_start_on', 'received_on']).where('id', '=', tip.id).executeTakeFirstOrThrow();
    expect(stored).toEqual({ transferred_out: true, clock_start_on: today, received_on: addDays(today, -6) });

    expect((await tips.list(wardInspector, 'pageSize=200')).items.map((item) => item.id)).not.toContain(tip.id);
    expect((await tips.get(wardInspector, tip.id)).statusCode).toBe(403);
    const queue = await tips.list(otherInspector, 'pageSize=200');
    expect(queue.items.find((item) => item.id === tip.id)).toMatchObject({ status: 'received', unitName: moved.unitName });
    const there = (await tips.get(otherInspector, tip.id)).json() as Tip;
    expect(there.events.map((event) => event.action)).toEqual(['receive', 'classify', 'extend', 'transfer']);
    expect(there.availableActions).toEqual(['classify', 'transfer']);
    expect((await testApp.request(otherCustodian, { method: 'GET', url: `/api/tips/${tip.id}/reporter` })).statusCode).toBe(200);
    expect((await testApp.request(wardCustodian, { method: 'GET', url: `/api/tips/${tip.id}/reporter` })).statusCode).toBe(403);
    // The province above both sees it throughout.
    expect((await tips.get(provinceOfficer, tip.id)).statusCode).toBe(200);
    await tips.done(otherInspector, tip.id, { type: 'classify', classification: 'criminal_tip' });
  });

  it('refuse the unit already holding the tip, and a unit that no longer exists, naming toUnitId', async () => {
    const tip = await tips.create(wardInspector);
    const former = await testApp.database.db.selectFrom('admin_units').select('id').where('valid_to', 'is not', null).executeTakeFirstOrThrow();
    for (const toUnitId of ['16681', former.id, 'khong-co']) {
      const response = await tips.act(wardInspector, tip.id, { type: 'transfer', toUnitId, reason: 'Chuyển' });
      expect(response.statusCode, toUnitId).toBe(400);
      expect(response.json().error.details.map((detail: { field: string }) => detail.field)).toEqual(['toUnitId']);
    }
    expect((await storedTipState(testApp, tip.id)).unit_id).toBe('16681');
  });

  it('go outward to the province, which then holds it, and come back unmarked as transferred', async () => {
    const tip = await tips.create(wardInspector);
    await tips.done(wardInspector, tip.id, { type: 'transfer', toUnitId: '40', reason: 'Thuộc thẩm quyền Công an tỉnh' });
    expect((await tips.get(wardInspector, tip.id)).statusCode).toBe(403);
    const back = await tips.done(provinceOfficer, tip.id, { type: 'transfer', toUnitId: '16681', reason: 'Trả về phường xác minh' });
    expect(back.unitId).toBe('16681');
    const stored = await testApp.database.db.selectFrom('tips').select('transferred_out').where('id', '=', tip.id).executeTakeFirstOrThrow();
    expect(stored.transferred_out).toBe(false);
  });
});

describe('the indicator tips.handled_on_time', () => {
  it('counts a tip resolved by its deadline at once, and lists one resolved late', async () => {
    const year = today.slice(0, 4);
    const content = aPlanContent({
      periodCode: `Y${year}`, title: `Phòng, chống mại dâm năm ${year}`,
      targets: [aTarget({ key: 'tin-bao', indicatorCode: 'tips.handled_on_time', value: 100, periodCode: `Y${year}`, text: '100% tin báo được xử lý kịp thời' })],
    });
    const created = await testApp.request(provinceOfficer, { method: 'POST', url: '/api/plans', body: { content } });
    expect(created.statusCode, created.body).toBe(201);
    const progress = async () => {
      const response = await testApp.request(provinceOfficer, { method: 'GET', url: `/api/plans/${created.json().id}/progress?asOf=${today}&unit=16681` });
      expect(response.statusCode, response.body).toBe(200);
      return (response.json() as { targets: TargetProgress[] }).targets[0]!;
    };
    const before = (await progress()).result;

    const onTime = await verifyingTip(3);
    // Not yet due, not yet resolved: it does not count either way.
    expect((await progress()).result).toMatchObject({ numerator: before.numerator, denominator: before.denominator });
    await tips.done(wardInspector, onTime.id, { type: 'resolve', substantiated: true, outcome: 'administrative_sanction', resolvedOn: today, note: 'Xử phạt hành chính' });
    expect((await progress()).result).toMatchObject({ numerator: (before.numerator ?? 0) + 1, denominator: (before.denominator ?? 0) + 1 });

    // Received long enough ago that its 20 days have run out: resolved today, it is late.
    const late = await verifyingTip(21);
    const resolved = await tips.done(wardInspector, late.id, { type: 'resolve', substantiated: false, outcome: 'no_basis', resolvedOn: today, note: 'Không đủ căn cứ' });
    expect(resolved.deadlineState).toBe('resolved_late');
    const after = await progress();
    expect(after.result).toMatchObject({ numerator: (before.numerator ?? 0) + 1, denominator: (before.denominator ?? 0) + 2 });
    expect(after.explanation.lateTips?.map((tip) => tip.reference)).toContain(late.reference);
  });
});
