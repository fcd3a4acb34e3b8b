import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FigureTable, Report, ReportSummary } from '../../core/api/reports.ts';
import { startTestApp, type TestApp, type TestSession } from '../../test-support/test-app.ts';
import { aPlanContent, aTarget } from '../../test-support/plan-factory.ts';
import { recordFactory } from '../../test-support/record-factory.ts';

/**
 * Schedules, figures and the reading of reports: a province plan for 2024 issued with a 6-month
 * rule (units by 20/6, the province by 25/6) expects the RH2024-1 report (15/12/2023–14/06/2024)
 * from every commune of Nghệ An and the province's consolidated report.
 */

let testApp: TestApp;
let provinceOfficer: TestSession;
let wardOfficer: TestSession;
let wardViewer: TestSession;
let otherCommuneOfficer: TestSession;
let planId: string;
let communeCount: number;
/** Phường Thành Vinh's pre-reform ward (merged into it on 1/7/2025). */
let formerWard: string;

beforeAll(async () => {
  testApp = await startTestApp();
  provinceOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '40' });
  wardOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '16681' });
  wardViewer = await testApp.signIn({ role: 'viewer', unitId: '16681' });
  otherCommuneOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '16702' });
  const db = testApp.database.db;
  communeCount = Number((await db.selectFrom('admin_units').select((eb) => eb.fn.countAll().as('n'))
    .where('parent_id', '=', '40').where('valid_to', 'is', null).executeTakeFirstOrThrow()).n);
  formerWard = (await db.selectFrom('admin_unit_successions').select('predecessor_id')
    .where('successor_id', '=', '16681').where('is_primary', '=', true).where('predecessor_id', 'like', 'pre2025-%').executeTakeFirstOrThrow()).predecessor_id;

  const content = aPlanContent({
    periodCode: 'Y2024',
    title: 'Thực hiện phòng, chống mại dâm trên địa bàn tỉnh Nghệ An năm 2024',
    targets: [
      aTarget({ key: 'truyen-thong', periodCode: 'Y2024' }),
      aTarget({ key: 'tin-bao', indicatorCode: 'tips.handled_on_time', value: 100, periodCode: 'Y2024', text: '100% tin báo được xử lý kịp thời' }),
    ],
  });
  const created = await testApp.request(provinceOfficer, { method: 'POST', url: '/api/plans', body: { content } });
  expect(created.statusCode, created.body).toBe(201);
  planId = created.json().id;

  const records = recordFactory(db);
  // The Decree 09 window of RH2024-1: 15/12/2023 and 14/06/2024 are in, 14/12/2023 and 15/06/2024 are not.
  await records.communication('16681', '2023-12-14', { students: 1000 });
  await records.communication('16681', '2023-12-15', { students: 120 });
  await records.communication('16681', '2024-06-14', { students: 80, establishment_workers: 15 });
  await records.communication('16681', '2024-06-15', { students: 1000 });
  await records.tip('16681', '2024-02-01', '2024-02-21', '2024-02-20');
  await records.tip('16681', '2024-03-01', '2024-03-21', '2024-04-02');
  await records.tip('16681', '2024-05-01', '2024-05-21', null);
  await records.tip('16702', '2024-01-10', '2024-01-30', '2024-01-25');
  await records.communication('16702', '2024-03-03', { students: 40 });
  // The province's own records: its row in the consolidated report.
  await records.communication('40', '2024-04-01', { students: 500 });

  const issued = await testApp.request(provinceOfficer, { method: 'POST', url: `/api/plans/${planId}/issue`, body: { number: '249/KH-UBND', issueDate: '2024-01-15' } });
  expect(issued.statusCode, issued.body).toBe(200);
});
afterAll(() => testApp.close());

const reportsOf = async (session: TestSession, query = '') => {
  const response = await testApp.request(session, { method: 'GET', url: `/api/reports?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { items: ReportSummary[]; total: number };
};
const read = async (session: TestSession, id: string, language: 'vi' | 'en' = 'vi') => {
  const response = await testApp.request(session, { method: 'GET', url: `/api/reports/${id}`, language });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Report;
};
const table = (report: Report, key: string) => report.content.tables.find((candidate) => candidate.key === key) as FigureTable;
const reportFor = async (unitId: string, periodCode: string, session = provinceOfficer) =>
  (await reportsOf(session, `unit=${unitId}&periodCode=${periodCode}`)).items[0]!;

const lastDenial = (session: TestSession) =>
  testApp.database.db.selectFrom('audit_log').select(['action', 'unit_id', 'summary'])
    .where('actor_username', '=', session.username).where('outcome', '=', 'denied')
    .orderBy('id', 'desc').executeTakeFirst();

describe('who may schedule and read reports', () => {
  it('refuses a viewer (no report.review) the schedule refresh and an ad hoc request, auditing each refusal', async () => {
    const refresh = await testApp.request(wardViewer, { method: 'POST', url: `/api/plans/${planId}/report-schedule` });
    expect(refresh.statusCode).toBe(403);
    expect(refresh.json().error.code).toBe('forbidden');
    expect(await lastDenial(wardViewer)).toMatchObject({ action: 'report_request.create' });
    const adHoc = await testApp.request(wardViewer, {
      method: 'POST', url: '/api/report-requests',
      body: { title: 'Báo cáo đột xuất', instructions: 'Báo cáo nhanh', periodStart: '2026-01-01', periodEnd: '2026-06-30', reporterDeadline: '2027-01-10', unitIds: ['16681'] },
    });
    expect(adHoc.statusCode).toBe(403);
    expect(await lastDenial(wardViewer)).toMatchObject({ action: 'report_request.create' });
  });

  it('refuses another commune the ward\'s report and the province\'s board, auditing each refusal', async () => {
    const report = await reportFor('16681', 'RH2024-1');
    const response = await testApp.request(otherCommuneOfficer, { method: 'GET', url: `/api/reports/${report.id}` });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('out_of_scope');
    expect(await lastDenial(otherCommuneOfficer)).toMatchObject({ action: 'report.read', unit_id: '16681' });
    const board = await testApp.request(otherCommuneOfficer, { method: 'GET', url: `/api/report-requests/${report.requestId}/board` });
    expect(board.statusCode).toBe(403);
    expect((await testApp.request(otherCommuneOfficer, { method: 'GET', url: '/api/reports?unit=16681' })).statusCode).toBe(403);
  });
});

describe('schedules from plans', () => {
  it('turns the plan\'s 6-month rule into the RH2024-1 request with a report per commune and the province\'s own, on issue', async () => {
    const province = await reportFor('40', 'RH2024-1');
    expect(province).toMatchObject({
      role: 'consolidator', kind: 'half_year', periodStart: '2023-12-15', periodEnd: '2024-06-14', deadline: '2024-06-25',
      status: 'not_started', timeliness: 'missing', title: 'Báo cáo 6 tháng đầu năm 2024 thực hiện Kế hoạch số 249/KH-UBND',
      unitName: 'Tỉnh Nghệ An', issuerUnitName: 'Tỉnh Nghệ An',
    });
    const ward = await reportFor('16681', 'RH2024-1', wardOfficer);
    expect(ward).toMatchObject({ role: 'reporter', deadline: '2024-06-20', requestId: province.requestId, timeliness: 'missing' });
    expect(ward.daysToDeadline).toBeLessThan(0);
    const board = await testApp.request(provinceOfficer, { method: 'GET', url: `/api/report-requests/${province.requestId}/board` });
    // Every commune, and the province's police: the one agency besides the lead the plan assigns duties to.
    expect(board.json().rows.filter((row: { agencyName: string | null }) => row.agencyName !== null).map((row: { agencyName: string }) => row.agencyName)).toEqual(['Công an tỉnh Nghệ An']);
    expect(board.json()).toMatchObject({ expected: communeCount + 1, submitted: 0, consolidatedReportId: province.id, reporterDeadline: '2024-06-20', consolidatorDeadline: '2024-06-25' });
    const audit = await testApp.database.db.selectFrom('audit_log').select(['summary', 'unit_id'])
      .where('action', '=', 'report_request.create').where('target_id', '=', planId).executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ unit_id: '40', summary: { after: { source: 'plan', requestsCreated: 1, reportsCreated: communeCount + 2, periods: ['half_year:RH2024-1'] } } });
  });

  it('regenerates idempotently: nothing is added twice', async () => {
    const response = await testApp.request(provinceOfficer, { method: 'POST', url: `/api/plans/${planId}/report-schedule` });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ requests: 1, requestsCreated: 0, reportsCreated: 0 });
  });

  it('hands the requests, and the reports already written, to a plan that amends it; an added annual rule adds its report', async () => {
    const amended = await testApp.request(provinceOfficer, { method: 'POST', url: `/api/plans/${planId}/amend` });
    expect(amended.statusCode, amended.body).toBe(201);
    const draft = amended.json();
    const rules = [...draft.content.reportingRules, { kind: 'annual', reporterDeadline: { day: 20, month: 12 }, consolidatorDeadline: { day: 25, month: 12 } }];
    const updated = await testApp.request(provinceOfficer, { method: 'PUT', url: `/api/plans/${draft.id}`, body: { content: { ...draft.content, reportingRules: rules }, parentPlanIds: [] } });
    expect(updated.statusCode, updated.body).toBe(200);
    const before = await reportFor('40', 'RH2024-1');
    const issued = await testApp.request(provinceOfficer, { method: 'POST', url: `/api/plans/${draft.id}/issue`, body: { number: '301/KH-UBND', issueDate: '2024-03-01' } });
    expect(issued.statusCode, issued.body).toBe(200);
    const requests = await testApp.database.db.selectFrom('report_requests').select(['id', 'plan_id', 'period_code']).where('plan_id', 'in', [planId, draft.id]).orderBy('period_code').execute();
    expect(requests).toEqual([
      { id: before.requestId, plan_id: draft.id, period_code: 'RH2024-1' },
      { id: expect.any(String), plan_id: draft.id, period_code: 'RY2024' },
    ]);
    expect(await reportFor('40', 'RY2024')).toMatchObject({ periodStart: '2023-12-15', periodEnd: '2024-12-14', deadline: '2024-12-25' });
    planId = draft.id;
  });

  it('lists a unit\'s reports, its own by default', async () => {
    const mine = await reportsOf(wardOfficer);
    expect(mine.items.every((item) => item.unitId === '16681')).toBe(true);
    expect(mine.items.map((item) => item.periodCode)).toContain('RH2024-1');
  });
});

describe('the figures of a report', () => {
  it('counts the records of the Decree 09 window only: 15/12/2023 and 14/06/2024 are in, 14/12/2023 and 15/06/2024 are not', async () => {
    const report = await read(wardOfficer, (await reportFor('16681', 'RH2024-1', wardOfficer)).id);
    const communication = table(report, 'communication');
    expect(communication.rows).toEqual([{ unitId: '16681', unitName: 'Phường Thành Vinh', agencyId: null, source: 'own', values: { communication_activities: 2, people_reached: 215 } }]);
    expect(communication.total).toEqual({ communication_activities: 2, people_reached: 215 });
    expect(communication.noData).toBe(false);
    expect(table(report, 'tips').total).toEqual({ tips_received: 3, tips_resolved: 2, tips_resolved_on_time: 1, tips_overdue: 1 });
  });

  it('computes every table from its records: registry and hotspots at the cut-off, inspections, support months and crime statistics of the period', async () => {
    const db = testApp.database.db;
    const records = recordFactory(db);
    const unit = '16708';
    const [open, , , closedLate] = await records.establishments(unit, 4);
    await records.establishments(unit, 1, { closedOn: '2024-03-01' });
    await db.updateTable('establishments').set({ status: 'closed', closed_on: '2024-07-01', status_changed_on: '2024-07-01' }).where('id', '=', closedLate!).execute();
    const hotspot = (status: 'active' | 'under_watch' | 'eliminated', eliminatedOn: string | null) =>
      ({ unit_id: unit, kind: 'other', address: `Tụ điểm ${status} ${eliminatedOn ?? ''}`, identified_on: '2023-01-01', status, eliminated_on: eliminatedOn, search_text: 'tu diem' });
    await db.insertInto('hotspots').values([hotspot('active', null), hotspot('eliminated', '2024-03-01'), hotspot('eliminated', '2024-08-01'), hotspot('eliminated', '2023-06-01'), hotspot('under_watch', null)]).execute();
    await records.inspection(unit, '2024-06-14', [open!, closedLate!]);
    await records.inspection(unit, '2024-06-15', [open!]);
    const { id: finedInspection } = await db.insertInto('inspections').values({ unit_id: unit, inspected_on: '2024-02-02', team: 'Đội liên ngành' }).returning('id').executeTakeFirstOrThrow();
    await db.insertInto('inspection_visits').values({ inspection_id: finedInspection, establishment_id: open!, outcome: 'fine', fine_amount: 15_000_000, legal_basis: 'Nghị định 144/2021/NĐ-CP' }).execute();
    // Support statistics by month: January to June 2024 are in RH2024-1, December 2023 belongs to 2023's reports.
    await db.insertInto('support_statistics').values([
      { unit_id: unit, month: '2023-12-01', people_served: 100, people_newly_served: 50 },
      { unit_id: unit, month: '2024-01-01', people_served: 12, people_newly_served: 5 },
      { unit_id: unit, month: '2024-06-01', people_served: 8, people_newly_served: 2 },
    ]).execute();
    // Crime statistics: the calendar first half of 2024 counts; a whole year does not fit a 6-month report.
    await records.crimes(unit, '2024-01-01', '2024-06-30', 3);
    await db.insertInto('crime_statistics').values({ unit_id: unit, period_start: '2024-01-01', period_end: '2024-12-31', article: '328', cases_handled: 9 }).execute();
    await db.insertInto('crime_statistics').values({ unit_id: unit, period_start: '2023-12-15', period_end: '2024-06-14', article: 'administrative', cases_handled: 0, people_fined: 6, establishments_fined: 2, amount_fined: 45_000_000 }).execute();

    const report = await read(provinceOfficer, (await reportFor(unit, 'RH2024-1')).id);
    expect(table(report, 'establishments').total).toEqual({ establishments_operating: 4, hotspots_active: 2, hotspots_eliminated: 1 });
    expect(table(report, 'inspections').total).toEqual({ inspections: 2, establishments_inspected: 3, violations: 1, fines: 1, fine_amount: 15_000_000 });
    expect(table(report, 'support').total).toEqual({ people_served: 20, people_newly_served: 7 });
    expect(table(report, 'crime').total).toEqual({ cases_handled: 3, defendants: 0, people_fined: 6, establishments_fined: 2, amount_fined: 45_000_000 });
    expect(report.content.tables.every((candidate) => candidate.noData === false || ['tips', 'communication', 'training'].includes(candidate.key))).toBe(true);
  });

  it('marks a table with no record in the period as having no data instead of showing zeros as facts', async () => {
    const report = await read(wardOfficer, (await reportFor('16681', 'RH2024-1', wardOfficer)).id);
    expect(table(report, 'training')).toMatchObject({ noData: true, total: { training_courses: 0, training_participants: 0 } });
    expect(table(report, 'crime').noData).toBe(true);
    expect(report.content.missingUnits).toEqual([]);
  });

  it('carries the plan\'s targets judged over the report\'s period, in the reader\'s language', async () => {
    const report = await read(wardOfficer, (await reportFor('16681', 'RH2024-1', wardOfficer)).id, 'en');
    expect(report.content.targets.map((target) => target.key)).toEqual(['truyen-thong', 'tin-bao']);
    expect(report.content.targets[1]).toMatchObject({ target: '≥ 100%', status: 'not_met' });
    expect(table(report, 'communication').title).toBe('Communication');
    expect(report).toMatchObject({ canEdit: true, canReview: false, version: 0, status: 'not_started' });
  });

  it('counts a pre-reform ward\'s records for the ward it merged into on 1/7/2025, in a period across the merger', async () => {
    const records = recordFactory(testApp.database.db);
    await records.communication(formerWard, '2025-03-10', { students: 30 });
    await records.communication('16681', '2025-09-10', { students: 45 });
    await records.training(formerWard, '2025-05-05', 'commune', { commune: 12 });
    const created = await testApp.request(provinceOfficer, {
      method: 'POST', url: '/api/report-requests',
      body: {
        title: 'Báo cáo kết quả phòng, chống mại dâm năm 2025 phục vụ sơ kết', instructions: 'Báo cáo số liệu cả năm 2025.',
        periodStart: '2025-01-01', periodEnd: '2025-12-31', reporterDeadline: '2027-01-15', unitIds: ['16681', '16702'],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { consolidatedReportId } = created.json();
    const ward = (await reportsOf(wardOfficer)).items.find((item) => item.kind === 'ad_hoc')!;
    const report = await read(wardOfficer, ward.id);
    expect(table(report, 'communication').total).toEqual({ communication_activities: 2, people_reached: 75 });
    expect(table(report, 'training').total).toEqual({ training_courses: 1, training_participants: 12 });
    // The province's own row holds none of the ward's records.
    const province = await read(provinceOfficer, consolidatedReportId);
    expect(table(province, 'communication').rows.find((row) => row.source === 'own')!.values).toEqual({ communication_activities: 0, people_reached: 0 });
  });
});
