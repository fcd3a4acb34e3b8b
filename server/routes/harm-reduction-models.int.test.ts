import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HarmReductionModel } from '../../core/api/harm-reduction-models.ts';
import type { TargetProgress } from '../../core/api/progress.ts';
import type { RecordHistory } from '../../core/api/record-history.ts';
import { aPlanContent, aTarget } from '../../test-support/plan-factory.ts';
import { startTestApp, type TestApp, type TestSession } from '../../test-support/test-app.ts';

let testApp: TestApp;
let wardOfficer: TestSession;
let wardSocialWorker: TestSession;
let wardAgencyOfficer: TestSession;
let wardViewer: TestSession;
let otherCommuneWorker: TestSession;
let provinceOfficer: TestSession;
/** Agencies of Phường Thành Vinh (16681) by kind, and one of the other commune (16702). */
let wardAgency: Record<string, string>;
let otherCommuneAgency: string;
/** The ward's peer group, run by the Women's Union since March 2025. */
let peerGroup: HarmReductionModel;

const URL = '/api/harm-reduction-models';

const aModel = (overrides: Record<string, unknown> = {}) => ({
  unitId: '16681',
  name: 'Nhóm đồng đẳng hỗ trợ người bán dâm phường Thành Vinh',
  kind: 'peer_educator_group',
  agencyId: wardAgency.womens_union,
  description: 'Tư vấn, giới thiệu dịch vụ xét nghiệm HIV',
  startedOn: '2025-03-01',
  ...overrides,
});

const agenciesOf = async (unitId: string) => {
  const rows = await testApp.database.db.selectFrom('agencies').select(['id', 'kind'])
    .where('unit_id', '=', unitId).where('is_active', '=', true).orderBy('sort_order').execute();
  return Object.fromEntries(rows.map((row) => [row.kind, row.id])) as Record<string, string>;
};

const countRows = async () => Number((await testApp.database.db.selectFrom('harm_reduction_models')
  .select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

const list = async (session: TestSession, query: string) => {
  const response = await testApp.request(session, { method: 'GET', url: `${URL}?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { items: HarmReductionModel[]; total: number; page: number; pageSize: number };
};

const create = (session: TestSession, body: Record<string, unknown>) => testApp.request(session, { method: 'POST', url: URL, body });
const patch = (session: TestSession, id: string, body: Record<string, unknown>) => testApp.request(session, { method: 'PATCH', url: `${URL}/${id}`, body });

beforeAll(async () => {
  testApp = await startTestApp();
  wardOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '16681' });
  wardSocialWorker = await testApp.signIn({ role: 'social_worker', unitId: '16681' });
  wardAgencyOfficer = await testApp.signIn({ role: 'agency_officer', unitId: '16681' });
  wardViewer = await testApp.signIn({ role: 'viewer', unitId: '16681' });
  otherCommuneWorker = await testApp.signIn({ role: 'social_worker', unitId: '16702' });
  provinceOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '40' });
  wardAgency = await agenciesOf('16681');
  otherCommuneAgency = Object.values(await agenciesOf('16702'))[0]!;
  const response = await create(wardSocialWorker, aModel());
  expect(response.statusCode, response.body).toBe(201);
  peerGroup = response.json();
});
afterAll(() => testApp.close());

describe('who may read and write models', () => {
  it('refuses an agency officer (no support.write) who tries to record, change or delete one, audits it and saves nothing', async () => {
    const before = await countRows();
    const response = await create(wardAgencyOfficer, aModel({ name: 'Câu lạc bộ tự lực' }));
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('forbidden');
    expect(await countRows()).toBe(before);
    const denial = await testApp.database.db.selectFrom('audit_log').select(['action', 'outcome'])
      .where('actor_username', '=', wardAgencyOfficer.username).where('outcome', '=', 'denied').executeTakeFirst();
    expect(denial).toEqual({ action: 'harm_reduction_model.create', outcome: 'denied' });
    expect((await patch(wardAgencyOfficer, peerGroup.id, { endedOn: '2026-01-01' })).statusCode).toBe(403);
    const remove = await testApp.request(wardViewer, { method: 'DELETE', url: `${URL}/${peerGroup.id}`, body: { reason: 'x' } });
    expect(remove.statusCode).toBe(403);
    expect((await testApp.request(wardViewer, { method: 'GET', url: `${URL}/${peerGroup.id}` })).json().endedOn).toBeNull();
  });

  it('lets anyone whose scope holds the unit read, an agency officer and the province above included', async () => {
    const read = await testApp.request(wardAgencyOfficer, { method: 'GET', url: `${URL}/${peerGroup.id}` });
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json()).toEqual(peerGroup);
    expect((await list(provinceOfficer, 'unit=16681')).items.map((item) => item.id)).toEqual([peerGroup.id]);
    const history = await testApp.request(wardAgencyOfficer, { method: 'GET', url: `/api/records/harm_reduction_model/${peerGroup.id}/history` });
    expect(history.statusCode, history.body).toBe(200);
  });

  it('refuses another commune\'s social worker to read, change or delete the ward\'s model, or to record one for the ward', async () => {
    const read = await testApp.request(otherCommuneWorker, { method: 'GET', url: `${URL}/${peerGroup.id}` });
    expect(read.statusCode).toBe(403);
    expect(read.json().error.code).toBe('out_of_scope');
    expect((await patch(otherCommuneWorker, peerGroup.id, { name: 'x' })).statusCode).toBe(403);
    const remove = await testApp.request(otherCommuneWorker, { method: 'DELETE', url: `${URL}/${peerGroup.id}`, body: { reason: 'x' } });
    expect(remove.statusCode).toBe(403);
    expect((await create(otherCommuneWorker, aModel())).statusCode).toBe(403);
    expect((await list(otherCommuneWorker, '')).total).toBe(0);
    expect((await testApp.request(otherCommuneWorker, { method: 'GET', url: `${URL}?unit=16681` })).statusCode).toBe(403);
    expect((await testApp.request(otherCommuneWorker, { method: 'GET', url: `/api/records/harm_reduction_model/${peerGroup.id}/history` })).statusCode).toBe(403);
  });
});

describe('recording models', () => {
  it('recorded the peer group with its managing agency, running, audited in the same write', async () => {
    expect(peerGroup).toMatchObject({
      unitId: '16681', unitName: 'Phường Thành Vinh', name: 'Nhóm đồng đẳng hỗ trợ người bán dâm phường Thành Vinh', kind: 'peer_educator_group',
      agencyId: wardAgency.womens_union, agencyName: 'Hội Liên hiệp Phụ nữ phường Thành Vinh', startedOn: '2025-03-01', endedOn: null,
    });
    const entry = await testApp.database.db.selectFrom('audit_log').select(['unit_id', 'actor_username', 'target_type', 'summary'])
      .where('action', '=', 'harm_reduction_model.create').where('target_id', '=', peerGroup.id).where('outcome', '=', 'success')
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({
      unit_id: '16681', actor_username: wardSocialWorker.username, target_type: 'harm_reduction_model',
      summary: { after: { name: peerGroup.name, kind: 'peer_educator_group', startedOn: '2025-03-01', endedOn: null } },
    });
  });

  it('lists within scope, filtered by unit, year running and kind, searched without accents, a page at a time', async () => {
    const point = await create(wardOfficer, {
      unitId: '16681', name: 'Điểm tư vấn pháp lý', kind: 'counselling_point', startedOn: '2023-05-10', endedOn: '2024-06-30',
    });
    expect(point.statusCode, point.body).toBe(201);
    expect(point.json()).toMatchObject({ agencyId: null, agencyName: null, description: null, endedOn: '2024-06-30' });
    const province = await create(provinceOfficer, { unitId: '40', name: 'Mô hình dạy nghề, tạo việc làm', kind: 'livelihood_support', startedOn: '2024-01-15' });
    expect(province.statusCode, province.body).toBe(201);
    expect((await list(provinceOfficer, '')).total).toBe(3);
    expect((await list(provinceOfficer, 'unit=16681')).total).toBe(2);
    // Running at some time in the year: started by its end, not ended before its start.
    expect((await list(provinceOfficer, 'year=2024')).total).toBe(2);
    expect((await list(provinceOfficer, 'year=2023')).items.map((item) => item.name)).toEqual(['Điểm tư vấn pháp lý']);
    expect((await list(provinceOfficer, 'year=2025')).items.map((item) => item.id).sort()).toEqual([peerGroup.id, province.json().id].sort());
    expect((await list(provinceOfficer, 'kind=livelihood_support')).items.map((item) => item.unitId)).toEqual(['40']);
    expect((await list(wardViewer, 'q=DONG DANG')).items.map((item) => item.id)).toEqual([peerGroup.id]);
    expect((await list(wardViewer, 'q=xet nghiem hiv')).items.map((item) => item.id)).toEqual([peerGroup.id]);
    expect((await list(wardViewer, 'q=lien hiep phu nu')).items.map((item) => item.id)).toEqual([peerGroup.id]);
    expect((await list(wardViewer, 'q=%')).total).toBe(0);
    // Running models first, then the latest started.
    const paged = await list(provinceOfficer, 'pageSize=1&page=3');
    expect(paged).toMatchObject({ total: 3, page: 3, pageSize: 1 });
    expect(paged.items.map((item) => item.name)).toEqual(['Điểm tư vấn pháp lý']);
  });

  it('ends a model by setting its end date, with only the changed field in its history', async () => {
    const end = await patch(wardSocialWorker, peerGroup.id, { endedOn: '2026-02-28' });
    expect(end.statusCode, end.body).toBe(200);
    expect(end.json()).toMatchObject({ endedOn: '2026-02-28', startedOn: '2025-03-01', name: peerGroup.name });
    const history = await testApp.request(provinceOfficer, { method: 'GET', url: `/api/records/harm_reduction_model/${peerGroup.id}/history` });
    const { entries } = history.json() as RecordHistory;
    expect(entries.map((entry) => entry.change)).toEqual(['create', 'update']);
    expect(entries[1]).toMatchObject({ actorUsername: wardSocialWorker.username, before: { endedOn: null }, after: { endedOn: '2026-02-28' } });
    expect(Object.keys(entries[1]!.after)).toEqual(['endedOn']);
    expect((await list(provinceOfficer, 'year=2026&unit=16681')).items.map((item) => item.id)).toEqual([peerGroup.id]);
    // Running again.
    const again = await patch(wardSocialWorker, peerGroup.id, { endedOn: null });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().endedOn).toBeNull();
  });

  it('deletes a model with its reason: gone from lists and lookups, kept in the table, the audit log and the history', async () => {
    const created = await create(wardOfficer, aModel({ name: 'Mô hình ghi trùng', kind: 'other' }));
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json() as HarmReductionModel;
    const noReason = await testApp.request(wardOfficer, { method: 'DELETE', url: `${URL}/${id}`, body: {} });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details[0].field).toBe('reason');
    const remove = await testApp.request(wardOfficer, { method: 'DELETE', url: `${URL}/${id}`, body: { reason: 'Ghi trùng' } });
    expect(remove.statusCode).toBe(204);
    expect((await testApp.request(wardOfficer, { method: 'GET', url: `${URL}/${id}` })).statusCode).toBe(404);
    expect((await list(wardOfficer, 'kind=other')).total).toBe(0);
    const row = await testApp.database.db.selectFrom('harm_reduction_models').select(['deleted_at', 'deleted_reason'])
      .where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.deleted_at).not.toBeNull();
    expect(row.deleted_reason).toBe('Ghi trùng');
    const entry = await testApp.database.db.selectFrom('audit_log').select(['summary', 'unit_id'])
      .where('action', '=', 'harm_reduction_model.delete').where('target_id', '=', id).executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ unit_id: '16681', summary: { reason: 'Ghi trùng', before: { name: 'Mô hình ghi trùng' } } });
    expect((await patch(wardOfficer, id, { name: 'x' })).statusCode).toBe(404);
  });
});

describe('bad input', () => {
  const refused = async (body: Record<string, unknown>) => {
    const before = await countRows();
    const response = await create(wardOfficer, body);
    expect(response.statusCode, response.body).toBe(400);
    expect(await countRows()).toBe(before);
    return response.json().error as { code: string; details: { field: string; message: string }[] };
  };

  it('refuses dates after today, naming each field', async () => {
    const error = await refused(aModel({ startedOn: '2099-01-01', endedOn: '2099-02-01' }));
    expect(error.code).toBe('validation_failed');
    expect(error.details).toEqual([
      { field: 'startedOn', message: expect.stringMatching(/^Ngày bắt đầu không được sau hôm nay \(\d{2}\/\d{2}\/\d{4}\)$/) },
      { field: 'endedOn', message: expect.stringMatching(/^Ngày kết thúc không được sau hôm nay \(\d{2}\/\d{2}\/\d{4}\)$/) },
    ]);
    expect((await refused(aModel({ startedOn: '2025-02-29' }))).details).toEqual([{ field: 'startedOn', message: 'Ngày không có trên lịch' }]);
  });

  it('refuses an end before the start, on creation and on a change', async () => {
    const error = await refused(aModel({ startedOn: '2025-03-01', endedOn: '2025-02-01' }));
    expect(error.details).toEqual([{ field: 'endedOn', message: 'Ngày kết thúc không được trước ngày bắt đầu (01/03/2025)' }]);
    const change = await patch(wardOfficer, peerGroup.id, { endedOn: '2025-01-31' });
    expect(change.statusCode).toBe(400);
    expect(change.json().error.details.map((detail: { field: string }) => detail.field)).toEqual(['endedOn']);
    const later = await patch(wardOfficer, peerGroup.id, { startedOn: '2099-01-01' });
    expect(later.json().error.details.map((detail: { field: string }) => detail.field)).toEqual(['startedOn']);
  });

  it('refuses a managing agency that is not the unit\'s own', async () => {
    const error = await refused(aModel({ agencyId: otherCommuneAgency }));
    expect(error.details).toEqual([{
      field: 'agencyId', message: 'Cơ quan được chọn không thuộc Phường Thành Vinh; hãy chọn một cơ quan của Phường Thành Vinh',
    }]);
  });

  it('refuses a unit that no longer exists, an empty name, an unknown kind and unknown fields', async () => {
    const predecessor = await testApp.database.db.selectFrom('admin_unit_successions').select('predecessor_id')
      .where('successor_id', '=', '16681').where('is_primary', '=', true).where('predecessor_id', 'like', 'pre2025-%').executeTakeFirstOrThrow();
    expect((await refused(aModel({ unitId: predecessor.predecessor_id, agencyId: null }))).details.map((detail) => detail.field)).toEqual(['unitId']);
    expect((await refused(aModel({ name: '' }))).details.map((detail) => detail.field)).toEqual(['name']);
    expect((await refused(aModel({ kind: 'shelter' }))).details.map((detail) => detail.field)).toEqual(['kind']);
    // No person's data: a model is not a list of the people it serves.
    expect((await refused({ ...aModel(), members: ['Nguyễn Thị A'] })).details.map((detail) => detail.field)).toEqual(['(body)']);
  });
});

describe('the pilot-model target of a plan', () => {
  it('counts a commune with a model running in the period, not one ended before it, and not once deleted', async () => {
    const content = aPlanContent({
      targets: [aTarget({ key: 'mo-hinh', indicatorCode: 'harm_reduction.child_units_with_model', value: 10, text: 'Ít nhất 10% số xã, phường có mô hình thí điểm' })],
    });
    const plan = await testApp.request(provinceOfficer, { method: 'POST', url: '/api/plans', body: { content } });
    expect(plan.statusCode, plan.body).toBe(201);
    const figures = async () => {
      const response = await testApp.request(provinceOfficer, { method: 'GET', url: `/api/plans/${plan.json().id}/progress?asOf=2026-06-30` });
      expect(response.statusCode, response.body).toBe(200);
      const target = (response.json().targets as TargetProgress[]).find((candidate) => candidate.key === 'mo-hinh')!;
      return { communes: target.result.numerator, otherCommune: target.children.find((child) => child.unitId === '16702')?.numerator };
    };
    // The ward's peer group runs in 2026.
    expect(await figures()).toEqual({ communes: 1, otherCommune: 0 });
    const ended = await create(otherCommuneWorker, {
      unitId: '16702', name: 'Câu lạc bộ tự lực', kind: 'community_support_group', agencyId: otherCommuneAgency, startedOn: '2024-01-01', endedOn: '2025-12-31',
    });
    expect(ended.statusCode, ended.body).toBe(201);
    expect(await figures()).toEqual({ communes: 1, otherCommune: 0 });
    const running = await create(otherCommuneWorker, {
      unitId: '16702', name: 'Điểm tư vấn, hỗ trợ giảm hại', kind: 'counselling_point', startedOn: '2026-03-01',
    });
    expect(running.statusCode, running.body).toBe(201);
    expect(await figures()).toEqual({ communes: 2, otherCommune: 1 });
    const remove = await testApp.request(otherCommuneWorker, { method: 'DELETE', url: `${URL}/${running.json().id}`, body: { reason: 'Chưa triển khai' } });
    expect(remove.statusCode).toBe(204);
    expect(await figures()).toEqual({ communes: 1, otherCommune: 0 });
  });
});
