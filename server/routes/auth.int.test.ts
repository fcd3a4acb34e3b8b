import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../../test-support/test-app.ts';
import { createUserAsSystem } from '../services/users/user-service.ts';
import { sessionPolicy } from '../services/auth/auth-service.ts';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(() => testApp.close());

async function createUser(username: string, extra: { isDemo?: boolean } = {}) {
  await createUserAsSystem(
    testApp.database,
    { username, displayName: 'Cán bộ thử', password: TEST_PASSWORD, role: 'programme_officer', unitId: '40', agencyId: null, ...extra },
    'cli',
  );
}

const login = (username: string, password: string, language: 'vi' | 'en' = 'vi') =>
  testApp.request(null, { method: 'POST', url: '/api/auth/login', body: { username, password }, language });

async function auditActions(username: string) {
  const rows = await testApp.database.db
    .selectFrom('audit_log').select(['action', 'outcome']).where('actor_username', '=', username).orderBy('id').execute();
  return rows.map((row) => `${row.action}:${row.outcome}`);
}

describe('POST /api/auth/login', () => {
  it('refuses a wrong password with a message in the request language, and audits it', async () => {
    await createUser('dangnhap.sai');
    const vi = await login('dangnhap.sai', 'khong-dung-mat-khau');
    expect(vi.statusCode).toBe(401);
    expect(vi.json().error).toEqual({ code: 'invalid_credentials', message: 'Tên đăng nhập hoặc mật khẩu không đúng.', details: [] });
    const en = await login('dangnhap.sai', 'still-wrong', 'en');
    expect(en.json().error.message).toBe('Wrong username or password.');
    expect(await auditActions('dangnhap.sai')).toEqual(['auth.login:failed', 'auth.login:failed']);
  });

  it('answers an unknown user exactly like a wrong password, and keeps nothing of what was typed', async () => {
    const response = await login('mat-khau-go-nham-o-day', 'bat-ky');
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('invalid_credentials');
    const entries = await testApp.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'auth.login').execute();
    expect(JSON.stringify(entries)).not.toContain('mat-khau-go-nham-o-day');
    expect(entries.some((entry) => entry.summary.reason === 'unknown_user' && entry.actor_username === null)).toBe(true);
  });

  it('signs in with an HttpOnly, SameSite=Lax session cookie and a CSRF token', async () => {
    await createUser('dangnhap.dung');
    const response = await login('DangNhap.Dung', TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((candidate) => candidate.name === 'pcmd_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.secure).toBeUndefined();
    expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const body = response.json();
    expect(body.user).toMatchObject({ username: 'dangnhap.dung', role: 'programme_officer', unit: { id: '40', name: 'Tỉnh Nghệ An' } });
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await auditActions('dangnhap.dung')).toEqual(['auth.login:success']);
    // Only a hash of the token is stored.
    const stored = await testApp.database.db.selectFrom('sessions').select('token_hash').execute();
    expect(stored.map((row) => row.token_hash)).not.toContain(cookie.value);
  });

  it('marks the cookie Secure behind HTTPS', async () => {
    await createUser('dangnhap.https');
    const response = await testApp.request(null, {
      method: 'POST', url: '/api/auth/login', body: { username: 'dangnhap.https', password: TEST_PASSWORD },
      headers: { 'x-forwarded-proto': 'https' },
    });
    // Without a trusted proxy the header is ignored: the cookie must not claim HTTPS it cannot see.
    expect(response.cookies.find((candidate) => candidate.name === 'pcmd_session')!.secure).toBeUndefined();
  });

  it(`locks the account after ${sessionPolicy.maxFailedLogins} failures, even for the right password`, async () => {
    await createUser('dangnhap.khoa');
    for (let attempt = 1; attempt < sessionPolicy.maxFailedLogins; attempt += 1) {
      expect((await login('dangnhap.khoa', 'sai')).statusCode).toBe(401);
    }
    const locking = await login('dangnhap.khoa', 'sai');
    expect(locking.statusCode).toBe(423);
    expect(locking.json().error.message).toContain(`${sessionPolicy.lockoutMinutes} phút`);
    const right = await login('dangnhap.khoa', TEST_PASSWORD);
    expect(right.statusCode).toBe(423);
    expect(right.json().error.code).toBe('account_locked');
  });

  it('refuses demo accounts when the server is not in demo mode', async () => {
    await createUser('demo.taikhoan', { isDemo: true });
    const response = await login('demo.taikhoan', TEST_PASSWORD);
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('demo_account_refused');
    expect(await testApp.database.db.selectFrom('sessions').innerJoin('users', 'users.id', 'sessions.user_id')
      .select('users.username').where('users.username', '=', 'demo.taikhoan').execute()).toEqual([]);
  });
});

describe('GET /api/auth/session and POST /api/auth/logout', () => {
  it('is unauthorised without a session', async () => {
    const response = await testApp.request(null, { method: 'GET', url: '/api/auth/session' });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('unauthenticated');
  });

  it('returns the signed-in user, and nothing once the session has expired', async () => {
    const session = await testApp.signIn({ role: 'viewer', unitId: '16681' });
    const ok = await testApp.request(session, { method: 'GET', url: '/api/auth/session' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user.unit).toEqual({ id: '16681', name: 'Phường Thành Vinh', level: 'commune' });
    const minutesLeft = (Date.parse(ok.json().expiresAt) - Date.now()) / 60_000;
    expect(minutesLeft).toBeGreaterThan(sessionPolicy.idleMinutes - 2);
    expect(minutesLeft).toBeLessThanOrEqual(sessionPolicy.idleMinutes);
    await sql`update sessions set expires_at = now() - interval '1 minute'`.execute(testApp.database.db);
    const expired = await testApp.request(session, { method: 'GET', url: '/api/auth/session' });
    expect(expired.statusCode).toBe(401);
  });

  it('refuses to log out without the CSRF token, then logs out with it', async () => {
    const session = await testApp.signIn({ role: 'viewer', unitId: '40' });
    const forged = await testApp.request({ ...session, csrfToken: 'gia-mao' }, { method: 'POST', url: '/api/auth/logout' });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().error.code).toBe('csrf_failed');
    const done = await testApp.request(session, { method: 'POST', url: '/api/auth/logout' });
    expect(done.statusCode).toBe(204);
    const after = await testApp.request(session, { method: 'GET', url: '/api/auth/session' });
    expect(after.statusCode).toBe(401);
    expect(await auditActions(session.username)).toEqual(['auth.login:success', 'auth.logout:denied', 'auth.logout:success']);
  });

  it('refuses a write whose Origin is another site', async () => {
    const session = await testApp.signIn({ role: 'viewer', unitId: '40' });
    const response = await testApp.request(session, {
      method: 'POST', url: '/api/auth/logout', headers: { origin: 'https://evil.example', host: 'localhost:80' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('csrf_failed');
  });
});
