import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../core/api/imports.ts';
import { hotspotColumns } from '../../core/imports/kinds/hotspot-columns.ts';
import { xlsxFile, type FixtureCell } from '../../test-support/import-files.ts';
import { startTestApp, type TestApp, type TestSession } from '../../test-support/test-app.ts';
import { importClient } from '../../test-support/import-client.ts';

let testApp: TestApp;
let wardInspector: TestSession;
let wardAgencyOfficer: TestSession;
let wardSocialWorker: TestSession;
let provinceOfficer: TestSession;

const HEADER = ['Xã, phường', 'Địa chỉ, vị trí', 'Loại địa điểm', 'Mô tả', 'Vĩ độ', 'Kinh độ', 'Ngày phát hiện', 'Trạng thái', 'Ngày triệt xóa'];
type Header = (typeof HEADER)[number];

/** A row of the header above; `n` makes its address its own. */
const aRow = (n: number, overrides: Partial<Record<Header, FixtureCell>> = {}): FixtureCell[] => {
  const base: Record<string, FixtureCell> = {
    'Xã, phường': 'Phường Thành Vinh (16681)', 'Địa chỉ, vị trí': `Tụ điểm nhập thử ${n}, vỉa hè đường Lê Mao`, 'Loại địa điểm': 'Đường phố, vỉa hè',
    'Mô tả': 'Hoạt động về đêm', 'Vĩ độ': null, 'Kinh độ': null, 'Ngày phát hiện': '10/01/2025', 'Trạng thái': 'Đang hoạt động',
    'Ngày triệt xóa': null, ...overrides,
  };
  return HEADER.map((header) => base[header] ?? null);
};

const { upload, preview, commit, issuesOf } = importClient(() => testApp, 'hotspots');

const imported = () => testApp.database.db.selectFrom('hotspots')
  .select(['id', 'unit_id', 'address', 'kind', 'latitude', 'longitude', 'status', 'eliminated_on', 'status_changed_on', 'search_text'])
  .where('address', 'like', 'Tụ điểm nhập thử%').where('deleted_at', 'is', null).orderBy('address').execute();

const readSheet = async (payload: Buffer) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(payload as unknown as ExcelJS.Buffer);
  return workbook.getWorksheet('Dữ liệu')!;
};

const dataRows = (sheet: ExcelJS.Worksheet) => {
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow((row, number) => {
    if (number > 1) rows.push(row);
  });
  return rows;
};

beforeAll(async () => {
  testApp = await startTestApp();
  wardInspector = await testApp.signIn({ role: 'inspector', unitId: '16681' });
  wardAgencyOfficer = await testApp.signIn({ role: 'agency_officer', unitId: '16681' });
  wardSocialWorker = await testApp.signIn({ role: 'social_worker', unitId: '16681' });
  provinceOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '40' });
});
afterAll(() => testApp.close());

describe('who may import and export hotspots', () => {
  it('refuses the upload and the template to a role that reads hotspots but may not write them', async () => {
    const response = await upload(wardAgencyOfficer, await xlsxFile([HEADER, aRow(900)]), 'tu-diem.xlsx');
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('forbidden');
    const template = await testApp.request(wardAgencyOfficer, { method: 'GET', url: '/api/imports/hotspots/template.xlsx' });
    expect(template.statusCode).toBe(403);
    const denials = await testApp.database.db.selectFrom('audit_log').select('action')
      .where('actor_username', '=', wardAgencyOfficer.username).where('outcome', '=', 'denied').execute();
    expect(denials.map((row) => row.action)).toEqual(['hotspot.import', 'hotspot.import']);
    expect(await testApp.database.db.selectFrom('import_batches').select('id').execute()).toEqual([]);
  });

  it('refuses the export to a role that may not read enforcement records', async () => {
    const response = await testApp.request(wardSocialWorker, { method: 'GET', url: '/api/exports/hotspots.xlsx' });
    expect(response.statusCode).toBe(403);
    const denial = await testApp.database.db.selectFrom('audit_log').select(['action', 'outcome'])
      .where('actor_username', '=', wardSocialWorker.username).where('outcome', '=', 'denied').executeTakeFirstOrThrow();
    expect(denial).toEqual({ action: 'hotspot.export', outcome: 'denied' });
  });
});

describe('the hotspot template', () => {
  it('has the screens\' headers, the commune, kind and status drop-downs, and date columns', async () => {
    const response = await testApp.request(wardInspector, { method: 'GET', url: '/api/imports/hotspots/template.xlsx' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('mau-nhap-tu-diem.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ExcelJS.Buffer);
    const data = workbook.getWorksheet('Dữ liệu')!;
    expect((data.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Xã, phường (*)', 'Địa chỉ, vị trí (*)', 'Loại địa điểm', 'Mô tả', 'Vĩ độ', 'Kinh độ', 'Ngày phát hiện', 'Trạng thái', 'Ngày triệt xóa',
      'Ngày chuyển trạng thái',
    ]);
    expect(data.getCell('A2').dataValidation).toMatchObject({ type: 'list', formulae: ["'Danh mục'!$A$2:$A$2"] });
    expect(data.getCell('C9').dataValidation).toMatchObject({ type: 'list', formulae: ["'Danh mục'!$B$2:$B$6"] });
    expect(data.getCell('H9').dataValidation).toMatchObject({ type: 'list', formulae: ["'Danh mục'!$C$2:$C$4"] });
    expect(data.getColumn(9).numFmt).toBe('dd/mm/yyyy');
    const lists = workbook.getWorksheet('Danh mục')!;
    expect(lists.getColumn(1).values.filter(Boolean)).toEqual(['Xã, phường', 'Phường Thành Vinh (16681)']);
    expect(lists.getColumn(2).values.filter(Boolean)).toEqual([
      'Loại địa điểm', 'Đường phố, vỉa hè', 'Công viên, vườn hoa, quảng trường', 'Khu vực quanh cơ sở kinh doanh', 'Bến xe, nhà ga, bến tàu', 'Khác',
    ]);
    expect(lists.getColumn(3).values.filter(Boolean)).toEqual(['Trạng thái', 'Đang hoạt động', 'Đang theo dõi, xác minh', 'Đã triệt xóa']);
  });
});

describe('importing hotspots', () => {
  let mixed: ImportPreview;

  it('previews good and bad rows, each of the create service\'s rules reported with its row, column and reason', async () => {
    mixed = await preview(wardInspector, await xlsxFile([
      HEADER,
      aRow(1, { 'Vĩ độ': 18.6796, 'Kinh độ': 105.6813 }),
      aRow(2, { 'Loại địa điểm': 'park', 'Trạng thái': 'Đã triệt xóa', 'Ngày triệt xóa': '01/03/2025', 'Vĩ độ': '18,6796', 'Kinh độ': '105,6813' }),
      aRow(3, { 'Loại địa điểm': 'Quán nhậu' }),
      aRow(4, { 'Trạng thái': 'Đã triệt xóa' }),
      aRow(5, { 'Ngày triệt xóa': '01/03/2025' }),
      aRow(6, { 'Ngày phát hiện': '15/08/2099' }),
      aRow(7, { 'Trạng thái': 'Đã triệt xóa', 'Ngày triệt xóa': '01/01/2025' }),
      aRow(8, { 'Vĩ độ': 105.6813, 'Kinh độ': 18.6796 }),
      aRow(9, { 'Vĩ độ': 18.6796 }),
      aRow(10, { 'Vĩ độ': 'gần chợ', 'Kinh độ': 105.6813 }),
      aRow(11, { 'Xã, phường': '16702' }),
      aRow(12, { 'Địa chỉ, vị trí': null }),
      aRow(1, { 'Vĩ độ': 18.6796, 'Kinh độ': 105.6813 }),
      aRow(13, { 'Loại địa điểm': 'Bến xe, nhà ga, bến tàu', 'Trạng thái': 'Đang theo dõi, xác minh' }),
    ]), 'So theo doi tu diem.xlsx');
    expect(mixed).toMatchObject({ totalRows: 14, validRows: 3, badRows: 11, status: 'ready' });
    expect(mixed.sample.map((row) => row.row)).toEqual([2, 3, 15]);
    expect(mixed.sample[1]!.values).toMatchObject({ kind: 'Công viên, vườn hoa, quảng trường', status: 'Đã triệt xóa', eliminatedOn: '01/03/2025' });
    expect(issuesOf(mixed.issues, 4)).toEqual([['Loại địa điểm', expect.stringContaining('"Quán nhậu" không có trong danh mục')]]);
    expect(issuesOf(mixed.issues, 5)).toEqual([['Ngày triệt xóa', 'Tụ điểm đã triệt xóa phải có ngày triệt xóa']]);
    expect(issuesOf(mixed.issues, 6)).toEqual([['Ngày triệt xóa', expect.stringMatching(/^Chỉ tụ điểm đã triệt xóa mới có ngày triệt xóa/)]]);
    expect(issuesOf(mixed.issues, 7)).toEqual([['Ngày phát hiện', expect.stringMatching(/^Ngày không được sau hôm nay \(\d{2}\/\d{2}\/\d{4}\)$/)]]);
    expect(issuesOf(mixed.issues, 8)).toEqual([['Ngày triệt xóa', 'Ngày triệt xóa không được trước ngày phát hiện tụ điểm']]);
    expect(issuesOf(mixed.issues, 9)).toEqual([
      ['Vĩ độ', expect.stringContaining('nhầm chỗ vĩ độ với kinh độ')], ['Kinh độ', expect.stringContaining('nhầm chỗ vĩ độ với kinh độ')],
    ]);
    expect(issuesOf(mixed.issues, 10)).toEqual([['Kinh độ', 'Hãy nhập kinh độ cùng với vĩ độ, hoặc bỏ trống cả hai']]);
    expect(issuesOf(mixed.issues, 11)).toEqual([['Vĩ độ', 'Vĩ độ phải là số thập phân (độ), ví dụ 18.6796']]);
    expect(issuesOf(mixed.issues, 12)).toEqual([['Xã, phường', 'Đơn vị mã 16702 nằm ngoài phạm vi quản lý của bạn']]);
    expect(issuesOf(mixed.issues, 13)).toEqual([['Địa chỉ, vị trí', 'Bắt buộc, không được để trống']]);
    expect(issuesOf(mixed.issues, 14)).toEqual([[null, 'Dòng này trùng hoàn toàn với dòng 2']]);
    expect(await imported()).toEqual([]);
  });

  it('gives the reasons in English to an English-speaking user', async () => {
    const english = await testApp.request(wardInspector, { method: 'GET', url: `/api/imports/${mixed.batchId}`, language: 'en' });
    const issues = (english.json() as ImportPreview).issues;
    expect(issuesOf(issues, 11)).toEqual([['Vĩ độ', 'The latitude must be a decimal number of degrees, e.g. 18.6796']]);
    expect(issuesOf(issues, 5)).toEqual([['Ngày triệt xóa', 'An eliminated hotspot needs the date it was eliminated']]);
  });

  it('refuses "all" while a row is bad, and saves nothing', async () => {
    const response = await commit(wardInspector, mixed.batchId, 'all');
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('import_has_bad_rows');
    expect(await imported()).toEqual([]);
  });

  it('saves exactly the valid rows with "valid_only", each with a create entry shaped as the form\'s, and its history', async () => {
    const response = await commit(wardInspector, mixed.batchId, 'valid_only');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ imported: 3, skipped: 11, newIssues: [] });
    const saved = await imported();
    expect(saved.map((row) => [row.address.split(',')[0], row.kind, row.status, row.latitude, row.longitude, row.eliminated_on, row.status_changed_on])).toEqual([
      ['Tụ điểm nhập thử 1', 'street', 'active', 18.6796, 105.6813, null, null],
      ['Tụ điểm nhập thử 13', 'transport_hub', 'under_watch', null, null, null, null],
      // An eliminated hotspot's status dates from its elimination, as the form makes it.
      ['Tụ điểm nhập thử 2', 'park', 'eliminated', 18.6796, 105.6813, '2025-03-01', '2025-03-01'],
    ]);
    expect(saved[0]!.search_text).toContain('tu diem nhap thu 1');

    const viaForm = await testApp.request(wardInspector, {
      method: 'POST', url: '/api/hotspots', body: { unitId: '16681', address: 'Công viên Trung tâm', kind: 'park' },
    });
    expect(viaForm.statusCode, viaForm.body).toBe(201);
    const entries = await testApp.database.db.selectFrom('audit_log').select(['target_id', 'unit_id', 'summary', 'actor_username'])
      .where('action', '=', 'hotspot.create').orderBy('id').execute();
    const formEntry = entries.find((entry) => entry.target_id === viaForm.json().id)!;
    const importEntries = entries.filter((entry) => saved.some((row) => row.id === entry.target_id));
    expect(importEntries).toHaveLength(3);
    const eliminated = importEntries.find((entry) => entry.target_id === saved[2]!.id)!;
    expect(eliminated).toMatchObject({ unit_id: '16681', actor_username: wardInspector.username, summary: { importBatchId: mixed.batchId } });
    expect((eliminated.summary as { after: unknown }).after).toEqual({
      unitId: '16681', address: 'Tụ điểm nhập thử 2, vỉa hè đường Lê Mao', kind: 'park', latitude: 18.6796, longitude: 105.6813,
      description: 'Hoạt động về đêm', identifiedOn: '2025-01-10', status: 'eliminated', eliminatedOn: '2025-03-01', statusChangedOn: '2025-03-01',
    });
    const keys = (summary: unknown) => Object.keys((summary as { after: object }).after).sort();
    expect(keys(eliminated.summary)).toEqual(keys(formEntry.summary));

    const history = await testApp.request(wardInspector, { method: 'GET', url: `/api/records/hotspot/${saved[2]!.id}/history` });
    expect(history.statusCode).toBe(200);
    expect(history.json().entries).toEqual([expect.objectContaining({ change: 'create', actorUsername: wardInspector.username })]);
    expect(history.json().entries[0].after).toMatchObject({ status: 'eliminated', eliminatedOn: '2025-03-01' });
    const shown = await testApp.request(wardInspector, { method: 'GET', url: `/api/hotspots/${saved[2]!.id}` });
    expect(shown.json()).toMatchObject({ status: 'eliminated', watchVisits: [] });
  });

  it('wants a commune: a province is refused in the commune column, naming the level', async () => {
    const result = await preview(provinceOfficer, await xlsxFile([
      HEADER,
      aRow(20, { 'Xã, phường': '40' }),
      aRow(21, { 'Xã, phường': 16702, 'Trạng thái': 'Đã triệt xóa', 'Ngày triệt xóa': '20/04/2025' }),
    ]), 'tinh.xlsx');
    expect(result).toMatchObject({ validRows: 1, badRows: 1 });
    expect(issuesOf(result.issues, 2)).toEqual([['Xã, phường', expect.stringContaining('ở đây phải là xã, phường, đặc khu')]]);
    const response = await commit(provinceOfficer, result.batchId, 'valid_only');
    expect(response.json()).toMatchObject({ imported: 1 });
  });
});

describe('exporting hotspots', () => {
  it('exports the filtered list in the template\'s columns, labels and dates, within the caller\'s scope', async () => {
    const response = await testApp.request(wardInspector, { method: 'GET', url: '/api/exports/hotspots.xlsx?status=eliminated' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toMatch(/filename="tu-diem-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const sheet = await readSheet(response.rawPayload);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(hotspotColumns.map((column) => column.header.vi));
    const rows = dataRows(sheet);
    // The commune's one eliminated hotspot; the other commune's is outside this inspector's scope.
    expect(rows.map((row) => row.getCell(2).value)).toEqual(['Tụ điểm nhập thử 2, vỉa hè đường Lê Mao']);
    expect(rows[0]!.getCell(1).value).toBe('Phường Thành Vinh (16681)');
    expect(rows[0]!.getCell(3).value).toBe('Công viên, vườn hoa, quảng trường');
    expect([rows[0]!.getCell(5).value, rows[0]!.getCell(6).value]).toEqual(['18.6796', '105.6813']);
    expect(rows[0]!.getCell(8).value).toBe('Đã triệt xóa');
    expect(rows[0]!.getCell(9).value).toEqual(new Date(Date.UTC(2025, 2, 1)));

    const province = await testApp.request(provinceOfficer, { method: 'GET', url: '/api/exports/hotspots.xlsx?status=eliminated' });
    expect(dataRows(await readSheet(province.rawPayload)).map((row) => String(row.getCell(1).value)).sort())
      .toEqual(['Phường Thành Vinh (16681)', expect.stringMatching(/\(16702\)$/)]);
    const other = await testApp.request(wardInspector, { method: 'GET', url: '/api/exports/hotspots.xlsx?unit=16702' });
    expect(other.statusCode).toBe(403);
    expect(other.json().error.code).toBe('out_of_scope');
  });

  it('writes a file the import reads back', async () => {
    const exported = await testApp.request(wardInspector, { method: 'GET', url: '/api/exports/hotspots.xlsx?q=nhap%20thu' });
    const result = await preview(wardInspector, exported.rawPayload, 'xuat.xlsx');
    expect(result).toMatchObject({ totalRows: 3, validRows: 3, badRows: 0 });
    expect(result.columns).toHaveLength(hotspotColumns.length);
  });
});
