import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fitsTheScreen, signedInJourneyPage, startDemoSite, stopDemoSite } from '../../test-support/demo-site.ts';
import { recordFactory } from '../../test-support/record-factory.ts';
import type { TestDatabase } from '../../test-support/test-database.ts';

const hotelName = 'Khách sạn Hoa Hồng';
const hotelAddress = 'Số 5 đường Trường Thi, khối 2';

let database: TestDatabase | undefined;
let app: FastifyInstance | undefined;
let browser: Browser | undefined;
let baseUrl = '';
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  const site = await startDemoSite(async ({ database }) => {
    // More than one page of guesthouses in Thành Vinh.
    await recordFactory(database.db).establishments('16681', 24);
  });
  ({ database, app, baseUrl, browser } = site);
});

afterAll(() => stopDemoSite({ database, app, browser }, contexts));

const signedInPage = (username: string, roleLabel: string) => signedInJourneyPage({ browser: browser!, baseUrl }, contexts, username, roleLabel);

async function fillHotel(page: Page, licenceDate: string) {
  await page.getByLabel('Tên cơ sở', { exact: true }).fill(hotelName);
  await page.getByLabel('Loại hình', { exact: true }).selectOption({ label: 'Khách sạn/nhà nghỉ/nhà trọ' });
  await page.getByLabel('Địa chỉ', { exact: true }).fill(hotelAddress);
  await page.getByLabel('Số giấy phép', { exact: true }).fill('GP-0512/2024');
  await page.getByLabel('Ngày cấp giấy phép', { exact: true }).fill(licenceDate);
}

describe('an inspector and the establishments registry', () => {
  it('adds an establishment, finds it without accents and records its closing', async () => {
    const page = await signedInPage('thanhvinh.congan', 'Cán bộ kiểm tra liên ngành');
    await page.getByRole('navigation').getByRole('link', { name: 'Hoạt động / hồ sơ' }).click();
    await page.getByRole('heading', { name: 'Cơ sở kinh doanh dịch vụ dễ bị lợi dụng', level: 1 }).waitFor();

    // Paging: 24 guesthouses, 20 to a page.
    await page.getByText('Trang 1 / 2').waitFor();
    expect(await page.getByText('Tổng số: 24 cơ sở').count()).toBe(1);
    await page.getByRole('button', { name: 'Sau', exact: true }).click();
    await page.getByText('Trang 2 / 2').waitFor();
    expect(await page.locator('.establishments-table tbody tr').count()).toBe(4);

    // The form: the ward is proposed, a date that is not on the calendar is refused next to its field.
    await page.getByRole('link', { name: 'Thêm cơ sở' }).click();
    await page.getByRole('heading', { name: 'Thêm cơ sở kinh doanh', level: 1 }).waitFor();
    expect(await page.getByLabel('Xã, phường', { exact: true }).inputValue()).toBe('Phường Thành Vinh');
    await fillHotel(page, '31/02/2024');
    await page.getByRole('button', { name: 'Thêm cơ sở' }).click();
    const licenceDate = page.getByLabel('Ngày cấp giấy phép', { exact: true });
    expect(await licenceDate.getAttribute('aria-invalid')).toBe('true');
    await page.locator('.field-error', { hasText: 'Ngày không hợp lệ' }).waitFor();
    await licenceDate.fill('12/03/2024');
    await page.getByRole('button', { name: 'Thêm cơ sở' }).click();
    await page.getByText(`Đã thêm cơ sở ${hotelName}.`).waitFor();

    // The same establishment again: the server's 409 is a notice at the top naming the existing one.
    await page.getByRole('link', { name: 'Thêm cơ sở' }).click();
    await fillHotel(page, '12/03/2024');
    await page.getByRole('button', { name: 'Thêm cơ sở' }).click();
    const duplicate = page.getByRole('alert').filter({ hasText: 'Cơ sở này đã có trong sổ theo dõi' });
    await duplicate.waitFor();
    expect(await duplicate.innerText()).toContain(hotelName);
    await page.getByRole('link', { name: 'Hủy' }).click();

    // Found by words typed without accents.
    await page.getByLabel('Tìm theo tên, địa chỉ, chủ cơ sở, số giấy phép').fill('khach san hoa hong');
    await page.getByText('Tổng số: 1 cơ sở').waitFor();
    const row = page.getByRole('row').filter({ hasText: hotelName });
    const rowText = await row.innerText();
    for (const part of ['Khách sạn/nhà nghỉ/nhà trọ', hotelAddress, 'Phường Thành Vinh', 'GP-0512/2024', 'Chưa phân loại', 'Đang hoạt động']) {
      expect(rowText).toContain(part);
    }
    expect(await fitsTheScreen(page)).toBe(true);

    // Closed on a day typed dd/mm/yyyy.
    await row.getByRole('button', { name: 'Đóng cửa' }).click();
    await row.getByLabel('Ngày đóng cửa').fill('15/08/2025');
    await row.getByRole('button', { name: 'Xác nhận đóng cửa' }).click();
    await page.getByText(`Đã ghi nhận cơ sở ${hotelName} đóng cửa từ ngày 15/08/2025.`).waitFor();
    await row.getByText('Đã đóng cửa').waitFor();
    expect(await row.innerText()).toContain('từ 15/08/2025');
    await page.screenshot({ path: '/tmp/pcmd-establishments.png', fullPage: true });

    // Deleted with a reason: it leaves the registry.
    await row.getByRole('button', { name: 'Xóa' }).click();
    await row.getByLabel('Lý do xóa').fill('Nhập trùng, đã có trong hồ sơ giấy');
    await row.getByRole('button', { name: 'Xóa khỏi sổ theo dõi' }).click();
    await page.getByText(`Đã xóa cơ sở ${hotelName} khỏi sổ theo dõi.`).waitFor();
    await page.getByText('Không có cơ sở nào phù hợp.').waitFor();
  });
});
