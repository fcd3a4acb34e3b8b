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

  it('keeps an e-mail address for report reminders, trimmed and lower-cased, and audits only that one was given', async () => {
    const response = await testApp.request(provinceAdmin, {
      method: 'POST', url: '/api/users', body: newUser({ username: 'canbo.email', email: '  Nguyen.VanA@NgheAn.gov.vn ' }),
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ username: 'canbo.email', email: 'nguyen.vana@nghean.gov.vn' });
    const listed = (await testApp.request(provinceAdmin, { method: 'GET', url: '/api/users' })).json().users as Array<{ username: string; email: string | null }>;
    expect(listed.find((user) => user.username === 'canbo.email')?.email).toBe('nguyen.vana@nghean.gov.vn');
    expect(listed.find((user) => user.username === 'canbo.moi')?.email).toBeNull();
    const entry = await testApp.database.db.selectFrom('audit_log').select('summary')
      .where('action', '=', 'user.create').where('target_id', '=', response.json().id).executeTakeFirstOrThrow();
    expect(entry.summary).toMatchObject({ after: { username: 'canbo.email', hasEmail: true } });
    expect(JSON.stringify(entry.summary).toLowerCase()).not.toContain('nguyen.vana');
  });

  it('explains a bad e-mail address in Vietnamese and in English, and refuses one over 254 characters', async () => {
    const body = newUser({ username: 'canbo.saiemail', email: 'nguyenvana@' });
    const vi = await testApp.request(provinceAdmin, { method: 'POST', url: '/api/users', body });
    expect(vi.statusCode).toBe(400);
    expect(vi.json().error.details).toEqual([{ field: 'email', message: 'Địa chỉ e-mail không hợp lệ, ví dụ: ten@donvi.gov.vn' }]);
    const en = await testApp.request(provinceAdmin, { method: 'POST', url: '/api/users', body, language: 'en' });
    expect(en.json().error.details).toEqual([{ field: 'email', message: 'Not a valid e-mail address, e.g. name@agency.gov.vn' }]);
    const long = await testApp.request(provinceAdmin, { method: 'POST', url: '/api/users', body: newUser({ username: 'canbo.dai', email: `${'a'.repeat(64)}@${'b'.repeat(190)}.vn` }) });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.details[0]).toEqual({ field: 'email', message: 'Tối đa 254 ký tự.' });
    const stored = await testApp.database.db.selectFrom('users').select('id').where('username', 'in', ['canbo.saiemail', 'canbo.dai']).execute();
    expect(stored).toEqual([]);
  });

  it('asks an agency officer for their agency, which then ties them to its reports', async () => {
    const without = await testApp.request(provinceAdmin, { method: 'POST', url: '/api/users', body: newUser({ username: 'congan.xa', role: 'agency_officer' }) });
    expect(without.statusCode).toBe(400);
    expect(without.json().error.details).toEqual([{ field: 'agencyId', message: expect.stringContaining('Cán bộ cơ quan, ban, ngành cần chọn cơ quan của mình') }]);
    const police = await testApp.database.db.selectFrom('agencies').select('id').where('unit_id', '=', '16681').where('kind', '=', 'police').executeTakeFirstOrThrow();
    const created = await testApp.request(provinceAdmin, { method: 'POST', url: '/api/users', body: newUser({ username: 'congan.xa', role: 'agency_officer', agencyId: police.id }) });
    expect(created.statusCode, created.body).toBe(201);
    // Leaving the role is free; taking it without an agency is not.
    const moved = await testApp.request(provinceAdmin, { method: 'PATCH', url: `/api/users/${created.json().id}`, body: { role: 'viewer' } });
    expect(moved.statusCode).toBe(200);
    const plain = await testApp.request(provinceAdmin, { method: 'POST', url: '/api/users', body: newUser({ username: 'canbo.khong.coquan' }) });
    const refused = await testApp.request(provinceAdmin, { method: 'PATCH', url: `/api/users/${plain.json().id}`, body: { role: 'agency_officer' } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details[0].field).toBe('agencyId');
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

describe('PATCH /api/users/{id}', () => {
  async function userId(username: string) {
    return (await testApp.database.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
  }

  it('is forbidden to a programme officer', async () => {
    const response = await testApp.request(officer, { method: 'PATCH', url: `/api/users/${await userId(officer.username)}`, body: { displayName: 'Tự đổi' } });
    expect(response.statusCode).toBe(403);
  });

  it('is refused for an account outside the admin\'s subtree', async () => {
    const elsewhere = await testApp.signIn({ role: 'viewer', unitId: '01' });
    const response = await testApp.request(provinceAdmin, { method: 'PATCH', url: `/api/users/${await userId(elsewhere.username)}`, body: { isDisabled: true } });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('out_of_scope');
  });

  it('disables an account and ends its sessions at once', async () => {
    const target = await testApp.signIn({ role: 'viewer', unitId: '16681' });
    expect((await testApp.request(target, { method: 'GET', url: '/api/auth/session' })).statusCode).toBe(200);
    const response = await testApp.request(provinceAdmin, { method: 'PATCH', url: `/api/users/${await userId(target.username)}`, body: { isDisabled: true } });
    expect(response.statusCode).toBe(200);
    expect(response.json().isDisabled).toBe(true);
    expect((await testApp.request(target, { method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
    const login = await testApp.request(null, { method: 'POST', url: '/api/auth/login', body: { username: target.username, password: TEST_PASSWORD } });
    expect(login.json().error.code).toBe('account_disabled');
  });

  it('unlocks an account locked by failed sign-ins, audited with before and after', async () => {
    const target = await testApp.signIn({ role: 'viewer', unitId: '40' });
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await testApp.request(null, { method: 'POST', url: '/api/auth/login', body: { username: target.username, password: 'sai' } });
    }
    const locked = await testApp.request(null, { method: 'POST', url: '/api/auth/login', body: { username: target.username, password: TEST_PASSWORD } });
    expect(locked.statusCode).toBe(423);
    const id = await userId(target.username);
    const response = await testApp.request(provinceAdmin, { method: 'PATCH', url: `/api/users/${id}`, body: { unlock: true } });
    expect(response.statusCode).toBe(200);
    expect(response.json().lockedUntil).toBeNull();
    const login = await testApp.request(null, { method: 'POST', url: '/api/auth/login', body: { username: target.username, password: TEST_PASSWORD } });
    expect(login.statusCode).toBe(200);
    const entry = await testApp.database.db.selectFrom('audit_log').select('summary')
      .where('action', '=', 'user.update').where('target_id', '=', id).executeTakeFirstOrThrow();
    expect((entry.summary as { before: { lockedUntil: string | null } }).before.lockedUntil).not.toBeNull();
  });

  it('does not let an admin disable or demote their own account', async () => {
    const response = await testApp.request(provinceAdmin, {
      method: 'PATCH', url: `/api/users/${await userId(provinceAdmin.username)}`, body: { role: 'viewer' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('cannot_change_self');
  });

  it('sets, changes and removes an e-mail address, auditing only that it changed', async () => {
    const target = await testApp.signIn({ role: 'viewer', unitId: '16681' });
    const id = await userId(target.username);
    const set = await testApp.request(provinceAdmin, { method: 'PATCH', url: `/api/users/${id}`, body: { email: 'Tran.ThiB@ThanhVinh.gov.vn' } });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().email).toBe('tran.thib@thanhvinh.gov.vn');
    const bad = await testApp.request(provinceAdmin, { method: 'PATCH', url: `/api/users/${id}`, body: { email: 'tran thi b@thanhvinh' }, language: 'en' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual([{ field: 'email', message: 'Not a valid e-mail address, e.g. name@agency.gov.vn' }]);
    const cleared = await testApp.request(provinceAdmin, { method: 'PATCH', url: `/api/users/${id}`, body: { email: null } });
    expect(cleared.json().email).toBeNull();
    // The same address again changes nothing: nothing to record.
    await testApp.request(provinceAdmin, { method: 'PATCH', url: `/api/users/${id}`, body: { email: null, displayName: 'Trần Thị B' } });
    const entries = await testApp.database.db.selectFrom('audit_log').select('summary')
      .where('action', '=', 'user.update').where('target_id', '=', id).orderBy('id').execute();
    expect(entries.map((entry) => (entry.summary as { emailChanged?: boolean }).emailChanged ?? false)).toEqual([true, true, false]);
    expect(JSON.stringify(entries).toLowerCase()).not.toContain('tran.thib');
  });

  describe('agency', () => {
    const agencyOf = (unitId: string, kind: string) => testApp.database.db.selectFrom('agencies').select(['id', 'name'])
      .where('unit_id', '=', unitId).where('kind', '=', kind).executeTakeFirstOrThrow();

    it('moves an account to another agency of its unit, audited before and after, and the list names it', async () => {
      const police = await agencyOf('16681', 'police');
      const target = await testApp.signIn({ role: 'agency_officer', unitId: '16681', agencyId: police.id });
      const id = await userId(target.username);
      const other = await testApp.database.db.selectFrom('agencies').select(['id', 'name'])
        .where('unit_id', '=', '16681').where('id', '!=', police.id).where('is_active', '=', true).executeTakeFirstOrThrow();
      const moved = await testApp.request(provinceAdmin, { method: 'PATCH', url: `/api/users/${id}`, body: { agencyId: other.id } });
      expect(moved.statusCode, moved.body).toBe(200);
      expect(moved.json()).toMatchObject({ agencyId: other.id, agencyName: other.name, unitName: expect.any(String) });
      const entry = await testApp.database.db.selectFrom('audit_log').select('summary')
        .where('action', '=', 'user.update').where('target_id', '=', id).executeTakeFirstOrThrow();
      expect(entry.summary).toMatchObject({ before: { agencyId: police.id }, after: { agencyId: other.id } });
      const listed = (await testApp.request(provinceAdmin, { method: 'GET', url: '/api/users' })).json().users as Array<{ username: string; agencyName: string | null }>;
      expect(listed.find((user) => user.username === target.username)).toMatchObject({ agencyId: other.id, agencyName: other.name });
      expect(listed.find((user) => user.username === provinceAdmin.username)).toMatchObject({ agencyId: null, agencyName: null });
    });

    it('refuses an agency of another unit, in Vietnamese and in English', async () => {
      const target = await testApp.signIn({ role: 'programme_officer', unitId: '16681' });
      const id = await userId(target.username);
      const provincePolice = await agencyOf('40', 'police');
      const vi = await testApp.request(provinceAdmin, { method: 'PATCH', url: `/api/users/${id}`, body: { agencyId: provincePolice.id } });
      expect(vi.statusCode).toBe(400);
      expect(vi.json().error.details).toEqual([{ field: 'agencyId', message: 'Cơ quan không thuộc đơn vị của tài khoản.' }]);
      const en = await testApp.request(provinceAdmin, { method: 'PATCH', url: `/api/users/${id}`, body: { agencyId: provincePolice.id }, language: 'en' });
      expect(en.json().error.details).toEqual([{ field: 'agencyId', message: 'The agency does not belong to the account\'s unit.' }]);
      const stored = await testApp.database.db.selectFrom('users').select('agency_id').where('id', '=', id).executeTakeFirstOrThrow();
      expect(stored.agency_id).toBeNull();
    });

    it('refuses to leave an agency officer without an agency, judging the role and agency after the change together', async () => {
      const police = await agencyOf('16681', 'police');
      const target = await testApp.signIn({ role: 'agency_officer', unitId: '16681', agencyId: police.id });
      const id = await userId(target.username);
      const removed = await testApp.request(provinceAdmin, { method: 'PATCH', url: `/api/users/${id}`, body: { agencyId: null } });
      expect(removed.statusCode).toBe(400);
      expect(removed.json().error.details).toEqual([{ field: 'agencyId', message: expect.stringContaining('Cán bộ cơ quan, ban, ngành cần chọn cơ quan của mình') }]);
      // Another role and no agency, in one change: allowed.
      const leaves = await testApp.request(provinceAdmin, { method: 'PATCH', url: `/api/users/${id}`, body: { role: 'viewer', agencyId: null } });
      expect(leaves.statusCode, leaves.body).toBe(200);
      expect(leaves.json()).toMatchObject({ role: 'viewer', agencyId: null, agencyName: null });
      // Back to the role with an agency, in one change: allowed too.
      const back = await testApp.request(provinceAdmin, { method: 'PATCH', url: `/api/users/${id}`, body: { role: 'agency_officer', agencyId: police.id } });
      expect(back.statusCode, back.body).toBe(200);
      expect(back.json()).toMatchObject({ role: 'agency_officer', agencyId: police.id, agencyName: police.name });
    });
  });

  it('resets a password without ever recording it', async () => {
    const target = await testApp.signIn({ role: 'viewer', unitId: '16681' });
    const id = await userId(target.username);
    const response = await testApp.request(provinceAdmin, { method: 'PATCH', url: `/api/users/${id}`, body: { password: 'mat-khau-moi-cap-lai' } });
    expect(response.statusCode).toBe(200);
    const old = await testApp.request(null, { method: 'POST', url: '/api/auth/login', body: { username: target.username, password: TEST_PASSWORD } });
    expect(old.statusCode).toBe(401);
    const fresh = await testApp.request(null, { method: 'POST', url: '/api/auth/login', body: { username: target.username, password: 'mat-khau-moi-cap-lai' } });
    expect(fresh.statusCode).toBe(200);
    const entries = await testApp.database.db.selectFrom('audit_log').select('summary').where('target_id', '=', id).execute();
    expect(JSON.stringify(entries)).not.toContain('mat-khau-moi-cap-lai');
  });
});
