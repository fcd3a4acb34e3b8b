import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test-support/test-app.ts';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(() => testApp.close());

describe('GET /api/health', () => {
  it('answers without signing in and names the engine it runs on', async () => {
    const response = await testApp.request(null, { method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: process.env.PCMD_TEST_DB, demo: false });
  });
});

describe('GET /api/openapi.json', () => {
  it('documents every API route with its schemas', async () => {
    const response = await testApp.request(null, { method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toMatch(/^3\./);
    for (const path of ['/api/health', '/api/auth/login', '/api/units', '/api/units/{code}/children', '/api/units/{code}/agencies', '/api/users', '/api/audit']) {
      expect(Object.keys(document.paths), path).toContain(path);
    }
    const login = document.paths['/api/auth/login'].post;
    expect(login.requestBody.content['application/json'].schema.required).toEqual(['username', 'password']);
  });
});

describe('unknown routes', () => {
  it('get a JSON 404 in the request language', async () => {
    const vi = await testApp.request(null, { method: 'GET', url: '/api/khong-co' });
    expect(vi.statusCode).toBe(404);
    expect(vi.json().error).toMatchObject({ code: 'route_not_found', message: 'Không có đường dẫn GET /api/khong-co.' });
    const en = await testApp.request(null, { method: 'GET', url: '/api/nothing', language: 'en' });
    expect(en.json().error.message).toBe('There is no route GET /api/nothing.');
  });
});
