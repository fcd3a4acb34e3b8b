import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fitsTheScreen, newJourneyPage, signedInJourneyPage, startDemoSite, stopDemoSite } from '../../test-support/demo-site.ts';
import type { TestDatabase } from '../../test-support/test-database.ts';

let database: TestDatabase | undefined;
let app: FastifyInstance | undefined;
let browser: Browser | undefined;
let baseUrl = '';
const contexts: BrowserContext[] = [];

// A 1×1 PNG: the server judges files by their content.
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const place = 'Hẻm 7 đường Phượng Hoàng';
const description = 'Tối thứ Bảy có người đứng chèo kéo khách vào nhà trọ trong hẻm. <script>alert(1)</script>';
const reporterName = 'Nguyễn Thị Người Báo Thử';

beforeAll(async () => {
  ({ database, app, baseUrl, browser } = await startDemoSite());
});

afterAll(() => stopDemoSite({ database, app, browser }, contexts));

const newPage = (viewport: { width: number; height: number }) => newJourneyPage(browser!, contexts, viewport);
const signIn = (username: string, roleLabel: string) => signedInJourneyPage({ browser: browser!, baseUrl }, contexts, username, roleLabel);

async function openTheTip(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Tin báo – tố giác' }).click();
  await page.getByRole('heading', { name: 'Tin báo, tố giác, khiếu nại', level: 1 }).waitFor();
  // Found by the place typed without accents; the queue never shows what was reported or by whom.
  await page.getByLabel('Tìm theo số tin báo, địa điểm').fill('phuong hoang');
  await page.getByText('Tổng số: 1 tin báo').waitFor();
  const row = page.getByRole('table', { name: 'Danh sách tin báo' }).getByRole('row').nth(1);
  expect(await row.innerText()).toContain('Cổng tiếp nhận trực tuyến');
  expect(await page.getByRole('table', { name: 'Danh sách tin báo' }).innerText()).not.toContain('chèo kéo');
  await row.getByRole('link').click();
  await page.getByRole('heading', { name: /^Tin báo TB-\d{4}-\d{6}$/, level: 1 }).waitFor();
}

async function act(page: Page, action: string, fill: (form: ReturnType<Page['getByRole']>) => Promise<unknown>, submit: string, done: string) {
  await page.getByRole('button', { name: action, exact: true }).click();
  const form = page.getByRole('form', { name: action });
  await fill(form);
  await form.getByRole('button', { name: submit }).click();
  await page.getByText(done).first().waitFor();
}

describe('a tip from a citizen to its resolution', () => {
  let receiptCode = '';

  it('is sent from a phone without signing in, with a photo and a contact, and gives a receipt code once', async () => {
    const page = await newPage({ width: 360, height: 740 });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${baseUrl}/bao-tin`);
    await page.getByRole('heading', { name: 'Báo tin về hoạt động mại dâm' }).waitFor();
    await page.getByLabel('Xã, phường hoặc tỉnh, thành phố').fill('thanh vinh');
    await page.getByRole('button', { name: 'Phường Thành Vinh, Tỉnh Nghệ An' }).click();
    await page.getByLabel('Địa chỉ hoặc mô tả nơi đó').fill(place);
    await page.getByLabel('Môi giới mại dâm').check();
    await page.getByLabel('Nội dung sự việc').fill(description);
    await page.getByLabel('Ảnh, tài liệu, ghi âm').setInputFiles({ name: 'anh-chup.png', mimeType: 'image/png', buffer: png });
    await page.getByLabel('Để lại thông tin liên hệ').check();
    await page.getByLabel('Họ và tên').fill(reporterName);
    await page.getByLabel('Số điện thoại').fill('0912000111');
    await page.getByRole('button', { name: 'Gửi tin báo' }).click();

    const code = page.getByTestId('receipt-code');
    await code.waitFor();
    receiptCode = (await code.innerText()).replace(/\s/g, '');
    expect(receiptCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
    // The code is a secret: never in the address bar or the browser's storage.
    expect(page.url()).not.toContain(receiptCode.slice(0, 4));
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + JSON.stringify(history.state))).not.toContain(receiptCode.slice(0, 9));
    expect(await fitsTheScreen(page)).toBe(true);
    // A citizen's browser never touches the staff sign-in API, and no cookie is set.
    expect(requested.filter((url) => url.includes('/api/auth/'))).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
  });

  it('reaches the ward\'s queue, where an officer classifies, assigns, verifies and resolves it', async () => {
    const page = await signIn('thanhvinh.congan', 'Cán bộ kiểm tra liên ngành');
    await openTheTip(page);
    // What was reported reads as text, markup and all; who reported it stays hidden from the officer.
    await page.getByText(description).waitFor();
    expect(await page.locator('script', { hasText: 'alert(1)' }).count()).toBe(0);
    await page.getByText('Chỉ cán bộ quản lý tin báo của đơn vị thụ lý được xem.').waitFor();
    expect(await page.locator('body').innerText()).not.toContain(reporterName);
    await page.getByRole('link', { name: /anh-chup\.png/ }).waitFor();

    // Out of order is not offered: the first step is to classify.
    expect(await page.getByRole('button', { name: 'Giải quyết', exact: true }).count()).toBe(0);
    await act(page, 'Phân loại', (form) => form.getByLabel('Phân loại').selectOption({ label: 'Tin báo về tội phạm' }), 'Lưu phân loại', 'Đã phân loại tin báo');
    await page.getByText('Điều 147 Bộ luật Tố tụng hình sự 2015', { exact: false }).first().waitFor();
    await act(page, 'Giao xử lý', (form) => form.getByLabel('Cơ quan được giao').selectOption({ index: 1 }), 'Giao xử lý', 'Đã giao xử lý tin báo');
    await act(page, 'Bắt đầu xác minh', async () => undefined, 'Bắt đầu xác minh', 'Đã bắt đầu xác minh tin báo');
    await act(page, 'Giải quyết', async (form) => {
      await form.getByLabel('Có cơ sở (đúng sự thật)').check();
      await form.getByLabel('Hướng xử lý').selectOption({ label: 'Xử phạt vi phạm hành chính' });
      await form.getByLabel('Kết quả xác minh, xử lý').fill('Đã kiểm tra nhà trọ, lập biên bản xử phạt chủ cơ sở.');
    }, 'Ghi kết quả giải quyết', 'Đã ghi kết quả giải quyết tin báo');
    await page.getByText('Đúng hạn').first().waitFor();
    // The timeline keeps every step, in order.
    const timeline = await page.getByRole('region', { name: 'Diễn biến xử lý' }).innerText();
    const steps = ['Tiếp nhận', 'Phân loại', 'Giao xử lý', 'Bắt đầu xác minh', 'Giải quyết'].map((step) => timeline.indexOf(step));
    expect(steps.every((position, index) => position >= 0 && (index === 0 || position > steps[index - 1]!))).toBe(true);
  });

  it('shows the reporter to the ward\'s tip custodian only on request', async () => {
    const page = await signIn('thanhvinh.tiepnhan', 'Cán bộ tiếp nhận, quản lý tin báo');
    await openTheTip(page);
    expect(await page.locator('body').innerText()).not.toContain(reporterName);
    await page.getByRole('button', { name: 'Xem thông tin người báo' }).click();
    await page.getByText(reporterName).waitFor();
    await page.getByText('0912000111').waitFor();
  });

  it('lets the citizen see, with the code typed loosely, that it was resolved, and add information', async () => {
    const page = await newPage({ width: 360, height: 740 });
    await page.goto(`${baseUrl}/bao-tin/tra-cuu`);
    await page.getByLabel('Mã tiếp nhận').fill(receiptCode.toLowerCase().replace(/-/g, ' '));
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    await page.getByText('Đã giải quyết').first().waitFor();
    // Nothing internal: neither the outcome nor the officer's note.
    const shown = await page.locator('body').innerText();
    expect(shown).not.toContain('Xử phạt vi phạm hành chính');
    expect(shown).not.toContain('lập biên bản');
    await page.getByLabel('Nội dung bổ sung').fill('Tuần này nhà trọ lại mở cửa đến khuya.');
    await page.getByRole('button', { name: 'Gửi thông tin bổ sung' }).click();
    await page.getByText('Đã nhận thông tin bổ sung. Cảm ơn bạn.').waitFor();
    expect(await page.locator('dt', { hasText: 'Số lần gửi thêm thông tin' }).locator('xpath=following-sibling::dd[1]').innerText()).toBe('1');
    expect(page.url()).not.toContain(receiptCode.slice(0, 4));
    expect(await fitsTheScreen(page)).toBe(true);
  });
});

describe('the officer\'s side of the same tip', () => {
  it('shows what the citizen added in the timeline', async () => {
    const page = await signIn('thanhvinh.congan', 'Cán bộ kiểm tra liên ngành');
    await openTheTip(page);
    await page.getByRole('region', { name: 'Diễn biến xử lý' }).getByText('Tuần này nhà trọ lại mở cửa đến khuya.').waitFor();
    await page.getByRole('region', { name: 'Diễn biến xử lý' }).getByText('Người báo bổ sung thông tin').waitFor();
  });
});

describe('a tip whose answer is lost on a weak connection', () => {
  it('is sent again with the same key: one tip is recorded and the reporter still gets its code', async () => {
    const page = await newPage({ width: 360, height: 740 });
    const keys: string[] = [];
    let lost = false;
    // The first send reaches the server, but its answer never comes back.
    await page.route('**/api/public/tips', async (route) => {
      keys.push(route.request().headers()['idempotency-key'] ?? '');
      if (lost) return route.continue();
      lost = true;
      await route.fetch();
      return route.abort('connectionreset');
    });
    const address = 'Ngõ 12 đường Lê Mao';
    await page.goto(`${baseUrl}/bao-tin`);
    await page.getByLabel('Xã, phường hoặc tỉnh, thành phố').fill('thanh vinh');
    await page.getByRole('button', { name: 'Phường Thành Vinh, Tỉnh Nghệ An' }).click();
    await page.getByLabel('Địa chỉ hoặc mô tả nơi đó').fill(address);
    await page.getByLabel('Môi giới mại dâm').check();
    await page.getByLabel('Nội dung sự việc').fill('Có người môi giới khách tại quán nước đầu ngõ.');
    await page.getByRole('button', { name: 'Gửi tin báo' }).click();
    await page.getByText('Không nhận được trả lời của máy chủ').waitFor();
    await page.getByRole('button', { name: 'Gửi tin báo' }).click();
    await page.getByTestId('receipt-code').waitFor();
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    const recorded = await database!.db.selectFrom('tips').select((eb) => eb.fn.countAll().as('n')).where('address', '=', address).executeTakeFirstOrThrow();
    expect(Number(recorded.n)).toBe(1);
  });
});
