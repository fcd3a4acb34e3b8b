import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_PASSWORD, type TestApp, type TestSession } from '../../test-support/test-app.ts';

let testApp: TestApp;
let provinceAdmin: TestSession;
let officer: TestSession;

beforeAll(async () => {
  testApp = await startTestApp();
  provinceAdmin = await testApp.signIn({ role: 'unit_admin', unitId: '40' });
  officer = await testApp.signIn({ role: 'programme_officer', unitId: '40' });
});
afterAll(() => testApp.close());

const newUser = (overrides: Record<string, unknown> = {}) => ({
  username: 'canbo.moi', displayName: 'Nguyễn Văn A', password: 'mot-mat-khau-dai', role: 'programme_officer', unitId: '16681', ...overrides,
});

describe('POST /api/users', () => {
  it('is forbidden to a programme officer', async () => {
    const response = await testApp.request(officer, { method: 'POST', url: '/api/users', body: newUser() });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('forbidden');
  });

  it('does not let a unit admin create a system admin or a user in another province', async () => {
    const admin = await testApp.request(provinceAdmin, { method: 'POST', url: '/api/users', body: newUser({ role: 'system_admin', unitId: null }) });
    expect(admin.statusCode).toBe(403);
    expect(admin.json().error.code).toBe('role_not_assignable');
    const elsewhere = await testApp.request(provinceAdmin, { method: 'POST', url: '/api/users', body: newUser({ unitId: '00004' }) });
    expect(elsewhere.statusCode).toBe(403);
    expect(elsewhere.json().error.code).toBe('out_of_scope');
  });

  it('creates a user in the admin\'s subtree who can then sign in', async () => {
    const response = await testApp.request(provinceAdmin, { method: 'POST', url: '/api/users', body: newUser() });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ username: 'canbo.moi', role: 'programme_officer', unitId: '16681', isDemo: false });
    const login = await testApp.request(null, { method: 'POST', url: '/api/auth/login', body: { username: 'canbo.moi', password: 'mot-mat-khau-dai' } });
    expect(login.statusCode).toBe(200);
    const entry = await testApp.database.db.selectFrom('audit_log').select(['actor_username', 'unit_id', 'summary'])
      .where('action', '=', 'user.create').where('actor_username', '=', provinceAdmin.username).executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ unit_id: '16681', summary: { after: { username: 'canbo.moi' } } });
    expect(JSON.stringify(entry.summary)).not.toContain('mot-mat-khau-dai');
  });

  it('explains each bad field, and refuses a taken username', async () => {
    const bad = await testApp.request(provinceAdmin, {
      method: 'POST', url: '/api/users', body: newUser({ username: 'Cán Bộ', password: 'ngan', role: 'king' }),
    });
    expect(bad.statusCode).toBe(400);
    const details = Object.fromEntries(bad.json().error.details.map((detail: { field: string; message: string }) => [detail.field, detail.message]));
    expect(details.username).toBe('Chỉ dùng chữ thường không dấu, số và . _ -');
    expect(details.password).toBe('Phải có ít nhất 10 ký tự.');
    expect(details.role).toMatch(/^Giá trị không hợp lệ; chọn một trong: system_admin/);
    const taken = await testApp.request(provinceAdmin, { method: 'POST', url: '/api/users', body: newUser({ username: officer.username }) });
    expect(taken.statusCode).toBe(409);
  });

  it('refuses a unit that ceased to exist in the 2025 reform', async () => {
    const response = await testApp.request(provinceAdmin, { method: 'POST', url: '/api/users', body: newUser({ username: 'canbo.cu', unitId: 'pre2025-16681' }) });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0]).toMatchObject({ field: 'unitId' });
  });
});

describe('GET /api/users', () => {
  it('is forbidden to a viewer', async () => {
    const viewer = await testApp.signIn({ role: 'viewer', unitId: '40' });
    expect((await testApp.request(viewer, { method: 'GET', url: '/api/users' })).statusCode).toBe(403);
  });

  it('lists only users within the admin\'s subtree and never password hashes', async () => {
    await testApp.signIn({ role: 'viewer', unitId: '01' });
    const response = await testApp.request(provinceAdmin, { method: 'GET', url: '/api/users' });
    expect(response.statusCode).toBe(200);
    const users = response.json().users as Array<{ unitId: string }>;
    expect(users.length).toBeGreaterThan(0);
    expect(users.every((user) => user.unitId === '40' || user.unitId === '16681')).toBe(true);
    expect(response.body).not.toContain('argon2');
    expect(response.body).not.toContain(TEST_PASSWORD);
  });
});
