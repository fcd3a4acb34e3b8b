import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportIssue, ImportPreview } from '../../core/api/imports.ts';
import type { SupportStatistics } from '../../core/api/support-statistics.ts';
import { supportStatisticsColumns } from '../../core/imports/kinds/support-statistics-columns.ts';
import { csvText, xlsxFile, XLSX_TYPE, type FixtureCell } from '../../test-support/import-files.ts';
import { recordFactory } from '../../test-support/record-factory.ts';
import { startTestApp, type TestApp, type TestSession } from '../../test-support/test-app.ts';

let testApp: TestApp;
let wardSocialWorker: TestSession;
let wardInspector: TestSession;
let wardViewer: TestSession;
let otherCommuneSocialWorker: TestSession;
let provinceOfficer: TestSession;
/** Phường Thành Vinh (16681), January 2025, entered on the form before any import. */
let january: SupportStatistics;

const HEADER = [
  'Đơn vị', 'Tháng', 'Số người được tiếp cận (tiếp cận cộng đồng)', 'Số người có nhu cầu hỗ trợ', 'Số người đủ điều kiện được hỗ trợ',
  'Số người được hỗ trợ (ít nhất một dịch vụ)', 'Trong đó: lần đầu được hỗ trợ trong năm', 'Số người nhận dịch vụ – Được cung cấp bao cao su',
  'Số người nhận dịch vụ – Tư vấn tâm lý', 'Số ca chuyển gửi', 'Số ca chuyển gửi thành công',
] as const;
type Header = (typeof HEADER)[number];

const aRow = (month: FixtureCell, overrides: Partial<Record<Header, FixtureCell>> = {}): FixtureCell[] => {
  const base: Record<string, FixtureCell> = {
    'Đơn vị': 'Phường Thành Vinh (16681)', 'Tháng': month, 'Số người được tiếp cận (tiếp cận cộng đồng)': 40, 'Số người có nhu cầu hỗ trợ': 18,
    'Số người đủ điều kiện được hỗ trợ': 15, 'Số người được hỗ trợ (ít nhất một dịch vụ)': 12, 'Trong đó: lần đầu được hỗ trợ trong năm': 5,
    'Số người nhận dịch vụ – Được cung cấp bao cao su': 12, 'Số người nhận dịch vụ – Tư vấn tâm lý': 4, 'Số ca chuyển gửi': 6,
    'Số ca chuyển gửi thành công': 4, ...overrides,
  };
  return HEADER.map((header) => base[header] ?? null);
};

const upload = (session: TestSession, body: Buffer, fileName: string, language: 'vi' | 'en' = 'vi') =>
  testApp.app.inject({
    method: 'POST', url: '/api/imports/support-statistics', payload: body,
    headers: {
      'accept-language': language, 'content-type': fileName.endsWith('.csv') ? 'text/csv' : XLSX_TYPE, 'x-file-name': encodeURIComponent(fileName),
      cookie: session.cookie, 'x-csrf-token': session.csrfToken,
    },
  });

const preview = async (session: TestSession, body: Buffer, fileName: string) => {
  const response = await upload(session, body, fileName);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as ImportPreview;
};

const commit = (session: TestSession, batchId: string, mode: 'all' | 'valid_only') =>
  testApp.request(session, { method: 'POST', url: `/api/imports/${batchId}/commit`, body: { mode } });

const issuesOf = (issues: readonly ImportIssue[], row: number) => issues.filter((issue) => issue.row === row).map((issue) => [issue.column, issue.message]);

const months = async (unitId: string) => (await testApp.database.db.selectFrom('support_statistics').select('month')
  .where('unit_id', '=', unitId).where('deleted_at', 'is', null).orderBy('month').execute()).map((row) => row.month);

const readSheet = async (payload: Buffer) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(payload as unknown as ExcelJS.Buffer);
  return workbook;
};

const dataRows = (sheet: ExcelJS.Worksheet) => {
  const rows: unknown[][] = [];
  sheet.eachRow((row, number) => {
    if (number > 1) rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
};

beforeAll(async () => {
  testApp = await startTestApp();
  wardSocialWorker = await testApp.signIn({ role: 'social_worker', unitId: '16681' });
  wardInspector = await testApp.signIn({ role: 'inspector', unitId: '16681' });
  wardViewer = await testApp.signIn({ role: 'viewer', unitId: '16681' });
  otherCommuneSocialWorker = await testApp.signIn({ role: 'social_worker', unitId: '16702' });
  provinceOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '40' });
  const created = await testApp.request(wardSocialWorker, {
    method: 'POST', url: '/api/support-statistics',
    body: { unitId: '16681', month: '2025-01', peopleReached: 30, peopleInNeed: 10, peopleEligible: 8, peopleServed: 6, peopleNewlyServed: 6, services: { condoms: 6 } },
  });
  expect(created.statusCode, created.body).toBe(201);
  january = created.json() as SupportStatistics;
  await recordFactory(testApp.database.db).referenceFigure('16681', 2024, 'sex_workers_in_need', 10);
});
afterAll(() => testApp.close());

describe('who may import and export support figures', () => {
  it('refuses the upload and the template to roles without support.write, audits it and keeps nothing', async () => {
    for (const session of [wardInspector, wardViewer]) {
      const response = await upload(session, await xlsxFile([HEADER, aRow('03/2025')]), 'ho-tro.xlsx');
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('forbidden');
      const template = await testApp.request(session, { method: 'GET', url: '/api/imports/support-statistics/template.xlsx' });
      expect(template.statusCode).toBe(403);
    }
    const denials = await testApp.database.db.selectFrom('audit_log').select('action')
      .where('actor_username', '=', wardInspector.username).where('outcome', '=', 'denied').execute();
    expect(denials.map((row) => row.action)).toEqual(['support_statistics.import', 'support_statistics.import']);
    expect(await testApp.database.db.selectFrom('import_batches').select('id').execute()).toEqual([]);
  });

  it('refuses the export to a role that may not read support records', async () => {
    const response = await testApp.request(wardInspector, { method: 'GET', url: '/api/exports/support-statistics.xlsx' });
    expect(response.statusCode).toBe(403);
    const denial = await testApp.database.db.selectFrom('audit_log').select('action')
      .where('actor_username', '=', wardInspector.username).where('outcome', '=', 'denied').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(denial.action).toBe('support_statistics.export');
  });
});

describe('the template', () => {
  it('has the form\'s labels as headers, one column per service, the unit list of the scope and the month as text', async () => {
    const response = await testApp.request(wardSocialWorker, { method: 'GET', url: '/api/imports/support-statistics/template.xlsx' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('mau-nhap-so-lieu-dich-vu-ho-tro.xlsx');
    const workbook = await readSheet(response.rawPayload);
    const data = workbook.getWorksheet('Dữ liệu')!;
    const headers = (data.getRow(1).values as unknown[]).slice(1);
    expect(headers.slice(0, 3)).toEqual(['Đơn vị (*)', 'Tháng (*)', 'Số người được tiếp cận (tiếp cận cộng đồng)']);
    expect(headers).toContain('Số người nhận dịch vụ – Điều trị nghiện bằng Methadone');
    expect(headers).toContain('Số mô hình thí điểm đang thực hiện');
    expect(headers).toHaveLength(21);
    expect(String(data.getCell('B1').note)).toContain('mm/yyyy');
    expect(data.getColumn(2).numFmt).toBe('@');
    expect(data.getCell('A2').dataValidation).toMatchObject({ type: 'list', formulae: ["'Danh mục'!$A$2:$A$2"] });
    expect(data.getCell('C2').dataValidation).toMatchObject({ type: 'whole' });
    const lists = workbook.getWorksheet('Danh mục')!;
    expect(lists.getColumn(1).values.filter(Boolean)).toEqual(['Đơn vị', 'Phường Thành Vinh (16681)']);
    const guide: string[] = [];
    workbook.getWorksheet('Hướng dẫn')!.eachRow((row) => guide.push(String(row.values)));
    expect(guide.join('\n')).toContain('Mỗi đơn vị chỉ có một dòng cho mỗi tháng');
  });

  it('lists the province and its communes for a province officer', async () => {
    const response = await testApp.request(provinceOfficer, { method: 'GET', url: '/api/imports/support-statistics/template.xlsx' });
    const units = ((await readSheet(response.rawPayload)).getWorksheet('Danh mục')!.getColumn(1).values as unknown[]).filter(Boolean).slice(1);
    expect(units).toContain('Tỉnh Nghệ An (40)');
    expect(units).toContain('Phường Vinh Phú (16702)');
  });
});

describe('preview and commit', () => {
  let mixed: ImportPreview;

  it('previews good and bad rows, naming each rule\'s row, column and reason', async () => {
    const file = await xlsxFile([
      HEADER,
      aRow('03/2025'),
      aRow(new Date(Date.UTC(2025, 3, 1)), { 'Số người nhận dịch vụ – Tư vấn tâm lý': null }),
      aRow('tháng 5 năm 2025', { 'Số ca chuyển gửi': '1.200', 'Số ca chuyển gửi thành công': 1000 }),
      aRow('12/2099'),
      aRow('quý 1/2025'),
      aRow('06/2025', { 'Số người đủ điều kiện được hỗ trợ': 19 }),
      aRow('07/2025', { 'Số người nhận dịch vụ – Được cung cấp bao cao su': 13, 'Trong đó: lần đầu được hỗ trợ trong năm': 13 }),
      aRow('08/2025', { 'Số ca chuyển gửi thành công': 7, 'Số người được tiếp cận (tiếp cận cộng đồng)': -1 }),
      aRow('3/2025', { 'Số người được tiếp cận (tiếp cận cộng đồng)': 41 }),
      aRow('09/2025', { 'Đơn vị': '16702' }),
      aRow('05/2024', { 'Số người có nhu cầu hỗ trợ': 11, 'Số người đủ điều kiện được hỗ trợ': 9 }),
      aRow('01/2025'),
      aRow('10/2025', { 'Tháng': null }),
    ]);
    mixed = await preview(wardSocialWorker, file, 'Số liệu hỗ trợ 2025.xlsx');
    expect(mixed).toMatchObject({ totalRows: 13, validRows: 3, badRows: 10 });
    expect(mixed.sample.map((row) => row.row)).toEqual([2, 3, 4]);
    expect(mixed.sample[2]!.values).toMatchObject({ unitId: 'Phường Thành Vinh (16681)', month: 'tháng 5 năm 2025', referralsMade: '1200' });
    expect(issuesOf(mixed.issues, 5)).toEqual([['Tháng', expect.stringMatching(/^Tháng 12\/2099 chưa đến; chỉ nhập số liệu đến tháng này \(\d\d\/\d{4}\)$/)]]);
    expect(issuesOf(mixed.issues, 6)).toEqual([['Tháng', 'Không đọc được tháng; hãy ghi dạng mm/yyyy, ví dụ 03/2026']]);
    expect(issuesOf(mixed.issues, 7)).toEqual([['Số người đủ điều kiện được hỗ trợ', 'Số người đủ điều kiện (19) không được lớn hơn số người có nhu cầu (18)']]);
    expect(issuesOf(mixed.issues, 8)).toEqual([
      ['Trong đó: lần đầu được hỗ trợ trong năm', expect.stringContaining('(13) không được lớn hơn số người được hỗ trợ trong tháng (12)')],
      ['Số người nhận dịch vụ – Được cung cấp bao cao su', expect.stringContaining('Số người nhận dịch vụ này (13) không được lớn hơn')],
    ]);
    // A bad cell does not hide the rules between the other counts.
    expect(issuesOf(mixed.issues, 9)).toEqual([
      ['Số người được tiếp cận (tiếp cận cộng đồng)', 'Không được là số âm'],
      ['Số ca chuyển gửi thành công', 'Số ca chuyển gửi thành công (7) không được lớn hơn số ca đã chuyển gửi (6)'],
    ]);
    expect(issuesOf(mixed.issues, 10)).toEqual([['Tháng', 'Trùng đơn vị và tháng 03/2025 với dòng 2']]);
    expect(issuesOf(mixed.issues, 11)).toEqual([['Đơn vị', 'Đơn vị mã 16702 nằm ngoài phạm vi quản lý của bạn']]);
    expect(issuesOf(mixed.issues, 12)).toEqual([
      ['Số người có nhu cầu hỗ trợ', expect.stringContaining('Lớn hơn số người bán dâm có nhu cầu hỗ trợ mà đơn vị đã khai cho năm 2024 (10)')],
      ['Số người được hỗ trợ (ít nhất một dịch vụ)', expect.stringContaining('năm 2024 (10)')],
    ]);
    expect(issuesOf(mixed.issues, 13)).toEqual([['Tháng', 'Phường Thành Vinh đã có số liệu tháng 01/2025; hãy sửa bản đã có']]);
    expect(issuesOf(mixed.issues, 14)).toEqual([['Tháng', 'Bắt buộc, không được để trống']]);
    expect(await months('16681')).toEqual(['2025-01-01']);
  });

  it('refuses "all" while a row is bad, and saves nothing', async () => {
    const response = await commit(wardSocialWorker, mixed.batchId, 'all');
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('import_has_bad_rows');
    expect(await months('16681')).toEqual(['2025-01-01']);
  });

  it('imports exactly the valid rows, each audited as the form\'s create is, with its history', async () => {
    const response = await commit(wardSocialWorker, mixed.batchId, 'valid_only');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ imported: 3, skipped: 10, newIssues: [] });
    expect(await months('16681')).toEqual(['2025-01-01', '2025-03-01', '2025-04-01', '2025-05-01']);
    const april = await testApp.database.db.selectFrom('support_statistics').selectAll()
      .where('unit_id', '=', '16681').where('month', '=', '2025-04-01').executeTakeFirstOrThrow();
    expect(april).toMatchObject({ people_reached: 40, people_served: 12, service_condoms: 12, service_counselling: 0, service_methadone: 0, referrals_made: 6 });
    const audits = await testApp.database.db.selectFrom('audit_log').select(['target_id', 'unit_id', 'summary', 'actor_username'])
      .where('action', '=', 'support_statistics.create').where('summary', 'is not', null).orderBy('id').execute();
    const imported = audits.filter((entry) => (entry.summary as { importBatchId?: string }).importBatchId === mixed.batchId);
    expect(imported).toHaveLength(3);
    const formEntry = audits.find((entry) => entry.target_id === january.id)!;
    const importedApril = imported.find((entry) => entry.target_id === april.id)!;
    expect(importedApril).toMatchObject({ unit_id: '16681', actor_username: wardSocialWorker.username });
    const after = (entry: (typeof audits)[number]) => (entry.summary as { after: Record<string, unknown> }).after;
    expect(Object.keys(after(importedApril)).sort()).toEqual(Object.keys(after(formEntry)).sort());
    expect(after(importedApril)).toMatchObject({ unitId: '16681', month: '2025-04', peopleServed: 12, 'services.condoms': 12, 'services.counselling': 0 });
    const history = await testApp.request(wardSocialWorker, { method: 'GET', url: `/api/records/support_statistics/${april.id}/history` });
    expect(history.statusCode, history.body).toBe(200);
    expect(history.json().entries).toEqual([expect.objectContaining({ change: 'create', actorUsername: wardSocialWorker.username })]);
  });

  it('reads a CSV with the short headers of the screen, and imports it whole with "all"', async () => {
    const rows = [
      ['Mã đơn vị', 'Tháng/năm', 'Tiếp cận', 'Có nhu cầu', 'Được hỗ trợ', 'Lần đầu trong năm', 'Tư vấn tâm lý'],
      ['16681', '06-2025', '20', '9', '7', '2', '7'],
      ['16681', '2025-07-15', '21', '9', '8', '1', '3'],
    ];
    const result = await preview(wardSocialWorker, Buffer.from(csvText(rows)), 'ngan.csv');
    expect(result).toMatchObject({ validRows: 2, badRows: 0 });
    expect(result.columns.map((column) => column.key)).toEqual(['unitId', 'month', 'peopleReached', 'peopleInNeed', 'peopleServed', 'peopleNewlyServed', 'counselling']);
    const response = await commit(wardSocialWorker, result.batchId, 'all');
    expect(response.json()).toMatchObject({ imported: 2, skipped: 0 });
    expect(await months('16681')).toEqual(['2025-01-01', '2025-03-01', '2025-04-01', '2025-05-01', '2025-06-01', '2025-07-01']);
  });
});

describe('exporting support figures', () => {
  beforeAll(async () => {
    const created = await testApp.request(otherCommuneSocialWorker, {
      method: 'POST', url: '/api/support-statistics', body: { unitId: '16702', month: '2025-03', peopleReached: 9, peopleServed: 2, services: { legalAid: 2 } },
    });
    expect(created.statusCode, created.body).toBe(201);
  });

  it('exports the filtered list with the template\'s headers, the month as mm/yyyy and a column per service', async () => {
    const response = await testApp.request(wardViewer, { method: 'GET', url: '/api/exports/support-statistics.xlsx?month=2025-04' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-disposition']).toMatch(/so-lieu-dich-vu-ho-tro-\d{4}-\d{2}-\d{2}\.xlsx/);
    const sheet = (await readSheet(response.rawPayload)).getWorksheet('Dữ liệu')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(supportStatisticsColumns.map((column) => column.header.vi));
    const rows = dataRows(sheet);
    expect(rows).toHaveLength(1);
    const cell = (key: string) => rows[0]![supportStatisticsColumns.findIndex((column) => column.key === key)];
    expect([cell('unitId'), cell('month'), cell('peopleServed'), cell('condoms'), cell('methadone')]).toEqual(['Phường Thành Vinh (16681)', '04/2025', 12, 12, 0]);
  });

  it('keeps to the caller\'s scope, and a province officer narrows it to a unit', async () => {
    const own = dataRows((await readSheet((await testApp.request(otherCommuneSocialWorker, { method: 'GET', url: '/api/exports/support-statistics.xlsx' })).rawPayload)).getWorksheet('Dữ liệu')!);
    expect(own.map((row) => [row[0], row[1]])).toEqual([['Phường Vinh Phú (16702)', '03/2025']]);
    const narrowed = await testApp.request(provinceOfficer, { method: 'GET', url: '/api/exports/support-statistics.xlsx?unit=16681&year=2025' });
    const rows = dataRows((await readSheet(narrowed.rawPayload)).getWorksheet('Dữ liệu')!);
    expect(rows.map((row) => row[1])).toEqual(['07/2025', '06/2025', '05/2025', '04/2025', '03/2025', '01/2025']);
    const outside = await testApp.request(otherCommuneSocialWorker, { method: 'GET', url: '/api/exports/support-statistics.xlsx?unit=16681' });
    expect(outside.statusCode).toBe(403);
    expect(outside.json().error.code).toBe('out_of_scope');
  });

  it('reads its own export back, and refuses every month already saved', async () => {
    const exported = await testApp.request(wardSocialWorker, { method: 'GET', url: '/api/exports/support-statistics.xlsx?year=2025' });
    const result = await preview(wardSocialWorker, exported.rawPayload, 'xuat.xlsx');
    expect(result).toMatchObject({ totalRows: 6, validRows: 0, badRows: 6 });
    expect(result.issues.every((issue) => issue.column === 'Tháng' && issue.message.includes('đã có số liệu tháng'))).toBe(true);
  });
});
