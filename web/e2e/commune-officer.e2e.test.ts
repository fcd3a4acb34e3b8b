import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/demo/demo-accounts.ts';
import { startDemoSite, stopDemoSite } from '../../test-support/demo-site.ts';
import type { TestDatabase } from '../../test-support/test-database.ts';

const viewport = { width: 1366, height: 768 };

let database: TestDatabase | undefined;
let app: FastifyInstance | undefined;
let browser: Browser | undefined;
let baseUrl = '';
const contexts: BrowserContext[] = [];
/** Page resources (HTML, scripts, styles) the server refused: the first thing to read when a page stays blank. */
const failedResources: string[] = [];

beforeAll(async () => {
  ({ database, app, baseUrl, browser } = await startDemoSite());
});

afterAll(() => stopDemoSite({ database, app, browser }, contexts));

/** A fresh browser profile: no cookie, no remembered language. */
async function openPage(): Promise<Page> {
  const context = await browser!.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  contexts.push(context);
  context.setDefaultTimeout(15_000);
  failedResources.length = 0;
  const page = await context.newPage();
  page.on('response', (response) => {
    if (!new URL(response.url()).pathname.startsWith('/api/') && response.status() >= 400) {
      failedResources.push(`${response.status()} ${response.url()}`);
    }
  });
  return page;
}

async function waitForSignInPage(page: Page, heading: string): Promise<void> {
  try {
    await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
  } catch (error) {
    throw new Error(`The sign-in page did not appear. Refused page resources: ${failedResources.join(', ') || 'none'}`, { cause: error });
  }
}

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

/** Texts of the unit buttons at the top level of the tree (toggles excluded). */
async function treeRootNames(page: Page): Promise<string[]> {
  return page.locator('.unit-tree > .tree > .tree-node > .tree-row .tree-label').allInnerTexts();
}

async function fitsTheScreen(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

describe('a commune programme officer', () => {
  it('signs in, sees only their own commune and its agencies, switches to English and signs out', async () => {
    const page = await openPage();
    const response = await page.goto(baseUrl);
    expect(response?.status(), 'the web UI must be served to visitors who have not signed in yet').toBe(200);

    // The sign-in page, in Vietnamese by default.
    await waitForSignInPage(page, 'Đăng nhập');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    await page.screenshot({ path: '/tmp/pcmd-sign-in.png' });

    await signIn(page, 'thanhvinh.canbo', DEMO_PASSWORD);
    const header = page.getByRole('banner');
    await header.getByText('Phường Thành Vinh', { exact: true }).waitFor();
    await header.getByText('Cán bộ phụ trách chương trình', { exact: true }).waitFor();

    // The units page: the tree has the officer's commune as its only root.
    await page.getByRole('navigation').getByRole('link', { name: 'Đơn vị hành chính' }).click();
    await page.getByRole('heading', { name: 'Đơn vị hành chính', level: 1 }).waitFor();
    await page.locator('.unit-tree .tree-label').first().waitFor();
    expect(await treeRootNames(page)).toEqual(['Phường Thành Vinh']);
    const tree = page.locator('.unit-tree');
    expect(await tree.innerText()).not.toContain('Nghệ An');
    expect(await tree.innerText()).not.toContain('Vinh Phú');

    // Its detail: the merged pre-reform wards and the agencies, without edit buttons for this role.
    const detail = page.locator('.unit-detail');
    await detail.getByRole('heading', { name: 'Phường Thành Vinh', level: 2 }).waitFor();
    expect(await detail.innerText()).toContain('Phường Quang Trung');
    const agencies = detail.getByRole('table');
    await agencies.getByText('Công an phường Thành Vinh').waitFor();
    expect(await agencies.getByRole('row').filter({ hasText: 'Phòng Văn hóa - Xã hội' }).innerText()).toContain('Chủ trì');
    expect(await page.getByRole('button', { name: 'Thêm cơ quan' }).count()).toBe(0);
    expect(await fitsTheScreen(page)).toBe(true);

    // Search without accents finds the officer's commune and nothing outside their scope.
    const search = page.getByRole('searchbox', { name: 'Tìm đơn vị theo tên' });
    await search.fill('thanh vinh');
    await page.locator('.search-results').getByRole('button', { name: 'Phường Thành Vinh' }).waitFor();
    await search.fill('vinh phu');
    await page.getByText('Không có đơn vị nào khớp “vinh phu”').waitFor();
    await page.screenshot({ path: '/tmp/pcmd-units.png' });

    // Asking the API directly for a sibling commune is refused.
    const sibling = await page.evaluate(async () => {
      const response = await fetch('/api/units/16702', { headers: { 'Accept-Language': 'vi' } });
      return { status: response.status, body: (await response.json()) as { error: { code: string } } };
    });
    expect(sibling.status).toBe(403);
    expect(sibling.body.error.code).toBe('out_of_scope');

    // English: navigation and headings follow.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Administrative units', level: 1 }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const navigation = page.getByRole('navigation');
    expect(await navigation.getByRole('link').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('Overview'), expect.stringContaining('Plans'), expect.stringContaining('Users')]),
    );
    expect(await navigation.innerText()).not.toContain('Đơn vị hành chính');
    await page.getByRole('heading', { name: 'Units in your scope' }).waitFor();
    await page.getByRole('heading', { name: 'Participating agencies' }).waitFor();
    await page.screenshot({ path: '/tmp/pcmd-units-en.png' });

    // Signing out ends the session on the server too.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await waitForSignInPage(page, 'Sign in');
    await page.getByText('You have signed out.').waitFor();
    const session = await page.evaluate(async () => (await fetch('/api/auth/session')).status);
    expect(session).toBe(401);
  });

  it('sees the server\'s Vietnamese message after a wrong password', async () => {
    const page = await openPage();
    await page.goto(`${baseUrl}/units`);
    await waitForSignInPage(page, 'Đăng nhập');
    await signIn(page, 'thanhvinh.canbo', 'mat-khau-sai');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
  });
});
