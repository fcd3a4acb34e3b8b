import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext } from 'playwright-core';
import { buildApp } from '../server/app.ts';
import { ensureDemoAccounts } from '../server/demo/demo-accounts.ts';
import { launchChromium } from './browser.ts';
import { openTestDatabase, type TestDatabase } from './test-database.ts';

const webRoot = fileURLToPath(new URL('../dist/web/', import.meta.url));

export interface DemoSite {
  database: TestDatabase;
  app: FastifyInstance;
  baseUrl: string;
  browser: Browser;
}

/**
 * The built web UI served on a loopback port over a copy of the test database with the demo
 * accounts, and a headless Chromium: what every browser journey starts from. `seed` runs before the
 * browser starts, for the records a journey needs.
 */
export async function startDemoSite(seed: (site: Omit<DemoSite, 'browser'>) => Promise<void> = async () => undefined): Promise<DemoSite> {
  if (!existsSync(`${webRoot}index.html`)) throw new Error('dist/web is missing: run `npx vite build` before the browser tests');
  const database = await openTestDatabase();
  await ensureDemoAccounts(database, () => {});
  const app = await buildApp({ database, demoMode: true, webRoot });
  const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  await seed({ database, app, baseUrl });
  return { database, app, baseUrl, browser: await launchChromium() };
}

/** Closes what startDemoSite opened, and the browser contexts a journey made. */
export async function stopDemoSite(site: Partial<DemoSite> | undefined, contexts: BrowserContext[]): Promise<void> {
  for (const context of contexts) await context.close().catch(() => undefined);
  await site?.browser?.close();
  await site?.app?.close();
  await site?.database?.dispose();
}
