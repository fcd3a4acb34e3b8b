import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TargetProgress } from '../../core/api/progress.ts';
import { aPlanContent, aTarget } from '../../test-support/plan-factory.ts';
import { recordFactory } from '../../test-support/record-factory.ts';
import { startTestApp, type TestApp, type TestSession } from '../../test-support/test-app.ts';

let testApp: TestApp;
let provinceOfficer: TestSession;
let communeOfficer: TestSession;
let communeViewer: TestSession;
let formerWardId: string;

beforeAll(async () => {
  testApp = await startTestApp();
  provinceOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '40' });
  communeOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '16681' });
  communeViewer = await testApp.signIn({ role: 'viewer', unitId: '16681' });
  // The pre-reform ward that became Phường Thành Vinh on 1/7/2025.
  formerWardId = (await testApp.database.db.selectFrom('admin_unit_successions').select('predecessor_id')
    .where('successor_id', '=', '16681').where('is_primary', '=', true).where('predecessor_id', 'like', 'pre2025-%')
    .executeTakeFirstOrThrow()).predecessor_id;
});
afterAll(() => testApp.close());

const put = (session: TestSession, code: string, year: number | string, figures: unknown, language: 'vi' | 'en' = 'vi') =>
  testApp.request(session, { method: 'PUT', url: `/api/units/${code}/reference-figures/${year}`, body: { figures }, language });
const get = (session: TestSession, code: string, year: number | string) =>
  testApp.request(session, { method: 'GET', url: `/api/units/${code}/reference-figures/${year}` });
const countFigures = async () =>
  Number((await testApp.database.db.selectFrom('reference_figures').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
const fieldsOf = (body: { error: { details: Array<{ field: string }> } }) => body.error.details.map((detail) => detail.field);

describe('PUT /api/units/{code}/reference-figures/{year}: who may', () => {
  it('is forbidden to a viewer, and the refusal is audited', async () => {
    const response = await put(communeViewer, '16681', 2026, { students: 100 });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('forbidden');
    const denial = await testApp.database.db.selectFrom('audit_log').select(['action', 'outcome'])
      .where('actor_username', '=', communeViewer.username).where('outcome', '=', 'denied').executeTakeFirst();
    expect(denial).toEqual({ action: 'reference_figure.update', outcome: 'denied' });
  });

  it('is refused for a unit above the caller, saving nothing', async () => {
    const response = await put(communeOfficer, '40', 2026, { students: 100 });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('out_of_scope');
    expect(await countFigures()).toBe(0);
  });
});

describe('GET /api/units/{code}/reference-figures/{year}: who may', () => {
  it('is refused for another commune', async () => {
    const response = await get(communeOfficer, '16702', 2026);
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('out_of_scope');
  });
});

describe('reference figures of a unit and year', () => {
  it('starts with every kind undeclared', async () => {
    const response = await get(communeViewer, '16681', 2026);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ unitId: '16681', year: 2026 });
    expect(Object.values(body.figures)).toEqual(Array(7).fill(null));
    expect(body.figures).toHaveProperty('sex_workers_in_need', null);
  });

  it('declares figures, then reads them back', async () => {
    const response = await put(provinceOfficer, '40', 2026, { students: 900, industrial_zone_workers: 5000 });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().figures).toMatchObject({ students: 900, industrial_zone_workers: 5000, officials_province: null });
    const read = (await get(provinceOfficer, '40', 2026)).json();
    expect(read.figures).toEqual(response.json().figures);
    expect(Date.parse(read.updatedAt.students)).not.toBeNaN();
    expect(read.updatedAt.officials_province).toBeNull();
  });

  it('changes one figure and removes another with null, audited with before and after', async () => {
    const response = await put(provinceOfficer, '40', 2026, { students: 1200, industrial_zone_workers: null, officials_province: null });
    expect(response.statusCode).toBe(200);
    expect(response.json().figures).toMatchObject({ students: 1200, industrial_zone_workers: null });
    const entry = await testApp.database.db.selectFrom('audit_log').select(['unit_id', 'target_id', 'summary'])
      .where('action', '=', 'reference_figure.update').where('outcome', '=', 'success')
      .orderBy('id', 'desc').executeTakeFirstOrThrow();
    // A kind that was not declared and stays undeclared is not a change.
    expect(entry).toEqual({
      unit_id: '40',
      target_id: '40/2026',
      summary: { year: 2026, before: { industrial_zone_workers: 5000, students: 900 }, after: { industrial_zone_workers: null, students: 1200 } },
    });
  });

  it('lets a province officer declare for a commune below, and keeps each unit\'s figures apart', async () => {
    expect((await put(provinceOfficer, '16681', 2026, { students: 200 })).statusCode).toBe(200);
    expect((await get(communeOfficer, '16681', 2026)).json().figures.students).toBe(200);
    expect((await get(provinceOfficer, '40', 2026)).json().figures.students).toBe(1200);
    expect((await get(provinceOfficer, '16681', 2025)).json().figures.students).toBeNull();
  });

  it('accepts figures of a pre-reform ward for the years it existed', async () => {
    const response = await put(communeOfficer, formerWardId, 2024, { students: 80 });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ unitId: formerWardId, year: 2024, figures: { students: 80 } });
  });
});

describe('a declared figure as the denominator of a plan\'s progress', () => {
  it('measures the students reached against the students the province declared', async () => {
    const content = aPlanContent({
      targets: [aTarget({ key: 'hoc-sinh', indicatorCode: 'communication.reach_students', value: 70, text: 'Ít nhất 70% học sinh, sinh viên được tuyên truyền' })],
    });
    const created = await testApp.request(provinceOfficer, { method: 'POST', url: '/api/plans', body: { content } });
    expect(created.statusCode, created.body).toBe(201);
    await recordFactory(testApp.database.db).communication('40', '2026-02-01', { students: 300 });
    expect((await put(provinceOfficer, '40', 2026, { students: 1000 })).statusCode).toBe(200);

    const response = await testApp.request(provinceOfficer, { method: 'GET', url: `/api/plans/${created.json().id}/progress?asOf=2026-06-30` });
    expect(response.statusCode, response.body).toBe(200);
    const target = (response.json().targets as TargetProgress[]).find((candidate) => candidate.key === 'hoc-sinh')!;
    expect(target.result).toMatchObject({ numerator: 300, denominator: 1000, value: 30 });
  });
});

describe('bad input', () => {
  it('refuses negative and fractional figures and unknown kinds, naming each field and saving nothing', async () => {
    const before = await countFigures();
    const negative = await put(provinceOfficer, '40', 2026, { students: -1 });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().error.details).toEqual([{ field: 'figures.students', message: 'Phải lớn hơn hoặc bằng 0.' }]);
    const fractional = await put(provinceOfficer, '40', 2026, { students: 10.5, industrial_zone_workers: '300' });
    expect(fractional.statusCode).toBe(400);
    expect(fieldsOf(fractional.json())).toEqual(expect.arrayContaining(['figures.students', 'figures.industrial_zone_workers']));
    const unknown = await put(provinceOfficer, '40', 2026, { students: 10, pets: 3 });
    expect(unknown.statusCode).toBe(400);
    expect(fieldsOf(unknown.json())).toEqual(['figures']);
    const empty = await put(provinceOfficer, '40', 2026, {});
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details[0].message).toBe('Cần ít nhất một số liệu');
    const extra = await testApp.request(provinceOfficer, { method: 'PUT', url: '/api/units/40/reference-figures/2026', body: { figures: { students: 1 }, note: 'x' } });
    expect(extra.statusCode).toBe(400);
    expect(await countFigures()).toBe(before);
    expect((await get(provinceOfficer, '40', 2026)).json().figures.students).toBe(1000);
  });

  it('refuses years outside 2000–2100, beyond next year, or after a unit ceased', async () => {
    for (const year of [1999, 2101, 'nam-nay']) {
      const response = await put(provinceOfficer, '40', year, { students: 1 });
      expect(response.statusCode, String(year)).toBe(400);
      expect(fieldsOf(response.json())).toEqual(['params.year']);
    }
    expect((await get(provinceOfficer, '40', 1999)).statusCode).toBe(400);
    const nextYear = new Date().getUTCFullYear() + 1;
    const tooFar = await put(provinceOfficer, '40', nextYear + 2, { students: 1 }, 'en');
    expect(tooFar.statusCode).toBe(400);
    expect(tooFar.json().error.details).toEqual([{ field: 'params.year', message: expect.stringMatching(/^Figures can be declared up to 20\d\d$/) }]);
    const ceased = await put(communeOfficer, formerWardId, 2026, { students: 1 });
    expect(ceased.statusCode).toBe(400);
    expect(ceased.json().error.details[0]).toMatchObject({ field: 'params.year', message: expect.stringContaining('30/06/2025') });
  });

  it('answers 404 for a unit code that does not exist', async () => {
    const written = await put(provinceOfficer, '99999', 2026, { students: 1 });
    expect(written.statusCode).toBe(404);
    expect(written.json().error.code).toBe('unit_not_found');
    expect((await get(provinceOfficer, '99999', 2026)).statusCode).toBe(404);
  });
});
