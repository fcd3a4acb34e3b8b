import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database.ts';

let webRoot: string;
let database: TestDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  webRoot = await mkdtemp(path.join(os.tmpdir(), 'pcmd-web-'));
  await mkdir(path.join(webRoot, 'assets'));
  await writeFile(path.join(webRoot, 'index.html'), '<!doctype html><div id="root"></div>');
  await writeFile(path.join(webRoot, 'assets', 'app-1.js'), 'console.log(1)');
  // Large enough to be worth compressing.
  await writeFile(path.join(webRoot, 'assets', 'big-2.js'), `const words = ${JSON.stringify(Array.from({ length: 2000 }, (_, index) => `Phòng, chống mại dâm ${index}`))};`);
  database = await openTestDatabase();
  app = await buildApp({ database, demoMode: false, webRoot });
});
afterAll(async () => {
  await app.close();
  await database.dispose();
  await rm(webRoot, { recursive: true, force: true });
});

describe('the web UI files', () => {
  it('are served without signing in, with the app page for client-side routes', async () => {
    for (const url of ['/', '/units/16681', '/nhat-ky?x=1']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type'], url).toMatch(/^text\/html/);
      expect(response.headers['content-security-policy'], url).toContain("default-src 'self'");
    }
    const script = await app.inject({ method: 'GET', url: '/assets/app-1.js' });
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toMatch(/javascript/);
  });

  it('go compressed to a client that accepts it; hashed assets are cached a year, the page is checked each time', async () => {
    const big = await app.inject({ method: 'GET', url: '/assets/big-2.js', headers: { 'accept-encoding': 'gzip' } });
    expect(big.statusCode).toBe(200);
    expect(big.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(big.rawPayload).toString('utf8')).toContain('Phòng, chống mại dâm 1999');
    expect(big.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const plain = await app.inject({ method: 'GET', url: '/assets/big-2.js' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    const page = await app.inject({ method: 'GET', url: '/', headers: { 'accept-encoding': 'gzip' } });
    expect(page.headers['cache-control']).toBe('no-cache');
    const route = await app.inject({ method: 'GET', url: '/units/16681' });
    expect(route.headers['cache-control']).toBe('no-cache');
    const api = await app.inject({ method: 'GET', url: '/api/openapi.json', headers: { 'accept-encoding': 'gzip' } });
    expect(api.headers['content-encoding']).toBe('gzip');
  });

  it('answer a missing file with 404 instead of the app page', async () => {
    const response = await app.inject({ method: 'GET', url: '/assets/app-0.js' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('route_not_found');
  });

  it('do not open the API: its data still needs a session', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/units?level=province' });
    expect(response.statusCode).toBe(401);
  });
});
