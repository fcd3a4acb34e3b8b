import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgrammeIntegration } from '../../core/api/programme-integrations.ts';
import type { TargetProgress } from '../../core/api/progress.ts';
import type { RecordHistory } from '../../core/api/record-history.ts';
import { todayInVietnam } from '../../core/dates/format.ts';
import { aPlanContent, aTarget } from '../../test-support/plan-factory.ts';
import { startTestApp, type TestApp, type TestSession } from '../../test-support/test-app.ts';

let testApp: TestApp;
let wardOfficer: TestSession;
let wardAgencyOfficer: TestSession;
let wardViewer: TestSession;
let otherCommuneOfficer: TestSession;
let provinceOfficer: TestSession;
/** Agencies of Phường Thành Vinh (16681) by kind, and one of the other commune (16702). */
let wardAgency: Record<string, string>;
let otherCommuneAgency: string;
/** The ward's Fatherland Front integrating prevention into the drug-prevention programme of 2026. */
let frontIntegration: ProgrammeIntegration;

const URL = '/api/programme-integrations';
const thisYear = Number(todayInVietnam().slice(0, 4));

const anIntegration = (overrides: Record<string, unknown> = {}) => ({
  unitId: '16681',
  year: 2026,
  agencyId: wardAgency.fatherland_front,
  programme: 'Chương trình phòng, chống ma túy năm 2026',
  programmeKind: 'drug_prevention',
  documentNumber: '12/KH-MTTQ',
  documentDate: '2026-01-15',
  notes: 'Lồng ghép vào sinh hoạt khu dân cư',
  ...overrides,
});

const agenciesOf = async (unitId: string) => {
  const rows = await testApp.database.db.selectFrom('agencies').select(['id', 'kind'])
    .where('unit_id', '=', unitId).where('is_active', '=', true).orderBy('sort_order').execute();
  return Object.fromEntries(rows.map((row) => [row.kind, row.id])) as Record<string, string>;
};

const countRows = async () => Number((await testApp.database.db.selectFrom('programme_integrations')
  .select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

const list = async (session: TestSession, query: string) => {
  const response = await testApp.request(session, { method: 'GET', url: `${URL}?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { items: ProgrammeIntegration[]; total: number; page: number; pageSize: number };
};

const create = (session: TestSession, body: Record<string, unknown>, language: 'vi' | 'en' = 'vi') =>
  testApp.request(session, { method: 'POST', url: URL, body, language });

beforeAll(async () => {
  testApp = await startTestApp();
  wardOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '16681' });
  wardAgencyOfficer = await testApp.signIn({ role: 'agency_officer', unitId: '16681' });
  wardViewer = await testApp.signIn({ role: 'viewer', unitId: '16681' });
  otherCommuneOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '16702' });
  provinceOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '40' });
  wardAgency = await agenciesOf('16681');
  otherCommuneAgency = Object.values(await agenciesOf('16702'))[0]!;
  expect(wardAgency.fatherland_front).toBeDefined();
  const response = await create(wardOfficer, anIntegration());
  expect(response.statusCode, response.body).toBe(201);
  frontIntegration = response.json();
});
afterAll(() => testApp.close());

describe('who may read and write integrations', () => {
  it('refuses a viewer who tries to record, change or delete one, audits the refusal and saves nothing', async () => {
    const before = await countRows();
    const response = await create(wardViewer, anIntegration({ programme: 'Chương trình giảm nghèo bền vững' }));
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('forbidden');
    expect(await countRows()).toBe(before);
    const denial = await testApp.database.db.selectFrom('audit_log').select(['action', 'outcome'])
      .where('actor_username', '=', wardViewer.username).where('outcome', '=', 'denied').executeTakeFirst();
    expect(denial).toEqual({ action: 'programme_integration.create', outcome: 'denied' });
    const change = await testApp.request(wardViewer, { method: 'PATCH', url: `${URL}/${frontIntegration.id}`, body: { notes: 'x' } });
    expect(change.statusCode).toBe(403);
    const remove = await testApp.request(wardViewer, { method: 'DELETE', url: `${URL}/${frontIntegration.id}`, body: { reason: 'x' } });
    expect(remove.statusCode).toBe(403);
  });

  it('lets a viewer of the unit and the province above read, with no permission beyond the scope', async () => {
    const read = await testApp.request(wardViewer, { method: 'GET', url: `${URL}/${frontIntegration.id}` });
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json()).toEqual(frontIntegration);
    expect((await list(provinceOfficer, 'unit=16681')).items.map((item) => item.id)).toContain(frontIntegration.id);
    const history = await testApp.request(wardViewer, { method: 'GET', url: `/api/records/programme_integration/${frontIntegration.id}/history` });
    expect(history.statusCode, history.body).toBe(200);
  });

  it('refuses another commune\'s officer to read, change or delete the ward\'s integration, or to record one for the ward', async () => {
    const read = await testApp.request(otherCommuneOfficer, { method: 'GET', url: `${URL}/${frontIntegration.id}` });
    expect(read.statusCode).toBe(403);
    expect(read.json().error.code).toBe('out_of_scope');
    const change = await testApp.request(otherCommuneOfficer, { method: 'PATCH', url: `${URL}/${frontIntegration.id}`, body: { notes: 'x' } });
    expect(change.statusCode).toBe(403);
    const remove = await testApp.request(otherCommuneOfficer, { method: 'DELETE', url: `${URL}/${frontIntegration.id}`, body: { reason: 'x' } });
    expect(remove.statusCode).toBe(403);
    expect((await create(otherCommuneOfficer, anIntegration({ programme: 'Chương trình khác' }))).statusCode).toBe(403);
    expect((await list(otherCommuneOfficer, '')).items.map((item) => item.id)).not.toContain(frontIntegration.id);
    expect((await testApp.request(otherCommuneOfficer, { method: 'GET', url: `${URL}?unit=16681` })).statusCode).toBe(403);
    const history = await testApp.request(otherCommuneOfficer, { method: 'GET', url: `/api/records/programme_integration/${frontIntegration.id}/history` });
    expect(history.statusCode).toBe(403);
  });
});

describe('recording integrations', () => {
  it('recorded the Fatherland Front\'s integration with its document, audited in the same write', async () => {
    expect(frontIntegration).toMatchObject({
      unitId: '16681', unitName: 'Phường Thành Vinh', year: 2026, agencyId: wardAgency.fatherland_front,
      agencyName: 'Ủy ban Mặt trận Tổ quốc Việt Nam phường Thành Vinh', programme: 'Chương trình phòng, chống ma túy năm 2026',
      programmeKind: 'drug_prevention', documentNumber: '12/KH-MTTQ', documentDate: '2026-01-15', notes: 'Lồng ghép vào sinh hoạt khu dân cư',
    });
    const entry = await testApp.database.db.selectFrom('audit_log').select(['unit_id', 'actor_username', 'target_type', 'summary'])
      .where('action', '=', 'programme_integration.create').where('target_id', '=', frontIntegration.id).where('outcome', '=', 'success')
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({
      unit_id: '16681', actor_username: wardOfficer.username, target_type: 'programme_integration',
      summary: { after: { programme: frontIntegration.programme, agencyId: wardAgency.fatherland_front, year: 2026 } },
    });
  });

  it('lets an agency officer record the People\'s Committee\'s own integration (no agency), for next year too', async () => {
    const response = await create(wardAgencyOfficer, {
      unitId: '16681', year: thisYear + 1, programme: 'Kế hoạch phát triển kinh tế - xã hội', programmeKind: 'socio_economic_development',
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ agencyId: null, agencyName: null, documentNumber: null, documentDate: null, notes: null, year: thisYear + 1 });
  });

  it('lists within scope, filtered by unit, year and kind, searched without accents, a page at a time', async () => {
    const province = await create(provinceOfficer, {
      unitId: '40', year: 2025, programme: 'Cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa"', programmeKind: 'cultural_movement',
    });
    expect(province.statusCode, province.body).toBe(201);
    const all = await list(provinceOfficer, '');
    expect(all.total).toBe(3);
    expect((await list(provinceOfficer, 'unit=16681')).total).toBe(2);
    expect((await list(provinceOfficer, 'year=2026')).items.map((item) => item.id)).toEqual([frontIntegration.id]);
    expect((await list(provinceOfficer, 'kind=cultural_movement')).items.map((item) => item.unitId)).toEqual(['40']);
    expect((await list(wardViewer, 'q=MA TUY')).items.map((item) => item.id)).toEqual([frontIntegration.id]);
    // The agency's name and the document number are searched too.
    expect((await list(wardViewer, 'q=mat tran to quoc')).items.map((item) => item.id)).toEqual([frontIntegration.id]);
    expect((await list(wardViewer, 'q=12/kh-mttq')).items.map((item) => item.id)).toEqual([frontIntegration.id]);
    expect((await list(provinceOfficer, 'q=doi song van hoa')).total).toBe(1);
    expect((await list(wardViewer, 'q=%')).total).toBe(0);
    const paged = await list(provinceOfficer, 'pageSize=1&page=3');
    expect(paged).toMatchObject({ total: 3, page: 3, pageSize: 1 });
    // Newest year first: next year's, 2026, then the province's 2025.
    expect(paged.items.map((item) => item.year)).toEqual([2025]);
    const badQuery = await testApp.request(provinceOfficer, { method: 'GET', url: `${URL}?kind=festival` });
    expect(badQuery.statusCode).toBe(400);
    expect(badQuery.json().error.details[0].field).toBe('querystring.kind');
  });

  it('changes an integration, with only the changed fields in its history', async () => {
    const change = await testApp.request(wardAgencyOfficer, {
      method: 'PATCH', url: `${URL}/${frontIntegration.id}`, body: { agencyId: wardAgency.womens_union, documentNumber: null },
    });
    expect(change.statusCode, change.body).toBe(200);
    expect(change.json()).toMatchObject({ agencyId: wardAgency.womens_union, agencyName: 'Hội Liên hiệp Phụ nữ phường Thành Vinh', documentNumber: null, year: 2026 });
    const history = await testApp.request(provinceOfficer, { method: 'GET', url: `/api/records/programme_integration/${frontIntegration.id}/history` });
    expect(history.statusCode, history.body).toBe(200);
    const { entries } = history.json() as RecordHistory;
    expect(entries.map((entry) => entry.change)).toEqual(['create', 'update']);
    expect(entries[1]).toMatchObject({
      actorUsername: wardAgencyOfficer.username,
      before: { agencyId: wardAgency.fatherland_front, documentNumber: '12/KH-MTTQ' },
      after: { agencyId: wardAgency.womens_union, documentNumber: null },
    });
    expect(Object.keys(entries[1]!.after).sort()).toEqual(['agencyId', 'agencyName', 'documentNumber']);
    // Back to the Front, as the rest of this file expects.
    const back = await testApp.request(wardOfficer, { method: 'PATCH', url: `${URL}/${frontIntegration.id}`, body: { agencyId: wardAgency.fatherland_front } });
    expect(back.statusCode, back.body).toBe(200);
  });

  it('deletes an integration with its reason: gone from lists and lookups, kept in the table, the audit log and the history', async () => {
    const created = await create(wardOfficer, anIntegration({ programme: 'Chương trình phòng, chống HIV/AIDS', programmeKind: 'hiv_aids' }));
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json() as ProgrammeIntegration;
    const noReason = await testApp.request(wardOfficer, { method: 'DELETE', url: `${URL}/${id}`, body: { reason: '  ' } });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details[0].field).toBe('reason');
    const remove = await testApp.request(wardOfficer, { method: 'DELETE', url: `${URL}/${id}`, body: { reason: 'Ghi nhầm chương trình' } });
    expect(remove.statusCode).toBe(204);
    expect((await testApp.request(wardOfficer, { method: 'GET', url: `${URL}/${id}` })).statusCode).toBe(404);
    expect((await list(wardOfficer, 'kind=hiv_aids')).total).toBe(0);
    const row = await testApp.database.db.selectFrom('programme_integrations').select(['deleted_at', 'deleted_reason'])
      .where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.deleted_at).not.toBeNull();
    expect(row.deleted_reason).toBe('Ghi nhầm chương trình');
    const history = (await testApp.request(wardOfficer, { method: 'GET', url: `/api/records/programme_integration/${id}/history` })).json() as RecordHistory;
    expect(history.entries.map((entry) => [entry.change, entry.reason])).toEqual([['create', null], ['delete', 'Ghi nhầm chương trình']]);
    expect(history.entries[1]!.before).toMatchObject({ programme: 'Chương trình phòng, chống HIV/AIDS', programmeKind: 'hiv_aids' });
    const again = await testApp.request(wardOfficer, { method: 'DELETE', url: `${URL}/${id}`, body: { reason: 'Lần nữa' } });
    expect(again.statusCode).toBe(404);
    // The same programme can be recorded again once the mistaken record is deleted.
    const redo = await create(wardOfficer, anIntegration({ programme: 'Chương trình phòng, chống HIV/AIDS', programmeKind: 'hiv_aids' }));
    expect(redo.statusCode, redo.body).toBe(201);
  });
});

describe('one integration per body, programme and year', () => {
  it('refuses the same body, programme and year again, whatever the accents, case and punctuation, naming the record there', async () => {
    const before = await countRows();
    const response = await create(wardOfficer, anIntegration({ programme: 'CHUONG TRINH PHONG CHONG MA TUY NAM 2026', documentNumber: null }));
    expect(response.statusCode, response.body).toBe(409);
    const error = response.json().error;
    expect(error.code).toBe('programme_integration_duplicate');
    expect(error.message).toMatch(/^Ủy ban Mặt trận Tổ quốc Việt Nam phường Thành Vinh đã có bản ghi lồng ghép nhiệm vụ phòng, chống mại dâm vào "Chương trình phòng, chống ma túy năm 2026" năm 2026 \(Phường Thành Vinh, ghi ngày \d{2}\/\d{2}\/\d{4}\)/);
    expect(error.details).toEqual([{ field: 'programme', message: expect.stringContaining('"Chương trình phòng, chống ma túy năm 2026" năm 2026') }]);
    expect(await countRows()).toBe(before);
  });

  it('names the People\'s Committee when it is the body that already integrates', async () => {
    const response = await create(wardOfficer, { unitId: '16681', year: thisYear + 1, programme: 'kế hoạch phát triển kinh tế xã hội', programmeKind: 'other' }, 'en');
    expect(response.statusCode, response.body).toBe(409);
    expect(response.json().error.message).toMatch(/^Ủy ban nhân dân phường Thành Vinh already has a record of integrating prostitution prevention into "Kế hoạch phát triển kinh tế - xã hội"/);
  });

  it('accepts the same programme for another year or another body, and refuses a change that makes a duplicate', async () => {
    const otherYear = await create(wardOfficer, anIntegration({ year: 2025 }));
    expect(otherYear.statusCode, otherYear.body).toBe(201);
    const otherBody = await create(wardOfficer, anIntegration({ agencyId: wardAgency.youth_union }));
    expect(otherBody.statusCode, otherBody.body).toBe(201);
    const change = await testApp.request(wardOfficer, { method: 'PATCH', url: `${URL}/${otherYear.json().id}`, body: { year: 2026 } });
    expect(change.statusCode).toBe(409);
    expect(change.json().error.details[0].field).toBe('programme');
    // Changing only the notes of a record is no duplicate of itself.
    const notes = await testApp.request(wardOfficer, { method: 'PATCH', url: `${URL}/${frontIntegration.id}`, body: { notes: 'Đã triển khai quý I' } });
    expect(notes.statusCode, notes.body).toBe(200);
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

  it('refuses a year after next year, naming the field; next year is fine', async () => {
    const error = await refused(anIntegration({ year: thisYear + 2, programme: 'Chương trình mới' }));
    expect(error.code).toBe('validation_failed');
    expect(error.details).toEqual([{
      field: 'year', message: `Năm không được sau năm ${thisYear + 1}: chỉ ghi lồng ghép của các năm đã qua, năm nay và năm tới`,
    }]);
    expect((await refused(anIntegration({ year: 1999 }))).details.map((detail) => detail.field)).toEqual(['year']);
  });

  it('refuses a document dated after today, naming the field', async () => {
    const error = await refused(anIntegration({ programme: 'Chương trình mới', documentDate: '2099-01-01' }));
    expect(error.details).toEqual([{ field: 'documentDate', message: expect.stringMatching(/^Ngày văn bản không được sau hôm nay \(\d{2}\/\d{2}\/\d{4}\)$/) }]);
    expect((await refused(anIntegration({ documentDate: '2026-02-30' }))).details)
      .toEqual([{ field: 'documentDate', message: 'Ngày không có trên lịch' }]);
  });

  it('refuses an agency that is not the unit\'s own', async () => {
    const error = await refused(anIntegration({ programme: 'Chương trình mới', agencyId: otherCommuneAgency }));
    expect(error.details).toEqual([{
      field: 'agencyId', message: 'Cơ quan được chọn không thuộc Phường Thành Vinh; hãy chọn một cơ quan của Phường Thành Vinh',
    }]);
  });

  it('refuses a unit that no longer exists, an empty programme, an unknown kind and unknown fields', async () => {
    const predecessor = await testApp.database.db.selectFrom('admin_unit_successions').select('predecessor_id')
      .where('successor_id', '=', '16681').where('is_primary', '=', true).where('predecessor_id', 'like', 'pre2025-%').executeTakeFirstOrThrow();
    expect((await refused(anIntegration({ unitId: predecessor.predecessor_id, agencyId: null }))).details.map((detail) => detail.field)).toEqual(['unitId']);
    expect((await refused(anIntegration({ programme: '   ' }))).details.map((detail) => detail.field)).toEqual(['programme']);
    expect((await refused(anIntegration({ programmeKind: 'festival' }))).details.map((detail) => detail.field)).toEqual(['programmeKind']);
    expect((await refused({ ...anIntegration(), participants: 12 })).details.map((detail) => detail.field)).toEqual(['(body)']);
  });
});

describe('the API description', () => {
  it('documents the integrations and models routes with their schemas', async () => {
    const response = await testApp.request(null, { method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    for (const path of ['/api/programme-integrations', '/api/programme-integrations/{id}', '/api/harm-reduction-models', '/api/harm-reduction-models/{id}']) {
      expect(Object.keys(document.paths), path).toContain(path);
    }
    expect(document.paths['/api/programme-integrations'].post.requestBody.content['application/json'].schema.required)
      .toEqual(['unitId', 'year', 'programme', 'programmeKind']);
  });
});

describe('the integration targets of a plan', () => {
  it('counts a new integration at once, and no longer once deleted', async () => {
    const content = aPlanContent({
      targets: [
        aTarget({ key: 'long-ghep', indicatorCode: 'planning.child_units_integrating', value: 50, text: 'Ít nhất 50% số xã, phường lồng ghép' }),
        aTarget({ key: 'ke-hoach-long-ghep', indicatorCode: 'planning.integration_plans', value: 10, text: 'MTTQ và các đoàn thể xây dựng kế hoạch lồng ghép' }),
      ],
    });
    const plan = await testApp.request(provinceOfficer, { method: 'POST', url: '/api/plans', body: { content } });
    expect(plan.statusCode, plan.body).toBe(201);
    const figures = async () => {
      const response = await testApp.request(provinceOfficer, { method: 'GET', url: `/api/plans/${plan.json().id}/progress?asOf=2026-06-30` });
      expect(response.statusCode, response.body).toBe(200);
      const targets = response.json().targets as TargetProgress[];
      const communes = targets.find((target) => target.key === 'long-ghep')!;
      return {
        communes: communes.result.numerator,
        otherCommune: communes.children.find((child) => child.unitId === '16702')?.numerator,
        plans: targets.find((target) => target.key === 'ke-hoach-long-ghep')!.result.numerator,
      };
    };
    const before = await figures();
    // Only the ward integrates in 2026 so far.
    expect(before.communes).toBe(1);
    expect(before.otherCommune).toBe(0);
    const response = await create(otherCommuneOfficer, {
      unitId: '16702', year: 2026, agencyId: otherCommuneAgency, programme: 'Chương trình giảm nghèo bền vững', programmeKind: 'social_protection',
    });
    expect(response.statusCode, response.body).toBe(201);
    const after = await figures();
    expect(after).toEqual({ communes: 2, otherCommune: 1, plans: before.plans! + 1 });
    // The same body integrating into a second programme, and the People's Committee's own integration, are no new bodies.
    const second = await create(otherCommuneOfficer, {
      unitId: '16702', year: 2026, agencyId: otherCommuneAgency, programme: 'Phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa', programmeKind: 'cultural_movement',
    });
    expect(second.statusCode, second.body).toBe(201);
    const committee = await create(otherCommuneOfficer, {
      unitId: '16702', year: 2026, agencyId: null, programme: 'Kế hoạch phát triển kinh tế - xã hội năm 2026', programmeKind: 'socio_economic_development',
    });
    expect(committee.statusCode, committee.body).toBe(201);
    expect(await figures()).toEqual(after);
    for (const id of [response.json().id, second.json().id, committee.json().id]) {
      const remove = await testApp.request(otherCommuneOfficer, { method: 'DELETE', url: `${URL}/${id}`, body: { reason: 'Nhầm năm' } });
      expect(remove.statusCode).toBe(204);
    }
    expect(await figures()).toEqual(before);
  });
});
