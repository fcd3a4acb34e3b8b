import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FigureTable, Report, ReportSummary } from '../../core/api/reports.ts';
import { startTestApp, type TestApp, type TestSession } from '../../test-support/test-app.ts';
import { aPlanContent, aTarget } from '../../test-support/plan-factory.ts';
import { recordFactory } from '../../test-support/record-factory.ts';

/**
 * Agencies as reporters: the province's plan assigns duties to its police and its culture
 * department, so each owes the 6-month report to the lead agency beside the communes. An agency's
 * report holds the records it is answerable for; the consolidated report adds its accepted report
 * as a row and leaves those records out of the province's own row, so nothing is counted twice.
 */

let testApp: TestApp;
let provinceOfficer: TestSession;
let policeOfficer: TestSession;
let cultureOfficer: TestSession;
let agencyWithoutReport: TestSession;
let police: string;
let culture: string;
let lead: string;
let policeReportId: string;
let cultureReportId: string;
let provinceReportId: string;
let requestId: string;

const saveBody = (results: string) => ({ narrative: { results, difficulties: '', proposals: '' }, corrections: [] });

beforeAll(async () => {
  testApp = await startTestApp();
  const db = testApp.database.db;
  const agencies = await db.selectFrom('agencies').select(['id', 'kind', 'is_lead']).where('unit_id', '=', '40').execute();
  const byKind = (kind: string) => agencies.find((agency) => agency.kind === kind)!.id;
  police = byKind('police');
  culture = byKind('culture_sports_tourism');
  lead = agencies.find((agency) => agency.is_lead)!.id;
  provinceOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '40' });
  policeOfficer = await testApp.signIn({ role: 'agency_officer', unitId: '40', agencyId: police });
  cultureOfficer = await testApp.signIn({ role: 'agency_officer', unitId: '40', agencyId: culture });
  agencyWithoutReport = await testApp.signIn({ role: 'agency_officer', unitId: '40', agencyId: byKind('education') });

  const leadKind = agencies.find((agency) => agency.is_lead)!.kind;
  const content = aPlanContent({
    periodCode: 'Y2024',
    targets: [aTarget({ key: 'truyen-thong', periodCode: 'Y2024' })],
    assignments: [
      { agencyKind: leadKind as 'health', agencyName: 'Cơ quan thường trực', role: 'lead', isRequest: false, duties: ['Chủ trì, tổng hợp.'] },
      { agencyKind: 'police', agencyName: 'Công an tỉnh', role: 'support', isRequest: false, duties: ['Đấu tranh, triệt xóa tụ điểm mại dâm.', 'Thống kê tội phạm.'] },
      { agencyKind: 'culture_sports_tourism', agencyName: 'Sở Văn hóa, Thể thao và Du lịch', role: 'support', isRequest: false, duties: ['Kiểm tra cơ sở lưu trú du lịch.'] },
    ],
  });
  const created = await testApp.request(provinceOfficer, { method: 'POST', url: '/api/plans', body: { content } });
  expect(created.statusCode, created.body).toBe(201);
  const planId = created.json().id as string;

  const records = recordFactory(db);
  // The police's: a communication it led, an inspection it made alone, a tip assigned to it.
  await records.communication('40', '2024-02-01', { students: 300 }, 'residential_meeting', police);
  const [establishment] = await records.establishments('40', 1);
  await records.inspection('40', '2024-03-01', [establishment!], police);
  await records.tip('40', '2024-01-10', '2024-01-30', '2024-01-25', police);
  // The culture department's communication, and the province's own (no agency).
  await records.communication('40', '2024-03-10', { youth: 70 }, 'residential_meeting', culture);
  await records.communication('40', '2024-04-01', { students: 500 });
  await records.inspection('40', '2024-04-02', [establishment!]);
  // A ward's record never reaches an agency of the province.
  await records.communication('16681', '2024-02-02', { students: 40 }, 'residential_meeting');

  const issued = await testApp.request(provinceOfficer, { method: 'POST', url: `/api/plans/${planId}/issue`, body: { number: '30/KH-UBND', issueDate: '2024-01-05' } });
  expect(issued.statusCode, issued.body).toBe(200);
  const provinceList = (await testApp.request(provinceOfficer, { method: 'GET', url: '/api/reports?periodCode=RH2024-1' })).json() as { items: ReportSummary[] };
  provinceReportId = provinceList.items.find((item) => item.role === 'consolidator')!.id;
  requestId = provinceList.items[0]!.requestId;
  const board = (await testApp.request(provinceOfficer, { method: 'GET', url: `/api/report-requests/${requestId}/board` })).json() as { rows: { reportId: string; agencyId: string | null }[] };
  policeReportId = board.rows.find((row) => row.agencyId === police)!.reportId;
  cultureReportId = board.rows.find((row) => row.agencyId === culture)!.reportId;
});
afterAll(() => testApp.close());

const read = async (session: TestSession, id: string) => {
  const response = await testApp.request(session, { method: 'GET', url: `/api/reports/${id}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Report;
};
const table = (report: Report, key: string) => report.content.tables.find((candidate) => candidate.key === key) as FigureTable;
const lastDenial = (session: TestSession) =>
  testApp.database.db.selectFrom('audit_log').select(['action', 'summary', 'target_id'])
    .where('actor_username', '=', session.username).where('outcome', '=', 'denied').orderBy('id', 'desc').executeTakeFirst();

describe('who writes an agency\'s report', () => {
  it('refuses another agency\'s officer the police\'s report, and an agency officer the province\'s own, auditing both', async () => {
    const other = await testApp.request(cultureOfficer, { method: 'PUT', url: `/api/reports/${policeReportId}`, body: saveBody('Không phải của Sở.') });
    expect(other.statusCode).toBe(403);
    expect(other.json().error).toMatchObject({ code: 'report_not_own_agency' });
    expect(other.json().error.message).toContain('Công an tỉnh Nghệ An');
    expect(await lastDenial(cultureOfficer)).toMatchObject({ action: 'report.update', summary: { reason: 'report_not_own_agency', route: '/api/reports/:id' } });

    const unitReport = await testApp.request(policeOfficer, { method: 'POST', url: `/api/reports/${provinceReportId}/submit` });
    expect(unitReport.statusCode).toBe(403);
    expect(unitReport.json().error.code).toBe('report_for_lead_agency');
    expect((await read(policeOfficer, provinceReportId)).canEdit).toBe(false);
    expect((await read(cultureOfficer, policeReportId)).canEdit).toBe(false);
  });

  it('lists to an agency\'s officer the reports its agency owes, and nothing to an agency the plan gives no duty', async () => {
    const owed = (await testApp.request(policeOfficer, { method: 'GET', url: '/api/reports' })).json() as { items: ReportSummary[] };
    expect(owed.items.map((item) => [item.agencyName, item.role, item.periodCode])).toEqual([['Công an tỉnh Nghệ An', 'reporter', 'RH2024-1']]);
    const none = (await testApp.request(agencyWithoutReport, { method: 'GET', url: '/api/reports' })).json() as { items: ReportSummary[]; total: number };
    expect(none.total).toBe(0);
    // The lead agency owes none: it consolidates.
    const board = (await testApp.request(provinceOfficer, { method: 'GET', url: `/api/report-requests/${requestId}/board` })).json() as { rows: { agencyId: string | null }[] };
    expect(board.rows.filter((row) => row.agencyId !== null).map((row) => row.agencyId).sort()).toEqual([police, culture].sort());
    expect(board.rows.some((row) => row.agencyId === lead)).toBe(false);
  });
});

describe('an agency\'s report', () => {
  it('holds the records the agency is answerable for, its duties, and no targets', async () => {
    const report = await read(policeOfficer, policeReportId);
    expect(report).toMatchObject({ agencyId: police, agencyName: 'Công an tỉnh Nghệ An', unitId: '40', role: 'reporter', canEdit: true });
    expect(report.content.tables.map((candidate) => candidate.key)).toEqual(['inspections', 'tips', 'communication', 'training']);
    expect(table(report, 'communication').rows).toEqual([
      { unitId: '40', unitName: 'Công an tỉnh Nghệ An', agencyId: police, source: 'own', values: { communication_activities: 1, people_reached: 300 } },
    ]);
    expect(table(report, 'inspections').total).toMatchObject({ inspections: 1, establishments_inspected: 1 });
    expect(table(report, 'tips').total).toMatchObject({ tips_received: 1, tips_resolved: 1, tips_resolved_on_time: 1 });
    expect(table(report, 'training').noData).toBe(true);
    expect(report.content.duties).toEqual(['Đấu tranh, triệt xóa tụ điểm mại dâm.', 'Thống kê tội phạm.']);
    expect(report.content.targets).toEqual([]);
  });

  it('is written and submitted by the police, accepted by the province, and feeds the consolidated report without counting twice', async () => {
    const before = await read(provinceOfficer, provinceReportId);
    expect(before.content.missingUnits.filter((entry) => entry.agencyId !== null).map((entry) => entry.unitName).sort())
      .toEqual(['Công an tỉnh Nghệ An', 'Sở Văn hóa, Thể thao và Du lịch'].sort());
    const policeRowBefore = table(before, 'communication').rows.find((row) => row.agencyId === police);
    expect(policeRowBefore).toMatchObject({ source: 'missing', unitName: 'Công an tỉnh Nghệ An' });
    // Agencies report only the tables whose records name an agency.
    expect(table(before, 'crime').rows.some((row) => row.agencyId !== null)).toBe(false);

    expect((await testApp.request(policeOfficer, { method: 'PUT', url: `/api/reports/${policeReportId}`, body: saveBody('Triệt xóa 01 tụ điểm.') })).statusCode).toBe(200);
    expect((await testApp.request(policeOfficer, { method: 'POST', url: `/api/reports/${policeReportId}/submit` })).statusCode).toBe(200);
    const accepted = await testApp.request(provinceOfficer, { method: 'POST', url: `/api/reports/${policeReportId}/accept` });
    expect(accepted.statusCode, accepted.body).toBe(200);

    const consolidated = await read(provinceOfficer, provinceReportId);
    const communication = table(consolidated, 'communication');
    const byAgency = (agencyId: string | null) => communication.rows.find((row) => row.agencyId === agencyId && row.unitId === '40');
    expect(byAgency(police)).toMatchObject({ source: 'report', values: { communication_activities: 1, people_reached: 300 } });
    expect(byAgency(culture)).toMatchObject({ source: 'missing' });
    // The province's own row: its own communication only; the police's is in the police's row,
    // and the culture department's, whose report is missing, is counted nowhere.
    expect(communication.rows.find((row) => row.source === 'own')).toMatchObject({ unitName: 'Tỉnh Nghệ An', values: { communication_activities: 1, people_reached: 500 } });
    const ownPlusPolice = 2;
    const communes = communication.rows.filter((row) => row.source === 'report' && row.agencyId === null).reduce((sum, row) => sum + (row.values.communication_activities ?? 0), 0);
    expect(communication.total.communication_activities).toBe(ownPlusPolice + communes);
    expect(table(consolidated, 'inspections').rows.find((row) => row.source === 'own')!.values.inspections).toBe(1);
    expect(consolidated.content.missingUnits.filter((entry) => entry.agencyId !== null).map((entry) => entry.unitName)).toEqual(['Sở Văn hóa, Thể thao và Du lịch']);
  });

  it('can be entered by the lead agency for an agency that sent it on paper', async () => {
    const saved = await testApp.request(provinceOfficer, { method: 'PUT', url: `/api/reports/${cultureReportId}`, body: saveBody('Theo báo cáo giấy số 45/BC-SVHTTDL.') });
    expect(saved.statusCode, saved.body).toBe(200);
    const audit = await testApp.database.db.selectFrom('audit_log').select(['actor_username', 'unit_id'])
      .where('action', '=', 'report.update').where('target_id', '=', cultureReportId).where('outcome', '=', 'success').executeTakeFirstOrThrow();
    expect(audit).toEqual({ actor_username: provinceOfficer.username, unit_id: '40' });
  });
});

describe('an ad hoc request to agencies', () => {
  const adHoc = (body: Record<string, unknown>) => testApp.request(provinceOfficer, {
    method: 'POST', url: '/api/report-requests',
    body: { title: 'Báo cáo nhanh kết quả kiểm tra dịp Tết', instructions: 'Báo cáo số cuộc kiểm tra.', periodStart: '2026-01-01', periodEnd: '2026-02-28', reporterDeadline: '2099-03-05', ...body },
  });

  it('refuses no recipient, the lead agency and another province\'s agency, naming each bad entry', async () => {
    const empty = await adHoc({ unitIds: [], agencyIds: [] });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.code).toBe('report_request_empty');
    const otherProvinceAgency = await testApp.database.db.selectFrom('agencies').select('id').where('unit_id', '<>', '40').executeTakeFirstOrThrow();
    const bad = await adHoc({ agencyIds: [lead, otherProvinceAgency.id] });
    expect(bad.statusCode).toBe(400);
    const fields = (bad.json().error.details as { field: string; message: string }[]);
    expect(fields.map((issue) => issue.field)).toEqual(['agencyIds.0', 'agencyIds.1']);
    expect(fields[0]!.message).toContain('cơ quan thường trực');
    expect(await lastDenial(provinceOfficer)).toMatchObject({ action: 'report_request.create', summary: { reason: 'validation_failed' } });
  });

  it('asks the chosen agencies only, each owing one report', async () => {
    const created = await adHoc({ agencyIds: [police] });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().reports).toBe(1);
    const board = (await testApp.request(provinceOfficer, { method: 'GET', url: `/api/report-requests/${created.json().requestId}/board` })).json();
    expect(board.rows.map((row: { agencyName: string | null; unitId: string }) => [row.unitId, row.agencyName])).toEqual([['40', 'Công an tỉnh Nghệ An']]);
    const consolidated = await read(provinceOfficer, created.json().consolidatedReportId);
    // An ad hoc request has no plan: the police's report has no duties to list.
    expect((await read(policeOfficer, board.rows[0].reportId)).content.duties).toEqual([]);
    expect(consolidated.content.missingUnits).toEqual([{ unitId: '40', unitName: 'Công an tỉnh Nghệ An', agencyId: police }]);
  });
});
