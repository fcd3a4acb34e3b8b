import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CrimeStatistics } from '../../core/api/crime-statistics.ts';
import type { ImportPreview } from '../../core/api/imports.ts';
import { crimeStatisticsColumns } from '../../core/imports/kinds/crime-statistics-columns.ts';
import { xlsxFile, type FixtureCell } from '../../test-support/import-files.ts';
import { startTestApp, type TestApp, type TestSession } from '../../test-support/test-app.ts';
import { importClient } from '../../test-support/import-client.ts';

let testApp: TestApp;
let wardInspector: TestSession;
let wardSocialWorker: TestSession;
let wardViewer: TestSession;
let otherCommuneInspector: TestSession;
let provinceOfficer: TestSession;
/** Phường Thành Vinh (16681), article 329, fourth quarter of 2025, entered on the form before any import. */
let saved: CrimeStatistics;

const HEADER = [
  'Đơn vị', 'Kỳ thống kê', 'Điều luật / loại', 'Số vụ phát hiện, xử lý', 'Số đối tượng', 'Số vụ khởi tố', 'Số bị can khởi tố', 'Số vụ đã xét xử',
  'Số bị cáo đã xét xử', 'Số người bị phạt tiền', 'Số cơ sở bị phạt tiền', 'Tổng số tiền phạt (đồng)',
] as const;
type Header = (typeof HEADER)[number];

const aRow = (period: FixtureCell, article: FixtureCell, overrides: Partial<Record<Header, FixtureCell>> = {}): FixtureCell[] => {
  const base: Record<string, FixtureCell> = {
    'Đơn vị': 'Phường Thành Vinh (16681)', 'Kỳ thống kê': period, 'Điều luật / loại': article, 'Số vụ phát hiện, xử lý': 1, 'Số đối tượng': 1,
    ...overrides,
  };
  return HEADER.map((header) => base[header] ?? null);
};

const { upload, preview, commit, issuesOf } = importClient(() => testApp, 'crime-statistics');

const lines = () => testApp.database.db.selectFrom('crime_statistics')
  .select(['id', 'unit_id', 'article', 'period_start', 'period_end', 'cases_handled', 'defendants', 'cases_prosecuted', 'people_fined'])
  .select((eb) => eb.cast<string>('amount_fined', 'text').as('amount_fined'))
  .where('deleted_at', 'is', null).orderBy('period_start').orderBy('article').execute();

const readSheet = async (payload: Buffer) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(payload as unknown as ExcelJS.Buffer);
  return workbook;
};

const dataRows = async (payload: Buffer) => {
  const rows: unknown[][] = [];
  (await readSheet(payload)).getWorksheet('Dữ liệu')!.eachRow((row, number) => {
    if (number > 1) rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
};

beforeAll(async () => {
  testApp = await startTestApp();
  wardInspector = await testApp.signIn({ role: 'inspector', unitId: '16681' });
  wardSocialWorker = await testApp.signIn({ role: 'social_worker', unitId: '16681' });
  wardViewer = await testApp.signIn({ role: 'viewer', unitId: '16681' });
  otherCommuneInspector = await testApp.signIn({ role: 'inspector', unitId: '16702' });
  provinceOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '40' });
  const created = await testApp.request(wardInspector, {
    method: 'POST', url: '/api/crime-statistics', body: { unitId: '16681', period: 'Q2025-4', article: '329', casesHandled: 1, defendants: 1 },
  });
  expect(created.statusCode, created.body).toBe(201);
  saved = created.json() as CrimeStatistics;
});
afterAll(() => testApp.close());

describe('who may import and export crime statistics', () => {
  it('refuses the upload and the template to roles without enforcement.write, audits it and keeps nothing', async () => {
    for (const session of [wardSocialWorker, wardViewer]) {
      const response = await upload(session, await xlsxFile([HEADER, aRow('Quý 1/2026', '327')]), 'toi-pham.xlsx');
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('forbidden');
      const template = await testApp.request(session, { method: 'GET', url: '/api/imports/crime-statistics/template.xlsx' });
      expect(template.statusCode).toBe(403);
    }
    const denials = await testApp.database.db.selectFrom('audit_log').select('action')
      .where('actor_username', '=', wardViewer.username).where('outcome', '=', 'denied').execute();
    expect(denials.map((row) => row.action)).toEqual(['crime_statistics.import', 'crime_statistics.import']);
    expect(await testApp.database.db.selectFrom('import_batches').select('id').execute()).toEqual([]);
  });

  it('refuses the export to a role that may not read enforcement records', async () => {
    const response = await testApp.request(wardSocialWorker, { method: 'GET', url: '/api/exports/crime-statistics.xlsx' });
    expect(response.statusCode).toBe(403);
    const denial = await testApp.database.db.selectFrom('audit_log').select('action')
      .where('actor_username', '=', wardSocialWorker.username).where('outcome', '=', 'denied').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(denial.action).toBe('crime_statistics.export');
  });
});

describe('the template', () => {
  it('has the screen\'s labels as headers, the lines as a drop-down, and the period as text with its forms explained', async () => {
    const response = await testApp.request(wardInspector, { method: 'GET', url: '/api/imports/crime-statistics/template.xlsx' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('mau-nhap-so-lieu-toi-pham-xu-phat.xlsx');
    const workbook = await readSheet(response.rawPayload);
    const data = workbook.getWorksheet('Dữ liệu')!;
    expect((data.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Đơn vị (*)', 'Kỳ thống kê (*)', 'Điều luật / loại (*)', ...HEADER.slice(3),
    ]);
    expect(data.getColumn(2).numFmt).toBe('@');
    expect(String(data.getCell('B1').note)).toContain('Quý 1/2026');
    expect(data.getCell('A2').dataValidation).toMatchObject({ type: 'list', formulae: ["'Danh mục'!$A$2:$A$2"] });
    expect(data.getCell('C2').dataValidation).toMatchObject({ type: 'list', formulae: ["'Danh mục'!$B$2:$B$8"] });
    const lists = workbook.getWorksheet('Danh mục')!;
    expect(lists.getColumn(1).values.filter(Boolean)).toEqual(['Đơn vị', 'Phường Thành Vinh (16681)']);
    expect(lists.getColumn(2).values.filter(Boolean)).toEqual([
      'Điều luật / loại', 'Điều 327 – Chứa mại dâm', 'Điều 328 – Môi giới mại dâm', 'Điều 329 – Mua dâm người dưới 18 tuổi',
      'Điều 150 – Mua bán người', 'Điều 151 – Mua bán người dưới 16 tuổi', 'Tội phạm khác liên quan đến mại dâm', 'Xử phạt vi phạm hành chính',
    ]);
  });
});

describe('preview and commit', () => {
  let mixed: ImportPreview;

  it('previews good and bad rows, naming each rule\'s row, column and reason', async () => {
    const file = await xlsxFile([
      HEADER,
      aRow('Quý 1/2026', 'Điều 327 – Chứa mại dâm', { 'Số vụ phát hiện, xử lý': 2, 'Số đối tượng': 3, 'Số vụ khởi tố': 1, 'Số bị can khởi tố': 2 }),
      aRow('Tháng 04/2026', 328),
      aRow('6 tháng đầu năm 2025', 'Xử phạt vi phạm hành chính', {
        'Số vụ phát hiện, xử lý': 4, 'Số đối tượng': 5, 'Số người bị phạt tiền': 3, 'Số cơ sở bị phạt tiền': 1, 'Tổng số tiền phạt (đồng)': '15.000.000',
      }),
      aRow('Tháng 03/2026', '327'),
      aRow('Quý 1/2099', '327'),
      aRow('Quý 5/2026', '327'),
      aRow('Năm 2024', '327', { 'Số người bị phạt tiền': 1 }),
      aRow('Quý 2/2025', '327', { 'Số đối tượng': 2, 'Số vụ khởi tố': 3 }),
      aRow('Quý 3/2025', 'administrative', { 'Tổng số tiền phạt (đồng)': 500_000 }),
      aRow('Quý 3/2025', 'Điều 999'),
      aRow('Tháng 11/2025', '329'),
      aRow('Kỳ báo cáo tháng 5/2026', '328'),
      aRow('RM2026-06', '328'),
      aRow('Quý 1/2026', '327', { 'Đơn vị': '16702' }),
      aRow('Quý 1/2026', 'Điều 150 – Mua bán người', { 'Số vụ phát hiện, xử lý': 0, 'Số đối tượng': 2 }),
      aRow('Năm 2023', '327', { 'Số vụ đã xét xử': 2, 'Số bị cáo đã xét xử': 1 }),
    ]);
    mixed = await preview(wardInspector, file, 'Thống kê tội phạm.xlsx');
    expect(mixed).toMatchObject({ totalRows: 16, validRows: 4, badRows: 12 });
    expect(mixed.sample.map((row) => row.row)).toEqual([2, 3, 4, 14]);
    expect(mixed.sample[2]!.values).toMatchObject({ article: 'Xử phạt vi phạm hành chính', amountFined: '15000000' });
    expect(issuesOf(mixed.issues, 5)).toEqual([['Kỳ thống kê', 'Trùng thời gian (kỳ chồng lấn) của Điều 327 (chứa mại dâm) cùng đơn vị với dòng 2']]);
    expect(issuesOf(mixed.issues, 6)).toEqual([['Kỳ thống kê', expect.stringMatching(/^Kỳ này bắt đầu từ 01\/01\/2099, sau hôm nay/)]]);
    expect(issuesOf(mixed.issues, 7)).toEqual([['Kỳ thống kê', expect.stringContaining('Không đọc được kỳ thống kê; hãy ghi ví dụ "Tháng 03/2026"')]]);
    expect(issuesOf(mixed.issues, 8)).toEqual([['Số người bị phạt tiền', 'Chỉ ghi ở dòng "xử phạt vi phạm hành chính"; dòng tội phạm theo điều luật để 0']]);
    expect(issuesOf(mixed.issues, 9)).toEqual([['Số vụ khởi tố', 'Số vụ khởi tố (3) không được lớn hơn số vụ phát hiện, xử lý (1)']]);
    expect(issuesOf(mixed.issues, 10)).toEqual([['Số người bị phạt tiền', 'Có số tiền phạt thì phải ghi số người hoặc số cơ sở bị phạt tiền']]);
    expect(issuesOf(mixed.issues, 11)).toEqual([['Điều luật / loại', expect.stringContaining('"Điều 999" không có trong danh mục')]]);
    expect(issuesOf(mixed.issues, 12)).toEqual([['Kỳ thống kê',
      'Trùng với số liệu Điều 329 (mua dâm người dưới 18 tuổi) đã có cho quý IV năm 2025 (01/10/2025–31/12/2025)']]);
    // A reporting month (15/4–14/5) overlaps the calendar April of row 3; the next one (15/5–14/6) does not.
    expect(issuesOf(mixed.issues, 13)).toEqual([['Kỳ thống kê', 'Trùng thời gian (kỳ chồng lấn) của Điều 328 (môi giới mại dâm) cùng đơn vị với dòng 3']]);
    expect(issuesOf(mixed.issues, 15)).toEqual([['Đơn vị', 'Đơn vị mã 16702 nằm ngoài phạm vi quản lý của bạn']]);
    expect(issuesOf(mixed.issues, 16)).toEqual([['Số vụ phát hiện, xử lý', 'Có 2 đối tượng thì phải có ít nhất một vụ']]);
    expect(issuesOf(mixed.issues, 17)).toEqual([['Số bị cáo đã xét xử', 'Mỗi vụ đưa ra xét xử có ít nhất một bị cáo: cần ít nhất 2 bị cáo']]);
    expect((await lines()).map((line) => line.id)).toEqual([saved.id]);
  });

  it('gives the report in English to an English-speaking user', async () => {
    const english = await testApp.request(wardInspector, { method: 'GET', url: `/api/imports/${mixed.batchId}`, language: 'en' });
    const issues = (english.json() as ImportPreview).issues;
    expect(issuesOf(issues, 5)).toEqual([['Kỳ thống kê', 'Same time (overlapping periods) of article 327 (harbouring prostitution) for the same unit as row 2']]);
    expect(issuesOf(issues, 12)[0]![1]).toContain('Overlaps the stored figures of article 329');
  });

  it('refuses "all" while a row is bad, and saves nothing', async () => {
    const response = await commit(wardInspector, mixed.batchId, 'all');
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('import_has_bad_rows');
    expect(await lines()).toHaveLength(1);
  });

  it('imports exactly the valid rows, each audited as the form\'s create is, with its history', async () => {
    const response = await commit(wardInspector, mixed.batchId, 'valid_only');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ imported: 4, skipped: 12, newIssues: [] });
    const stored = await lines();
    expect(stored.map((line) => [line.article, line.period_start, line.period_end])).toEqual([
      ['administrative', '2025-01-01', '2025-06-30'],
      ['329', '2025-10-01', '2025-12-31'],
      ['327', '2026-01-01', '2026-03-31'],
      ['328', '2026-04-01', '2026-04-30'],
      ['328', '2026-05-15', '2026-06-14'],
    ]);
    expect(stored[0]).toMatchObject({ unit_id: '16681', cases_handled: 4, defendants: 5, people_fined: 3, amount_fined: '15000000' });
    const audits = await testApp.database.db.selectFrom('audit_log').select(['target_id', 'unit_id', 'summary', 'actor_username'])
      .where('action', '=', 'crime_statistics.create').orderBy('id').execute();
    const imported = audits.filter((entry) => (entry.summary as { importBatchId?: string }).importBatchId === mixed.batchId);
    expect(imported.map((entry) => entry.target_id).sort()).toEqual(stored.filter((line) => line.id !== saved.id).map((line) => line.id).sort());
    const after = (entry: (typeof audits)[number]) => (entry.summary as { after: Record<string, unknown> }).after;
    const formEntry = audits.find((entry) => entry.target_id === saved.id)!;
    const quarter = imported.find((entry) => entry.target_id === stored[2]!.id)!;
    expect(quarter).toMatchObject({ unit_id: '16681', actor_username: wardInspector.username });
    expect(Object.keys(after(quarter)).sort()).toEqual(Object.keys(after(formEntry)).sort());
    expect(after(quarter)).toMatchObject({
      unitId: '16681', periodCode: 'Q2026-1', periodStart: '2026-01-01', periodEnd: '2026-03-31', article: '327', casesHandled: 2, defendantsProsecuted: 2,
    });
    expect(after(imported.find((entry) => entry.target_id === stored[4]!.id)!)).toMatchObject({ periodCode: 'RM2026-06' });
    const history = await testApp.request(wardInspector, { method: 'GET', url: `/api/records/crime_statistics/${stored[2]!.id}/history` });
    expect(history.statusCode, history.body).toBe(200);
    expect(history.json().entries).toEqual([expect.objectContaining({ change: 'create', actorUsername: wardInspector.username })]);
  });

  it('refuses a period that overlaps a line saved by this import, and takes a neighbouring one', async () => {
    const result = await preview(wardInspector, await xlsxFile([HEADER, aRow('Q2026-1', '327'), aRow('Q2026-2', '327'), aRow('Năm 2026', 'administrative')]), 'them.xlsx');
    expect(result).toMatchObject({ validRows: 2, badRows: 1 });
    expect(issuesOf(result.issues, 2)).toEqual([['Kỳ thống kê', expect.stringContaining('đã có cho quý I năm 2026 (01/01/2026–31/03/2026)')]]);
    const response = await commit(wardInspector, result.batchId, 'valid_only');
    expect(response.json()).toMatchObject({ imported: 2, skipped: 1 });
  });
});

describe('exporting crime statistics', () => {
  beforeAll(async () => {
    const created = await testApp.request(otherCommuneInspector, {
      method: 'POST', url: '/api/crime-statistics', body: { unitId: '16702', period: 'Q2026-1', article: '327', casesHandled: 1, defendants: 2 },
    });
    expect(created.statusCode, created.body).toBe(201);
  });

  it('exports the filtered list with the template\'s headers, the period as the screens write it and the line by its label', async () => {
    const response = await testApp.request(wardViewer, { method: 'GET', url: '/api/exports/crime-statistics.xlsx?article=327' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-disposition']).toMatch(/so-lieu-toi-pham-xu-phat-\d{4}-\d{2}-\d{2}\.xlsx/);
    const sheet = (await readSheet(response.rawPayload)).getWorksheet('Dữ liệu')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(crimeStatisticsColumns.map((column) => column.header.vi));
    const rows = await dataRows(response.rawPayload);
    expect(rows.map((row) => row.slice(0, 5))).toEqual([
      ['Phường Thành Vinh (16681)', 'quý II năm 2026', 'Điều 327 – Chứa mại dâm', 1, 1],
      ['Phường Thành Vinh (16681)', 'quý I năm 2026', 'Điều 327 – Chứa mại dâm', 2, 3],
    ]);
    const withinYear = await dataRows((await testApp.request(wardViewer, { method: 'GET', url: '/api/exports/crime-statistics.xlsx?period=Y2026&article=328' })).rawPayload);
    expect(withinYear.map((row) => row[1])).toEqual(['tháng 6 năm 2026 (số liệu từ 15/5/2026 đến 14/6/2026)', 'tháng 4 năm 2026']);
  });

  it('keeps to the caller\'s scope, and a province officer narrows it to a unit', async () => {
    const own = await dataRows((await testApp.request(otherCommuneInspector, { method: 'GET', url: '/api/exports/crime-statistics.xlsx' })).rawPayload);
    expect(own.map((row) => row.slice(0, 3))).toEqual([['Phường Vinh Phú (16702)', 'quý I năm 2026', 'Điều 327 – Chứa mại dâm']]);
    const narrowed = await dataRows((await testApp.request(provinceOfficer, { method: 'GET', url: '/api/exports/crime-statistics.xlsx?unit=16681' })).rawPayload);
    expect(narrowed).toHaveLength(7);
    expect(narrowed.every((row) => row[0] === 'Phường Thành Vinh (16681)')).toBe(true);
    const outside = await testApp.request(otherCommuneInspector, { method: 'GET', url: '/api/exports/crime-statistics.xlsx?unit=16681' });
    expect(outside.statusCode).toBe(403);
  });

  it('reads its own export back, periods of both bases included, and refuses every line already saved', async () => {
    const exported = await testApp.request(wardInspector, { method: 'GET', url: '/api/exports/crime-statistics.xlsx' });
    const result = await preview(wardInspector, exported.rawPayload, 'xuat.xlsx');
    expect(result).toMatchObject({ totalRows: 7, validRows: 0, badRows: 7 });
    expect(result.issues).toHaveLength(7);
    expect(result.issues.every((issue) => issue.column === 'Kỳ thống kê' && issue.message.startsWith('Trùng với số liệu'))).toBe(true);
  });
});
