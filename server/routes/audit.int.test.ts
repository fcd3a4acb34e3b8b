import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startTestApp, type TestApp, type TestSession } from '../../test-support/test-app.ts';

let testApp: TestApp;
let systemAdmin: TestSession;
let communeAdmin: TestSession;

beforeAll(async () => {
  testApp = await startTestApp();
  systemAdmin = await testApp.signIn({ role: 'system_admin', unitId: null });
  communeAdmin = await testApp.signIn({ role: 'unit_admin', unitId: '16681' });
  await testApp.signIn({ role: 'viewer', unitId: '16702' });
});
afterAll(() => testApp.close());

describe('GET /api/audit', () => {
  it('is forbidden to a programme officer', async () => {
    const officer = await testApp.signIn({ role: 'programme_officer', unitId: '16681' });
    const response = await testApp.request(officer, { method: 'GET', url: '/api/audit' });
    expect(response.statusCode).toBe(403);
  });

  it('shows a unit admin only entries of their own subtree', async () => {
    const response = await testApp.request(communeAdmin, { method: 'GET', url: '/api/audit?action=auth.login&limit=200' });
    expect(response.statusCode).toBe(200);
    const units = new Set(response.json().entries.map((entry: { unitId: string }) => entry.unitId));
    expect([...units]).toEqual(['16681']);
  });

  it('filters by action family and outcome, newest first, with paging', async () => {
    const first = await testApp.request(systemAdmin, { method: 'GET', url: '/api/audit?action=auth&outcome=success&limit=2' });
    const page = first.json();
    expect(page.entries).toHaveLength(2);
    expect(page.entries.every((entry: { action: string; outcome: string }) => entry.action === 'auth.login' && entry.outcome === 'success')).toBe(true);
    expect(Number(page.entries[0].id)).toBeGreaterThan(Number(page.entries[1].id));
    const next = await testApp.request(systemAdmin, { method: 'GET', url: `/api/audit?action=auth&outcome=success&limit=2&before=${page.nextBefore}` });
    expect(Number(next.json().entries[0].id)).toBeLessThan(Number(page.entries[1].id));
  });

  it('rejects malformed filters', async () => {
    const response = await testApp.request(systemAdmin, { method: 'GET', url: '/api/audit?from=23/11/2026' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].field).toBe('querystring.from');
  });
});

describe('the audit log table', () => {
  it('refuses updates, deletes and truncation, even from the application\'s own connection', async () => {
    const db = testApp.database.db;
    const before = await db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    await expect(sql`update audit_log set action = 'x.y'`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_log`.execute(db)).rejects.toThrow(/append-only/);
    const after = await db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });
});
