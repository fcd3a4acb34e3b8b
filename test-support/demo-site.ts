import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildApp } from '../server/app.ts';
import { DEMO_PASSWORD, ensureDemoAccounts } from '../server/demo/demo-accounts.ts';
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

export const journeyViewport = { width: 1366, height: 768 } as const;

/** A fresh browser context in Vietnamese on Vietnam's time, remembered in `contexts` so that stopDemoSite closes it. */
export async function newJourneyPage(browser: Browser, contexts: BrowserContext[], viewport: { width: number; height: number } = journeyViewport): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  contexts.push(context);
  context.setDefaultTimeout(15_000);
  return context.newPage();
}

/** A page signed in through the form as a demo account, once the header shows the account's role. */
export async function signedInJourneyPage(
  site: { browser: Browser; baseUrl: string }, contexts: BrowserContext[], username: string, roleLabel: string,
  viewport: { width: number; height: number } = journeyViewport,
): Promise<Page> {
  const page = await newJourneyPage(site.browser, contexts, viewport);
  await page.goto(site.baseUrl);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('banner').getByText(roleLabel, { exact: true }).waitFor();
  return page;
}

/** No sideways scrolling: the page fits the window's width. */
export const fitsTheScreen = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
