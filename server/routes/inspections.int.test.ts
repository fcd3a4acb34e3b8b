import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestSession } from '../../test-support/test-app.ts';
import { aPlanContent } from '../../test-support/plan-factory.ts';
import { recordFactory } from '../../test-support/record-factory.ts';
import type { Inspection } from '../../core/api/inspections.ts';
import type { TargetProgress } from '../../core/api/progress.ts';

let testApp: TestApp;
let wardInspector: TestSession;
let wardViewer: TestSession;
let otherCommuneOfficer: TestSession;
let provinceOfficer: TestSession;
/** Establishments of Phường Thành Vinh (16681): three open, one closed on 1/1/2025. */
let open: string[];
let closed: string;
/** An establishment of the other commune (16702). */
let elsewhere: string;
let agencies: string[];
/** An inspection of Phường Thành Vinh in 2025, outside the 2026 plan. */
let earlier: Inspection;

const anInspection = (overrides: Record<string, unknown> = {}) => ({
  unitId: '16681',
  inspectedOn: '2026-03-15',
  team: 'Đoàn kiểm tra liên ngành phường Thành Vinh',
  teamKind: 'inter_agency',
  memberAgencyIds: agencies,
  visits: [
    { establishmentId: open[0], outcome: 'no_violation', findings: 'Có sổ đăng ký lưu trú đầy đủ' },
    {
      establishmentId: open[1], outcome: 'fine', findings: 'Không ghi sổ lưu trú', violations: 'Không thông báo lưu trú',
      fineAmount: 3_000_000, legalBasis: 'Nghị định 144/2021/NĐ-CP', followUpDue: '2026-04-15',
    },
  ],
  ...overrides,
});

beforeAll(async () => {
  testApp = await startTestApp();
  wardInspector = await testApp.signIn({ role: 'inspector', unitId: '16681' });
  wardViewer = await testApp.signIn({ role: 'viewer', unitId: '16681' });
  otherCommuneOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '16702' });
  provinceOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '40' });
  const records = recordFactory(testApp.database.db);
  open = await records.establishments('16681', 3);
  [closed] = await records.establishments('16681', 1, { closedOn: '2025-01-01' }) as [string];
  [elsewhere] = await records.establishments('16702', 1) as [string];
  // The agencies every unit is created with (police, culture and social affairs, …).
  const rows = await testApp.database.db.selectFrom('agencies').select('id').where('unit_id', '=', '16681')
    .orderBy('sort_order').limit(2).execute();
  agencies = rows.map((row) => row.id);
  const response = await testApp.request(wardInspector, {
    method: 'POST', url: '/api/inspections',
    body: anInspection({ inspectedOn: '2025-12-01', visits: [{ establishmentId: open[2], outcome: 'warning', violations: 'Hoạt động quá giờ' }] }),
  });
  expect(response.statusCode, response.body).toBe(201);
  earlier = response.json();
});
afterAll(() => testApp.close());

const countRows = async () => {
  const db = testApp.database.db;
  const inspections = await db.selectFrom('inspections').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  const visits = await db.selectFrom('inspection_visits').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return { inspections: Number(inspections.n), visits: Number(visits.n) };
};

describe('who may read and write inspections', () => {
  it('refuses a viewer who tries to record an inspection, audits the refusal and saves nothing', async () => {
    const before = await countRows();
    const response = await testApp.request(wardViewer, { method: 'POST', url: '/api/inspections', body: anInspection() });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('forbidden');
    expect(await countRows()).toEqual(before);
    const denial = await testApp.database.db.selectFrom('audit_log').select(['action', 'outcome'])
      .where('actor_username', '=', wardViewer.username).where('outcome', '=', 'denied').executeTakeFirst();
    expect(denial).toEqual({ action: 'inspection.create', outcome: 'denied' });
  });

  it('refuses another commune\'s officer to read, change or delete the ward\'s inspection', async () => {
    const read = await testApp.request(otherCommuneOfficer, { method: 'GET', url: `/api/inspections/${earlier.id}` });
    expect(read.statusCode).toBe(403);
    expect(read.json().error.code).toBe('out_of_scope');
    const change = await testApp.request(otherCommuneOfficer, { method: 'PATCH', url: `/api/inspections/${earlier.id}`, body: { notes: 'Sửa hộ' } });
    expect(change.statusCode).toBe(403);
    const remove = await testApp.request(otherCommuneOfficer, { method: 'DELETE', url: `/api/inspections/${earlier.id}`, body: { reason: 'Không phải của xã này' } });
    expect(remove.statusCode).toBe(403);
    const list = await testApp.request(otherCommuneOfficer, { method: 'GET', url: '/api/inspections' });
    expect(list.json().items.map((item: Inspection) => item.id)).not.toContain(earlier.id);
    expect((await testApp.request(wardViewer, { method: 'GET', url: `/api/inspections/${earlier.id}` })).statusCode).toBe(200);
  });
});

describe('recording inspections', () => {
  let created: Inspection;

  it('records an inspection with two visits, one a fine with its amount and legal basis, audited in the same write', async () => {
    const response = await testApp.request(wardInspector, { method: 'POST', url: '/api/inspections', body: anInspection() });
    expect(response.statusCode, response.body).toBe(201);
    created = response.json();
    expect(created).toMatchObject({
      unitId: '16681', unitName: 'Phường Thành Vinh', inspectedOn: '2026-03-15', teamKind: 'inter_agency', notes: null,
    });
    expect([...created.memberAgencyIds].sort()).toEqual([...agencies].sort());
    const fine = created.visits.find((visit) => visit.outcome === 'fine');
    expect(fine).toMatchObject({ establishmentId: open[1], fineAmount: 3_000_000, legalBasis: 'Nghị định 144/2021/NĐ-CP', followUpDue: '2026-04-15' });
    expect(created.visits.find((visit) => visit.outcome === 'no_violation')).toMatchObject({ fineAmount: null, findings: 'Có sổ đăng ký lưu trú đầy đủ' });
    const entry = await testApp.database.db.selectFrom('audit_log').select(['unit_id', 'summary'])
      .where('action', '=', 'inspection.create').where('target_id', '=', created.id).where('outcome', '=', 'success').executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ unit_id: '16681', summary: { after: { inspectedOn: '2026-03-15' } } });
  });

  it('lists it within scope, filtered by dates and outcome, and reads it back', async () => {
    const page = await testApp.request(provinceOfficer, { method: 'GET', url: '/api/inspections?unit=16681' });
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json()).toMatchObject({ total: 2, page: 1, pageSize: 50 });
    expect(page.json().items.map((item: Inspection) => item.id)).toEqual([created.id, earlier.id]);
    const fines = await testApp.request(wardViewer, { method: 'GET', url: '/api/inspections?outcome=fine' });
    expect(fines.json().items.map((item: Inspection) => item.id)).toEqual([created.id]);
    const in2025 = await testApp.request(wardViewer, { method: 'GET', url: '/api/inspections?from=2025-01-01&to=2025-12-31' });
    expect(in2025.json().items.map((item: Inspection) => item.id)).toEqual([earlier.id]);
    const paged = await testApp.request(wardViewer, { method: 'GET', url: '/api/inspections?pageSize=1&page=2' });
    expect(paged.json()).toMatchObject({ total: 2, items: [{ id: earlier.id }] });
    const read = await testApp.request(wardViewer, { method: 'GET', url: `/api/inspections/${created.id}` });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual(created);
  });

  it('counts the inspected establishments in the plan progress of inspections.registry_share', async () => {
    const plan = await testApp.request(provinceOfficer, { method: 'POST', url: '/api/plans', body: { content: aPlanContent() } });
    expect(plan.statusCode, plan.body).toBe(201);
    const response = await testApp.request(provinceOfficer, { method: 'GET', url: `/api/plans/${plan.json().id}/progress?asOf=2026-06-30` });
    expect(response.statusCode, response.body).toBe(200);
    const target = (response.json().targets as TargetProgress[]).find((candidate) => candidate.key === 'kiem-tra-co-so')!;
    // Two establishments in 2026; the December 2025 inspection is outside the plan's year.
    expect(target.result.numerator).toBe(2);
  });

  it('changes an inspection, replacing its visits, and deletes it with a reason, both audited', async () => {
    const change = await testApp.request(wardInspector, {
      method: 'PATCH', url: `/api/inspections/${created.id}`,
      body: { notes: 'Đã lập biên bản', visits: [{ establishmentId: open[0], outcome: 'warning', violations: 'Thiếu nội quy' }] },
    });
    expect(change.statusCode, change.body).toBe(200);
    expect(change.json()).toMatchObject({ notes: 'Đã lập biên bản', visits: [{ establishmentId: open[0], outcome: 'warning' }] });
    const remove = await testApp.request(wardInspector, { method: 'DELETE', url: `/api/inspections/${created.id}`, body: { reason: 'Ghi trùng' } });
    expect(remove.statusCode).toBe(204);
    expect((await testApp.request(wardInspector, { method: 'GET', url: `/api/inspections/${created.id}` })).statusCode).toBe(404);
    const row = await testApp.database.db.selectFrom('inspections').select(['deleted_at', 'deleted_reason'])
      .where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(row.deleted_at).not.toBeNull();
    expect(row.deleted_reason).toBe('Ghi trùng');
    const entry = await testApp.database.db.selectFrom('audit_log').select('summary')
      .where('action', '=', 'inspection.delete').where('target_id', '=', created.id).executeTakeFirstOrThrow();
    expect(entry.summary).toMatchObject({ reason: 'Ghi trùng', before: { notes: 'Đã lập biên bản' } });
  });
});

describe('bad input', () => {
  const post = (body: Record<string, unknown>, language: 'vi' | 'en' = 'vi') =>
    testApp.request(wardInspector, { method: 'POST', url: '/api/inspections', body, language });
  const refused = async (body: Record<string, unknown>) => {
    const before = await countRows();
    const response = await post(body);
    expect(response.statusCode, response.body).toBe(400);
    expect(await countRows()).toEqual(before);
    return response.json().error as { code: string; details: { field: string; message: string }[] };
  };

  it('refuses a date after today', async () => {
    const error = await refused(anInspection({ inspectedOn: '2099-01-01', visits: [{ establishmentId: open[0], outcome: 'no_violation' }] }));
    expect(error.code).toBe('validation_failed');
    expect(error.details.map((detail) => detail.field)).toEqual(['inspectedOn']);
    expect(error.details[0]!.message).toMatch(/^Ngày kiểm tra không được sau hôm nay \(\d{2}\/\d{2}\/\d{4}\)$/);
  });

  it('refuses an establishment closed before the inspection, saying so', async () => {
    const error = await refused(anInspection({ visits: [{ establishmentId: closed, outcome: 'no_violation' }] }));
    expect(error.details).toEqual([{
      field: 'visits.0.establishmentId',
      message: expect.stringMatching(/^Cơ sở "Nhà nghỉ thử 16681-1" đã đóng cửa từ ngày 01\/01\/2025, trước ngày kiểm tra 15\/03\/2026$/),
    }]);
    const english = await post(anInspection({ visits: [{ establishmentId: closed, outcome: 'no_violation' }] }), 'en');
    expect(english.json().error.details[0].message).toContain('closed on 01/01/2025, before the inspection');
  });

  it('refuses a fine without its amount or legal basis, naming the fields', async () => {
    const visits = anInspection().visits;
    const error = await refused(anInspection({
      visits: [...visits, { establishmentId: open[2], outcome: 'fine', violations: 'Không đăng ký kinh doanh' }],
    }));
    expect(error.details.map((detail) => detail.field)).toEqual(['visits.2.fineAmount', 'visits.2.legalBasis']);
    expect(error.details[0]!.message).toBe('Xử phạt tiền phải ghi số tiền phạt lớn hơn 0');
    const zero = await refused(anInspection({
      visits: [{ establishmentId: open[2], outcome: 'fine', violations: 'X', fineAmount: 0, legalBasis: 'Nghị định 144/2021/NĐ-CP' }],
    }));
    expect(zero.details.map((detail) => detail.field)).toEqual(['visits.0.fineAmount']);
  });

  it('refuses an establishment outside the inspecting unit\'s subtree without naming it', async () => {
    const error = await refused(anInspection({ visits: [{ establishmentId: elsewhere, outcome: 'no_violation' }] }));
    expect(error.details).toEqual([{ field: 'visits.0.establishmentId', message: 'Cơ sở không có trong danh sách cơ sở của Phường Thành Vinh' }]);
  });

  it('refuses the same establishment twice in one inspection', async () => {
    const error = await refused(anInspection({
      visits: [{ establishmentId: open[0], outcome: 'no_violation' }, { establishmentId: open[0], outcome: 'warning', violations: 'X' }],
    }));
    expect(error.details.map((detail) => detail.field)).toEqual(['visits.1.establishmentId']);
  });

  it('rejects unknown fields, in the inspection and in a visit', async () => {
    const error = await refused({ ...anInspection(), inspectorIdCard: '012345678901' });
    expect(error.details.map((detail) => detail.field)).toEqual(['(body)']);
    const inVisit = await refused(anInspection({ visits: [{ establishmentId: open[0], outcome: 'no_violation', ownerName: 'Nguyễn Văn B' }] }));
    expect(inVisit.code).toBe('validation_failed');
  });
});
