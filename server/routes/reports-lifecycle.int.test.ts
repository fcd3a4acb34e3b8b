import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompletenessBoard, FigureTable, Report, ReportSummary } from '../../core/api/reports.ts';
import { startTestApp, type TestApp, type TestSession } from '../../test-support/test-app.ts';
import { aPlanContent, aTarget } from '../../test-support/plan-factory.ts';
import { recordFactory } from '../../test-support/record-factory.ts';

/**
 * A report's life: drafted and corrected by its unit, submitted, returned with comments,
 * resubmitted, accepted and locked; consolidated by the province from its communes' accepted
 * reports; tracked on the completeness board. Every step is an event and an audit entry.
 */

let testApp: TestApp;
let provinceOfficer: TestSession;
let wardOfficer: TestSession;
let wardViewer: TestSession;
let otherCommuneOfficer: TestSession;
let otherProvinceOfficer: TestSession;
let requestId: string;
let wardReportId: string;
let otherReportId: string;
let provinceReportId: string;

const saveBody = (overrides: Record<string, unknown> = {}) => ({
  narrative: {
    results: 'Tổ chức 02 đợt tuyên truyền tại khu dân cư và trường học.',
    difficulties: 'Lực lượng mỏng, kinh phí hạn chế.',
    proposals: 'Đề nghị bổ sung kinh phí tuyên truyền.',
  },
  corrections: [],
  ...overrides,
});

beforeAll(async () => {
  testApp = await startTestApp();
  provinceOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '40' });
  wardOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '16681' });
  wardViewer = await testApp.signIn({ role: 'viewer', unitId: '16681' });
  otherCommuneOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '16702' });
  const otherProvince = await testApp.database.db.selectFrom('admin_units').select('id')
    .where('level', '=', 'province').where('valid_to', 'is', null).where('id', '<>', '40').orderBy('id').executeTakeFirstOrThrow();
  otherProvinceOfficer = await testApp.signIn({ role: 'programme_officer', unitId: otherProvince.id });

  const content = aPlanContent({ periodCode: 'Y2024', targets: [aTarget({ key: 'truyen-thong', periodCode: 'Y2024' })] });
  const planId = (await testApp.request(provinceOfficer, { method: 'POST', url: '/api/plans', body: { content } })).json().id;
  const records = recordFactory(testApp.database.db);
  await records.communication('16681', '2024-01-20', { students: 100 });
  await records.communication('16681', '2024-03-20', { students: 60 });
  await records.communication('16702', '2024-02-10', { youth: 250 });
  await records.tip('16702', '2024-01-10', '2024-01-30', '2024-01-25');
  await records.communication('40', '2024-04-01', { students: 500 });
  await records.training('40', '2024-05-01', 'province', { province: 40, commune: 25 });
  const issued = await testApp.request(provinceOfficer, { method: 'POST', url: `/api/plans/${planId}/issue`, body: { number: '12/KH-UBND', issueDate: '2024-01-10' } });
  expect(issued.statusCode, issued.body).toBe(200);
  const list = async (session: TestSession, unit: string) =>
    ((await testApp.request(session, { method: 'GET', url: `/api/reports?unit=${unit}&periodCode=RH2024-1` })).json() as { items: ReportSummary[] }).items[0]!;
  const ward = await list(wardOfficer, '16681');
  [requestId, wardReportId] = [ward.requestId, ward.id];
  otherReportId = (await list(otherCommuneOfficer, '16702')).id;
  provinceReportId = (await list(provinceOfficer, '40')).id;
});
afterAll(() => testApp.close());

const read = async (session: TestSession, id: string) => {
  const response = await testApp.request(session, { method: 'GET', url: `/api/reports/${id}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Report;
};
const save = (id: string, body: unknown, session = wardOfficer) => testApp.request(session, { method: 'PUT', url: `/api/reports/${id}`, body });
const submit = (id: string, session = wardOfficer) => testApp.request(session, { method: 'POST', url: `/api/reports/${id}/submit` });
const giveBack = (id: string, comment: string, session = provinceOfficer) => testApp.request(session, { method: 'POST', url: `/api/reports/${id}/return`, body: { comment } });
const accept = (id: string, session = provinceOfficer) => testApp.request(session, { method: 'POST', url: `/api/reports/${id}/accept` });
const table = (report: Report, key: string) => report.content.tables.find((candidate) => candidate.key === key) as FigureTable;

const auditEntries = (action: string, targetId: string, outcome: 'success' | 'denied' = 'success') =>
  testApp.database.db.selectFrom('audit_log').select(['actor_username', 'unit_id', 'summary', 'target_type'])
    .where('action', '=', action).where('target_id', '=', targetId).where('outcome', '=', outcome).orderBy('id').execute();
const lastDenial = (session: TestSession) =>
  testApp.database.db.selectFrom('audit_log').select(['action', 'unit_id', 'summary'])
    .where('actor_username', '=', session.username).where('outcome', '=', 'denied').orderBy('id', 'desc').executeTakeFirst();
const countVersions = async (id: string) =>
  Number((await testApp.database.db.selectFrom('report_versions').select((eb) => eb.fn.countAll().as('n')).where('report_id', '=', id).executeTakeFirstOrThrow()).n);

describe('forbidden without permission', () => {
  it('refuses a viewer saving or submitting the ward\'s report, audits it and keeps nothing', async () => {
    const saved = await save(wardReportId, saveBody(), wardViewer);
    expect(saved.statusCode).toBe(403);
    expect(saved.json().error.code).toBe('forbidden');
    expect(await lastDenial(wardViewer)).toMatchObject({ action: 'report.update' });
    const submitted = await submit(wardReportId, wardViewer);
    expect(submitted.statusCode).toBe(403);
    expect(await lastDenial(wardViewer)).toMatchObject({ action: 'report.submit' });
    expect(await countVersions(wardReportId)).toBe(0);
  });

  it('refuses a viewer returning or accepting a report', async () => {
    expect((await giveBack(wardReportId, 'Bổ sung số liệu', wardViewer)).statusCode).toBe(403);
    expect(await lastDenial(wardViewer)).toMatchObject({ action: 'report.return' });
    expect((await accept(wardReportId, wardViewer)).statusCode).toBe(403);
    expect(await lastDenial(wardViewer)).toMatchObject({ action: 'report.accept' });
  });

  it('refuses the province writing the ward\'s report, and another commune even seeing it', async () => {
    const byProvince = await save(wardReportId, saveBody(), provinceOfficer);
    expect(byProvince.statusCode).toBe(403);
    expect(byProvince.json().error.code).toBe('report_not_own_unit');
    expect(await lastDenial(provinceOfficer)).toMatchObject({ action: 'report.update', unit_id: '16681' });
    const byNeighbour = await submit(wardReportId, otherCommuneOfficer);
    expect(byNeighbour.statusCode).toBe(403);
    expect(byNeighbour.json().error.code).toBe('out_of_scope');
    expect(byNeighbour.body).not.toContain('Thành Vinh');
  });
});

describe('drafting, correcting and submitting', () => {
  it('saves the narrative and a corrected figure with its note as version 1, keeping the computed value', async () => {
    const response = await save(wardReportId, saveBody({
      corrections: [{ table: 'communication', figure: 'people_reached', value: 175, note: 'Bổ sung 15 lượt tuyên truyền tại chợ chưa nhập vào hệ thống' }],
    }));
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json() as Report;
    expect(report).toMatchObject({ status: 'draft', version: 1, canEdit: true });
    expect(report.content.narrative.results).toContain('02 đợt');
    expect(report.content.corrections).toEqual([{ table: 'communication', figure: 'people_reached', value: 175, computed: 160, note: 'Bổ sung 15 lượt tuyên truyền tại chợ chưa nhập vào hệ thống' }]);
    expect(table(report, 'communication').total).toEqual({ communication_activities: 2, people_reached: 175 });
    expect(report.events).toMatchObject([{ action: 'save', version: 1, actorName: expect.any(String) }]);
    expect(await auditEntries('report.update', wardReportId)).toMatchObject([{
      actor_username: wardOfficer.username, unit_id: '16681', target_type: 'report',
      summary: { before: { status: 'not_started', version: 0 }, after: { status: 'draft', version: 1, corrections: [{ figure: 'people_reached', value: 175, computed: 160 }] } },
    }]);
  });

  it('refuses a correction of a figure that does not exist, naming it', async () => {
    const response = await save(wardReportId, saveBody({ corrections: [{ table: 'communication', figure: 'leaflets', value: 3, note: 'x' }] }));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toMatchObject([{ field: 'corrections.0.figure' }]);
  });

  it('freezes the figures on submission as version 2', async () => {
    const response = await submit(wardReportId);
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json() as Report;
    expect(report).toMatchObject({ status: 'submitted', version: 2, canEdit: false, timeliness: 'late' });
    expect(report.submittedAt).not.toBeNull();
    // A record written after submission does not change what was sent.
    await recordFactory(testApp.database.db).communication('16681', '2024-05-05', { students: 999 });
    expect(table(await read(wardOfficer, wardReportId), 'communication').total).toEqual({ communication_activities: 2, people_reached: 175 });
    expect(await auditEntries('report.submit', wardReportId)).toHaveLength(1);
  });

  it('refuses editing or resubmitting a submitted report with 409, auditing the refusal and losing nothing', async () => {
    const edited = await save(wardReportId, saveBody({ narrative: { results: 'Sửa sau khi gửi', difficulties: '', proposals: '' } }));
    expect(edited.statusCode).toBe(409);
    expect(edited.json().error.code).toBe('report_not_editable');
    expect(await lastDenial(wardOfficer)).toMatchObject({ action: 'report.update', unit_id: '16681', summary: { reason: 'report_not_editable', status: 'submitted' } });
    expect((await submit(wardReportId)).statusCode).toBe(409);
    expect((await read(wardOfficer, wardReportId)).content.narrative.results).toContain('02 đợt');
    expect(await countVersions(wardReportId)).toBe(2);
  });
});

describe('review: return, resubmit, accept, lock', () => {
  it('refuses a consolidator outside the report\'s subtree, and a unit reviewing its own report, auditing both', async () => {
    const outside = await accept(wardReportId, otherProvinceOfficer);
    expect(outside.statusCode).toBe(403);
    expect(outside.json().error.code).toBe('out_of_scope');
    expect(await lastDenial(otherProvinceOfficer)).toMatchObject({ action: 'report.accept', unit_id: '16681' });
    const own = await accept(wardReportId, wardOfficer);
    expect(own.statusCode).toBe(403);
    expect(own.json().error.code).toBe('report_not_reviewer');
    expect(await lastDenial(wardOfficer)).toMatchObject({ action: 'report.accept' });
    expect((await read(provinceOfficer, wardReportId)).status).toBe('submitted');
  });

  it('refuses accepting a report that was never submitted', async () => {
    const response = await accept(otherReportId);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('report_not_submitted');
    expect(response.json().error.message).toContain('chưa lập');
  });

  it('returns the report with the comment; the ward revises and resubmits', async () => {
    const returned = await giveBack(wardReportId, 'Đề nghị bổ sung kết quả kiểm tra cơ sở kinh doanh.');
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json()).toMatchObject({ status: 'returned', canReview: false });
    const reopened = await read(wardOfficer, wardReportId);
    expect(reopened).toMatchObject({ status: 'returned', canEdit: true });
    // Live again: the record written after the first submission now counts, with the correction on top.
    expect(table(reopened, 'communication').total).toEqual({ communication_activities: 3, people_reached: 175 });
    expect(reopened.events.map((event) => event.action)).toEqual(['save', 'submit', 'return']);
    expect(reopened.events[2]!.comment).toBe('Đề nghị bổ sung kết quả kiểm tra cơ sở kinh doanh.');
    expect(await auditEntries('report.return', wardReportId)).toMatchObject([{ summary: { after: { status: 'returned', comment: 'Đề nghị bổ sung kết quả kiểm tra cơ sở kinh doanh.' } } }]);

    expect((await save(wardReportId, saveBody({ corrections: [] }))).statusCode).toBe(200);
    const resubmitted = await submit(wardReportId);
    expect(resubmitted.json()).toMatchObject({ status: 'submitted', version: 4 });
    expect(table(resubmitted.json(), 'communication').total).toEqual({ communication_activities: 3, people_reached: 1159 });
  });

  it('accepts the report and locks it: submitting, saving and returning it again are refused with 409, audited', async () => {
    const accepted = await accept(wardReportId);
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', canEdit: false, canReview: false });
    expect(accepted.json().acceptedAt).not.toBeNull();
    expect(await auditEntries('report.accept', wardReportId)).toHaveLength(1);

    const again = await submit(wardReportId);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('report_locked');
    expect(await lastDenial(wardOfficer)).toMatchObject({ action: 'report.submit', summary: { reason: 'report_locked' } });
    expect((await save(wardReportId, saveBody())).json().error.code).toBe('report_locked');
    expect((await giveBack(wardReportId, 'Trả lại')).json().error.code).toBe('report_locked');
    expect((await accept(wardReportId)).json().error.code).toBe('report_locked');
    expect(await countVersions(wardReportId)).toBe(4);
    const events = await testApp.database.db.selectFrom('report_events').select('action').where('report_id', '=', wardReportId).orderBy('at').execute();
    expect(events.map((event) => event.action)).toEqual(['save', 'submit', 'return', 'save', 'submit', 'accept']);
  });
});

describe('consolidation and completeness', () => {
  it('adds up the accepted reports and the province\'s own records exactly, and lists the units without one', async () => {
    // Phường Trường Vinh (16702) submits, with a correction; still unaccepted, it is missing.
    expect((await save(otherReportId, saveBody({ corrections: [{ table: 'tips', figure: 'tips_received', value: 4, note: 'Ba tin báo nhận qua đường dây nóng chưa nhập' }] }), otherCommuneOfficer)).statusCode).toBe(200);
    expect((await submit(otherReportId, otherCommuneOfficer)).statusCode).toBe(200);
    let province = await read(provinceOfficer, provinceReportId);
    expect(province.content.missingUnits.map((unit) => unit.unitId)).toContain('16702');
    expect(province.content.missingUnits.map((unit) => unit.unitId)).not.toContain('16681');
    let communication = table(province, 'communication');
    expect(communication.rows.find((row) => row.unitId === '16702')).toMatchObject({ source: 'missing', values: { communication_activities: null, people_reached: null } });

    expect((await accept(otherReportId)).statusCode).toBe(200);
    province = await read(provinceOfficer, provinceReportId);
    const ward = await read(provinceOfficer, wardReportId);
    const other = await read(provinceOfficer, otherReportId);
    expect(province.content.missingUnits.map((unit) => unit.unitId)).not.toContain('16702');
    communication = table(province, 'communication');
    const own = communication.rows.find((row) => row.source === 'own')!;
    expect(own).toMatchObject({ unitId: '40', values: { communication_activities: 1, people_reached: 500 } });
    expect(communication.rows.filter((row) => row.source === 'report').map((row) => row.unitId).sort()).toEqual(['16681', '16702']);
    for (const key of ['communication_activities', 'people_reached']) {
      expect(communication.total[key]).toBe(table(ward, 'communication').total[key]! + table(other, 'communication').total[key]! + own.values[key]!);
    }
    expect(communication.total).toEqual({ communication_activities: 5, people_reached: 1159 + 250 + 500 });
    // The corrected figure of the unit's accepted report is the one that adds up.
    expect(table(province, 'tips').total.tips_received).toBe(4);
    expect(table(province, 'training')).toMatchObject({ noData: false, total: { training_courses: 1, training_participants: 65 } });
    expect(table(province, 'crime').noData).toBe(true);
    expect(province.content.missingUnits.length).toBe(communication.rows.filter((row) => row.source === 'missing').length);
  });

  it('shows the board: on time, late, missing and the shares of complete and on-time reports', async () => {
    const response = await testApp.request(provinceOfficer, { method: 'GET', url: `/api/report-requests/${requestId}/board` });
    expect(response.statusCode, response.body).toBe(200);
    const board = response.json() as CompletenessBoard;
    expect(board.rows.find((row) => row.unitId === '16681')).toMatchObject({ status: 'accepted', timeliness: 'late' });
    expect(board.rows.find((row) => row.unitId === '16708')).toMatchObject({ status: 'not_started', timeliness: 'missing', submittedAt: null });
    expect(board).toMatchObject({ submitted: 2, onTime: 0, onTimeShare: 0, consolidatedReportId: provinceReportId });
    expect(board.completeShare).toBeCloseTo((2 / board.expected) * 100, 1);
  });

  it('counts a report sent before an ad hoc deadline as on time', async () => {
    const created = await testApp.request(provinceOfficer, {
      method: 'POST', url: '/api/report-requests',
      body: { title: 'Báo cáo nhanh tình hình tụ điểm', instructions: 'Số liệu tụ điểm và kiểm tra.', periodStart: '2026-01-01', periodEnd: '2026-10-31', reporterDeadline: '2027-12-31', unitIds: ['16681', '16702', '16702'] },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { requestId: adHocId, consolidatedReportId, reports } = created.json();
    expect(reports).toBe(2);
    expect(await auditEntries('report_request.create', adHocId)).toMatchObject([{ unit_id: '40', summary: { after: { source: 'ad_hoc', units: ['16681', '16702'] } } }]);
    const summary = (await testApp.request(wardOfficer, { method: 'GET', url: '/api/reports?status=not_started' })).json().items.find((item: ReportSummary) => item.requestId === adHocId);
    expect(summary).toMatchObject({ kind: 'ad_hoc', deadline: '2027-12-31', timeliness: 'not_due', title: 'Báo cáo nhanh tình hình tụ điểm' });
    expect((await read(wardOfficer, summary.id)).instructions).toBe('Số liệu tụ điểm và kiểm tra.');
    expect((await submit(summary.id)).statusCode).toBe(200);
    const board = (await testApp.request(provinceOfficer, { method: 'GET', url: `/api/report-requests/${adHocId}/board` })).json() as CompletenessBoard;
    expect(board).toMatchObject({ expected: 2, submitted: 1, onTime: 1, completeShare: 50, onTimeShare: 50, consolidatedReportId });
    expect(board.rows.find((row) => row.unitId === '16702')!.timeliness).toBe('not_due');
  });
});

describe('ad hoc requests: bad input', () => {
  const adHoc = (overrides: Record<string, unknown>, session = provinceOfficer) => testApp.request(session, {
    method: 'POST', url: '/api/report-requests',
    body: { title: 'Báo cáo đột xuất', instructions: 'Báo cáo nhanh.', periodStart: '2026-01-01', periodEnd: '2026-06-30', reporterDeadline: '2027-01-10', unitIds: ['16681'], ...overrides },
  });
  const countRequests = async () => Number((await testApp.database.db.selectFrom('report_requests').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('refuses a deadline in the past naming reporterDeadline, audited, creating nothing', async () => {
    const before = await countRequests();
    const response = await adHoc({ reporterDeadline: '2024-01-10' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('report_request_deadline_past');
    expect(response.json().error.message).toContain('10/01/2024');
    expect(response.json().error.details).toMatchObject([{ field: 'reporterDeadline' }]);
    expect(await lastDenial(provinceOfficer)).toMatchObject({ action: 'report_request.create', summary: { reason: 'report_request_deadline_past' } });
    expect(await countRequests()).toBe(before);
  });

  it('refuses a period that ends before it starts, and a date that does not exist', async () => {
    const backwards = await adHoc({ periodStart: '2026-06-30', periodEnd: '2026-01-01' });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.details).toMatchObject([{ field: 'periodEnd' }]);
    expect((await adHoc({ periodEnd: '2026-02-30' })).json().error.details).toMatchObject([{ field: 'periodEnd' }]);
  });

  it('refuses units that are not current units below the caller\'s', async () => {
    const outside = await adHoc({}, otherCommuneOfficer);
    expect(outside.statusCode).toBe(403);
    expect(outside.json().error.code).toBe('out_of_scope');
    const itself = await adHoc({ unitIds: ['40'] });
    expect(itself.statusCode).toBe(400);
    expect(itself.json().error.details).toMatchObject([{ field: 'unitIds.0' }]);
    const former = await testApp.database.db.selectFrom('admin_unit_successions').select('predecessor_id')
      .where('successor_id', '=', '16681').where('is_primary', '=', true).executeTakeFirstOrThrow();
    expect((await adHoc({ unitIds: [former.predecessor_id] })).statusCode).toBe(400);
  });
});
