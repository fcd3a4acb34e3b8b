import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestSession } from '../../test-support/test-app.ts';

let testApp: TestApp;
let admin: TestSession;
let provinceOfficer: TestSession;
let communeOfficer: TestSession;

beforeAll(async () => {
  testApp = await startTestApp();
  admin = await testApp.signIn({ role: 'system_admin', unitId: null });
  provinceOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '40' });
  communeOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '16681' });
});
afterAll(() => testApp.close());

const get = (session: TestSession | null, url: string, language: 'vi' | 'en' = 'vi') =>
  testApp.request(session, { method: 'GET', url, language });

describe('GET /api/units', () => {
  it('is refused without signing in', async () => {
    const response = await get(null, '/api/units?level=province');
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('unauthenticated');
  });

  it('lists the 34 provinces of today for a system admin', async () => {
    const response = await get(admin, '/api/units?level=province');
    expect(response.statusCode).toBe(200);
    const { units } = response.json();
    expect(units).toHaveLength(34);
    expect(units.map((unit: { id: string }) => unit.id)).toContain('40');
    expect(units.every((unit: { validTo: string | null }) => unit.validTo === null)).toBe(true);
  });

  it('finds units without accents, within the caller\'s scope only', async () => {
    const everywhere = await get(admin, '/api/units?q=binh%20lu');
    expect(everywhere.json().units.map((unit: { name: string }) => unit.name)).toContain('Xã Bình Lư');
    const nghean = await get(provinceOfficer, '/api/units?q=binh%20lu');
    expect(nghean.json().units).toEqual([]);
    const vinh = await get(provinceOfficer, '/api/units?q=VINH');
    const names = vinh.json().units.map((unit: { name: string }) => unit.name);
    expect(names).toEqual(expect.arrayContaining(['Phường Thành Vinh', 'Phường Vinh Phú']));
    const own = await get(communeOfficer, '/api/units?q=vinh');
    expect(own.json().units.map((unit: { id: string }) => unit.id)).toEqual(['16681']);
  });

  it('includes pre-reform units that roll up into the caller\'s unit when asked', async () => {
    const response = await get(communeOfficer, '/api/units?q=cua%20nam&former=true');
    const units = response.json().units;
    expect(units.length).toBeGreaterThan(0);
    expect(units[0]).toMatchObject({ name: 'Phường Cửa Nam', validTo: '2025-06-30' });
  });

  it('treats SQL and LIKE wildcards in the query as text', async () => {
    for (const q of ["'; drop table admin_units; --", '%', '_', '<script>alert(1)</script>']) {
      const response = await get(admin, `/api/units?q=${encodeURIComponent(q)}`);
      expect(response.statusCode, q).toBe(200);
      expect(response.json().units, q).toEqual([]);
    }
    expect((await get(admin, '/api/units?level=province')).json().units).toHaveLength(34);
  });

  it('rejects unknown parameters and bad values with the field named', async () => {
    const response = await get(admin, '/api/units?level=village&colour=red');
    expect(response.statusCode).toBe(400);
    const fields = response.json().error.details.map((detail: { field: string }) => detail.field);
    expect(fields).toEqual(expect.arrayContaining(['querystring.level', 'querystring.(body)']));
  });
});

describe('GET /api/units/{code} and /children', () => {
  it('refuses a unit outside the caller\'s scope with 403 and records the denial', async () => {
    const response = await get(communeOfficer, '/api/units/16702');
    expect(response.statusCode).toBe(403);
    expect(response.json().error).toMatchObject({ code: 'out_of_scope', message: 'Đơn vị 16702 nằm ngoài phạm vi quản lý của bạn.' });
    const children = await get(communeOfficer, '/api/units/40/children');
    expect(children.statusCode).toBe(403);
    const denials = await testApp.database.db.selectFrom('audit_log').select(['action', 'unit_id', 'outcome'])
      .where('actor_username', '=', communeOfficer.username).where('outcome', '=', 'denied').orderBy('id').execute();
    expect(denials).toEqual([
      { action: 'unit.read', unit_id: '16702', outcome: 'denied' },
      { action: 'unit.read', unit_id: '40', outcome: 'denied' },
    ]);
  });

  it('answers 404 for a code that does not exist, naming it', async () => {
    const response = await get(admin, '/api/units/99999', 'en');
    expect(response.statusCode).toBe(404);
    expect(response.json().error.message).toBe('No administrative unit has code "99999". Please check the unit code.');
  });

  it('rejects malformed codes before touching the database', async () => {
    const response = await get(admin, `/api/units/${encodeURIComponent("40' or '1'='1")}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].field).toBe('params.code');
  });

  it('lists the communes of a province', async () => {
    const response = await get(provinceOfficer, '/api/units/40/children');
    expect(response.statusCode).toBe(200);
    const { units } = response.json();
    expect(units.length).toBe(130);
    expect(units.every((unit: { parentId: string; level: string }) => unit.parentId === '40' && unit.level === 'commune')).toBe(true);
  });

  it('shows a commune with its ancestors and the pre-reform communes merged into it', async () => {
    const response = await get(communeOfficer, '/api/units/16681');
    expect(response.statusCode).toBe(200);
    const detail = response.json();
    expect(detail).toMatchObject({ id: '16681', name: 'Phường Thành Vinh', level: 'commune', validFrom: '2025-07-01', validTo: null });
    expect(detail.ancestors).toEqual([{ id: '40', name: 'Tỉnh Nghệ An', level: 'province' }]);
    const merged = detail.predecessors.map((unit: { name: string }) => unit.name);
    expect(merged).toEqual(expect.arrayContaining(['Phường Cửa Nam', 'Phường Lê Lợi', 'Xã Hưng Chính']));
    expect(detail.predecessors.every((unit: { parentName: string }) => unit.parentName === 'Thành phố Vinh')).toBe(true);
  });

  it('refuses the tree\'s roots without signing in', async () => {
    expect((await get(null, '/api/units/roots')).statusCode).toBe(401);
  });

  it('gives each user the root of their own tree', async () => {
    const communeRoots = (await get(communeOfficer, '/api/units/roots')).json().units;
    expect(communeRoots.map((unit: { id: string }) => unit.id)).toEqual(['16681']);
    const adminRoots = (await get(admin, '/api/units/roots')).json().units;
    expect(adminRoots).toHaveLength(34);
  });
});
