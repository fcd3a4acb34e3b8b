import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestSession } from '../../test-support/test-app.ts';

let testApp: TestApp;
let communeAdmin: TestSession;
let provinceAdmin: TestSession;
let communeViewer: TestSession;

beforeAll(async () => {
  testApp = await startTestApp();
  communeAdmin = await testApp.signIn({ role: 'unit_admin', unitId: '16681' });
  provinceAdmin = await testApp.signIn({ role: 'unit_admin', unitId: '40' });
  communeViewer = await testApp.signIn({ role: 'viewer', unitId: '16681' });
});
afterAll(() => testApp.close());

const agenciesOf = async (session: TestSession, code: string) =>
  (await testApp.request(session, { method: 'GET', url: `/api/units/${code}/agencies` })).json().agencies as Array<{
    id: string; name: string; kind: string; isLead: boolean; isActive: boolean;
  }>;

const countAgencies = async () =>
  Number((await testApp.database.db.selectFrom('agencies').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe('POST /api/units/{code}/agencies', () => {
  it('is forbidden to a viewer, and the refusal is audited', async () => {
    const response = await testApp.request(communeViewer, {
      method: 'POST', url: '/api/units/16681/agencies', body: { kind: 'other', name: 'Đảng ủy phường Thành Vinh' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('forbidden');
    const denial = await testApp.database.db.selectFrom('audit_log').select(['action', 'outcome'])
      .where('actor_username', '=', communeViewer.username).where('outcome', '=', 'denied').executeTakeFirst();
    expect(denial).toEqual({ action: 'agency.create', outcome: 'denied' });
  });

  it('is forbidden to the admin of another unit, even the province above', async () => {
    const before = await countAgencies();
    const response = await testApp.request(provinceAdmin, {
      method: 'POST', url: '/api/units/16681/agencies', body: { kind: 'other', name: 'Cơ quan do tỉnh thêm' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('out_of_scope');
    expect(await countAgencies()).toBe(before);
  });

  it('lets the unit admin add an agency, audited with its content', async () => {
    const response = await testApp.request(communeAdmin, {
      method: 'POST', url: '/api/units/16681/agencies', body: { kind: 'other', name: '  Đảng ủy phường Thành Vinh ' },
    });
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({ unitId: '16681', kind: 'other', name: 'Đảng ủy phường Thành Vinh', isLead: false, isActive: true });
    const entry = await testApp.database.db.selectFrom('audit_log').select(['action', 'unit_id', 'target_id', 'summary'])
      .where('action', '=', 'agency.create').where('outcome', '=', 'success').executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ unit_id: '16681', target_id: created.id, summary: { after: { name: 'Đảng ủy phường Thành Vinh' } } });
  });

  it('marks bodies the unit cannot command as requested (đề nghị) by default', async () => {
    const response = await testApp.request(communeAdmin, {
      method: 'POST', url: '/api/units/16681/agencies', body: { kind: 'procuracy', name: 'Viện kiểm sát nhân dân khu vực' },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ kind: 'procuracy', isRequestOnly: true });
  });

  it('refuses a second agency with the same name, ignoring case', async () => {
    const response = await testApp.request(communeAdmin, {
      method: 'POST', url: '/api/units/16681/agencies', body: { kind: 'other', name: 'ĐẢNG ỦY PHƯỜNG THÀNH VINH' },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('agency_name_taken');
  });

  it('rejects an unknown kind and unknown fields, saving nothing', async () => {
    const before = await countAgencies();
    const response = await testApp.request(communeAdmin, {
      method: 'POST', url: '/api/units/16681/agencies', body: { kind: 'ministry_of_magic', name: 'X', budget: 1 },
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json().error.details.map((detail: { field: string }) => detail.field);
    expect(fields).toEqual(expect.arrayContaining(['kind', '(body)']));
    expect(await countAgencies()).toBe(before);
  });
});

describe('GET /api/units/{code}/agencies', () => {
  it('is refused for a unit outside the caller\'s scope', async () => {
    const response = await testApp.request(communeViewer, { method: 'GET', url: '/api/units/16702/agencies' });
    expect(response.statusCode).toBe(403);
  });

  it('lists the default agencies of a commune with exactly one lead', async () => {
    const agencies = await agenciesOf(communeViewer, '16681');
    expect(agencies.length).toBeGreaterThan(8);
    expect(agencies.filter((agency) => agency.isLead)).toHaveLength(1);
    expect(agencies.map((agency) => agency.name)).toEqual(expect.arrayContaining(['Công an phường Thành Vinh']));
  });
});

describe('PATCH /api/agencies/{id}', () => {
  it('is forbidden to a viewer', async () => {
    const [first] = await agenciesOf(communeViewer, '16681');
    const response = await testApp.request(communeViewer, { method: 'PATCH', url: `/api/agencies/${first!.id}`, body: { isActive: false } });
    expect(response.statusCode).toBe(403);
  });

  it('moves the lead: making one agency lead demotes the previous one', async () => {
    const agencies = await agenciesOf(communeAdmin, '16681');
    const previousLead = agencies.find((agency) => agency.isLead)!;
    const police = agencies.find((agency) => agency.kind === 'police')!;
    const response = await testApp.request(communeAdmin, { method: 'PATCH', url: `/api/agencies/${police.id}`, body: { isLead: true } });
    expect(response.statusCode).toBe(200);
    const after = await agenciesOf(communeAdmin, '16681');
    expect(after.filter((agency) => agency.isLead).map((agency) => agency.id)).toEqual([police.id]);
    expect(after.find((agency) => agency.id === previousLead.id)!.isLead).toBe(false);
  });

  it('renames and deactivates, recording before and after', async () => {
    const agency = (await agenciesOf(communeAdmin, '16681')).find((candidate) => candidate.kind === 'school')!;
    const response = await testApp.request(communeAdmin, {
      method: 'PATCH', url: `/api/agencies/${agency.id}`, body: { name: 'Các trường học trên địa bàn phường', isActive: false },
    });
    expect(response.statusCode).toBe(200);
    const entry = await testApp.database.db.selectFrom('audit_log').select('summary')
      .where('action', '=', 'agency.update').where('target_id', '=', agency.id).executeTakeFirstOrThrow();
    expect(entry.summary).toEqual({
      before: { name: agency.name, isActive: true },
      after: { name: 'Các trường học trên địa bàn phường', isActive: false },
    });
  });

  it('refuses to deactivate the lead agency, leaving it unchanged', async () => {
    const lead = (await agenciesOf(communeAdmin, '16681')).find((agency) => agency.isLead)!;
    const response = await testApp.request(communeAdmin, { method: 'PATCH', url: `/api/agencies/${lead.id}`, body: { isActive: false } });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('lead_agency_inactive');
    expect((await agenciesOf(communeAdmin, '16681')).find((agency) => agency.id === lead.id)!.isActive).toBe(true);
  });

  it('rejects an empty change and a malformed id', async () => {
    const agency = (await agenciesOf(communeAdmin, '16681'))[0]!;
    const empty = await testApp.request(communeAdmin, { method: 'PATCH', url: `/api/agencies/${agency.id}`, body: {} });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details[0].message).toBe('Cần ít nhất một trường để sửa');
    const badId = await testApp.request(communeAdmin, { method: 'PATCH', url: '/api/agencies/khong-phai-uuid', body: { isActive: true } });
    expect(badId.statusCode).toBe(400);
    const missing = await testApp.request(communeAdmin, {
      method: 'PATCH', url: '/api/agencies/00000000-0000-4000-8000-000000000000', body: { isActive: true },
    });
    expect(missing.statusCode).toBe(404);
  });
});
