import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
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
