import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fitsTheScreen, signedInJourneyPage, startDemoSite, stopDemoSite } from '../../test-support/demo-site.ts';
import type { TestDatabase } from '../../test-support/test-database.ts';

const meetingTitle = 'Hội nghị tuyên truyền phòng, chống mại dâm tại khối 5';
const courseTopic = 'Tập huấn kỹ năng hỗ trợ người bán dâm hòa nhập cộng đồng';

let database: TestDatabase | undefined;
let app: FastifyInstance | undefined;
let browser: Browser | undefined;
let baseUrl = '';
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  const site = await startDemoSite(async ({ database }) => {
    // The ward declared 800 students for 2026: one activity cannot reach more.
    await database.db.insertInto('reference_figures').values({ unit_id: '16681', year: 2026, kind: 'students', value: 800 }).execute();
  });
  ({ database, app, baseUrl, browser } = site);
});

afterAll(() => stopDemoSite({ database, app, browser }, contexts));

const signedInPage = (username: string, roleLabel: string) => signedInJourneyPage({ browser: browser!, baseUrl }, contexts, username, roleLabel);

describe('a ward officer records communication and training', () => {
  it('records a meeting with its reach, is stopped above the declared students, finds it without accents and deletes it', async () => {
    const page = await signedInPage('thanhvinh.canbo', 'Cán bộ phụ trách chương trình');
    await page.getByRole('navigation').getByRole('link', { name: 'Hoạt động / hồ sơ' }).click();
    await page.getByRole('link', { name: 'Truyền thông', exact: true }).click();
    await page.getByRole('heading', { name: 'Hoạt động tuyên truyền', level: 1 }).waitFor();

    await page.getByRole('link', { name: 'Thêm hoạt động' }).click();
    await page.getByRole('heading', { name: 'Thêm hoạt động tuyên truyền', level: 1 }).waitFor();
    expect(await page.getByLabel('Đơn vị tổ chức', { exact: true }).inputValue()).toBe('Phường Thành Vinh');
    await page.getByRole('button', { name: 'Thêm hoạt động' }).click();
    await page.getByText('Vui lòng sửa các trường được đánh dấu bên dưới.').waitFor();
    expect(await page.getByLabel('Tiêu đề, nội dung chính', { exact: true }).getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Ngày tổ chức', { exact: true }).fill('15/03/2026');
    await page.getByLabel('Hình thức', { exact: true }).selectOption({ label: 'Họp khu dân cư, tổ dân phố' });
    await page.getByLabel('Cơ quan chủ trì', { exact: true }).selectOption({ index: 1 });
    await page.getByLabel('Tiêu đề, nội dung chính', { exact: true }).fill(meetingTitle);
    await page.getByLabel('Nhóm đối tượng 1').selectOption({ label: 'Học sinh, sinh viên' });
    await page.getByLabel('Số người 1').fill('1.200');
    await page.getByLabel('Số tài liệu phát ra').fill('150');
    await page.getByRole('button', { name: 'Thêm hoạt động' }).click();
    // The unit's declared figure is the server's to know: its message comes back under the row.
    await page.locator('.field-error', { hasText: 'vượt số học sinh, sinh viên Phường Thành Vinh đã khai báo cho năm 2026 (800)' }).waitFor();
    await page.getByLabel('Số người 1').fill('300');
    await page.getByRole('button', { name: 'Thêm hoạt động' }).click();
    await page.getByText(`Đã thêm hoạt động "${meetingTitle}".`).waitFor();

    await page.getByLabel('Tìm theo tiêu đề, mô tả').fill('hoi nghi KHOI 5');
    await page.getByText('Tổng số: 1 hoạt động').waitFor();
    const row = page.getByRole('row').filter({ hasText: meetingTitle });
    for (const part of ['15/03/2026', 'Họp khu dân cư, tổ dân phố', 'Phường Thành Vinh', 'Học sinh, sinh viên: 300', '150']) {
      expect(await row.innerText()).toContain(part);
    }
    expect(await fitsTheScreen(page)).toBe(true);

    // The edit page shows the record's history.
    await row.getByRole('link', { name: 'Sửa' }).click();
    await page.getByRole('heading', { name: 'Sửa hoạt động tuyên truyền', level: 1 }).waitFor();
    await page.getByText('Lịch sử thay đổi').click();
    await page.locator('.history-list').getByText('Tạo mới').waitFor();
    await page.getByRole('link', { name: 'Hủy' }).click();

    await page.getByLabel('Tìm theo tiêu đề, mô tả').fill('hoi nghi');
    const again = page.getByRole('row').filter({ hasText: meetingTitle });
    await again.getByRole('button', { name: 'Xóa' }).click();
    await again.getByLabel('Lý do xóa').fill('Ghi trùng');
    await again.getByRole('button', { name: 'Xóa hoạt động' }).click();
    await page.getByText(`Đã xóa hoạt động "${meetingTitle}".`).waitFor();
    await page.getByText('Không có hoạt động tuyên truyền nào phù hợp.').waitFor();
  });

  it('records a course with participants by level and agency and names that the province does not see', async () => {
    const page = await signedInPage('thanhvinh.canbo', 'Cán bộ phụ trách chương trình');
    await page.goto(`${baseUrl}/activities/training/new`);
    await page.getByRole('heading', { name: 'Thêm lớp tập huấn', level: 1 }).waitFor();
    await page.getByLabel('Ngày tập huấn', { exact: true }).fill('12/03/2026');
    await page.getByLabel('Cơ quan tổ chức', { exact: true }).selectOption({ index: 1 });
    expect(await page.getByLabel('Cấp', { exact: true }).inputValue()).toBe('commune');
    await page.getByLabel('Chủ đề, nội dung', { exact: true }).fill(courseTopic);
    await page.getByLabel('Cơ quan, tổ chức 1').selectOption({ label: 'Công an' });
    await page.getByLabel('Số người 1').fill('12');
    await page.getByRole('button', { name: 'Thêm dòng' }).click();
    await page.getByLabel('Cơ quan, tổ chức 2').selectOption({ label: 'Công an' });
    await page.getByLabel('Số người 2').fill('8');
    await page.getByLabel('Họ và tên, mỗi người một dòng').fill('Nguyễn Thị Lan\nTrần Văn Minh');
    await page.getByRole('button', { name: 'Thêm lớp tập huấn' }).click();
    await page.locator('.field-error', { hasText: 'Cấp và cơ quan này đã có ở dòng khác' }).waitFor();
    await page.getByLabel('Cơ quan, tổ chức 2').selectOption({ label: 'Hội Liên hiệp Phụ nữ' });
    await page.getByRole('button', { name: 'Thêm lớp tập huấn' }).click();
    await page.getByText(`Đã thêm lớp "${courseTopic}".`).waitFor();
    const row = page.getByRole('row').filter({ hasText: courseTopic });
    for (const part of ['12/03/2026', 'Cấp xã: 20', 'Đã ghi tên 2 người.']) expect(await row.innerText()).toContain(part);

    const province = await signedInPage('nghean.canbo', 'Cán bộ phụ trách chương trình');
    await province.goto(`${baseUrl}/activities/training`);
    const provinceRow = province.getByRole('row').filter({ hasText: courseTopic });
    await provinceRow.getByRole('link', { name: 'Sửa' }).click();
    await province.getByRole('heading', { name: 'Sửa lớp tập huấn', level: 1 }).waitFor();
    await province.getByText('Danh sách tên người tham gia chỉ người dùng của Phường Thành Vinh xem và ghi được.').waitFor();
    expect(await province.content()).not.toContain('Nguyễn Thị Lan');
  });
});
