import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompletenessBoard, ReportRequestSummary } from '../../core/api/reports.ts';
import { startTestApp, type TestApp, type TestSession } from '../../test-support/test-app.ts';

/**
 * The requests a unit issued, with how far each has come. The province asks two communes (the first
 * time also one of its own agencies) three times; the reports' states are set in the database,
 * since the steps that lead to them are the lifecycle tests' subject and only the counting is this file's.
 */

let testApp: TestApp;
let provinceOfficer: TestSession;
let wardOfficer: TestSession;
let countryAdmin: TestSession;
/** Request ids by name: the first half of 2025, the second half, the last quarter. */
const ids: Record<'firstHalf' | 'secondHalf' | 'lastQuarter', string> = { firstHalf: '', secondHalf: '', lastQuarter: '' };
let consolidatedFirstHalf = '';

const askFor = async (body: Record<string, unknown>) => {
  const response = await testApp.request(provinceOfficer, {
    method: 'POST', url: '/api/report-requests',
    body: { instructions: 'Báo cáo số liệu của kỳ.', unitIds: ['16681', '16702'], ...body },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { requestId: string; consolidatedReportId: string };
};

beforeAll(async () => {
  testApp = await startTestApp();
  provinceOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '40' });
  wardOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '16681' });
  countryAdmin = await testApp.signIn({ role: 'system_admin', unitId: null });
  const db = testApp.database.db;
  const agency = await db.selectFrom('agencies').select('id').where('unit_id', '=', '40').where('is_lead', '=', false).where('is_active', '=', true)
    .orderBy('sort_order').executeTakeFirstOrThrow();

  const firstHalf = await askFor({
    title: 'Báo cáo 6 tháng đầu năm 2025', periodStart: '2025-01-01', periodEnd: '2025-06-30', reporterDeadline: '2099-07-10', agencyIds: [agency.id],
  });
  [ids.firstHalf, consolidatedFirstHalf] = [firstHalf.requestId, firstHalf.consolidatedReportId];
  ids.secondHalf = (await askFor({ title: 'Báo cáo 6 tháng cuối năm 2025', periodStart: '2025-07-01', periodEnd: '2025-12-31', reporterDeadline: '2099-01-10', unitIds: ['16681'] })).requestId;
  ids.lastQuarter = (await askFor({ title: 'Báo cáo quý IV năm 2025', periodStart: '2025-10-01', periodEnd: '2025-12-31', reporterDeadline: '2098-12-31' })).requestId;

  // The first half: due 20/06/2030. The ward sent at 23:59:59 that day in Vietnam (on time) and was
  // accepted; the other commune sent at 00:00 the next day (late); an agency of the province sent
  // on time but was returned (not counted as sent).
  await db.updateTable('report_requests').set({ reporter_deadline: '2030-06-20' }).where('id', '=', ids.firstHalf).execute();
  await db.updateTable('reports').set({ status: 'returned', submitted_at: new Date('2030-06-19T03:00:00Z') })
    .where('request_id', '=', ids.firstHalf).where('agency_id', '=', agency.id).executeTakeFirstOrThrow();
  const setState = (unitId: string, state: { status: string; submitted_at: Date; accepted_at?: Date }) =>
    db.updateTable('reports').set(state).where('request_id', '=', ids.firstHalf).where('unit_id', '=', unitId).where('agency_id', 'is', null).execute();
  await setState('16681', { status: 'accepted', submitted_at: new Date('2030-06-20T16:59:59Z'), accepted_at: new Date('2030-06-22T02:00:00Z') });
  await setState('16702', { status: 'submitted', submitted_at: new Date('2030-06-20T17:00:00Z') });
  await db.updateTable('reports').set({ status: 'draft' }).where('id', '=', consolidatedFirstHalf).execute();
});
afterAll(() => testApp.close());

const list = async (session: TestSession, query = '') => {
  const response = await testApp.request(session, { method: 'GET', url: `/api/report-requests${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { items: ReportRequestSummary[]; total: number; page: number; pageSize: number };
};

describe('who may list the requests a unit issued', () => {
  it('refuses a caller who is not signed in', async () => {
    const response = await testApp.request(null, { method: 'GET', url: '/api/report-requests' });
    expect(response.statusCode).toBe(401);
  });

  it('refuses a commune the requests of the province above it, auditing the refusal', async () => {
    const response = await testApp.request(wardOfficer, { method: 'GET', url: '/api/report-requests?unit=40' });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('out_of_scope');
    const denial = await testApp.database.db.selectFrom('audit_log').select(['action', 'unit_id'])
      .where('actor_username', '=', wardOfficer.username).where('outcome', '=', 'denied').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(denial).toEqual({ action: 'report.read', unit_id: '40' });
  });

  it('refuses a page size beyond 200', async () => {
    const response = await testApp.request(provinceOfficer, { method: 'GET', url: '/api/report-requests?pageSize=500' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0]).toMatchObject({ field: 'querystring.pageSize' });
  });
});

describe('the requests a unit issued', () => {
  it('lists the caller\'s unit\'s requests, newest period first, then the later deadline first', async () => {
    const page = await list(provinceOfficer);
    expect(page).toMatchObject({ total: 3, page: 1, pageSize: 50 });
    expect(page.items.map((item) => item.id)).toEqual([ids.secondHalf, ids.lastQuarter, ids.firstHalf]);
    expect(page.items[0]).toMatchObject({
      title: 'Báo cáo 6 tháng cuối năm 2025', kind: 'ad_hoc', periodStart: '2025-07-01', periodEnd: '2025-12-31', reporterDeadline: '2099-01-10',
      consolidatorDeadline: null, issuerUnitId: '40', issuerUnitName: 'Tỉnh Nghệ An', planId: null,
      expected: 1, submitted: 0, accepted: 0, onTime: 0, consolidatedStatus: 'not_started',
    });
  });

  it('counts the units\' and agencies\' reports: sent (submitted or accepted), accepted, and sent by the deadline\'s day in Vietnam', async () => {
    const firstHalf = (await list(provinceOfficer)).items.find((item) => item.id === ids.firstHalf)!;
    expect(firstHalf).toMatchObject({
      reporterDeadline: '2030-06-20', expected: 3, submitted: 2, accepted: 1, onTime: 1,
      consolidatedReportId: consolidatedFirstHalf, consolidatedStatus: 'draft',
    });
    // The same counts, by the same rule, as the request's board.
    const board = (await testApp.request(provinceOfficer, { method: 'GET', url: `/api/report-requests/${ids.firstHalf}/board` })).json() as CompletenessBoard;
    expect({ expected: board.expected, submitted: board.submitted, onTime: board.onTime }).toEqual({ expected: 3, submitted: 2, onTime: 1 });
    expect(board.rows.filter((row) => row.status === 'accepted')).toHaveLength(firstHalf.accepted);
  });

  it('pages', async () => {
    const page = await list(provinceOfficer, '?page=2&pageSize=1');
    expect(page).toMatchObject({ total: 3, page: 2, pageSize: 1 });
    expect(page.items.map((item) => item.id)).toEqual([ids.lastQuarter]);
  });

  it('lists another unit in the caller\'s scope: a ward that issued nothing has no requests', async () => {
    expect(await list(provinceOfficer, '?unit=16681')).toMatchObject({ items: [], total: 0 });
    expect(await list(wardOfficer)).toMatchObject({ items: [], total: 0 });
  });

  it('lists a province\'s requests for a system administrator, and every request when no unit is named', async () => {
    expect((await list(countryAdmin, '?unit=40')).total).toBe(3);
    expect((await list(countryAdmin)).total).toBe(3);
  });
});
