import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Establishment } from '../../core/api/establishments.ts';
import type { RecordHistory } from '../../core/api/record-history.ts';
import { startTestApp, type TestApp, type TestSession } from '../../test-support/test-app.ts';

let testApp: TestApp;
let wardOfficer: TestSession;
let wardSocialWorker: TestSession;
let otherCommuneInspector: TestSession;
let provinceViewer: TestSession;
let guesthouse: Establishment;

beforeAll(async () => {
  testApp = await startTestApp();
  wardOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '16681' });
  wardSocialWorker = await testApp.signIn({ role: 'social_worker', unitId: '16681' });
  otherCommuneInspector = await testApp.signIn({ role: 'inspector', unitId: '16702' });
  provinceViewer = await testApp.signIn({ role: 'viewer', unitId: '40' });
  const created = await testApp.request(wardOfficer, {
    method: 'POST', url: '/api/establishments',
    body: { unitId: '16681', name: 'Nhà nghỉ Sông Lam', type: 'accommodation', address: 'Số 5 đường Trường Thi', workers: 4 },
  });
  expect(created.statusCode, created.body).toBe(201);
  guesthouse = created.json();
  const changed = await testApp.request(wardOfficer, {
    method: 'PATCH', url: `/api/establishments/${guesthouse.id}`, body: { workers: 7, riskClass: 'high', riskReviewedOn: '2026-03-02' },
  });
  expect(changed.statusCode, changed.body).toBe(200);
});
afterAll(() => testApp.close());

const historyUrl = (id: string, type = 'establishment') => `/api/records/${type}/${id}/history`;

describe('GET /api/records/{type}/{id}/history', () => {
  it('is forbidden to a role that may not read the kind of record, and the refusal is audited', async () => {
    const response = await testApp.request(wardSocialWorker, { method: 'GET', url: historyUrl(guesthouse.id) });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('forbidden');
    const denial = await testApp.database.db.selectFrom('audit_log').select('action')
      .where('actor_username', '=', wardSocialWorker.username).where('outcome', '=', 'denied').executeTakeFirst();
    expect(denial?.action).toBe('record_history.read');
  });

  it('is forbidden outside the scope that holds the record', async () => {
    const response = await testApp.request(otherCommuneInspector, { method: 'GET', url: historyUrl(guesthouse.id) });
    expect(response.statusCode).toBe(403);
    expect(response.body).not.toContain('Sông Lam');
  });

  it('lists who created and changed the record, with only the fields each change touched', async () => {
    const response = await testApp.request(provinceViewer, { method: 'GET', url: historyUrl(guesthouse.id) });
    expect(response.statusCode, response.body).toBe(200);
    const { entries } = response.json() as RecordHistory;
    expect(entries.map((entry) => entry.change)).toEqual(['create', 'update']);
    expect(entries.every((entry) => entry.actorUsername === wardOfficer.username)).toBe(true);
    expect(entries[0]!.after).toMatchObject({ name: 'Nhà nghỉ Sông Lam', workers: 4 });
    expect(entries[1]!.before).toEqual({ workers: 4, riskClass: null, riskReviewedOn: null });
    expect(entries[1]!.after).toEqual({ workers: 7, riskClass: 'high', riskReviewedOn: '2026-03-02' });
  });

  it('keeps the history of a deleted record readable, ending with the deletion and its reason', async () => {
    const removed = await testApp.request(wardOfficer, {
      method: 'DELETE', url: `/api/establishments/${guesthouse.id}`, body: { reason: 'Ghi trùng với hồ sơ khác' },
    });
    expect(removed.statusCode, removed.body).toBe(204);
    const response = await testApp.request(wardOfficer, { method: 'GET', url: historyUrl(guesthouse.id) });
    expect(response.statusCode, response.body).toBe(200);
    const last = (response.json() as RecordHistory).entries.at(-1)!;
    expect(last).toMatchObject({ change: 'delete', reason: 'Ghi trùng với hồ sơ khác' });
  });

  it('answers 404 for a record that does not exist and 400 for an unknown kind of record', async () => {
    const missing = await testApp.request(wardOfficer, { method: 'GET', url: historyUrl('7d0f4a52-6a4e-4a43-9a43-4f1d3c0f3c11') });
    expect(missing.statusCode).toBe(404);
    const unknownKind = await testApp.request(wardOfficer, { method: 'GET', url: historyUrl(guesthouse.id, 'person') });
    expect(unknownKind.statusCode).toBe(400);
  });
});
