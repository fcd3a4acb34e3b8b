import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxText, readWorkbook } from '../../test-support/office-files.ts';
import { aPlanContent } from '../../test-support/plan-factory.ts';
import { recordFactory } from '../../test-support/record-factory.ts';
import { startTestApp, type TestApp, type TestSession } from '../../test-support/test-app.ts';
import { reportContentDisposition } from './report-documents.ts';

let testApp: TestApp;
let provinceOfficer: TestSession;
let communeOfficer: TestSession;
let communeReportId: string;
let provinceReportId: string;
const COMMUNE = '16681';

beforeAll(async () => {
  testApp = await startTestApp();
  provinceOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '40' });
  communeOfficer = await testApp.signIn({ role: 'programme_officer', unitId: COMMUNE });
  const created = await testApp.request(provinceOfficer, { method: 'POST', url: '/api/plans', body: { content: aPlanContent() } });
  expect(created.statusCode, created.body).toBe(201);
  const planId = created.json().id as string;
  const issued = await testApp.request(provinceOfficer, {
    method: 'POST', url: `/api/plans/${planId}/issue`, body: { number: '249/KH-UBND', issueDate: '2026-01-15' },
  });
  expect(issued.statusCode, issued.body).toBe(200);
  // The 2026 6-month report covers 15/12/2025–14/6/2026: two inspections of the commune fall in it.
  const records = recordFactory(testApp.database.db);
  const establishments = await records.establishments(COMMUNE, 4);
  await records.inspection(COMMUNE, '2026-02-10', [establishments[0]!, establishments[1]!]);
  await records.inspection(COMMUNE, '2026-05-20', [establishments[2]!]);
  const reports = await testApp.database.db.selectFrom('reports')
    .innerJoin('report_requests', 'report_requests.id', 'reports.request_id')
    .select(['reports.id', 'reports.unit_id', 'reports.role'])
    .where('report_requests.plan_id', '=', planId).where('report_requests.period_code', '=', 'RH2026-1')
    .execute();
  communeReportId = reports.find((report) => report.unit_id === COMMUNE && report.role === 'reporter')!.id;
  provinceReportId = reports.find((report) => report.unit_id === '40' && report.role === 'consolidator')!.id;
});
afterAll(() => testApp.close());

const auditEntries = (targetId: string) => testApp.database.db.selectFrom('audit_log')
  .select(['action', 'outcome', 'summary']).where('target_id', '=', targetId).where('action', '=', 'report.export').execute();

describe('GET /api/reports/{id}/document.docx', () => {
  it('needs a signed-in user', async () => {
    const response = await testApp.request(null, { method: 'GET', url: `/api/reports/${communeReportId}/document.docx` });
    expect(response.statusCode).toBe(401);
  });

  it('is refused, and the refusal audited, for a report outside the caller\'s scope', async () => {
    const neighbour = await testApp.signIn({ role: 'programme_officer', unitId: '16702' });
    const response = await testApp.request(neighbour, { method: 'GET', url: `/api/reports/${communeReportId}/document.docx` });
    expect(response.statusCode).toBe(403);
    const denied = await testApp.database.db.selectFrom('audit_log').select(['outcome']).where('action', '=', 'report.export')
      .where('outcome', '=', 'denied').execute();
    expect(denied.length).toBeGreaterThan(0);
  });

  it('answers 404 for an unknown report and 400 for an id that is not one', async () => {
    expect((await testApp.request(communeOfficer, { method: 'GET', url: '/api/reports/00000000-0000-4000-8000-000000000000/document.docx' })).statusCode).toBe(404);
    expect((await testApp.request(communeOfficer, { method: 'GET', url: '/api/reports/abc/document.docx' })).statusCode).toBe(400);
  });

  it('gives the commune its own report as a Decree 30 document, with a Vietnamese file name, and audits the export', async () => {
    const response = await testApp.request(communeOfficer, { method: 'GET', url: `/api/reports/${communeReportId}/document.docx` });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const disposition = String(response.headers['content-disposition']);
    expect(disposition).toMatch(/^attachment; filename="Bao-cao-6-thang-dau-nam-2026-[A-Za-z-]+\.docx"; filename\*=UTF-8''B%C3%A1o%20c%C3%A1o%206%20th%C3%A1ng/);
    const body = response.rawPayload;
    expect(body.subarray(0, 2).toString()).toBe('PK');
    const text = docxText(body);
    for (const expected of [
      'BÁO CÁO', 'Kết quả thực hiện công tác phòng, chống mại dâm 6 tháng đầu năm 2026', '(Số liệu tính từ ngày 15/12/2025 đến ngày 14/6/2026)',
      'I. KẾT QUẢ THỰC HIỆN', 'II. KHÓ KHĂN, VƯỚNG MẮC', 'III. ĐỀ XUẤT, KIẾN NGHỊ', 'Nơi nhận:', '- Lưu: VT.',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/Số:\s+\/BC-UBND/);
    // Two inspections in the period, three establishment visits.
    expect(text).toMatch(/Số cuộc kiểm tra\n2\n/);
    expect(text).toMatch(/Lượt cơ sở được kiểm tra\n3\n/);
    const entries = await auditEntries(communeReportId);
    expect(entries).toEqual([expect.objectContaining({ outcome: 'success', summary: expect.objectContaining({ format: 'docx', role: 'reporter', status: 'not_started' }) })]);
  });

  it('gives the province its consolidated draft, listing the communes and the agency whose reports are missing', async () => {
    const response = await testApp.request(provinceOfficer, { method: 'GET', url: `/api/reports/${provinceReportId}/document.docx` });
    expect(response.statusCode, response.body).toBe(200);
    const text = docxText(response.rawPayload);
    expect(text).toContain('TỈNH NGHỆ AN');
    // The plan assigns the police duties, so they report beside the communes.
    expect(text).toMatch(/Số liệu tổng hợp từ báo cáo đã được chấp nhận của 0\/\d+ cơ quan, đơn vị/);
    expect(text).toMatch(/Các cơ quan, đơn vị chưa có báo cáo được chấp nhận, số liệu chưa được tổng hợp \(\d+ cơ quan, đơn vị\): .*Công an tỉnh Nghệ An/);
    expect(text).toContain('- Bộ Y tế;');
    expect(text).toContain('Nguyễn Văn A');
  });
});

describe('GET /api/reports/{id}/annex.xlsx', () => {
  it('is refused for a report outside the caller\'s scope', async () => {
    const response = await testApp.request(communeOfficer, { method: 'GET', url: `/api/reports/${provinceReportId}/annex.xlsx` });
    expect(response.statusCode).toBe(403);
  });

  it('gives the consolidated annex: a sheet per table, a row per commune, the total', async () => {
    const response = await testApp.request(provinceOfficer, { method: 'GET', url: `/api/reports/${provinceReportId}/annex.xlsx` });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(String(response.headers['content-disposition'])).toMatch(/filename="Phu-luc-so-lieu-bao-cao-6-thang-dau-nam-2026-Tinh-Nghe-An\.xlsx"/);
    const workbook = await readWorkbook(response.rawPayload);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names[0]).toBe('Thông tin chung');
    expect(names.at(-1)).toBe('Chỉ tiêu');
    expect(names).toContain('Kiểm tra, xử lý vi phạm');
    const communes = await testApp.database.db.selectFrom('admin_units').select('id')
      .where('parent_id', '=', '40').where('valid_to', 'is', null).execute();
    const sheet = workbook.getWorksheet('Kiểm tra, xử lý vi phạm')!;
    expect(sheet.getCell(2, 1).value).toBe('STT');
    expect(sheet.getCell(2, 2).value).toBe('Đơn vị');
    const unitRows = sheet.rowCount - 3;
    // A row per commune (none has reported yet: their cells are empty) and possibly the province's own records.
    expect(unitRows).toBeGreaterThanOrEqual(communes.length);
    expect(sheet.getCell(sheet.rowCount, 2).value).toBe('Tổng cộng');
    const entries = await auditEntries(provinceReportId);
    expect(entries.some((entry) => (entry.summary as { format?: string }).format === 'xlsx')).toBe(true);
  });
});

describe('documents of accepted reports', () => {
  it('carry the commune\'s submitted figures into the province\'s annex, the total equal to the sum of the rows', async () => {
    const narrative = { results: 'Đã kiểm tra các cơ sở trên địa bàn.', difficulties: '', proposals: 'Đề nghị tập huấn.' };
    const saved = await testApp.request(communeOfficer, { method: 'PUT', url: `/api/reports/${communeReportId}`, body: { narrative, corrections: [] } });
    expect(saved.statusCode, saved.body).toBe(200);
    const submitted = await testApp.request(communeOfficer, { method: 'POST', url: `/api/reports/${communeReportId}/submit` });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const accepted = await testApp.request(provinceOfficer, { method: 'POST', url: `/api/reports/${communeReportId}/accept` });
    expect(accepted.statusCode, accepted.body).toBe(200);

    const communeText = docxText((await testApp.request(communeOfficer, { method: 'GET', url: `/api/reports/${communeReportId}/document.docx` })).rawPayload);
    expect(communeText).toContain('Đã kiểm tra các cơ sở trên địa bàn.');
    // Submitted: the date is the day of submission; an empty section reads "Không có."
    expect(communeText).toMatch(/Thành Vinh, ngày \d{2} tháng \d{1,2} năm \d{4}/);
    expect(communeText).toContain('II. KHÓ KHĂN, VƯỚNG MẮC\nKhông có.');

    const response = await testApp.request(provinceOfficer, { method: 'GET', url: `/api/reports/${provinceReportId}/annex.xlsx` });
    expect(response.statusCode, response.body).toBe(200);
    const workbook = await readWorkbook(response.rawPayload);
    const sheet = workbook.getWorksheet('Kiểm tra, xử lý vi phạm')!;
    let communeRow: number | undefined;
    for (let row = 3; row < sheet.rowCount; row++) if (sheet.getCell(row, 2).value === 'Phường Thành Vinh') communeRow = row;
    expect(communeRow).toBeDefined();
    expect(sheet.getCell(communeRow!, 3).value).toBe(2);
    expect(sheet.getCell(communeRow!, 4).value).toBe(3);
    for (let column = 3; column < sheet.getRow(2).cellCount; column++) {
      let sum = 0;
      for (let row = 3; row < sheet.rowCount; row++) sum += Number(sheet.getCell(row, column).value ?? 0);
      expect(sheet.getCell(sheet.rowCount, column).value ?? 0).toBe(sum);
    }
    const cover = workbook.getWorksheet('Thông tin chung')!;
    const pairs = new Map<string, unknown>();
    cover.eachRow((row) => pairs.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(pairs.get('Số đơn vị đã báo cáo')).toMatch(/^1\/\d+$/);
    expect(String(pairs.get('Đơn vị chưa có báo cáo'))).not.toContain('Phường Thành Vinh');
  });
});

/** The newest export of a report in the audit log. */
const latestExport = (targetId: string) => testApp.database.db.selectFrom('audit_log')
  .select(['outcome', 'summary']).where('target_id', '=', targetId).where('action', '=', 'report.export').orderBy('id', 'desc').executeTakeFirstOrThrow();

// After the documents of accepted reports: the commune's report is accepted, its content frozen.
describe('?lang=en: the unofficial English translation', () => {
  it('is refused, as the Vietnamese, for a report outside the caller\'s scope', async () => {
    const neighbour = await testApp.signIn({ role: 'programme_officer', unitId: '16702' });
    for (const url of [`/api/reports/${communeReportId}/document.docx?lang=en`, `/api/reports/${communeReportId}/annex.xlsx?lang=en`]) {
      expect((await testApp.request(neighbour, { method: 'GET', url })).statusCode).toBe(403);
    }
  });

  it('refuses a language other than vi and en, or an unknown parameter, saying which are allowed', async () => {
    const french = await testApp.request(communeOfficer, { method: 'GET', url: `/api/reports/${communeReportId}/document.docx?lang=fr`, language: 'en' });
    expect(french.statusCode).toBe(400);
    expect(french.json().error).toMatchObject({
      code: 'validation_failed',
      details: [{ field: 'querystring.lang', message: 'The document language must be vi (the official document) or en (an unofficial English translation)' }],
    });
    const inVietnamese = await testApp.request(communeOfficer, { method: 'GET', url: `/api/reports/${communeReportId}/annex.xlsx?lang=fr` });
    expect(inVietnamese.statusCode).toBe(400);
    expect(inVietnamese.json().error.details[0].message).toBe('Ngôn ngữ của tài liệu phải là vi (bản chính thức) hoặc en (bản dịch tiếng Anh không chính thức)');
    const unknown = await testApp.request(communeOfficer, { method: 'GET', url: `/api/reports/${communeReportId}/document.docx?language=en` });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0].message).toContain('language');
  });

  it('gives the commune its report in English, marked as a translation, with an English file name, and audits the language', async () => {
    const response = await testApp.request(communeOfficer, { method: 'GET', url: `/api/reports/${communeReportId}/document.docx?lang=en` });
    expect(response.statusCode, response.body).toBe(200);
    expect(String(response.headers['content-disposition'])).toMatch(/^attachment; filename="Report-first-6-months-of-2026-[A-Za-z-]+-Ward\.docx"; filename\*=UTF-8''Report%20first%206%20months/);
    // document.xml escapes the apostrophe of "People's".
    const text = docxText(response.rawPayload).replace(/&apos;/g, "'");
    for (const expected of [
      'Unofficial English translation — the Vietnamese document is the official one', 'SOCIALIST REPUBLIC OF VIET NAM', 'REPORT',
      'Results of prostitution prevention and control in the first 6 months of 2026', '(Figures from 15/12/2025 to 14/6/2026)',
      'I. RESULTS', 'II. DIFFICULTIES AND OBSTACLES\nNone.', 'III. PROPOSALS AND RECOMMENDATIONS', 'Recipients:', '- People\'s Committee of Nghệ An Province;',
      'Đã kiểm tra các cơ sở trên địa bàn.',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/Inspections\n2\n/);
    expect(text).not.toContain('KẾT QUẢ THỰC HIỆN');
    expect(await latestExport(communeReportId)).toMatchObject({ outcome: 'success', summary: { format: 'docx', language: 'en', status: 'accepted' } });
  });

  it('stays Vietnamese whatever the browser prefers, unless the link asks for English', async () => {
    const response = await testApp.request(communeOfficer, { method: 'GET', url: `/api/reports/${communeReportId}/document.docx`, language: 'en' });
    expect(response.statusCode, response.body).toBe(200);
    expect(String(response.headers['content-disposition'])).toMatch(/filename="Bao-cao-/);
    expect(docxText(response.rawPayload)).toContain('I. KẾT QUẢ THỰC HIỆN');
    expect(await latestExport(communeReportId)).toMatchObject({ summary: { format: 'docx', language: 'vi' } });
    const explicit = await testApp.request(communeOfficer, { method: 'GET', url: `/api/reports/${communeReportId}/document.docx?lang=vi` });
    expect(explicit.rawPayload.length).toBeGreaterThan(0);
    expect(docxText(explicit.rawPayload)).toContain('I. KẾT QUẢ THỰC HIỆN');
  });

  it('gives the province\'s annex in English: English sheets and headers, the same figures', async () => {
    const response = await testApp.request(provinceOfficer, { method: 'GET', url: `/api/reports/${provinceReportId}/annex.xlsx?lang=en` });
    expect(response.statusCode, response.body).toBe(200);
    expect(String(response.headers['content-disposition'])).toMatch(/filename="Statistical-annex-first-6-months-of-2026-Nghe-An-Province\.xlsx"/);
    const workbook = await readWorkbook(response.rawPayload);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names[0]).toBe('General information');
    expect(names.at(-1)).toBe('Targets');
    expect(String(workbook.worksheets[0]!.getCell('A1').value)).toContain('Unofficial English translation');
    const sheet = workbook.getWorksheet('Inspections, sanctions')!;
    expect((sheet.getRow(2).values as ExcelJS.CellValue[]).slice(1, 4)).toEqual(['No.', 'Unit', 'Inspections']);
    expect(sheet.getCell(sheet.rowCount, 2).value).toBe('Total');
    let communeRow: number | undefined;
    for (let row = 3; row < sheet.rowCount; row++) if (sheet.getCell(row, 2).value === 'Phường Thành Vinh') communeRow = row;
    expect(sheet.getCell(communeRow!, 3).value).toBe(2);
    expect(await latestExport(provinceReportId)).toMatchObject({ summary: { format: 'xlsx', language: 'en' } });
  });
});

describe('reportContentDisposition', () => {
  it('keeps the header to one safe line whatever the name', () => {
    const header = reportContentDisposition({ fileName: 'Bao-cao"\r\n.docx', unicodeFileName: 'Báo cáo "x"\r\n(1).docx' });
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toBe('attachment; filename="Bao-cao___.docx"; filename*=UTF-8\'\'B%C3%A1o%20c%C3%A1o%20%22x%22%0D%0A%281%29.docx');
  });
});
