import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate, todayInVietnam } from '../../core/dates/format.ts';
import { fitsTheScreen, signedInJourneyPage, startDemoSite, stopDemoSite } from '../../test-support/demo-site.ts';
import type { TestDatabase } from '../../test-support/test-database.ts';

const parkAddress = 'Công viên Trung tâm, đường Lê Hồng Phong';

let database: TestDatabase | undefined;
let app: FastifyInstance | undefined;
let browser: Browser | undefined;
let baseUrl = '';
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  const site = await startDemoSite(async ({ database }) => {
    // Another hotspot of the ward, so that search has something to leave out.
    await database.db.insertInto('hotspots').values({
      unit_id: '16681', address: 'Bến xe Bắc Vinh, bãi đỗ phía sau', kind: 'transport_hub', latitude: null, longitude: null,
      description: null, identified_on: null, status: 'active', eliminated_on: null, status_changed_on: null, search_text: 'ben xe bac vinh bai do phia sau',
    }).execute();
  });
  ({ database, app, baseUrl, browser } = site);
});

afterAll(() => stopDemoSite({ database, app, browser }, contexts));

const signedInPage = (username: string, roleLabel: string) => signedInJourneyPage({ browser: browser!, baseUrl }, contexts, username, roleLabel);

describe('an inspector and the hotspots', () => {
  it('records a hotspot, eliminates it, watches it and sees it re-form', async () => {
    const page = await signedInPage('thanhvinh.congan', 'Cán bộ kiểm tra liên ngành');
    await page.getByRole('navigation').getByRole('link', { name: 'Hoạt động / hồ sơ' }).click();
    await page.getByRole('link', { name: 'Tụ điểm', exact: true }).click();
    await page.getByRole('heading', { name: 'Tụ điểm', level: 1 }).waitFor();
    await page.getByText('Tổng số: 1 tụ điểm').waitFor();

    // The form says hotspots are about places, proposes the ward, and checks what it can by itself.
    await page.getByRole('link', { name: 'Thêm tụ điểm' }).click();
    await page.getByRole('heading', { name: 'Thêm tụ điểm', level: 1 }).waitFor();
    await page.getByText('Hồ sơ tụ điểm ghi về địa điểm, không ghi về con người').waitFor();
    expect(await page.getByLabel('Xã, phường', { exact: true }).inputValue()).toBe('Phường Thành Vinh');
    await page.getByRole('button', { name: 'Thêm tụ điểm' }).click();
    await page.locator('.field-error', { hasText: 'Vui lòng nhập thông tin này.' }).waitFor();
    expect(await page.getByLabel('Địa chỉ, vị trí', { exact: true }).getAttribute('aria-invalid')).toBe('true');

    // Swapped coordinates come back from the server under their fields.
    await page.getByLabel('Địa chỉ, vị trí', { exact: true }).fill(parkAddress);
    await page.getByLabel('Loại địa điểm', { exact: true }).selectOption({ label: 'Công viên, vườn hoa, quảng trường' });
    await page.getByLabel('Vĩ độ', { exact: true }).fill('105,6923');
    await page.getByLabel('Kinh độ', { exact: true }).fill('18,6735');
    await page.getByLabel('Mô tả', { exact: true }).fill('Khu vực ghế đá phía hồ, sau 22 giờ');
    await page.getByRole('button', { name: 'Thêm tụ điểm' }).click();
    await page.locator('.field-error', { hasText: 'Vĩ độ phải từ 6 đến 24' }).waitFor();
    await page.getByLabel('Vĩ độ', { exact: true }).fill('18,6735');
    await page.getByLabel('Kinh độ', { exact: true }).fill('105,6923');
    await page.getByRole('button', { name: 'Thêm tụ điểm' }).click();
    await page.getByText(`Đã thêm tụ điểm ${parkAddress}.`).waitFor();

    // Found by words typed without accents.
    await page.getByLabel('Tìm theo địa chỉ, mô tả').fill('cong vien trung tam');
    await page.getByText('Tổng số: 1 tụ điểm').waitFor();
    const row = page.getByRole('row').filter({ hasText: parkAddress });
    for (const part of ['Công viên, vườn hoa, quảng trường', 'Phường Thành Vinh', 'Đang hoạt động']) {
      expect(await row.innerText()).toContain(part);
    }

    // Eliminated on a day typed dd/mm/yyyy, then watched after it.
    await row.getByRole('button', { name: 'Triệt xóa' }).click();
    await row.getByLabel('Ngày triệt xóa').fill('10/03/2025');
    await row.getByRole('button', { name: 'Xác nhận đã triệt xóa' }).click();
    await page.getByText(`Đã ghi nhận tụ điểm ${parkAddress} được triệt xóa ngày 10/03/2025.`).waitFor();
    await row.getByText('Đã triệt xóa').waitFor();
    expect(await row.innerText()).toContain('từ 10/03/2025');

    await row.getByRole('button', { name: 'Ghi lần theo dõi' }).click();
    await row.getByLabel('Ngày theo dõi').fill('01/03/2025');
    await row.getByLabel('Không tái hoạt động').check();
    await row.getByRole('button', { name: 'Lưu lần theo dõi' }).click();
    await row.locator('.field-error', { hasText: 'Lần theo dõi phải sau ngày triệt xóa (10/03/2025)' }).waitFor();
    await row.getByLabel('Ngày theo dõi').fill('10/04/2025');
    await row.getByRole('button', { name: 'Lưu lần theo dõi' }).click();
    await page.getByText(`Đã ghi lần theo dõi ngày 10/04/2025 tại ${parkAddress}: không tái hoạt động.`).waitFor();
    await row.getByText('theo dõi gần nhất 10/04/2025').waitFor();
    expect(await fitsTheScreen(page)).toBe(true);

    // On the edit page: the visits, a visit that finds it re-formed, and the history.
    await row.getByRole('link', { name: `Sửa tụ điểm ${parkAddress}` }).click();
    await page.getByRole('heading', { name: 'Sửa thông tin tụ điểm', level: 1 }).waitFor();
    const visits = page.locator('.watch-visits');
    expect(await visits.getByRole('row').filter({ hasText: '10/04/2025' }).innerText()).toContain('Không tái hoạt động');
    await visits.getByRole('button', { name: 'Ghi lần theo dõi' }).click();
    const today = formatDate(todayInVietnam());
    await visits.getByLabel('Ngày theo dõi').fill(today);
    await visits.getByLabel('Đã tái hoạt động').check();
    await visits.getByLabel('Ghi chú').fill('Hoạt động trở lại vào buổi tối');
    await visits.getByRole('button', { name: 'Lưu lần theo dõi' }).click();
    await page.getByText(`Đã ghi lần theo dõi ngày ${today} tại ${parkAddress}: tụ điểm đã tái hoạt động`).waitFor();
    // The page reads the hotspot again: the new visit in the table, the status back to active.
    await visits.getByRole('row').filter({ hasText: 'Hoạt động trở lại vào buổi tối' }).waitFor();
    expect(await visits.getByRole('row').count()).toBe(3);
    expect(await page.getByLabel('Trạng thái', { exact: true }).inputValue()).toBe('active');
    await page.getByText('Lịch sử thay đổi').click();
    await page.locator('.history-changes', { hasText: 'Lần theo dõi' }).first().waitFor();
    expect(await page.locator('.history-list').innerText()).toContain('Đã tái hoạt động · Hoạt động trở lại vào buổi tối');
    await page.screenshot({ path: '/tmp/pcmd-hotspot-edit.png', fullPage: true });

    // Deleted with a reason: it leaves the list.
    await page.getByRole('link', { name: 'Hủy' }).click();
    await page.getByLabel('Tìm theo địa chỉ, mô tả').fill('cong vien');
    const again = page.getByRole('row').filter({ hasText: parkAddress });
    await again.getByRole('button', { name: 'Xóa', exact: true }).click();
    await again.getByLabel('Lý do xóa').fill('Ghi trùng với hồ sơ giấy');
    await again.getByRole('button', { name: 'Xóa tụ điểm' }).click();
    await page.getByText(`Đã xóa tụ điểm ${parkAddress}.`).waitFor();
    await page.getByText('Không có tụ điểm nào phù hợp.').waitFor();
  });
});
