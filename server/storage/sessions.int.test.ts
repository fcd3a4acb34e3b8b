import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { deleteExpiredSessions, findSession, insertSession } from './sessions.ts';
import { insertUser } from './users.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.dispose());

describe('deleteExpiredSessions', () => {
  it('removes only the sessions whose time is up', async () => {
    const user = await insertUser(database.db, {
      username: 'phien.thu', displayName: 'Phiên thử', passwordHash: 'x', role: 'viewer', unitId: '40', agencyId: null, isDemo: false,
    });
    const now = new Date('2026-11-23T08:00:00Z');
    await insertSession(database.db, { tokenHash: 'expired', userId: user.id, csrfToken: 'a', expiresAt: new Date('2026-11-23T07:59:59Z') });
    await insertSession(database.db, { tokenHash: 'valid', userId: user.id, csrfToken: 'b', expiresAt: new Date('2026-11-23T08:00:01Z') });
    expect(await deleteExpiredSessions(database.db, now)).toBe(1);
    expect(await findSession(database.db, 'expired')).toBeUndefined();
    expect((await findSession(database.db, 'valid'))?.user_id).toBe(user.id);
  });
});
