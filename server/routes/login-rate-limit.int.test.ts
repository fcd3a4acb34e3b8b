import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test-support/test-app.ts';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(() => testApp.close());

describe('POST /api/auth/login from one client', () => {
  it('is slowed down after 30 attempts a minute, with the wait in the message', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 31; attempt += 1) {
      const response = await testApp.request(null, {
        method: 'POST', url: '/api/auth/login', body: { username: `thu.${attempt}`, password: 'sai' },
      });
      statuses.push(response.statusCode);
      if (response.statusCode === 429) {
        expect(response.json().error).toMatchObject({ code: 'rate_limited' });
        expect(response.json().error.message).toMatch(/^Quá nhiều yêu cầu\. Vui lòng thử lại sau \d+ giây\.$/);
      }
    }
    expect(statuses.slice(0, 30).every((status) => status === 401)).toBe(true);
    expect(statuses[30]).toBe(429);
  });
});
