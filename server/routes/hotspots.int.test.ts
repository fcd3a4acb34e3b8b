import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hotspot } from '../../core/api/hotspots.ts';
import type { RecordHistory } from '../../core/api/record-history.ts';
import { startTestApp, type TestApp, type TestSession } from '../../test-support/test-app.ts';

let testApp: TestApp;
let wardInspector: TestSession;
let wardViewer: TestSession;
let wardSocialWorker: TestSession;
let otherCommuneInspector: TestSession;
let provinceOfficer: TestSession;
/** A hotspot of Phường Thành Vinh (16681) that the other commune's inspector must not reach. */
let park: Hotspot;

const aHotspot = (overrides: Record<string, unknown> = {}) => ({
  unitId: '16681',
  address: 'Công viên Trung tâm, đường Lê Hồng Phong',
  kind: 'park',
  latitude: 18.6735,
  longitude: 105.6923,
  description: 'Khu vực ghế đá phía hồ, hoạt động sau 22 giờ',
  identifiedOn: '2025-01-15',
  ...overrides,
});

beforeAll(async () => {
  testApp = await startTestApp();
  wardInspector = await testApp.signIn({ role: 'inspector', unitId: '16681' });
  wardViewer = await testApp.signIn({ role: 'viewer', unitId: '16681' });
  wardSocialWorker = await testApp.signIn({ role: 'social_worker', unitId: '16681' });
  otherCommuneInspector = await testApp.signIn({ role: 'inspector', unitId: '16702' });
  provinceOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '40' });
  const response = await testApp.request(wardInspector, { method: 'POST', url: '/api/hotspots', body: aHotspot() });
  expect(response.statusCode, response.body).toBe(201);
  park = response.json();
});
afterAll(() => testApp.close());

const countHotspots = async () =>
  Number((await testApp.database.db.selectFrom('hotspots').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
const countVisits = async () =>
  Number((await testApp.database.db.selectFrom('hotspot_watch_visits').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

const list = async (session: TestSession, query: string) => {
  const response = await testApp.request(session, { method: 'GET', url: `/api/hotspots?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { items: Hotspot[]; total: number; page: number; pageSize: number };
};

const create = async (session: TestSession, body: Record<string, unknown>) => {
  const response = await testApp.request(session, { method: 'POST', url: '/api/hotspots', body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as Hotspot;
};

const patch = (id: string, body: Record<string, unknown>, session = wardInspector) =>
  testApp.request(session, { method: 'PATCH', url: `/api/hotspots/${id}`, body });

const visit = (id: string, body: Record<string, unknown>, session = wardInspector, language: 'vi' | 'en' = 'vi') =>
  testApp.request(session, { method: 'POST', url: `/api/hotspots/${id}/watch-visits`, body, language });

const latestAudit = (action: string, targetId: string) =>
  testApp.database.db.selectFrom('audit_log').select(['unit_id', 'actor_username', 'target_type', 'summary'])
    .where('action', '=', action).where('target_id', '=', targetId).where('outcome', '=', 'success')
    .orderBy('id', 'desc').executeTakeFirstOrThrow();

const lastDenial = (session: TestSession) =>
  testApp.database.db.selectFrom('audit_log').select(['action', 'unit_id'])
    .where('actor_username', '=', session.username).where('outcome', '=', 'denied')
    .orderBy('id', 'desc').executeTakeFirst();

describe('who may read and write hotspots', () => {
  it('refuses a social worker (no enforcement records) the list and a hotspot, auditing the refusal', async () => {
    const response = await testApp.request(wardSocialWorker, { method: 'GET', url: '/api/hotspots' });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('forbidden');
    expect(await lastDenial(wardSocialWorker)).toMatchObject({ action: 'hotspot.read' });
    expect((await testApp.request(wardSocialWorker, { method: 'GET', url: `/api/hotspots/${park.id}` })).statusCode).toBe(403);
  });

  it('refuses a viewer who tries to record a hotspot or a watch visit, audits it and saves nothing', async () => {
    const [hotspots, visits] = [await countHotspots(), await countVisits()];
    const response = await testApp.request(wardViewer, { method: 'POST', url: '/api/hotspots', body: aHotspot({ address: 'Bến xe Bắc Vinh' }) });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('forbidden');
    expect(await lastDenial(wardViewer)).toMatchObject({ action: 'hotspot.create' });
    const watch = await visit(park.id, { visitedOn: '2025-06-01', reformed: false }, wardViewer);
    expect(watch.statusCode).toBe(403);
    expect(await lastDenial(wardViewer)).toMatchObject({ action: 'hotspot.update' });
    expect([await countHotspots(), await countVisits()]).toEqual([hotspots, visits]);
  });

  it('lets a viewer read but not change or delete', async () => {
    const read = await testApp.request(wardViewer, { method: 'GET', url: `/api/hotspots/${park.id}` });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ address: 'Công viên Trung tâm, đường Lê Hồng Phong', unitName: 'Phường Thành Vinh', watchVisits: [] });
    expect((await patch(park.id, { kind: 'street' }, wardViewer)).statusCode).toBe(403);
    const remove = await testApp.request(wardViewer, { method: 'DELETE', url: `/api/hotspots/${park.id}`, body: { reason: 'Thử xóa' } });
    expect(remove.statusCode).toBe(403);
  });

  it('refuses another commune\'s inspector every read and write of the ward\'s hotspot, auditing each refusal', async () => {
    const attempts = [
      { method: 'GET' as const, url: `/api/hotspots/${park.id}`, action: 'hotspot.read' },
      { method: 'PATCH' as const, url: `/api/hotspots/${park.id}`, body: { kind: 'other' }, action: 'hotspot.update' },
      { method: 'POST' as const, url: `/api/hotspots/${park.id}/watch-visits`, body: { visitedOn: '2025-06-01', reformed: false }, action: 'hotspot.update' },
      { method: 'DELETE' as const, url: `/api/hotspots/${park.id}`, body: { reason: 'Không phải của xã này' }, action: 'hotspot.delete' },
      { method: 'POST' as const, url: '/api/hotspots', body: aHotspot({ address: 'Ghi hộ phường khác' }), action: 'hotspot.create' },
    ];
    for (const { action, ...request } of attempts) {
      const response = await testApp.request(otherCommuneInspector, request);
      expect(response.statusCode, `${request.method} ${request.url}`).toBe(403);
      expect(response.json().error.code).toBe('out_of_scope');
      expect(response.body).not.toContain('Công viên');
      expect(await lastDenial(otherCommuneInspector)).toMatchObject({ action, unit_id: '16681' });
    }
    expect((await list(otherCommuneInspector, 'pageSize=200')).items.map((item) => item.id)).not.toContain(park.id);
    expect((await testApp.request(otherCommuneInspector, { method: 'GET', url: '/api/hotspots?unit=16681' })).statusCode).toBe(403);
    const unchanged = await testApp.request(wardInspector, { method: 'GET', url: `/api/hotspots/${park.id}` });
    expect(unchanged.json()).toMatchObject({ kind: 'park', watchVisits: [] });
  });

  it('refuses to move a hotspot to a commune outside the caller\'s scope', async () => {
    const response = await patch(park.id, { unitId: '16702' });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('out_of_scope');
  });
});

describe('recording and finding hotspots', () => {
  it('records a hotspot with its place and coordinates, audited under type "hotspot" with its content', async () => {
    expect(park).toMatchObject({
      unitId: '16681', unitName: 'Phường Thành Vinh', kind: 'park', latitude: 18.6735, longitude: 105.6923,
      status: 'active', eliminatedOn: null, statusChangedOn: null, identifiedOn: '2025-01-15', watchVisits: [],
    });
    const entry = await latestAudit('hotspot.create', park.id);
    expect(entry).toMatchObject({
      unit_id: '16681', actor_username: wardInspector.username, target_type: 'hotspot',
      summary: { after: { address: 'Công viên Trung tâm, đường Lê Hồng Phong', kind: 'park', latitude: 18.6735, status: 'active' } },
    });
  });

  it('takes only an address and commune, trimming text and defaulting the rest', async () => {
    const bare = await create(wardInspector, { unitId: '16681', address: '  Bến xe Bắc Vinh, khu vực bãi đỗ phía sau ', description: '   ' });
    expect(bare).toMatchObject({
      address: 'Bến xe Bắc Vinh, khu vực bãi đỗ phía sau', kind: 'other', latitude: null, longitude: null, description: null,
      identifiedOn: null, status: 'active',
    });
  });

  it('finds hotspots by words of the address or description without accents or case', async () => {
    const page = await list(wardViewer, `q=${encodeURIComponent('cong vien trung tam')}`);
    expect(page.items.map((item) => item.id)).toEqual([park.id]);
    expect((await list(wardViewer, `q=${encodeURIComponent('GHẾ ĐÁ')}`)).items.map((item) => item.id)).toEqual([park.id]);
    expect((await list(wardViewer, `q=${encodeURIComponent('ben xe bac vinh')}`)).total).toBe(1);
    expect((await list(wardViewer, `q=${encodeURIComponent('%')}`)).total).toBe(0);
    expect((await list(wardViewer, `q=${encodeURIComponent('quảng trường')}`)).total).toBe(0);
  });

  it('filters by unit, kind and status, lists active hotspots first, and pages with totals', async () => {
    for (let index = 1; index <= 3; index += 1) {
      await create(provinceOfficer, aHotspot({ unitId: '16702', address: `Vỉa hè đường Trường Thi, đoạn số ${index}`, kind: 'street' }));
    }
    await create(provinceOfficer, aHotspot({
      unitId: '16702', address: 'Vỉa hè đường Trường Thi, đoạn đã dẹp', kind: 'street', status: 'eliminated', eliminatedOn: '2025-02-01',
    }));
    expect((await list(provinceOfficer, 'unit=16702')).total).toBe(4);
    expect((await list(provinceOfficer, 'kind=street')).total).toBe(4);
    expect((await list(wardInspector, 'kind=street')).total).toBe(0);
    expect((await list(provinceOfficer, 'kind=street&status=eliminated')).items.map((item) => item.address)).toEqual(['Vỉa hè đường Trường Thi, đoạn đã dẹp']);
    expect((await list(provinceOfficer, 'unit=16681&kind=park')).items.map((item) => item.id)).toEqual([park.id]);

    const first = await list(provinceOfficer, 'kind=street&pageSize=3');
    const second = await list(provinceOfficer, 'kind=street&pageSize=3&page=2');
    expect(first).toMatchObject({ total: 4, page: 1, pageSize: 3 });
    expect(first.items.map((item) => item.address)).toEqual([1, 2, 3].map((index) => `Vỉa hè đường Trường Thi, đoạn số ${index}`));
    expect(second.items.map((item) => item.status)).toEqual(['eliminated']);
  });

  it('changes a hotspot, recording only the fields that changed', async () => {
    const response = await patch(park.id, { kind: 'street', description: 'Lối đi ven hồ phía tây, hoạt động sau 22 giờ' });
    expect(response.statusCode, response.body).toBe(200);
    expect((await latestAudit('hotspot.update', park.id)).summary).toEqual({
      before: { kind: 'park', description: 'Khu vực ghế đá phía hồ, hoạt động sau 22 giờ' },
      after: { kind: 'street', description: 'Lối đi ven hồ phía tây, hoạt động sau 22 giờ' },
    });
    expect((await list(wardViewer, `q=${encodeURIComponent('loi di ven ho')}`)).items.map((item) => item.id)).toEqual([park.id]);
    expect((await list(wardViewer, `q=${encodeURIComponent('ghe da')}`)).total).toBe(0);
  });
});

describe('elimination and watch visits', () => {
  let street: Hotspot;

  beforeAll(async () => {
    street = await create(wardInspector, aHotspot({
      address: 'Đường Nguyễn Sỹ Sách, đoạn gần cầu Bến Thủy', kind: 'street', latitude: null, longitude: null, identifiedOn: '2025-02-01',
    }));
  });

  it('refuses a watch visit of a hotspot not eliminated, naming it, and saves nothing', async () => {
    const before = await countVisits();
    const response = await visit(street.id, { visitedOn: '2025-06-01', reformed: false });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({
      code: 'hotspot_not_eliminated',
      message: 'Tụ điểm "Đường Nguyễn Sỹ Sách, đoạn gần cầu Bến Thủy" chưa được triệt xóa: chỉ ghi lần theo dõi cho tụ điểm đã triệt xóa. Hãy ghi ngày triệt xóa trước.',
    });
    expect(await countVisits()).toBe(before);
  });

  it('puts a hotspot under watch, dating the change today', async () => {
    const response = await patch(street.id, { status: 'under_watch' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().statusChangedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(response.json()).toMatchObject({ status: 'under_watch', eliminatedOn: null });
  });

  it('marks it eliminated on a date, audited with status and date', async () => {
    const missingDate = await patch(street.id, { status: 'eliminated' });
    expect(missingDate.statusCode).toBe(400);
    expect(missingDate.json().error.details).toEqual([{ field: 'eliminatedOn', message: 'Tụ điểm đã triệt xóa phải có ngày triệt xóa' }]);
    const beforeFound = await patch(street.id, { status: 'eliminated', eliminatedOn: '2025-01-20' });
    expect(beforeFound.json().error.details).toEqual([{ field: 'eliminatedOn', message: 'Ngày triệt xóa không được trước ngày phát hiện tụ điểm' }]);

    const response = await patch(street.id, { status: 'eliminated', eliminatedOn: '2025-03-10' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ status: 'eliminated', eliminatedOn: '2025-03-10', statusChangedOn: '2025-03-10' });
    const { summary } = await latestAudit('hotspot.update', street.id);
    expect(summary).toMatchObject({
      before: { status: 'under_watch', eliminatedOn: null },
      after: { status: 'eliminated', eliminatedOn: '2025-03-10', statusChangedOn: '2025-03-10' },
    });
  });

  it('refuses a watch visit on or before the elimination date and after today, naming the field', async () => {
    const before = await countVisits();
    const onTheDay = await visit(street.id, { visitedOn: '2025-03-10', reformed: false });
    expect(onTheDay.statusCode).toBe(400);
    expect(onTheDay.json().error.details).toEqual([{ field: 'visitedOn', message: 'Lần theo dõi phải sau ngày triệt xóa (10/03/2025)' }]);
    const english = await visit(street.id, { visitedOn: '2025-02-10', reformed: false }, wardInspector, 'en');
    expect(english.json().error.details).toEqual([{ field: 'visitedOn', message: 'A watch visit must come after the elimination date (10/03/2025)' }]);
    const future = await visit(street.id, { visitedOn: '2099-01-01', reformed: false });
    expect(future.json().error.details[0].message).toMatch(/^Ngày theo dõi không được sau hôm nay \(\d{2}\/\d{2}\/\d{4}\)$/);
    const notADay = await visit(street.id, { visitedOn: '2025-02-30', reformed: false });
    expect(notADay.json().error.details).toEqual([{ field: 'visitedOn', message: 'Ngày không có trên lịch' }]);
    const noFinding = await visit(street.id, { visitedOn: '2025-04-10' });
    expect(noFinding.json().error.details.map((detail: { field: string }) => detail.field)).toEqual(['reformed']);
    expect(await countVisits()).toBe(before);
  });

  it('records a watch visit that finds nothing: the hotspot stays eliminated, the history shows the visit', async () => {
    const response = await visit(street.id, { visitedOn: '2025-04-10', reformed: false, notes: ' Không còn hoạt động, đã lắp đèn chiếu sáng ' });
    expect(response.statusCode, response.body).toBe(201);
    const updated = response.json() as Hotspot;
    expect(updated).toMatchObject({ status: 'eliminated', eliminatedOn: '2025-03-10' });
    expect(updated.watchVisits).toMatchObject([{ visitedOn: '2025-04-10', reformed: false, notes: 'Không còn hoạt động, đã lắp đèn chiếu sáng' }]);
    expect((await latestAudit('hotspot.update', street.id)).summary).toEqual({
      before: { watchVisit: null },
      after: { watchVisit: { visitedOn: '2025-04-10', reformed: false, notes: 'Không còn hoạt động, đã lắp đèn chiếu sáng' } },
    });
  });

  it('keeps the elimination date before the visits that watched it', async () => {
    const response = await patch(street.id, { eliminatedOn: '2025-04-15' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([
      { field: 'eliminatedOn', message: 'Đã có lần theo dõi ngày 10/04/2025 sau khi triệt xóa; ngày triệt xóa phải trước ngày đó' },
    ]);
    const earlier = await patch(street.id, { eliminatedOn: '2025-03-05' });
    expect(earlier.statusCode, earlier.body).toBe(200);
    expect(earlier.json()).toMatchObject({ eliminatedOn: '2025-03-05', statusChangedOn: '2025-03-05' });
  });

  it('makes a re-formed hotspot active again from the visit, in one audited change, and refuses an elimination before it', async () => {
    const response = await visit(street.id, { visitedOn: '2025-06-20', reformed: true, notes: 'Hoạt động trở lại vào buổi tối' });
    expect(response.statusCode, response.body).toBe(201);
    const updated = response.json() as Hotspot;
    expect(updated).toMatchObject({ status: 'active', eliminatedOn: null, statusChangedOn: '2025-06-20' });
    expect(updated.watchVisits.map((entry) => [entry.visitedOn, entry.reformed])).toEqual([['2025-04-10', false], ['2025-06-20', true]]);
    expect((await latestAudit('hotspot.update', street.id)).summary).toEqual({
      before: { status: 'eliminated', eliminatedOn: '2025-03-05', statusChangedOn: '2025-03-05', watchVisit: null },
      after: {
        status: 'active', eliminatedOn: null, statusChangedOn: '2025-06-20',
        watchVisit: { visitedOn: '2025-06-20', reformed: true, notes: 'Hoạt động trở lại vào buổi tối' },
      },
    });
    expect((await list(wardViewer, 'status=active')).items.map((item) => item.id)).toContain(street.id);
    // No more watch visits until it is eliminated again, and not before it re-formed.
    expect((await visit(street.id, { visitedOn: '2025-07-01', reformed: false })).statusCode).toBe(409);
    const tooEarly = await patch(street.id, { status: 'eliminated', eliminatedOn: '2025-06-01' });
    expect(tooEarly.json().error.details[0]).toEqual({
      field: 'eliminatedOn', message: 'Ngày triệt xóa không được trước lần theo dõi ngày 20/06/2025 đã phát hiện tụ điểm hoạt động trở lại',
    });
    expect((await patch(street.id, { status: 'eliminated', eliminatedOn: '2025-07-05' })).statusCode).toBe(200);
  });

  it('tells the story in the record\'s history: created, changed, watched, re-formed', async () => {
    const response = await testApp.request(provinceOfficer, { method: 'GET', url: `/api/records/hotspot/${street.id}/history` });
    expect(response.statusCode, response.body).toBe(200);
    const { entries } = response.json() as RecordHistory;
    expect(entries.map((entry) => entry.change)).toEqual(['create', 'update', 'update', 'update', 'update', 'update', 'update']);
    expect(entries.map((entry) => Object.keys(entry.after).sort())).toEqual([
      expect.arrayContaining(['address', 'status']),
      ['status', 'statusChangedOn'],
      ['eliminatedOn', 'status', 'statusChangedOn'],
      ['watchVisit'],
      ['eliminatedOn', 'statusChangedOn'],
      ['eliminatedOn', 'status', 'statusChangedOn', 'watchVisit'],
      ['eliminatedOn', 'status', 'statusChangedOn'],
    ]);
    expect((await testApp.request(wardSocialWorker, { method: 'GET', url: `/api/records/hotspot/${street.id}/history` })).statusCode).toBe(403);
  });
});

describe('bad input', () => {
  const post = (body: Record<string, unknown>, session = wardInspector, language: 'vi' | 'en' = 'vi') =>
    testApp.request(session, { method: 'POST', url: '/api/hotspots', body, language });

  it('refuses dates after today, naming each field, in the request language, and saves nothing', async () => {
    const before = await countHotspots();
    const response = await post(aHotspot({ identifiedOn: '2099-01-01', status: 'eliminated', eliminatedOn: '2099-02-01' }));
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('validation_failed');
    expect(error.details.map((detail: { field: string }) => detail.field)).toEqual(['identifiedOn', 'eliminatedOn']);
    expect(error.details[0].message).toMatch(/^Ngày không được sau hôm nay \(\d{2}\/\d{2}\/\d{4}\)$/);
    const english = await post(aHotspot({ identifiedOn: '2099-01-01' }), wardInspector, 'en');
    expect(english.json().error.details[0].message).toMatch(/^The date cannot be after today/);
    expect(await countHotspots()).toBe(before);
  });

  it('refuses coordinates outside Vietnam or without their pair, pointing at swapped figures', async () => {
    const before = await countHotspots();
    const swapped = await post(aHotspot({ latitude: 105.6923, longitude: 18.6735 }));
    expect(swapped.statusCode).toBe(400);
    expect(swapped.json().error.details).toEqual([
      { field: 'latitude', message: 'Vĩ độ phải từ 6 đến 24 (độ thập phân, ví dụ 18.6796); hãy xem có nhập nhầm chỗ vĩ độ với kinh độ không' },
      { field: 'longitude', message: 'Kinh độ phải từ 102 đến 118 (độ thập phân, ví dụ 105.6813); hãy xem có nhập nhầm chỗ vĩ độ với kinh độ không' },
    ]);
    const alone = await post(aHotspot({ longitude: null }));
    expect(alone.json().error.details).toEqual([{ field: 'longitude', message: 'Hãy nhập kinh độ cùng với vĩ độ, hoặc bỏ trống cả hai' }]);
    const text = await post(aHotspot({ latitude: '18,67' }));
    expect(text.json().error.details.map((detail: { field: string }) => detail.field)).toEqual(['latitude']);
    const move = await patch(park.id, { latitude: 30 });
    expect(move.json().error.details.map((detail: { field: string }) => detail.field)).toEqual(['latitude']);
    expect(await countHotspots()).toBe(before);
  });

  it('refuses an elimination date on a hotspot not eliminated, and an eliminated one without it', async () => {
    const dated = await post(aHotspot({ eliminatedOn: '2025-03-01' }));
    expect(dated.json().error.details).toEqual([{
      field: 'eliminatedOn', message: 'Chỉ tụ điểm đã triệt xóa mới có ngày triệt xóa; hãy bỏ ngày này hoặc chuyển trạng thái sang "đã triệt xóa"',
    }]);
    const undated = await post(aHotspot({ status: 'eliminated' }));
    expect(undated.json().error.details).toEqual([{ field: 'eliminatedOn', message: 'Tụ điểm đã triệt xóa phải có ngày triệt xóa' }]);
  });

  it('refuses a province, and a commune that no longer exists, as the hotspot\'s unit', async () => {
    const province = await post(aHotspot({ unitId: '40' }), provinceOfficer);
    expect(province.statusCode).toBe(400);
    expect(province.json().error.details).toEqual([{
      field: 'unitId', message: 'Tụ điểm được ghi ở cấp xã: hãy chọn một xã, phường hoặc đặc khu hiện hành thay vì "Tỉnh Nghệ An"',
    }]);
    const predecessor = await testApp.database.db.selectFrom('admin_unit_successions').select('predecessor_id')
      .where('successor_id', '=', '16681').where('is_primary', '=', true).where('predecessor_id', 'like', 'pre2025-%').executeTakeFirstOrThrow();
    const former = await post(aHotspot({ unitId: predecessor.predecessor_id }));
    expect(former.json().error.details[0].field).toBe('unitId');
    expect((await patch(park.id, { unitId: '40' }, provinceOfficer)).json().error.details[0].field).toBe('unitId');
  });

  it('rejects unknown fields and kinds, an empty change and malformed ids, saving nothing', async () => {
    const before = await countHotspots();
    const personal = await post({ ...aHotspot(), personName: 'Nguyễn Văn A' });
    expect(personal.statusCode).toBe(400);
    expect(personal.json().error.details.map((detail: { field: string }) => detail.field)).toEqual(['(body)']);
    const badKind = await post(aHotspot({ kind: 'karaoke' }));
    expect(badKind.json().error.details.map((detail: { field: string }) => detail.field)).toEqual(['kind']);
    const badStatus = await post(aHotspot({ status: 'closed' }));
    expect(badStatus.json().error.details.map((detail: { field: string }) => detail.field)).toEqual(['status']);
    const noAddress = await post(aHotspot({ address: '   ' }));
    expect(noAddress.json().error.details.map((detail: { field: string }) => detail.field)).toEqual(['address']);
    const empty = await patch(park.id, {});
    expect(empty.json().error.details[0].message).toBe('Cần ít nhất một trường để sửa');
    expect((await patch(park.id, { deletedAt: null })).statusCode).toBe(400);
    expect((await testApp.request(wardInspector, { method: 'GET', url: '/api/hotspots/khong-phai-uuid' })).statusCode).toBe(400);
    expect((await visit('khong-phai-uuid', { visitedOn: '2025-06-01', reformed: false })).statusCode).toBe(400);
    expect((await testApp.request(wardInspector, { method: 'GET', url: '/api/hotspots?pageSize=500' })).statusCode).toBe(400);
    expect((await testApp.request(wardInspector, { method: 'GET', url: '/api/hotspots?status=gone' })).statusCode).toBe(400);
    expect(await countHotspots()).toBe(before);
  });
});

describe('deleting a hotspot', () => {
  it('soft-deletes with a reason: gone from lists, lookups and watch visits, kept in the audit trail', async () => {
    const doomed = await create(wardInspector, aHotspot({
      address: 'Quảng trường Hồ Chí Minh, góc phía bắc', status: 'eliminated', eliminatedOn: '2025-05-01',
    }));
    const missingReason = await testApp.request(wardInspector, { method: 'DELETE', url: `/api/hotspots/${doomed.id}`, body: {} });
    expect(missingReason.statusCode).toBe(400);
    expect(missingReason.json().error.details.map((detail: { field: string }) => detail.field)).toEqual(['reason']);

    const response = await testApp.request(wardInspector, {
      method: 'DELETE', url: `/api/hotspots/${doomed.id}`, body: { reason: 'Ghi trùng với tụ điểm đã có' },
    });
    expect(response.statusCode).toBe(204);
    expect((await testApp.request(wardInspector, { method: 'GET', url: `/api/hotspots/${doomed.id}` })).statusCode).toBe(404);
    expect((await list(wardInspector, `q=${encodeURIComponent('quang truong')}`)).total).toBe(0);
    expect((await visit(doomed.id, { visitedOn: '2025-06-01', reformed: false })).statusCode).toBe(404);
    expect((await patch(doomed.id, { kind: 'park' })).statusCode).toBe(404);
    const again = await testApp.request(wardInspector, { method: 'DELETE', url: `/api/hotspots/${doomed.id}`, body: { reason: 'Lần nữa' } });
    expect(again.statusCode).toBe(404);

    expect(await latestAudit('hotspot.delete', doomed.id)).toMatchObject({
      unit_id: '16681',
      summary: { reason: 'Ghi trùng với tụ điểm đã có', before: { address: 'Quảng trường Hồ Chí Minh, góc phía bắc', status: 'eliminated' } },
    });
    const row = await testApp.database.db.selectFrom('hotspots').select(['deleted_at', 'deleted_reason'])
      .where('id', '=', doomed.id).executeTakeFirstOrThrow();
    expect(row.deleted_at).not.toBeNull();
    expect(row.deleted_reason).toBe('Ghi trùng với tụ điểm đã có');
    // The history of a deleted hotspot stays readable.
    const history = await testApp.request(wardInspector, { method: 'GET', url: `/api/records/hotspot/${doomed.id}/history` });
    expect((history.json() as RecordHistory).entries.map((entry) => entry.change)).toEqual(['create', 'delete']);
  });
});
