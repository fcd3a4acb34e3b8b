import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDemoPlans } from '../../server/demo/demo-plans.ts';
import { fitsTheScreen, signedInJourneyPage, startDemoSite, stopDemoSite } from '../../test-support/demo-site.ts';
import type { TestDatabase } from '../../test-support/test-database.ts';

let database: TestDatabase | undefined;
let app: FastifyInstance | undefined;
let browser: Browser | undefined;
let baseUrl = '';
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  // The demo's 2026 Nghệ An plan is issued, so its reporting regime has generated the reports.
  ({ database, app, baseUrl, browser } = await startDemoSite(({ database }) => ensureDemoPlans(database, () => undefined)));
}, 120_000);

afterAll(() => stopDemoSite({ database, app, browser }, contexts));

const signIn = (username: string) => signedInJourneyPage({ browser: browser!, baseUrl }, contexts, username, 'Cán bộ phụ trách chương trình');
// The province's plan 15/KH-UBND: the ward reports to it (the ward's own plan makes it a consolidator too).
const halfYear = /Báo cáo 6 tháng đầu năm 2026 thực hiện Kế hoạch số 15\/KH-UBND/;
const returnComment = 'Đề nghị bổ sung kết quả kiểm tra cơ sở kinh doanh.';
let wardReportUrl = '';

describe('the 6-month report from a ward to the province', () => {
  it('is written by the ward, with a corrected figure that needs its reason, and submitted', async () => {
    const ward = await signIn('thanhvinh.canbo');
    await ward.getByRole('navigation').getByRole('link', { name: 'Báo cáo' }).click();
    await ward.getByRole('table', { name: 'Danh sách báo cáo của đơn vị' }).getByRole('link', { name: halfYear }).click();
    await ward.getByRole('heading', { name: 'Nội dung báo cáo' }).waitFor();
    wardReportUrl = ward.url();
    await ward.getByLabel('Kết quả thực hiện', { exact: true }).fill('Phường đã tổ chức các hoạt động tuyên truyền tại khu dân cư.');
    await ward.getByLabel('Khó khăn, vướng mắc', { exact: true }).fill('Thiếu kinh phí cho hoạt động tuyên truyền.');
    await ward.getByLabel('Đề xuất, kiến nghị', { exact: true }).fill('Đề nghị tỉnh bố trí kinh phí.');
    await ward.getByLabel('Số cuộc kiểm tra – Phường Thành Vinh').fill('97');
    await ward.getByRole('button', { name: 'Lưu', exact: true }).click();
    // A corrected figure is refused without its reason.
    await ward.getByText('Có 1 số liệu cần sửa').waitFor();
    await ward.getByLabel('Lý do điều chỉnh: Số cuộc kiểm tra').fill('Hai cuộc kiểm tra liên ngành chưa nhập vào hệ thống.');
    await ward.getByRole('button', { name: 'Lưu', exact: true }).click();
    await ward.getByText('Đã lưu báo cáo.').waitFor();
    await ward.getByRole('button', { name: 'Nộp báo cáo' }).click();
    await ward.getByRole('button', { name: 'Xác nhận nộp' }).click();
    await ward.getByText('Đã nộp báo cáo.').waitFor();
    // Submitted: nothing is editable any more.
    expect(await ward.getByRole('button', { name: 'Lưu', exact: true }).count()).toBe(0);
    expect(await fitsTheScreen(ward)).toBe(true);
  });

  it('is returned by the province with a comment, submitted again and accepted', async () => {
    const province = await signIn('nghean.canbo');
    // The overview reminds the consolidator of the request whose units are late.
    const late = province.getByRole('list', { name: 'Yêu cầu đã quá hạn nộp của cơ quan, đơn vị' }).getByRole('listitem').filter({ has: province.getByRole('link', { name: halfYear }) });
    expect(await late.innerText()).toMatch(/^\d+ cơ quan, đơn vị quá hạn chưa nộp:/);
    await province.goto(`${baseUrl}/reports`);
    await province.getByRole('region', { name: 'Yêu cầu báo cáo đơn vị đã ban hành' }).getByRole('link', { name: /Tình hình nộp báo cáo: Báo cáo 6 tháng đầu năm 2026 thực hiện Kế hoạch số 15\/KH-UBND/ }).click();
    const board = province.getByRole('table', { name: 'Tình hình nộp báo cáo của các đơn vị' });
    await board.waitFor();
    await province.getByRole('link', { name: 'Báo cáo của Phường Thành Vinh' }).click();
    await province.getByRole('button', { name: 'Trả lại để chỉnh sửa' }).click();
    await province.getByLabel('Ý kiến').fill(returnComment);
    await province.getByRole('button', { name: 'Trả lại báo cáo' }).click();
    await province.getByText('Đã trả lại báo cáo để đơn vị chỉnh sửa.').waitFor();

    const ward = await signIn('thanhvinh.canbo');
    await ward.goto(wardReportUrl);
    await ward.getByText(returnComment).first().waitFor();
    await ward.getByRole('button', { name: 'Nộp báo cáo' }).click();
    await ward.getByRole('button', { name: 'Xác nhận nộp' }).click();
    await ward.getByText('Đã nộp báo cáo.').waitFor();

    await province.reload();
    await province.getByRole('button', { name: 'Tiếp nhận báo cáo' }).click();
    await province.getByRole('button', { name: 'Xác nhận tiếp nhận' }).click();
    await province.getByText('Đã tiếp nhận báo cáo.').waitFor();
    // Accepted reports are locked for everyone.
    expect(await province.getByRole('button', { name: 'Trả lại để chỉnh sửa' }).count()).toBe(0);

    // The official documents come out of the same page.
    for (const [name, type] of [['Tải báo cáo (.docx)', 'wordprocessingml'], ['Tải phụ lục số liệu (.xlsx)', 'spreadsheetml']] as const) {
      const href = await province.getByRole('link', { name }).getAttribute('href');
      const response = await province.request.get(new URL(href!, baseUrl).toString());
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain(type);
    }
  });

  it('feeds the province\'s consolidated draft, which takes the ward\'s corrected figure and lists the missing communes', async () => {
    const province = await signIn('nghean.canbo');
    await province.goto(`${baseUrl}/reports`);
    await province.getByRole('region', { name: 'Yêu cầu báo cáo đơn vị đã ban hành' }).getByRole('link', { name: /Tình hình nộp báo cáo: Báo cáo 6 tháng đầu năm 2026 thực hiện Kế hoạch số 15\/KH-UBND/ }).click();
    await province.getByRole('link', { name: 'Mở báo cáo tổng hợp' }).click();
    await province.getByRole('heading', { name: 'Nội dung báo cáo' }).waitFor();
    const inspections = province.getByRole('table', { name: 'Kiểm tra, xử lý vi phạm' });
    const wardRow = inspections.getByRole('row').filter({ hasText: 'Phường Thành Vinh' });
    // The first figure of the row is the number of inspections, as the ward corrected it.
    expect((await wardRow.getByRole('cell').allInnerTexts()).map((text) => text.trim())).toContain('97');
    await province.getByText(/chưa có báo cáo được tiếp nhận|Đơn vị chưa có báo cáo/i).first().waitFor();
  });
});

describe('the 6-month report of an agency of the province', () => {
  const police = 'Công an tỉnh Nghệ An';

  it('is written by the province\'s police against its duties in the plan, and submitted', async () => {
    const officer = await signedInJourneyPage({ browser: browser!, baseUrl }, contexts, 'nghean.congan', 'Cán bộ cơ quan phối hợp');
    await officer.getByRole('navigation').getByRole('link', { name: 'Báo cáo' }).click();
    const list = officer.getByRole('table', { name: 'Danh sách báo cáo của đơn vị' });
    await list.getByRole('row').filter({ hasText: police }).getByRole('link', { name: halfYear }).click();
    await officer.getByText(`${police} – Tỉnh Nghệ An`).first().waitFor();
    // The police's duties in the plan come before the narrative that reports on them.
    const duties = officer.getByRole('region', { name: 'Nhiệm vụ được giao theo kế hoạch' });
    expect(await duties.getByRole('listitem').count()).toBeGreaterThan(0);
    await officer.getByLabel('Kết quả thực hiện', { exact: true }).fill('Công an tỉnh đã chủ trì kiểm tra các cơ sở kinh doanh dịch vụ nhạy cảm.');
    await officer.getByRole('button', { name: 'Lưu', exact: true }).click();
    await officer.getByText('Đã lưu báo cáo.').waitFor();
    await officer.getByRole('button', { name: 'Nộp báo cáo' }).click();
    await officer.getByRole('button', { name: 'Xác nhận nộp' }).click();
    await officer.getByText('Đã nộp báo cáo.').waitFor();
    expect(await officer.getByRole('button', { name: 'Lưu', exact: true }).count()).toBe(0);
    expect(await fitsTheScreen(officer)).toBe(true);
  });

  it('is accepted by the province and its figures join the consolidated report as the police\'s row', async () => {
    const province = await signIn('nghean.canbo');
    await province.goto(`${baseUrl}/reports`);
    await province.getByRole('region', { name: 'Yêu cầu báo cáo đơn vị đã ban hành' }).getByRole('link', { name: /Tình hình nộp báo cáo: Báo cáo 6 tháng đầu năm 2026 thực hiện Kế hoạch số 15\/KH-UBND/ }).click();
    const board = province.getByRole('table', { name: 'Tình hình nộp báo cáo của các đơn vị' });
    const policeRow = board.getByRole('row').filter({ hasText: police });
    await policeRow.getByText('Đã nộp, chờ tiếp nhận').waitFor();
    await policeRow.getByText('Cơ quan, ban, ngành').waitFor();
    await province.getByRole('link', { name: `Báo cáo của ${police}` }).click();
    await province.getByRole('button', { name: 'Tiếp nhận báo cáo' }).click();
    await province.getByRole('button', { name: 'Xác nhận tiếp nhận' }).click();
    await province.getByText('Đã tiếp nhận báo cáo.').waitFor();

    // Back on the board, the police's report counts as accepted.
    await province.goBack();
    await policeRow.getByText('Đã tiếp nhận').waitFor();
    await province.getByRole('link', { name: 'Mở báo cáo tổng hợp' }).click();
    await province.getByRole('heading', { name: 'Nội dung báo cáo' }).waitFor();
    const inspections = province.getByRole('table', { name: 'Kiểm tra, xử lý vi phạm' });
    await inspections.getByRole('rowheader', { name: 'Các cơ quan, ban, ngành' }).waitFor();
    await inspections.getByRole('row').filter({ hasText: police }).getByText('Báo cáo đã tiếp nhận').waitFor();
  });
});

describe('on a phone', () => {
  it('folds the modules under the menu button, and the police\'s reports fit the screen', async () => {
    const phone = await signedInJourneyPage({ browser: browser!, baseUrl }, contexts, 'nghean.congan', 'Cán bộ cơ quan phối hợp', { width: 390, height: 844 });
    expect(await fitsTheScreen(phone)).toBe(true);
    const reportsLink = phone.getByRole('navigation').getByRole('link', { name: 'Báo cáo' });
    expect(await reportsLink.isVisible()).toBe(false);
    const menu = phone.getByRole('button', { name: 'Danh mục' });
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await reportsLink.click();
    // Opening a module folds the menu away again.
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    const list = phone.getByRole('table', { name: 'Danh sách báo cáo của đơn vị' });
    await list.getByRole('link', { name: halfYear }).first().click();
    await phone.getByRole('heading', { name: 'Nội dung báo cáo' }).waitFor();
    expect(await fitsTheScreen(phone)).toBe(true);
  });
});

describe('an ad hoc request from the province', () => {
  it('asks a ward found without accents and the police, explaining what is missing first', async () => {
    const province = await signIn('nghean.canbo');
    await province.goto(`${baseUrl}/reports`);
    await province.getByRole('button', { name: 'Yêu cầu báo cáo đột xuất' }).click();
    const form = province.getByRole('form', { name: 'Yêu cầu báo cáo đột xuất' });
    await form.getByRole('button', { name: 'Gửi yêu cầu' }).click();
    await form.getByText('Chọn ít nhất một đơn vị hoặc một cơ quan phải báo cáo.').waitFor();
    expect(await form.getByText('Chưa nhập thông tin này.').count()).toBeGreaterThan(0);

    const title = 'Báo cáo nhanh kết quả kiểm tra cơ sở lưu trú';
    const inAMonth = new Date(Date.now() + 30 * 86_400_000).toLocaleDateString('en-GB', { timeZone: 'Asia/Ho_Chi_Minh' });
    await form.getByLabel('Tên báo cáo').fill(title);
    await form.getByLabel('Nội dung yêu cầu').fill('Số cuộc kiểm tra, số cơ sở vi phạm.');
    await form.getByLabel('Số liệu từ ngày').fill('01/01/2026');
    await form.getByLabel('Đến ngày').fill('31/10/2026');
    await form.getByLabel('Hạn gửi báo cáo').fill(inAMonth);
    await form.getByRole('searchbox', { name: 'Tìm đơn vị theo tên' }).fill('thanh vinh');
    await form.getByRole('checkbox', { name: 'Phường Thành Vinh' }).check();
    await form.getByRole('checkbox', { name: 'Công an tỉnh Nghệ An' }).check();
    await form.getByRole('button', { name: 'Gửi yêu cầu' }).click();
    await province.getByText(`Đã gửi yêu cầu "${title}" tới 2 cơ quan, đơn vị.`).waitFor();
    await province.getByRole('status').getByRole('link', { name: 'Xem tình hình nộp' }).click();
    const board = province.getByRole('table', { name: 'Tình hình nộp báo cáo của các đơn vị' });
    await board.getByRole('link', { name: 'Báo cáo của Phường Thành Vinh' }).waitFor();
    await board.getByRole('link', { name: 'Báo cáo của Công an tỉnh Nghệ An' }).waitFor();
    expect(await fitsTheScreen(province)).toBe(true);
  });
});
