import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as TipStorage from '../storage/tips.ts';
import { startTestApp, type TestApp, type TestSession } from '../../test-support/test-app.ts';
import { storedTipState, tipClient } from '../../test-support/tip-client.ts';

/**
 * Another officer's write landing between the read and the save of an action. The save is the
 * real one; only the moment is forced, by writing to the tip just before it, as that officer would.
 */
const interfere = vi.hoisted(() => ({ next: false }));
vi.mock('../storage/tips.ts', async (importOriginal) => {
  const original = await importOriginal<typeof TipStorage>();
  return {
    ...original,
    updateTipState: async (...args: Parameters<typeof original.updateTipState>) => {
      if (interfere.next) {
        interfere.next = false;
        const [db, id] = args;
        await db.updateTable('tips').set({ updated_at: new Date(Date.now() + 1000) }).where('id', '=', id).execute();
      }
      return original.updateTipState(...args);
    },
  };
});

let testApp: TestApp;
let inspector: TestSession;
const tips = tipClient(() => testApp);

beforeAll(async () => {
  testApp = await startTestApp();
  inspector = await testApp.signIn({ role: 'inspector', unitId: '16681' });
});
afterAll(() => testApp.close());

describe('two officers acting on one tip at once', () => {
  it('saves the first and tells the second to reload (409 tip_changed_meanwhile), recording nothing of the second', async () => {
    const tip = await tips.create(inspector);
    interfere.next = true;
    const response = await tips.act(inspector, tip.id, { type: 'classify', classification: 'criminal_tip' });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('tip_changed_meanwhile');
    expect(response.json().error.message).toContain(tip.reference);
    expect(await storedTipState(testApp, tip.id)).toMatchObject({ status: 'received', classification: null });
    const events = await testApp.database.db.selectFrom('tip_events').select('action').where('tip_id', '=', tip.id).execute();
    expect(events.map((event) => event.action)).toEqual(['receive']);
    const audited = await testApp.database.db.selectFrom('audit_log').select('id').where('action', '=', 'tip.update').where('target_id', '=', tip.id).execute();
    expect(audited).toEqual([]);
    // Reloaded, the action goes through.
    expect((await tips.done(inspector, tip.id, { type: 'classify', classification: 'criminal_tip' })).status).toBe('classified');
  });

  it('acts on a tip whose change time the database wrote (microseconds) as on any other', async () => {
    const tip = await tips.create(inspector);
    await testApp.database.db.updateTable('tips').set((eb) => ({ updated_at: eb.fn('clock_timestamp', []) })).where('id', '=', tip.id).execute();
    expect((await tips.done(inspector, tip.id, { type: 'classify', classification: 'complaint' })).classification).toBe('complaint');
  });
});
