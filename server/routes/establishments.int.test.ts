import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestSession } from '../../test-support/test-app.ts';
import type { Establishment } from '../../core/api/establishments.ts';

let testApp: TestApp;
let wardOfficer: TestSession;
let wardViewer: TestSession;
let otherCommuneInspector: TestSession;
let provinceOfficer: TestSession;
/** A record of Phường Thành Vinh (16681) that the other commune's inspector must not reach. */
let karaoke: Establishment;

const anEstablishment = (overrides: Record<string, unknown> = {}) => ({
  unitId: '16681',
  name: 'Karaoke Ánh Dương',
  type: 'karaoke',
  address: 'Số 12 đường Lê Lợi, khối 3',
  businessOwner: 'Hộ kinh doanh Ánh Dương (chủ hộ kinh doanh)',
  licenceNumber: 'KD-16681-001',
  licenceDate: '2023-04-10',
  workers: 6,
  openedOn: '2023-05-01',
  ...overrides,
});

beforeAll(async () => {
  testApp = await startTestApp();
  wardOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '16681' });
  wardViewer = await testApp.signIn({ role: 'viewer', unitId: '16681' });
  otherCommuneInspector = await testApp.signIn({ role: 'inspector', unitId: '16702' });
  provinceOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '40' });
  const response = await testApp.request(wardOfficer, { method: 'POST', url: '/api/establishments', body: anEstablishment() });
  expect(response.statusCode, response.body).toBe(201);
  karaoke = response.json();
});
afterAll(() => testApp.close());

const countEstablishments = async () =>
  Number((await testApp.database.db.selectFrom('establishments').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

const list = async (session: TestSession, query: string) => {
  const response = await testApp.request(session, { method: 'GET', url: `/api/establishments?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { items: Establishment[]; total: number; page: number; pageSize: number };
};

const create = async (session: TestSession, body: Record<string, unknown>) => {
  const response = await testApp.request(session, { method: 'POST', url: '/api/establishments', body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as Establishment;
};

const latestAudit = (action: string, targetId: string) =>
  testApp.database.db.selectFrom('audit_log').select(['unit_id', 'actor_username', 'summary'])
    .where('action', '=', action).where('target_id', '=', targetId).where('outcome', '=', 'success')
    .orderBy('id', 'desc').executeTakeFirstOrThrow();

describe('who may read and write the registry', () => {
  it('refuses a viewer who tries to register an establishment, audits the refusal and saves nothing', async () => {
    const before = await countEstablishments();
    const response = await testApp.request(wardViewer, {
      method: 'POST', url: '/api/establishments', body: anEstablishment({ name: 'Nhà nghỉ của người xem', licenceNumber: null }),
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('forbidden');
    expect(await countEstablishments()).toBe(before);
    const denial = await testApp.database.db.selectFrom('audit_log').select(['action', 'outcome'])
      .where('actor_username', '=', wardViewer.username).where('outcome', '=', 'denied').executeTakeFirst();
    expect(denial).toEqual({ action: 'establishment.create', outcome: 'denied' });
  });

  it('lets a viewer read but not change or delete', async () => {
    const read = await testApp.request(wardViewer, { method: 'GET', url: `/api/establishments/${karaoke.id}` });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ name: 'Karaoke Ánh Dương', unitName: 'Phường Thành Vinh' });
    const change = await testApp.request(wardViewer, { method: 'PATCH', url: `/api/establishments/${karaoke.id}`, body: { workers: 1 } });
    expect(change.statusCode).toBe(403);
    const remove = await testApp.request(wardViewer, { method: 'DELETE', url: `/api/establishments/${karaoke.id}`, body: { reason: 'Thử xóa' } });
    expect(remove.statusCode).toBe(403);
  });

  it('refuses another commune\'s officer to read, change, delete or register in the ward, and audits each refusal', async () => {
    const denialsBefore = await testApp.database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n'))
      .where('actor_username', '=', otherCommuneInspector.username).where('outcome', '=', 'denied').executeTakeFirstOrThrow();
    const attempts = [
      { method: 'GET' as const, url: `/api/establishments/${karaoke.id}`, action: 'establishment.read' },
      { method: 'PATCH' as const, url: `/api/establishments/${karaoke.id}`, body: { workers: 0 }, action: 'establishment.update' },
      { method: 'DELETE' as const, url: `/api/establishments/${karaoke.id}`, body: { reason: 'Không phải của xã này' }, action: 'establishment.delete' },
      { method: 'POST' as const, url: '/api/establishments', body: anEstablishment({ name: 'Cơ sở đăng ký hộ', licenceNumber: null }), action: 'establishment.create' },
    ];
    for (const { action, ...request } of attempts) {
      const response = await testApp.request(otherCommuneInspector, request);
      expect(response.statusCode, `${request.method} ${request.url}`).toBe(403);
      expect(response.json().error.code).toBe('out_of_scope');
      const denial = await testApp.database.db.selectFrom('audit_log').select(['action', 'unit_id'])
        .where('actor_username', '=', otherCommuneInspector.username).where('outcome', '=', 'denied')
        .orderBy('id', 'desc').executeTakeFirstOrThrow();
      expect(denial).toEqual({ action, unit_id: '16681' });
    }
    const denialsAfter = await testApp.database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n'))
      .where('actor_username', '=', otherCommuneInspector.username).where('outcome', '=', 'denied').executeTakeFirstOrThrow();
    expect(Number(denialsAfter.n) - Number(denialsBefore.n)).toBe(4);
    expect((await testApp.request(otherCommuneInspector, { method: 'GET', url: `/api/establishments/${karaoke.id}` })).json().error.message)
      .not.toContain('Ánh Dương');
    expect((await list(otherCommuneInspector, 'pageSize=200')).items.map((item) => item.id)).not.toContain(karaoke.id);
    expect((await testApp.request(otherCommuneInspector, { method: 'GET', url: '/api/establishments?unit=16681' })).statusCode).toBe(403);
    const unchanged = await testApp.request(wardOfficer, { method: 'GET', url: `/api/establishments/${karaoke.id}` });
    expect(unchanged.json()).toMatchObject({ workers: 6 });
  });

  it('refuses to move a record to a commune outside the caller\'s scope', async () => {
    const response = await testApp.request(wardOfficer, { method: 'PATCH', url: `/api/establishments/${karaoke.id}`, body: { unitId: '16702' } });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('out_of_scope');
  });
});

describe('registering and finding establishments', () => {
  it('registers an establishment with its business, licence and workers, audited with its content', async () => {
    const created = await create(wardOfficer, anEstablishment({
      name: '  Nhà nghỉ Hoa Hồng ', type: 'accommodation', address: 'Số 5 ngõ 7 đường Nguyễn Du',
      businessOwner: 'Công ty TNHH Hoa Hồng (giám đốc)', licenceNumber: 'NN-2022-015', licenceDate: '2022-08-15', workers: 4, openedOn: '2022-09-01',
    }));
    expect(created).toMatchObject({
      unitId: '16681', unitName: 'Phường Thành Vinh', name: 'Nhà nghỉ Hoa Hồng', type: 'accommodation', status: 'active',
      riskClass: null, closedOn: null, statusChangedOn: null, workers: 4,
    });
    const entry = await latestAudit('establishment.create', created.id);
    expect(entry).toMatchObject({
      unit_id: '16681', actor_username: wardOfficer.username,
      summary: { after: { name: 'Nhà nghỉ Hoa Hồng', licenceNumber: 'NN-2022-015', workers: 4, status: 'active' } },
    });
  });

  it('finds it by a search without accents or case', async () => {
    const page = await list(wardViewer, `q=${encodeURIComponent('nha nghi hoa hong')}`);
    expect(page.items.map((item) => item.name)).toEqual(['Nhà nghỉ Hoa Hồng']);
    expect(page.total).toBe(1);
    expect((await list(wardViewer, `q=${encodeURIComponent('HOA HỒNG')}`)).total).toBe(1);
    expect((await list(wardViewer, `q=${encodeURIComponent('nguyen du')}`)).items.map((item) => item.name)).toEqual(['Nhà nghỉ Hoa Hồng']);
    expect((await list(wardViewer, `q=${encodeURIComponent('nn-2022-015')}`)).total).toBe(1);
    expect((await list(wardViewer, `q=${encodeURIComponent('%')}`)).total).toBe(0);
  });

  it('filters by unit, type, status and risk, and pages with totals', async () => {
    for (let index = 1; index <= 4; index += 1) {
      await create(provinceOfficer, anEstablishment({
        unitId: '16702', name: `Quán bar số ${index}`, type: 'bar', address: `${index} đường Trường Thi`, licenceNumber: null, workers: index,
      }));
    }
    expect((await list(provinceOfficer, 'unit=16702')).total).toBe(4);
    expect((await list(provinceOfficer, 'type=bar')).total).toBe(4);
    expect((await list(wardOfficer, 'type=bar')).total).toBe(0);
    expect((await list(provinceOfficer, 'unit=16681&type=karaoke')).items.map((item) => item.name)).toEqual(['Karaoke Ánh Dương']);
    expect((await list(provinceOfficer, 'risk=unclassified&type=bar')).total).toBe(4);
    expect((await list(provinceOfficer, 'risk=high&type=bar')).total).toBe(0);
    expect((await list(provinceOfficer, 'status=suspended')).total).toBe(0);

    const first = await list(provinceOfficer, 'type=bar&pageSize=3');
    const second = await list(provinceOfficer, 'type=bar&pageSize=3&page=2');
    expect(first).toMatchObject({ total: 4, page: 1, pageSize: 3 });
    expect(first.items.map((item) => item.name)).toEqual(['Quán bar số 1', 'Quán bar số 2', 'Quán bar số 3']);
    expect(second).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(second.items.map((item) => item.name)).toEqual(['Quán bar số 4']);
    expect((await list(provinceOfficer, 'type=bar&pageSize=3&page=3')).items).toEqual([]);
  });

  it('classifies the risk after a review, recording before and after', async () => {
    const response = await testApp.request(wardOfficer, {
      method: 'PATCH', url: `/api/establishments/${karaoke.id}`,
      body: { riskClass: 'high', riskReviewedOn: '2025-03-01', riskReason: 'Phòng hát kín, hoạt động quá giờ quy định' },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ riskClass: 'high', riskReviewedOn: '2025-03-01' });
    const entry = await latestAudit('establishment.update', karaoke.id);
    expect(entry.summary).toEqual({
      before: { riskClass: null, riskReviewedOn: null, riskReason: null },
      after: { riskClass: 'high', riskReviewedOn: '2025-03-01', riskReason: 'Phòng hát kín, hoạt động quá giờ quy định' },
    });
    expect((await list(wardViewer, 'risk=high')).items.map((item) => item.id)).toEqual([karaoke.id]);

    const reclassified = await testApp.request(wardOfficer, {
      method: 'PATCH', url: `/api/establishments/${karaoke.id}`, body: { riskClass: 'medium' },
    });
    expect(reclassified.statusCode).toBe(400);
    expect(reclassified.json().error.details).toEqual([{ field: 'riskReviewedOn', message: 'Khi phân loại lại phải ghi ngày rà soát, đánh giá' }]);
  });

  it('closes an establishment with its closing date, and reopens it', async () => {
    const response = await testApp.request(wardOfficer, {
      method: 'PATCH', url: `/api/establishments/${karaoke.id}`, body: { status: 'closed', closedOn: '2025-06-01' },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ status: 'closed', closedOn: '2025-06-01', statusChangedOn: '2025-06-01' });
    expect((await list(wardViewer, 'status=closed')).items.map((item) => item.id)).toEqual([karaoke.id]);
    expect((await latestAudit('establishment.update', karaoke.id)).summary).toEqual({
      before: { closedOn: null, status: 'active', statusChangedOn: null },
      after: { closedOn: '2025-06-01', status: 'closed', statusChangedOn: '2025-06-01' },
    });

    const reopened = await testApp.request(wardOfficer, {
      method: 'PATCH', url: `/api/establishments/${karaoke.id}`, body: { status: 'active', statusChangedOn: '2025-09-01' },
    });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json()).toMatchObject({ status: 'active', closedOn: null, statusChangedOn: '2025-09-01' });
  });

  it('soft-deletes with a reason: gone from lists and lookups, kept in the audit trail', async () => {
    const doomed = await create(wardOfficer, anEstablishment({ name: 'Cơ sở massage Thư Giãn', type: 'massage', licenceNumber: 'MS-0099' }));
    const missingReason = await testApp.request(wardOfficer, { method: 'DELETE', url: `/api/establishments/${doomed.id}`, body: {} });
    expect(missingReason.statusCode).toBe(400);
    expect(missingReason.json().error.details.map((detail: { field: string }) => detail.field)).toEqual(['reason']);

    const response = await testApp.request(wardOfficer, {
      method: 'DELETE', url: `/api/establishments/${doomed.id}`, body: { reason: 'Ghi trùng với hồ sơ đã có' },
    });
    expect(response.statusCode).toBe(204);
    expect((await testApp.request(wardOfficer, { method: 'GET', url: `/api/establishments/${doomed.id}` })).statusCode).toBe(404);
    expect((await list(wardOfficer, 'type=massage')).total).toBe(0);
    const again = await testApp.request(wardOfficer, { method: 'DELETE', url: `/api/establishments/${doomed.id}`, body: { reason: 'Lần nữa' } });
    expect(again.statusCode).toBe(404);

    const entry = await latestAudit('establishment.delete', doomed.id);
    expect(entry).toMatchObject({
      unit_id: '16681',
      summary: { reason: 'Ghi trùng với hồ sơ đã có', before: { name: 'Cơ sở massage Thư Giãn', licenceNumber: 'MS-0099' } },
    });
    const row = await testApp.database.db.selectFrom('establishments').select(['deleted_at', 'deleted_reason'])
      .where('id', '=', doomed.id).executeTakeFirstOrThrow();
    expect(row.deleted_at).not.toBeNull();
    expect(row.deleted_reason).toBe('Ghi trùng với hồ sơ đã có');
    // A deleted record no longer holds its licence number.
    await create(wardOfficer, anEstablishment({ name: 'Spa Thư Giãn', type: 'spa', address: 'Số 40 đường Phan Đình Phùng', licenceNumber: 'ms-0099' }));
  });
});

describe('bad input', () => {
  const post = (body: Record<string, unknown>, session = wardOfficer, language: 'vi' | 'en' = 'vi') =>
    testApp.request(session, { method: 'POST', url: '/api/establishments', body, language });

  it('refuses dates after today, naming each field, in the request language, and saves nothing', async () => {
    const before = await countEstablishments();
    const response = await post(anEstablishment({ name: 'Nhà hàng Tương Lai', licenceNumber: null, openedOn: '2099-01-01', licenceDate: '2098-12-01' }));
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('validation_failed');
    expect(error.details.map((detail: { field: string }) => detail.field).sort()).toEqual(['licenceDate', 'openedOn']);
    expect(error.details[0].message).toMatch(/^Ngày không được sau hôm nay \(\d{2}\/\d{2}\/\d{4}\)$/);
    const english = await post(anEstablishment({ name: 'Nhà hàng Tương Lai', licenceNumber: null, openedOn: '2099-01-01' }), wardOfficer, 'en');
    expect(english.json().error.details[0].message).toMatch(/^The date cannot be after today/);
    const notADay = await post(anEstablishment({ name: 'Nhà hàng Tương Lai', licenceNumber: null, openedOn: '2023-02-30' }));
    expect(notADay.json().error.details).toEqual([{ field: 'openedOn', message: 'Ngày không có trên lịch' }]);
    expect(await countEstablishments()).toBe(before);
  });

  it('refuses a negative number of workers with its own message', async () => {
    const response = await post(anEstablishment({ name: 'Quán nhậu Âm', licenceNumber: null, workers: -2 }));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([{ field: 'workers', message: 'Số người lao động không được âm' }]);
    const change = await testApp.request(wardOfficer, { method: 'PATCH', url: `/api/establishments/${karaoke.id}`, body: { workers: -1 } });
    expect(change.statusCode).toBe(400);
  });

  it('refuses a closed establishment without its closing date, and a closing date on an open one', async () => {
    const closed = await post(anEstablishment({ name: 'Vũ trường Đêm', type: 'dance_club', licenceNumber: null, status: 'closed' }));
    expect(closed.statusCode).toBe(400);
    expect(closed.json().error.details).toEqual([{ field: 'closedOn', message: 'Cơ sở đã đóng cửa phải có ngày đóng cửa' }]);
    const open = await post(anEstablishment({ name: 'Vũ trường Đêm', type: 'dance_club', licenceNumber: null, closedOn: '2024-01-01' }));
    expect(open.statusCode).toBe(400);
    expect(open.json().error.details[0].field).toBe('closedOn');
    const beforeOpening = await post(anEstablishment({
      name: 'Vũ trường Đêm', type: 'dance_club', licenceNumber: null, status: 'closed', openedOn: '2024-05-01', closedOn: '2024-01-01',
    }));
    expect(beforeOpening.json().error.details).toEqual([{ field: 'closedOn', message: 'Ngày đóng cửa không được trước ngày bắt đầu hoạt động' }]);
    const unreviewed = await post(anEstablishment({ name: 'Vũ trường Đêm', type: 'dance_club', licenceNumber: null, riskClass: 'low' }));
    expect(unreviewed.json().error.details[0].field).toBe('riskReviewedOn');
  });

  it('refuses a licence number already recorded, whatever its case, naming the establishment', async () => {
    const before = await countEstablishments();
    const response = await post(anEstablishment({ name: 'Karaoke Mới', address: 'Số 99 đường Quang Trung', licenceNumber: 'kd-16681-001' }));
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({
      code: 'establishment_duplicate_licence',
      message: expect.stringContaining('"Karaoke Ánh Dương" (Phường Thành Vinh)'),
    });
    const english = await post(anEstablishment({ name: 'Karaoke Mới', address: 'Số 99', licenceNumber: 'KD-16681-001' }), wardOfficer, 'en');
    expect(english.json().error.message).toContain('is already recorded for "Karaoke Ánh Dương"');
    // Renaming another record onto the licence is refused the same way.
    const bar = (await list(provinceOfficer, 'type=bar')).items[0]!;
    const change = await testApp.request(provinceOfficer, { method: 'PATCH', url: `/api/establishments/${bar.id}`, body: { licenceNumber: 'KD-16681-001' } });
    expect(change.statusCode).toBe(409);
    expect(await countEstablishments()).toBe(before);
  });

  it('does not name an establishment outside the caller\'s scope that holds the licence', async () => {
    const response = await post(
      anEstablishment({ unitId: '16702', name: 'Karaoke Khác', address: 'Số 1 đường Hồ Tùng Mậu', licenceNumber: 'KD-16681-001' }),
      otherCommuneInspector,
    );
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('establishment_duplicate_licence_elsewhere');
    expect(response.json().error.message).not.toContain('Ánh Dương');
  });

  it('refuses the same name and address in the commune when they differ only in accents and case', async () => {
    const response = await post(anEstablishment({ name: 'KARAOKE ANH DUONG', address: 'so 12 duong le loi, khoi 3', licenceNumber: null }));
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({
      code: 'establishment_duplicate_name_address',
      message: expect.stringContaining('"Karaoke Ánh Dương", địa chỉ "Số 12 đường Lê Lợi, khối 3" (Phường Thành Vinh)'),
    });
    // The same name at the same street number in another commune is another place.
    await create(provinceOfficer, anEstablishment({ unitId: '16702', name: 'Karaoke Ánh Dương', licenceNumber: null }));
  });

  it('rejects unknown fields, an empty change and a malformed id, saving nothing', async () => {
    const before = await countEstablishments();
    const response = await post({ ...anEstablishment({ name: 'Cơ sở lạ', licenceNumber: null }), ownerIdCard: '012345678901' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.map((detail: { field: string }) => detail.field)).toEqual(['(body)']);
    const badType = await post(anEstablishment({ name: 'Cơ sở lạ', licenceNumber: null, type: 'casino' }));
    expect(badType.json().error.details.map((detail: { field: string }) => detail.field)).toEqual(['type']);
    const unknownOnPatch = await testApp.request(wardOfficer, { method: 'PATCH', url: `/api/establishments/${karaoke.id}`, body: { deletedAt: null } });
    expect(unknownOnPatch.statusCode).toBe(400);
    const empty = await testApp.request(wardOfficer, { method: 'PATCH', url: `/api/establishments/${karaoke.id}`, body: {} });
    expect(empty.json().error.details[0].message).toBe('Cần ít nhất một trường để sửa');
    expect((await testApp.request(wardOfficer, { method: 'GET', url: '/api/establishments/khong-phai-uuid' })).statusCode).toBe(400);
    expect((await testApp.request(wardOfficer, { method: 'GET', url: '/api/establishments?pageSize=500' })).statusCode).toBe(400);
    expect(await countEstablishments()).toBe(before);
  });

  it('refuses a province, and a commune that no longer exists, as the establishment\'s unit', async () => {
    const province = await post(anEstablishment({ unitId: '40', name: 'Khách sạn cấp tỉnh', licenceNumber: null }), provinceOfficer);
    expect(province.statusCode).toBe(400);
    expect(province.json().error.code).toBe('establishment_unit_not_commune');
    expect(province.json().error.details[0].field).toBe('unitId');
    const predecessor = await testApp.database.db.selectFrom('admin_unit_successions').select('predecessor_id')
      .where('successor_id', '=', '16681').where('is_primary', '=', true).where('predecessor_id', 'like', 'pre2025-%').executeTakeFirstOrThrow();
    const former = await post(anEstablishment({ unitId: predecessor.predecessor_id, name: 'Khách sạn phường cũ', licenceNumber: null }));
    expect(former.statusCode).toBe(400);
    expect(former.json().error.code).toBe('establishment_unit_not_commune');
    const move = await testApp.request(provinceOfficer, { method: 'PATCH', url: `/api/establishments/${karaoke.id}`, body: { unitId: '40' } });
    expect(move.json().error.code).toBe('establishment_unit_not_commune');
  });
});
