import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate, todayInVietnam } from '../../core/dates/format.ts';
import { toSearchText } from '../../core/text/search-text.ts';
import { establishmentDuplicateKey } from '../../server/storage/establishments.ts';
import { fitsTheScreen, signedInJourneyPage, startDemoSite, stopDemoSite } from '../../test-support/demo-site.ts';
import type { TestDatabase } from '../../test-support/test-database.ts';

const today = todayInVietnam();
const year = today.slice(0, 4);
const hotel = { name: 'Khách sạn Sông Lam', address: 'Số 12 đường Lê Lợi, khối 3' };
const karaoke = { name: 'Karaoke Ánh Trăng', address: 'Số 40 đường Nguyễn Du' };

let database: TestDatabase | undefined;
let app: FastifyInstance | undefined;
let browser: Browser | undefined;
let baseUrl = '';
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  const site = await startDemoSite(async ({ database }) => {
    // Registered as the registry's form would: searchable without accents.
    await database.db.insertInto('establishments').values([hotel, karaoke, { name: 'Nhà nghỉ Bình An', address: 'Ngõ 5 đường Hà Huy Tập' }].map((place) => ({
      unit_id: '16681', name: place.name, address: place.address, type: 'accommodation', workers: 4, opened_on: '2020-01-01',
      search_text: toSearchText(`${place.name} ${place.address}`), duplicate_key: establishmentDuplicateKey(place.name, place.address),
    }))).execute();
  });
  ({ database, app, baseUrl, browser } = site);
});

afterAll(() => stopDemoSite({ database, app, browser }, contexts));

const signedInPage = (username: string, roleLabel: string) => signedInJourneyPage({ browser: browser!, baseUrl }, contexts, username, roleLabel);

async function addEstablishment(page: Page, words: string, name: string) {
  await page.getByLabel('Tìm cơ sở để thêm').fill(words);
  await page.getByRole('button', { name: `Thêm ${name}` }).click();
  await page.getByRole('group', { name }).waitFor();
}

describe('an inspector, the year\'s inspection plan and an inspection with a fine', () => {
  it('plans two establishments, records a fine at one of them, finds it in the list and sees the plan progress', async () => {
    const page = await signedInPage('thanhvinh.congan', 'Cán bộ kiểm tra liên ngành');
    await page.getByRole('navigation').getByRole('link', { name: 'Hoạt động / hồ sơ' }).click();
    const tabs = page.getByRole('navigation', { name: 'Các loại hồ sơ' });

    // The plan for this year: the ward and the year are proposed, establishments found without accents.
    await tabs.getByRole('link', { name: 'Kế hoạch kiểm tra' }).click();
    await page.getByRole('heading', { name: 'Kế hoạch kiểm tra', level: 1 }).waitFor();
    await page.getByText(`Chưa có kế hoạch kiểm tra nào cho năm ${year}.`).waitFor();
    await page.getByRole('link', { name: 'Lập kế hoạch kiểm tra' }).click();
    await page.getByRole('heading', { name: 'Lập kế hoạch kiểm tra', level: 1 }).waitFor();
    expect(await page.getByLabel('Đơn vị', { exact: true }).inputValue()).toBe('Phường Thành Vinh');
    expect(await page.getByLabel('Năm', { exact: true }).inputValue()).toBe(year);
    await addEstablishment(page, 'song lam', hotel.name);
    await addEstablishment(page, 'anh trang', karaoke.name);
    // A window typed backwards is refused next to its field.
    const karaokeItem = page.getByRole('group', { name: karaoke.name });
    await karaokeItem.getByLabel('Thời gian').selectOption({ label: 'Khoảng thời gian' });
    await karaokeItem.getByLabel('Từ ngày').fill(`20/12/${year}`);
    await karaokeItem.getByLabel('Đến ngày').fill(`01/12/${year}`);
    await page.getByRole('button', { name: 'Lập kế hoạch' }).click();
    await karaokeItem.locator('.field-error', { hasText: 'Ngày kết thúc không được trước ngày bắt đầu.' }).waitFor();
    expect(await karaokeItem.getByLabel('Đến ngày').getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: '/tmp/pcmd-inspection-plan-form.png', fullPage: true });
    await karaokeItem.getByLabel('Từ ngày').fill(`01/12/${year}`);
    await karaokeItem.getByLabel('Đến ngày').fill(`31/12/${year}`);
    await page.getByRole('button', { name: 'Lập kế hoạch' }).click();
    const planTitle = `Kế hoạch kiểm tra cơ sở kinh doanh dịch vụ năm ${year}`;
    await page.getByText(`Đã lập kế hoạch ${planTitle}.`).waitFor();
    await page.getByText('Đã kiểm tra 0/2 cơ sở theo kế hoạch').waitFor();
    expect(await page.getByRole('row').filter({ hasText: karaoke.name }).innerText()).toContain(`01/12/${year} – 31/12/${year}`);
    expect(await page.getByRole('row').filter({ hasText: hotel.name }).innerText()).toContain('Chưa đến hạn');

    // The inspection: a fine needs its amount, said next to the field before anything is sent.
    await tabs.getByRole('link', { name: 'Kiểm tra', exact: true }).click();
    await page.getByRole('heading', { name: 'Kiểm tra cơ sở kinh doanh dịch vụ', level: 1 }).waitFor();
    await page.getByText('Không có đợt kiểm tra nào phù hợp.').waitFor();
    await page.getByRole('link', { name: 'Ghi kết quả kiểm tra' }).click();
    await page.getByRole('heading', { name: 'Ghi kết quả kiểm tra', level: 1 }).waitFor();
    expect(await page.getByLabel('Đơn vị', { exact: true }).inputValue()).toBe('Phường Thành Vinh');
    await page.getByLabel('Ngày kiểm tra', { exact: true }).fill(formatDate(today));
    await page.getByLabel('Tên đoàn kiểm tra').fill('Đoàn kiểm tra liên ngành phường Thành Vinh');
    const agencies = page.getByRole('group', { name: 'Cơ quan tham gia' }).getByRole('checkbox');
    await agencies.first().waitFor();
    await agencies.nth(0).check();
    await agencies.nth(1).check();
    await addEstablishment(page, 'khach san song lam', hotel.name);
    const visit = page.getByRole('group', { name: hotel.name });
    await visit.getByLabel('Hình thức xử lý').selectOption({ label: 'Phạt tiền' });
    await visit.getByLabel('Hành vi vi phạm').fill('Không thông báo lưu trú cho khách');
    await page.getByRole('button', { name: 'Lưu kết quả kiểm tra' }).click();
    await visit.locator('.field-error', { hasText: 'Số tiền phạt là số nguyên lớn hơn 0' }).waitFor();
    expect(await visit.getByLabel('Số tiền phạt (đồng)').getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: '/tmp/pcmd-inspection-form.png', fullPage: true });
    await visit.getByLabel('Số tiền phạt (đồng)').fill('3.000.000');
    await visit.getByLabel('Căn cứ pháp lý').fill('Nghị định 144/2021/NĐ-CP');
    await visit.getByLabel('Hạn kiểm tra lại').fill(`31/12/${year}`);
    await page.getByRole('button', { name: 'Lưu kết quả kiểm tra' }).click();
    await page.getByText(`Đã ghi kết quả kiểm tra ngày ${formatDate(today)}.`).waitFor();

    // In the list, with its outcome; the outcome filter keeps it, a date that does not exist is refused.
    const row = page.getByRole('row').filter({ hasText: hotel.name });
    const rowText = await row.innerText();
    for (const part of [formatDate(today), 'Đoàn kiểm tra liên ngành phường Thành Vinh', 'Phường Thành Vinh', 'Phạt tiền (3.000.000 đồng)']) {
      expect(rowText).toContain(part);
    }
    await page.getByLabel('Hình thức xử lý').selectOption({ label: 'Phạt tiền' });
    await page.getByText('Tổng số: 1 đợt kiểm tra').waitFor();
    await page.getByLabel('Từ ngày').fill('31/02/2026');
    await page.locator('.field-error', { hasText: 'Ngày không hợp lệ' }).waitFor();
    expect(await fitsTheScreen(page)).toBe(true);
    await page.screenshot({ path: '/tmp/pcmd-inspections.png', fullPage: true });

    // The plan has moved: one of two done.
    await tabs.getByRole('link', { name: 'Kế hoạch kiểm tra' }).click();
    const planRow = page.getByRole('row').filter({ hasText: planTitle });
    await planRow.waitFor();
    expect(await planRow.innerText()).toContain('50%');
    await planRow.getByRole('link', { name: planTitle }).click();
    await page.getByText('Đã kiểm tra 1/2 cơ sở theo kế hoạch').waitFor();
    const hotelRow = page.getByRole('row').filter({ hasText: hotel.name });
    expect(await hotelRow.innerText()).toContain(`Đã kiểm tra`);
    expect(await hotelRow.innerText()).toContain(`ngày ${formatDate(today)} · Phạt tiền`);
    expect(await page.getByRole('row').filter({ hasText: karaoke.name }).innerText()).toContain('Chưa đến hạn');
    expect(await fitsTheScreen(page)).toBe(true);
    await page.screenshot({ path: '/tmp/pcmd-inspection-plan.png', fullPage: true });
  });

  it('shows an inspection\'s history on its edit page and deletes it with a reason', async () => {
    const page = await signedInPage('thanhvinh.congan', 'Cán bộ kiểm tra liên ngành');
    await page.goto(`${baseUrl}/activities/inspections`);
    const row = page.getByRole('row').filter({ hasText: hotel.name });
    await row.getByRole('link', { name: `Sửa đợt kiểm tra ngày ${formatDate(today)}` }).click();
    await page.getByRole('heading', { name: 'Sửa kết quả kiểm tra', level: 1 }).waitFor();
    expect(await page.getByRole('group', { name: hotel.name }).getByLabel('Số tiền phạt (đồng)').inputValue()).toBe('3000000');
    await page.getByText('Lịch sử thay đổi').click();
    await page.locator('.history-list').getByText('thanhvinh.congan').waitFor();
    expect(await page.locator('.history-list').innerText()).toContain('Tạo mới');
    await page.getByRole('link', { name: 'Hủy' }).click();

    await row.getByRole('button', { name: 'Xóa' }).click();
    await row.getByRole('button', { name: 'Xóa đợt kiểm tra' }).click();
    await row.locator('.field-error', { hasText: 'Vui lòng nhập thông tin này.' }).waitFor();
    await row.getByLabel('Lý do xóa').fill('Ghi nhầm đoàn kiểm tra');
    await row.getByRole('button', { name: 'Xóa đợt kiểm tra' }).click();
    await page.getByText(`Đã xóa đợt kiểm tra ngày ${formatDate(today)}.`).waitFor();
    await page.getByText('Không có đợt kiểm tra nào phù hợp.').waitFor();
  });
});
