import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HarmReductionModel } from '../../core/api/harm-reduction-models.ts';
import type { ImportPreview } from '../../core/api/imports.ts';
import { harmReductionModelColumns } from '../../core/imports/kinds/harm-reduction-model-columns.ts';
import { xlsxFile, type FixtureCell } from '../../test-support/import-files.ts';
import { startTestApp, type TestApp, type TestSession } from '../../test-support/test-app.ts';
import { importClient } from '../../test-support/import-client.ts';

let testApp: TestApp;
let wardSocialWorker: TestSession;
let wardInspector: TestSession;
let provinceOfficer: TestSession;
/** Agencies of Phường Thành Vinh (16681), by kind. */
let ward: Record<string, { id: string; name: string }>;
/** Recorded on the form before the import, for the shape of its audit entry. */
let viaForm: HarmReductionModel;

const HEADER = ['Đơn vị', 'Tên mô hình', 'Loại mô hình', 'Cơ quan quản lý', 'Mô tả', 'Ngày bắt đầu', 'Ngày kết thúc'];
type Header = (typeof HEADER)[number];

const aRow = (name: string, overrides: Partial<Record<Header, FixtureCell>> = {}): FixtureCell[] => {
  const base: Record<string, FixtureCell> = {
    'Đơn vị': 'Phường Thành Vinh (16681)', 'Tên mô hình': name, 'Loại mô hình': 'Nhóm đồng đẳng, tuyên truyền viên đồng đẳng',
    'Cơ quan quản lý': ward.womens_union!.name, 'Mô tả': 'Sinh hoạt hằng tháng', 'Ngày bắt đầu': '01/03/2024', 'Ngày kết thúc': null, ...overrides,
  };
  return HEADER.map((header) => base[header] ?? null);
};

const { upload, preview, commit, issuesOf } = importClient(() => testApp, 'harm-reduction-models');

const modelsNamed = (prefix: string) => testApp.database.db.selectFrom('harm_reduction_models')
  .select(['id', 'unit_id', 'name', 'kind', 'agency_id', 'started_on', 'ended_on', 'search_text'])
  .where('name', 'like', `${prefix}%`).where('deleted_at', 'is', null).orderBy('name').execute();

const setActive = (agencyId: string, active: boolean) =>
  testApp.database.db.updateTable('agencies').set({ is_active: active }).where('id', '=', agencyId).execute();

const readSheet = async (payload: Buffer) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(payload as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet('Dữ liệu')!;
  const rows: unknown[][] = [];
  sheet.eachRow((row, number) => {
    if (number > 1) rows.push((row.values as unknown[]).slice(1));
  });
  return { sheet, rows };
};

beforeAll(async () => {
  testApp = await startTestApp();
  wardSocialWorker = await testApp.signIn({ role: 'social_worker', unitId: '16681' });
  wardInspector = await testApp.signIn({ role: 'inspector', unitId: '16681' });
  provinceOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '40' });
  const agencies = await testApp.database.db.selectFrom('agencies').select(['id', 'kind', 'name']).where('unit_id', '=', '16681').execute();
  ward = Object.fromEntries(agencies.map((row) => [row.kind, { id: row.id, name: row.name }]));
  expect(ward.womens_union && ward.health_station && ward.veterans_association && ward.farmers_association).toBeTruthy();
  await setActive(ward.veterans_association!.id, false);
  const created = await testApp.request(provinceOfficer, {
    method: 'POST', url: '/api/harm-reduction-models',
    body: { unitId: '16702', name: 'Mô hình khác xã', kind: 'peer_educator_group', startedOn: '2024-01-15' },
  });
  expect(created.statusCode, created.body).toBe(201);
  viaForm = created.json();
});
afterAll(() => testApp.close());

describe('who may import models', () => {
  it('refuses the upload and the template to a role without support.write, and keeps nothing', async () => {
    const response = await upload(wardInspector, await xlsxFile([HEADER, aRow('Mô hình nhập thử 0')]), 'mo-hinh.xlsx');
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('forbidden');
    const template = await testApp.request(wardInspector, { method: 'GET', url: '/api/imports/harm-reduction-models/template.xlsx' });
    expect(template.statusCode).toBe(403);
    const denials = await testApp.database.db.selectFrom('audit_log').select('action')
      .where('actor_username', '=', wardInspector.username).where('outcome', '=', 'denied').execute();
    expect(denials.map((row) => row.action)).toEqual(['harm_reduction_model.import', 'harm_reduction_model.import']);
    expect(await testApp.database.db.selectFrom('import_batches').select('id').execute()).toEqual([]);
  });
});

describe('the model template', () => {
  it('has the screens\' headers, the kinds of model and the date columns', async () => {
    const response = await testApp.request(wardSocialWorker, { method: 'GET', url: '/api/imports/harm-reduction-models/template.xlsx' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('mau-nhap-mo-hinh-ho-tro.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ExcelJS.Buffer);
    const data = workbook.getWorksheet('Dữ liệu')!;
    expect((data.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Đơn vị (*)', 'Tên mô hình (*)', 'Loại mô hình (*)', 'Cơ quan quản lý', 'Mô tả', 'Ngày bắt đầu (*)', 'Ngày kết thúc',
    ]);
    expect(data.getCell('A2').dataValidation).toMatchObject({ type: 'list', formulae: ["'Danh mục'!$A$2:$A$2"] });
    expect(data.getCell('C2').dataValidation).toMatchObject({ type: 'list', formulae: ["'Danh mục'!$B$2:$B$8"] });
    expect(data.getColumn(6).numFmt).toBe('dd/mm/yyyy');
    const lists = workbook.getWorksheet('Danh mục')!;
    expect(lists.getColumn(1).values.filter(Boolean)).toEqual(['Đơn vị', 'Phường Thành Vinh (16681)']);
    expect(lists.getColumn(2).values.filter(Boolean)).toEqual(['Loại mô hình', ...[
      'Nhóm tự lực, câu lạc bộ cộng đồng', 'Nhóm đồng đẳng, tuyên truyền viên đồng đẳng', 'Điểm tư vấn, hỗ trợ', 'Dịch vụ y tế lồng ghép (HIV/STI, giảm hại)',
      'Dạy nghề, sinh kế, việc làm, vay vốn', 'Phòng, chống bạo lực giới; quyền người lao động tại cơ sở', 'Mô hình khác',
    ]]);
  });
});

describe('importing models', () => {
  let mixed: ImportPreview;

  it('previews good and bad rows, every rule of the form with its row, column and reason', async () => {
    mixed = await preview(wardSocialWorker, await xlsxFile([
      HEADER,
      aRow('Mô hình nhập thử 1', { 'Cơ quan quản lý': ward.womens_union!.name.toUpperCase() }),
      aRow('Mô hình nhập thử 2', {
        'Cơ quan quản lý': null, 'Loại mô hình': 'counselling_point', 'Ngày bắt đầu': new Date(Date.UTC(2023, 5, 1)), 'Ngày kết thúc': '31/12/2024',
      }),
      aRow('Mô hình nhập thử 3', { 'Ngày kết thúc': '28/02/2024' }),
      aRow('Mô hình nhập thử 4', { 'Ngày bắt đầu': '15/08/2099' }),
      aRow('Mô hình nhập thử 5', { 'Ngày bắt đầu': null }),
      aRow('Mô hình nhập thử 6', { 'Loại mô hình': 'Nhà tạm lánh' }),
      aRow('Mô hình nhập thử 7', { 'Cơ quan quản lý': 'Hội Chữ thập đỏ' }),
      aRow('Mô hình nhập thử 8', { 'Cơ quan quản lý': ward.veterans_association!.name }),
      aRow('Mô hình nhập thử 1', { 'Cơ quan quản lý': ward.womens_union!.name.toUpperCase() }),
      aRow('Mô hình nhập thử 9', { 'Đơn vị': '16702' }),
      aRow('Mô hình nhập thử 10', { 'Cơ quan quản lý': ward.health_station!.name, 'Loại mô hình': 'Dịch vụ y tế lồng ghép (HIV/STI, giảm hại)' }),
    ]), 'Mô hình.xlsx');
    expect(mixed).toMatchObject({ totalRows: 11, validRows: 3, badRows: 8 });
    expect(mixed.sample.map((row) => row.row)).toEqual([2, 3, 12]);
    expect(mixed.sample[1]!.values).toMatchObject({ kind: 'Điểm tư vấn, hỗ trợ', agency: '', startedOn: '01/06/2023', endedOn: '31/12/2024' });
    expect(issuesOf(mixed.issues, 4)).toEqual([['Ngày kết thúc', 'Ngày kết thúc không được trước ngày bắt đầu (01/03/2024)']]);
    expect(issuesOf(mixed.issues, 5)).toEqual([['Ngày bắt đầu', expect.stringMatching(/^Ngày bắt đầu không được sau hôm nay \(\d{2}\/\d{2}\/\d{4}\)$/)]]);
    expect(issuesOf(mixed.issues, 6)).toEqual([['Ngày bắt đầu', 'Bắt buộc, không được để trống']]);
    expect(issuesOf(mixed.issues, 7)).toEqual([['Loại mô hình', expect.stringContaining('"Nhà tạm lánh" không có trong danh mục')]]);
    expect(issuesOf(mixed.issues, 8)).toEqual([['Cơ quan quản lý',
      expect.stringMatching(/^Không có cơ quan "Hội Chữ thập đỏ" trong danh mục cơ quan của Phường Thành Vinh; hãy ghi đúng tên một trong: /)]]);
    expect(issuesOf(mixed.issues, 9)).toEqual([['Cơ quan quản lý', `${ward.veterans_association!.name} đã ngừng hoạt động; hãy chọn cơ quan khác`]]);
    expect(issuesOf(mixed.issues, 10)).toEqual([[null, 'Dòng này trùng hoàn toàn với dòng 2']]);
    expect(issuesOf(mixed.issues, 11)).toEqual([['Đơn vị', 'Đơn vị mã 16702 nằm ngoài phạm vi quản lý của bạn']]);
    expect(await modelsNamed('Mô hình nhập thử')).toEqual([]);
  });

  it('refuses "all" while a row is bad', async () => {
    const response = await commit(wardSocialWorker, mixed.batchId, 'all');
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('import_has_bad_rows');
    expect(await modelsNamed('Mô hình nhập thử')).toEqual([]);
  });

  it('saves exactly the valid rows with their managing bodies, each with a create entry shaped as the form\'s, and its history', async () => {
    const response = await commit(wardSocialWorker, mixed.batchId, 'valid_only');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ imported: 3, skipped: 8, newIssues: [] });
    const saved = await modelsNamed('Mô hình nhập thử');
    expect(saved.map((row) => [row.name, row.kind, row.agency_id, row.started_on, row.ended_on])).toEqual([
      ['Mô hình nhập thử 1', 'peer_educator_group', ward.womens_union!.id, '2024-03-01', null],
      ['Mô hình nhập thử 10', 'integrated_health_services', ward.health_station!.id, '2024-03-01', null],
      ['Mô hình nhập thử 2', 'counselling_point', null, '2023-06-01', '2024-12-31'],
    ]);
    const entries = await testApp.database.db.selectFrom('audit_log').select(['target_id', 'unit_id', 'summary', 'actor_username'])
      .where('action', '=', 'harm_reduction_model.create').orderBy('id').execute();
    expect(entries.filter((entry) => saved.some((row) => row.id === entry.target_id))).toHaveLength(3);
    const first = entries.find((entry) => entry.target_id === saved[0]!.id)!;
    expect(first).toMatchObject({ unit_id: '16681', actor_username: wardSocialWorker.username, summary: { importBatchId: mixed.batchId } });
    expect((first.summary as { after: unknown }).after).toEqual({
      unitId: '16681', name: 'Mô hình nhập thử 1', kind: 'peer_educator_group', agencyId: ward.womens_union!.id, agencyName: ward.womens_union!.name,
      description: 'Sinh hoạt hằng tháng', startedOn: '2024-03-01', endedOn: null,
    });
    const formEntry = entries.find((entry) => entry.target_id === viaForm.id)!;
    const keys = (summary: unknown) => Object.keys((summary as { after: object }).after).sort();
    expect(keys(first.summary)).toEqual(keys(formEntry.summary));

    const history = await testApp.request(wardInspector, { method: 'GET', url: `/api/records/harm_reduction_model/${saved[0]!.id}/history` });
    expect(history.statusCode).toBe(200);
    expect(history.json().entries).toEqual([expect.objectContaining({ change: 'create', actorUsername: wardSocialWorker.username })]);
    // Found by the managing agency's name, as a model saved on the form is.
    const found = await testApp.request(wardSocialWorker, { method: 'GET', url: '/api/harm-reduction-models?q=tram%20y%20te' });
    expect(found.json().items.map((item: HarmReductionModel) => item.name)).toEqual(['Mô hình nhập thử 10']);
  });

  it('checks the managing body again at commit: an agency stopped meanwhile stops "all"', async () => {
    const result = await preview(wardSocialWorker, await xlsxFile([
      HEADER, aRow('Mô hình đối chiếu 1', { 'Cơ quan quản lý': ward.farmers_association!.name }), aRow('Mô hình đối chiếu 2', { 'Cơ quan quản lý': null }),
    ]), 'doi-chieu.xlsx');
    expect(result).toMatchObject({ validRows: 2, badRows: 0 });
    await setActive(ward.farmers_association!.id, false);
    try {
      const refused = await commit(wardSocialWorker, result.batchId, 'all');
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error).toMatchObject({
        code: 'import_rows_changed', details: [{ field: 'row 2', message: `Cơ quan quản lý: ${ward.farmers_association!.name} đã ngừng hoạt động; hãy chọn cơ quan khác` }],
      });
      expect(await modelsNamed('Mô hình đối chiếu')).toEqual([]);
      const partial = await commit(wardSocialWorker, result.batchId, 'valid_only');
      expect(partial.json()).toMatchObject({ imported: 1, skipped: 1 });
      expect((await modelsNamed('Mô hình đối chiếu')).map((row) => row.name)).toEqual(['Mô hình đối chiếu 2']);
    } finally {
      await setActive(ward.farmers_association!.id, true);
    }
  });
});

describe('exporting models', () => {
  it('exports the filtered list with the body by name, to anyone whose scope holds the unit, and only that', async () => {
    // Reading models needs only the scope: an inspector exports them.
    const response = await testApp.request(wardInspector, { method: 'GET', url: '/api/exports/harm-reduction-models.xlsx?year=2025' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toMatch(/filename="mo-hinh-ho-tro-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const { sheet, rows } = await readSheet(response.rawPayload);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(harmReductionModelColumns.map((column) => column.header.vi));
    // Running in 2025: not "nhập thử 2", which ended in 2024; nothing of the other commune.
    expect(rows.map((row) => row[1]).sort()).toEqual(['Mô hình nhập thử 1', 'Mô hình nhập thử 10', 'Mô hình đối chiếu 2']);
    const union = rows.find((row) => row[1] === 'Mô hình nhập thử 1')!;
    expect(union.slice(0, 4)).toEqual(['Phường Thành Vinh (16681)', 'Mô hình nhập thử 1', 'Nhóm đồng đẳng, tuyên truyền viên đồng đẳng', ward.womens_union!.name]);
    expect(union[5]).toEqual(new Date(Date.UTC(2024, 2, 1)));

    const province = await readSheet((await testApp.request(provinceOfficer, { method: 'GET', url: '/api/exports/harm-reduction-models.xlsx?kind=peer_educator_group' })).rawPayload);
    expect(province.rows.map((row) => row[1]).sort()).toEqual(['Mô hình khác xã', 'Mô hình nhập thử 1', 'Mô hình đối chiếu 2']);
    const other = await testApp.request(wardInspector, { method: 'GET', url: '/api/exports/harm-reduction-models.xlsx?unit=16702' });
    expect(other.statusCode).toBe(403);
    expect(other.json().error.code).toBe('out_of_scope');
  });
});
