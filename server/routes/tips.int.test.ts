import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tip } from '../../core/api/tips.ts';
import { todayInVietnam } from '../../core/dates/format.ts';
import { addDays } from '../../core/tips/deadlines.ts';
import { recordFactory } from '../../test-support/record-factory.ts';
import { startTestApp, type TestApp, type TestSession } from '../../test-support/test-app.ts';
import { aStaffTip, tipClient, tipTableCounts } from '../../test-support/tip-client.ts';

let testApp: TestApp;
let wardInspector: TestSession;
let wardCustodian: TestSession;
let wardViewer: TestSession;
let wardSocialWorker: TestSession;
let otherInspector: TestSession;
let otherCustodian: TestSession;
let provinceOfficer: TestSession;
let provinceCustodian: TestSession;
let systemAdmin: TestSession;
/** A tip of the ward from a reporter who gave their name and phone. */
let identified: Tip;

const tips = tipClient(() => testApp);
const today = todayInVietnam();
const receivedDaysAgo = (days: number) => `${addDays(today, -days)}T09:00:00+07:00`;
const reporter = { fullName: 'Trần Thị Báo Tin', phone: '0912 345 678', email: 'nguoibao@example.vn', address: 'Khối 5, phường Thành Vinh', wantsFeedback: true };

const lastDenial = (session: TestSession) =>
  testApp.database.db.selectFrom('audit_log').select(['action', 'unit_id', 'summary'])
    .where('actor_username', '=', session.username).where('outcome', '=', 'denied').orderBy('id', 'desc').executeTakeFirst();
const auditOf = (action: string, targetId: string, outcome: 'success' | 'denied' = 'success') =>
  testApp.database.db.selectFrom('audit_log').select(['actor_username', 'unit_id', 'summary', 'outcome'])
    .where('action', '=', action).where('target_id', '=', targetId).where('outcome', '=', outcome).orderBy('id').execute();
const fieldsOf = (body: string) => (JSON.parse(body).error.details as { field: string }[]).map((detail) => detail.field);

beforeAll(async () => {
  testApp = await startTestApp();
  wardInspector = await testApp.signIn({ role: 'inspector', unitId: '16681' });
  wardCustodian = await testApp.signIn({ role: 'tip_custodian', unitId: '16681' });
  wardViewer = await testApp.signIn({ role: 'viewer', unitId: '16681' });
  wardSocialWorker = await testApp.signIn({ role: 'social_worker', unitId: '16681' });
  otherInspector = await testApp.signIn({ role: 'inspector', unitId: '16702' });
  otherCustodian = await testApp.signIn({ role: 'tip_custodian', unitId: '16702' });
  provinceOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '40' });
  provinceCustodian = await testApp.signIn({ role: 'tip_custodian', unitId: '40' });
  systemAdmin = await testApp.signIn({ role: 'system_admin', unitId: null });
  identified = await tips.create(wardCustodian, { anonymous: false, reporter, channel: 'in_person' });
});
afterAll(() => testApp.close());

describe('GET /api/tips', () => {
  it('is refused to a social worker (no tip.read), audited', async () => {
    const response = await testApp.request(wardSocialWorker, { method: 'GET', url: '/api/tips' });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('forbidden');
    expect(await lastDenial(wardSocialWorker)).toMatchObject({ action: 'tip.read' });
  });

  it('lists the ward\'s tips to its officers and the province, not to another commune, without description or reporter', async () => {
    const ward = await tips.list(wardInspector, 'pageSize=200');
    const item = ward.items.find((candidate) => candidate.id === identified.id)!;
    expect(item).toMatchObject({ reference: identified.reference, unitName: 'Phường Thành Vinh', status: 'received', anonymous: false });
    expect(Object.keys(item)).not.toContain('description');
    expect(Object.keys(item)).not.toContain('events');
    expect((await tips.list(provinceOfficer, 'unit=16681&pageSize=200')).items.map((tip) => tip.id)).toContain(identified.id);
    expect((await tips.list(otherInspector, 'pageSize=200')).items.map((tip) => tip.id)).not.toContain(identified.id);
    const narrowed = await testApp.request(otherInspector, { method: 'GET', url: '/api/tips?unit=16681' });
    expect(narrowed.statusCode).toBe(403);
    expect(await lastDenial(otherInspector)).toMatchObject({ action: 'tip.read', unit_id: '16681' });
  });

  it('finds a tip by its reference, accents and case ignored in the words of its place', async () => {
    expect((await tips.list(wardInspector, `q=${identified.reference.toLowerCase()}`)).items.map((tip) => tip.id)).toEqual([identified.id]);
    expect((await tips.list(wardInspector, `q=${encodeURIComponent('cho vinh')}`)).items.map((tip) => tip.id)).toContain(identified.id);
  });

  it('filters overdue and due-soon tips and counts them over the unit, whatever the other filters', async () => {
    const unit = await testApp.database.db.selectFrom('admin_units').select('id')
      .where('level', '=', 'commune').where('valid_to', 'is', null).where('path', 'like', '/40/%').where('id', 'not in', ['16681', '16702'])
      .orderBy('id').executeTakeFirstOrThrow();
    const officer = await testApp.signIn({ role: 'inspector', unitId: unit.id });
    const overdue = await tips.create(officer, { unitId: unit.id, receivedAt: receivedDaysAgo(30) });
    const dueSoon = await tips.create(officer, { unitId: unit.id, receivedAt: receivedDaysAgo(17) });
    const open = await tips.create(officer, { unitId: unit.id, receivedAt: receivedDaysAgo(1), channel: 'letter' });
    expect([overdue.deadlineState, dueSoon.deadlineState, open.deadlineState]).toEqual(['overdue', 'due_soon', 'open']);

    const late = await tips.list(officer, 'due=overdue');
    expect(late.items.map((tip) => tip.id)).toEqual([overdue.id]);
    expect(late.counts).toEqual({ open: 3, overdue: 1, dueSoon: 1 });
    expect((await tips.list(officer, 'due=due_soon')).items.map((tip) => tip.id)).toEqual([dueSoon.id]);
    expect((await tips.list(officer, 'due=due_soon&withinDays=20')).items.map((tip) => tip.id)).toEqual([dueSoon.id, open.id]);
    expect((await tips.list(officer, 'channel=letter')).items.map((tip) => tip.id)).toEqual([open.id]);
    // The queue puts the nearest due date first.
    expect((await tips.list(officer)).items.map((tip) => tip.id)).toEqual([overdue.id, dueSoon.id, open.id]);
    // The province sees the commune's counts when it narrows to it.
    expect((await tips.list(provinceOfficer, `unit=${unit.id}&status=resolved`)).counts).toEqual({ open: 3, overdue: 1, dueSoon: 1 });
  });
});

describe('POST /api/tips', () => {
  it('is refused to a viewer, audited, and saves nothing', async () => {
    const before = await tipTableCounts(testApp);
    const response = await tips.post(wardViewer, aStaffTip());
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('forbidden');
    expect(await lastDenial(wardViewer)).toMatchObject({ action: 'tip.create' });
    expect(await tipTableCounts(testApp)).toEqual(before);
  });

  it('records a tip sent as JSON, due 20 days after the day of receipt, audited without what it says', async () => {
    const response = await testApp.request(wardInspector, { method: 'POST', url: '/api/tips', body: aStaffTip({ receivedAt: receivedDaysAgo(3) }) });
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json() as Tip;
    expect(created).toMatchObject({
      unitId: '16681', unitName: 'Phường Thành Vinh', receivedByUnitName: 'Phường Thành Vinh', channel: 'hotline', status: 'received',
      classification: null, dueOn: addDays(today, 17), anonymous: true, hasReporterIdentity: false, attachments: [],
      description: aStaffTip().description, subjects: ['selling_buying_sex', 'brokering'],
    });
    expect(created.reference).toMatch(/^TB-\d{4}-\d{6}$/);
    expect(created.events).toMatchObject([{ action: 'receive', toStatus: 'received', toUnitName: 'Phường Thành Vinh' }]);
    const [entry] = await auditOf('tip.create', created.id);
    expect(entry).toMatchObject({ actor_username: wardInspector.username, unit_id: '16681' });
    expect(entry!.summary).toMatchObject({ reference: created.reference, channel: 'hotline', subjects: ['selling_buying_sex', 'brokering'], attachments: 0 });
    expect(JSON.stringify(entry!.summary)).not.toContain('môi giới');
    expect(JSON.stringify(entry!.summary)).not.toContain('Nhà nghỉ');
  });

  it('takes the day of receipt in Vietnam: 20:00 UTC is the next morning', async () => {
    const day = addDays(today, -5);
    const created = await tips.create(wardInspector, { receivedAt: `${day}T20:00:00Z` });
    expect(created.dueOn).toBe(addDays(day, 21));
  });

  it('keeps a script in the description as the same text, never interpreted', async () => {
    const description = '<script>alert("xss")</script><img src=x onerror=alert(1)> Quán karaoke & "massage"';
    const created = await tips.create(wardInspector, { description });
    expect(created.description).toBe(description);
    expect((await tips.get(wardInspector, created.id)).json().description).toBe(description);
  });

  it('refuses an enormous description, a receipt in the future, an empty subject list, naming each field, and saves nothing', async () => {
    const before = await tipTableCounts(testApp);
    const enormous = await tips.post(wardInspector, aStaffTip({ description: 'a'.repeat(10_001) }));
    expect(enormous.statusCode).toBe(400);
    expect(fieldsOf(enormous.body)).toEqual(['description']);
    const empty = await tips.post(wardInspector, aStaffTip({ description: '   ' }));
    expect(fieldsOf(empty.body)).toEqual(['description']);
    const future = await tips.post(wardInspector, aStaffTip({ receivedAt: `${addDays(today, 2)}T09:00:00+07:00` }));
    expect(future.statusCode).toBe(400);
    expect(fieldsOf(future.body)).toEqual(['receivedAt']);
    const noSubject = await tips.post(wardInspector, aStaffTip({ subjects: [] }));
    expect(fieldsOf(noSubject.body)).toEqual(['subjects']);
    const noIdentity = await tips.post(wardInspector, aStaffTip({ anonymous: false }));
    expect(fieldsOf(noIdentity.body)).toEqual(['reporter']);
    const publicChannel = await tips.post(wardInspector, aStaffTip({ channel: 'public_form' }));
    expect(fieldsOf(publicChannel.body)).toEqual(['channel']);
    expect(await tipTableCounts(testApp)).toEqual(before);
  });

  it('refuses a unit outside the caller\'s scope (audited) and a unit that no longer exists', async () => {
    const before = await tipTableCounts(testApp);
    const elsewhere = await tips.post(otherInspector, aStaffTip());
    expect(elsewhere.statusCode).toBe(403);
    expect(elsewhere.json().error.code).toBe('out_of_scope');
    expect(await lastDenial(otherInspector)).toMatchObject({ action: 'tip.create', unit_id: '16681' });
    const predecessor = await testApp.database.db.selectFrom('admin_unit_successions').select('predecessor_id')
      .where('successor_id', '=', '16681').where('is_primary', '=', true).where('predecessor_id', 'like', 'pre2025-%').executeTakeFirstOrThrow();
    const former = await tips.post(wardInspector, aStaffTip({ unitId: predecessor.predecessor_id }));
    expect(former.statusCode).toBe(400);
    expect(fieldsOf(former.body)).toEqual(['unitId']);
    expect(await tipTableCounts(testApp)).toEqual(before);
  });

  it('links an establishment and a hotspot of the caller\'s scope, and refuses those of another commune alike', async () => {
    const records = recordFactory(testApp.database.db);
    const [mine] = await records.establishments('16681', 1);
    const [theirs] = await records.establishments('16702', 1);
    const hotspot = await testApp.request(wardInspector, {
      method: 'POST', url: '/api/hotspots',
      body: { unitId: '16681', address: 'Bờ hồ Goong', kind: 'park', latitude: null, longitude: null, description: null, identifiedOn: '2026-01-10' },
    });
    expect(hotspot.statusCode, hotspot.body).toBe(201);
    const created = await tips.create(wardInspector, { establishmentId: mine, hotspotId: hotspot.json().id });
    expect(created).toMatchObject({ establishmentId: mine, establishmentName: 'Nhà nghỉ thử 16681-1', hotspotAddress: 'Bờ hồ Goong' });
    const refused = await tips.post(wardInspector, aStaffTip({ establishmentId: theirs, hotspotId: '00000000-0000-4000-8000-000000000000' }));
    expect(refused.statusCode).toBe(400);
    expect(fieldsOf(refused.body)).toEqual(['establishmentId', 'hotspotId']);
  });
});

describe('GET /api/tips/{id}', () => {
  it('is refused to a social worker, audited', async () => {
    const response = await tips.get(wardSocialWorker, identified.id);
    expect(response.statusCode).toBe(403);
    expect(await lastDenial(wardSocialWorker)).toMatchObject({ action: 'tip.read' });
  });

  it('shows the tip to the ward and the province, and refuses a viewer and another commune', async () => {
    const ward = (await tips.get(wardInspector, identified.id)).json() as Tip;
    expect(ward).toMatchObject({ id: identified.id, hasReporterIdentity: true, availableActions: ['classify', 'transfer'] });
    expect((await tips.get(provinceOfficer, identified.id)).json().availableActions).toEqual(['classify', 'transfer']);
    expect((await tips.get(wardViewer, identified.id)).statusCode).toBe(403);
    const elsewhere = await tips.get(otherInspector, identified.id);
    expect(elsewhere.statusCode).toBe(403);
    expect(elsewhere.body).not.toContain('Nhà nghỉ');
    expect(await lastDenial(otherInspector)).toMatchObject({ action: 'tip.read', unit_id: '16681' });
    expect((await tips.get(wardInspector, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('gives the legal basis in the reader\'s language', async () => {
    expect((await tips.get(wardInspector, identified.id, 'en')).json().deadlineBasis).toContain('Criminal Procedure Code');
    expect((await tips.get(wardInspector, identified.id)).json().deadlineBasis).toContain('Bộ luật Tố tụng hình sự');
  });
});

describe('GET /api/tips/{id}/reporter', () => {
  const view = (session: TestSession) => testApp.request(session, { method: 'GET', url: `/api/tips/${identified.id}/reporter` });

  it('is refused to an inspector of the same ward (no tip.reporter.read), and the refusal audited', async () => {
    const response = await view(wardInspector);
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('forbidden');
    expect(await lastDenial(wardInspector)).toMatchObject({ action: 'tip.view_reporter' });
    expect(response.body).not.toContain('Trần Thị');
  });

  it('shows the ward\'s custodian who reported, auditing every view', async () => {
    const before = (await auditOf('tip.view_reporter', identified.id)).length;
    const first = await view(wardCustodian);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ ...reporter, anonymous: false });
    await view(wardCustodian);
    const entries = await auditOf('tip.view_reporter', identified.id);
    expect(entries.length).toBe(before + 2);
    expect(entries.at(-1)).toMatchObject({ actor_username: wardCustodian.username, unit_id: '16681' });
  });

  it('refuses custodians of the province and of another commune, and the system administrator, each refusal audited', async () => {
    for (const [session, code] of [[provinceCustodian, 'tip_reporter_restricted'], [otherCustodian, 'tip_reporter_restricted'], [systemAdmin, 'forbidden']] as const) {
      const response = await view(session);
      expect(response.statusCode, session.username).toBe(403);
      expect(response.json().error.code).toBe(code);
      expect(response.body).not.toContain('0912');
      expect(await lastDenial(session)).toMatchObject({ action: 'tip.view_reporter' });
    }
    expect((await lastDenial(provinceCustodian))!.unit_id).toBe('16681');
  });

  it('answers an anonymous tip with no identity', async () => {
    const anonymous = await tips.create(wardCustodian, { reporter: { fullName: 'Bỏ qua vì ẩn danh' } });
    const response = await testApp.request(wardCustodian, { method: 'GET', url: `/api/tips/${anonymous.id}/reporter` });
    expect(response.json()).toEqual({ anonymous: true, fullName: null, phone: null, email: null, address: null, wantsFeedback: false });
    const stored = await testApp.database.db.selectFrom('tip_reporters').select('tip_id').where('tip_id', '=', anonymous.id).execute();
    expect(stored).toEqual([]);
  });

  it('never puts the reporter in the list, the tip, its timeline or the audit log', async () => {
    await tips.done(wardInspector, identified.id, { type: 'classify', classification: 'criminal_tip' });
    const bodies = [
      (await testApp.request(wardCustodian, { method: 'GET', url: '/api/tips?pageSize=200' })).body,
      (await testApp.request(provinceOfficer, { method: 'GET', url: '/api/tips?pageSize=200' })).body,
      (await tips.get(wardCustodian, identified.id)).body,
      JSON.stringify(await testApp.database.db.selectFrom('audit_log').select(['summary', 'action']).execute()),
      JSON.stringify(await testApp.database.db.selectFrom('tip_events').selectAll().execute()),
    ];
    for (const body of bodies) {
      for (const secret of [reporter.fullName, reporter.phone, reporter.email, reporter.address]) expect(body).not.toContain(secret);
    }
  });
});

describe('deadline rules', () => {
  it('refuses the rules to a social worker and their change to a unit administrator, audited', async () => {
    expect((await testApp.request(wardSocialWorker, { method: 'GET', url: '/api/tips/deadline-rules' })).statusCode).toBe(403);
    const unitAdmin = await testApp.signIn({ role: 'unit_admin', unitId: '40' });
    const response = await testApp.request(unitAdmin, {
      method: 'PUT', url: '/api/tips/deadline-rules/complaint', body: { baseDays: 60, remoteBaseDays: null, extensions: [], workingDaysOnly: false, basis: { vi: 'x', en: 'x' } },
    });
    expect(response.statusCode).toBe(403);
    expect(await lastDenial(unitAdmin)).toMatchObject({ action: 'tip.rules_update' });
  });

  it('lists the law\'s defaults for each classification', async () => {
    const response = await testApp.request(wardInspector, { method: 'GET', url: '/api/tips/deadline-rules' });
    expect(response.statusCode, response.body).toBe(200);
    const rules = response.json() as { classification: string; baseDays: number; isDefault: boolean }[];
    expect(rules.map((rule) => rule.classification)).toEqual(['criminal_tip', 'administrative_violation', 'complaint', 'outside_scope', 'unclassified']);
    expect(rules.every((rule) => rule.isDefault)).toBe(true);
    expect(rules[0]).toMatchObject({ baseDays: 20, extensions: [{ mode: 'total', months: 2 }, { mode: 'additional', months: 2 }] });
  });

  it('lets the system administrator count complaints in working days, audited, and applies it from the next classification', async () => {
    const complaint = { baseDays: 30, remoteBaseDays: 45, extensions: [{ mode: 'total', days: 45, remoteDays: 60 }], workingDaysOnly: true, basis: { vi: 'Luật Khiếu nại', en: 'Law on Complaints' } };
    const both = await testApp.request(systemAdmin, { method: 'PUT', url: '/api/tips/deadline-rules/complaint', body: { ...complaint, extensions: [{ mode: 'total', days: 45, months: 1 }] } });
    expect(both.statusCode).toBe(400);
    expect(fieldsOf(both.body)).toEqual(['extensions.0']);
    const neither = await testApp.request(systemAdmin, { method: 'PUT', url: '/api/tips/deadline-rules/complaint', body: { ...complaint, extensions: [{ mode: 'total' }] } });
    expect(fieldsOf(neither.body)).toEqual(['extensions.0']);

    const saved = await testApp.request(systemAdmin, { method: 'PUT', url: '/api/tips/deadline-rules/complaint', body: complaint });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ classification: 'complaint', workingDaysOnly: true, isDefault: false });
    const [entry] = await testApp.database.db.selectFrom('audit_log').select(['summary', 'actor_username']).where('action', '=', 'tip.rules_update').execute();
    expect(entry).toMatchObject({ actor_username: systemAdmin.username, summary: { classification: 'complaint', after: { workingDaysOnly: true } } });

    const monday = '2026-03-02';
    const tip = await tips.create(wardInspector, { receivedAt: `${monday}T09:00:00+07:00` });
    // The due date set at receipt stays; classifying as a complaint applies the new rule: 30 working days.
    expect(tip.dueOn).toBe('2026-03-22');
    expect((await tips.done(wardInspector, tip.id, { type: 'classify', classification: 'complaint' })).dueOn).toBe('2026-04-13');

    const restored = await testApp.request(systemAdmin, { method: 'PUT', url: '/api/tips/deadline-rules/complaint', body: { ...complaint, workingDaysOnly: false, basis: { vi: 'Điều 28 Luật Khiếu nại 2011: 30 ngày, vụ việc phức tạp 45 ngày; vùng sâu, vùng xa 45 ngày, phức tạp 60 ngày', en: 'Law on Complaints 2011, art. 28: 30 days, complex cases 45; remote areas 45 days, complex cases 60' } } });
    expect(restored.json().isDefault).toBe(true);
  });
});

describe('GET /api/openapi.json', () => {
  it('documents every staff tips route, in English', async () => {
    const document = (await testApp.request(null, { method: 'GET', url: '/api/openapi.json' })).json();
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining([
      '/api/tips', '/api/tips/{id}', '/api/tips/{id}/actions', '/api/tips/{id}/assignment-options', '/api/tips/{id}/reporter',
      '/api/tips/{id}/attachments', '/api/tips/{id}/attachments/{attachmentId}', '/api/tips/deadline-rules', '/api/tips/deadline-rules/{classification}',
    ]));
    expect(document.paths['/api/tips'].post.description).toContain('multipart/form-data');
    expect(document.paths['/api/tips/{id}/actions'].post.requestBody.content['application/json'].schema).toBeTruthy();
  });
});
