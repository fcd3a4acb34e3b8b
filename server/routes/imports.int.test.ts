import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportIssue, ImportPreview, ImportResult } from '../../core/api/imports.ts';
import { encodeLegacy } from '../../core/imports/text-encoding.ts';
import { IMPORT_CHUNK } from '../services/imports/import-service.ts';
import { startTestApp, type TestApp, type TestSession } from '../../test-support/test-app.ts';
import {
  csvText, encryptedWorkbook, fillerStream, legacyWorkbook, UTF8_BOM, withMacros, xlsxFile, XLSX_TYPE, type FixtureCell,
} from '../../test-support/import-files.ts';

let testApp: TestApp;
let wardInspector: TestSession;
let wardViewer: TestSession;
let provinceOfficer: TestSession;
let otherInspector: TestSession;

const HEADER = ['Xã, phường', 'Tên cơ sở', 'Loại hình', 'Địa chỉ', 'Số giấy phép', 'Ngày cấp giấy phép', 'Số người lao động', 'Trạng thái', 'Ngày đóng cửa'];

/** A row of the header above; `n` makes its name, address and licence its own. */
const aRow = (n: number, overrides: Partial<Record<(typeof HEADER)[number], FixtureCell>> = {}): FixtureCell[] => {
  const base: Record<string, FixtureCell> = {
    'Xã, phường': 'Phường Thành Vinh (16681)', 'Tên cơ sở': `Nhà nghỉ Nhập Thử ${n}`, 'Loại hình': 'Khách sạn/nhà nghỉ/nhà trọ',
    'Địa chỉ': `Số ${n} đường Lê Lợi`, 'Số giấy phép': `NT-${n}`, 'Ngày cấp giấy phép': '15/08/2022', 'Số người lao động': 4,
    'Trạng thái': 'Đang hoạt động', 'Ngày đóng cửa': null, ...overrides,
  };
  return HEADER.map((header) => base[header] ?? null);
};

const upload = (session: TestSession | null, body: Buffer | Readable, fileName: string, options: { type?: string; language?: 'vi' | 'en'; headers?: Record<string, string> } = {}) =>
  testApp.app.inject({
    method: 'POST',
    url: '/api/imports/establishments',
    headers: {
      'accept-language': options.language ?? 'vi',
      'content-type': options.type ?? (fileName.endsWith('.csv') ? 'text/csv' : XLSX_TYPE),
      'x-file-name': encodeURIComponent(fileName),
      ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrfToken } : {}),
      ...options.headers,
    },
    payload: body,
  });

const preview = async (session: TestSession, body: Buffer, fileName: string, language: 'vi' | 'en' = 'vi') => {
  const response = await upload(session, body, fileName, { language });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as ImportPreview;
};

const commit = (session: TestSession, batchId: string, mode: 'all' | 'valid_only') =>
  testApp.request(session, { method: 'POST', url: `/api/imports/${batchId}/commit`, body: { mode } });

const countNamed = async (prefix: string) => Number((await testApp.database.db.selectFrom('establishments')
  .select((eb) => eb.fn.countAll().as('n')).where('name', 'like', `${prefix}%`).where('deleted_at', 'is', null).executeTakeFirstOrThrow()).n);

const issuesOf = (issues: readonly ImportIssue[], row: number) => issues.filter((issue) => issue.row === row);

beforeAll(async () => {
  testApp = await startTestApp();
  wardInspector = await testApp.signIn({ role: 'inspector', unitId: '16681' });
  wardViewer = await testApp.signIn({ role: 'viewer', unitId: '16681' });
  provinceOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '40' });
  otherInspector = await testApp.signIn({ role: 'inspector', unitId: '16681' });
});
afterAll(() => testApp.close());

describe('who may import', () => {
  it('refuses a viewer the upload and the template, audits the refusal, and keeps nothing', async () => {
    const file = await xlsxFile([HEADER, aRow(900)]);
    const response = await upload(wardViewer, file, 'co-so.xlsx');
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('forbidden');
    const denial = await testApp.database.db.selectFrom('audit_log').select(['action', 'outcome'])
      .where('actor_username', '=', wardViewer.username).where('outcome', '=', 'denied').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(denial).toEqual({ action: 'establishment.import', outcome: 'denied' });
    const template = await testApp.request(wardViewer, { method: 'GET', url: '/api/imports/establishments/template.xlsx' });
    expect(template.statusCode).toBe(403);
    const batches = await testApp.database.db.selectFrom('import_batches').select('id').execute();
    expect(batches).toEqual([]);
  });

  it('refuses an upload without a session', async () => {
    const response = await upload(null, await xlsxFile([HEADER, aRow(901)]), 'co-so.xlsx');
    expect(response.statusCode).toBe(401);
  });
});

describe('the template', () => {
  it('has Vietnamese headers with English comments, drop-downs on the hidden lists, date formats and instructions', async () => {
    const response = await testApp.request(wardInspector, { method: 'GET', url: '/api/imports/establishments/template.xlsx' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX_TYPE);
    expect(response.headers['content-disposition']).toContain('mau-nhap-co-so-kinh-doanh.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      ['Dữ liệu', 'visible'], ['Hướng dẫn', 'visible'], ['Danh mục', 'hidden'],
    ]);
    const data = workbook.getWorksheet('Dữ liệu')!;
    expect(data.getCell('A1').value).toBe('Xã, phường (*)');
    expect(data.getCell('B1').value).toBe('Tên cơ sở (*)');
    expect(String(data.getCell('A1').note)).toContain('Commune / ward');
    expect(data.getCell('A2').dataValidation).toMatchObject({ type: 'list', formulae: ["'Danh mục'!$A$2:$A$2"] });
    expect(data.getCell('C500').dataValidation).toMatchObject({ type: 'list', formulae: ["'Danh mục'!$B$2:$B$10"] });
    expect(data.getColumn(7).numFmt).toBe('dd/mm/yyyy');
    const lists = workbook.getWorksheet('Danh mục')!;
    // A ward inspector's scope is the ward itself: the unit list holds it and nothing else.
    expect(lists.getColumn(1).values.filter(Boolean)).toEqual(['Xã, phường', 'Phường Thành Vinh (16681)']);
    expect(lists.getColumn(2).values).toContain('Karaoke');
    const guide = workbook.getWorksheet('Hướng dẫn')!;
    const guideText: string[] = [];
    guide.eachRow((row) => guideText.push(row.values!.toString()));
    expect(guideText.join('\n')).toContain('dd/mm/yyyy');
    expect(guideText.join('\n')).toContain('200.000');
    expect(guideText.join('\n')).toContain('Số giấy phép');
  });

  it('lists every commune of the province for a province officer', async () => {
    const response = await testApp.request(provinceOfficer, { method: 'GET', url: '/api/imports/establishments/template.xlsx' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ExcelJS.Buffer);
    const units = (workbook.getWorksheet('Danh mục')!.getColumn(1).values as unknown[]).filter(Boolean).slice(1) as string[];
    expect(units.length).toBeGreaterThan(100);
    expect(units).toContain('Phường Thành Vinh (16681)');
    expect(units.every((unit) => /\(\d{5}\)$/.test(unit))).toBe(true);
  });
});

describe('preview, report and commit', () => {
  let mixed: ImportPreview;

  it('previews a file with good and bad rows: counts, rows as they will be saved, every bad row with row, column and reason', async () => {
    const file = await xlsxFile([
      HEADER,
      aRow(1),
      aRow(2, { 'Loại hình': 'karaoke', 'Ngày cấp giấy phép': new Date(Date.UTC(2021, 2, 5)), 'Số người lao động': '1.200' }),
      aRow(3, { 'Loại hình': 'Sòng bạc' }),
      aRow(4, { 'Tên cơ sở': null, 'Ngày cấp giấy phép': '31/02/2022' }),
      aRow(5, { 'Ngày cấp giấy phép': '15/08/2099' }),
      aRow(6, { 'Trạng thái': 'Đã đóng cửa' }),
      aRow(7, { 'Số người lao động': -3 }),
      aRow(8, { 'Xã, phường': '16702' }),
      aRow(9, { 'Số giấy phép': 'nt-1' }),
      [],
      aRow(10),
    ]);
    mixed = await preview(wardInspector, file, 'Sổ theo dõi cơ sở.xlsx');
    expect(mixed).toMatchObject({
      fileName: 'Sổ theo dõi cơ sở.xlsx', format: 'xlsx', sheetName: 'Dữ liệu', headerRow: 1, status: 'ready',
      totalRows: 10, validRows: 3, badRows: 7, ignoredColumns: [], importedRows: null,
    });
    expect(mixed.sample.map((row) => row.row)).toEqual([2, 3, 12]);
    expect(mixed.sample[1]!.values).toMatchObject({
      unitId: 'Phường Thành Vinh (16681)', type: 'Karaoke', licenceDate: '05/03/2021', workers: '1200', status: 'Đang hoạt động',
    });
    expect(issuesOf(mixed.issues, 4)).toEqual([expect.objectContaining({ column: 'Loại hình', message: expect.stringContaining('"Sòng bạc" không có trong danh mục') })]);
    expect(issuesOf(mixed.issues, 5).map((issue) => [issue.column, issue.message])).toEqual([
      ['Tên cơ sở', 'Bắt buộc, không được để trống'],
      ['Ngày cấp giấy phép', 'Ngày "31/02/2022" không có trên lịch (ngày/tháng/năm)'],
    ]);
    expect(issuesOf(mixed.issues, 6)).toEqual([expect.objectContaining({ column: 'Ngày cấp giấy phép', message: expect.stringContaining('không được sau hôm nay') })]);
    expect(issuesOf(mixed.issues, 7)).toEqual([expect.objectContaining({ column: 'Ngày đóng cửa', message: 'Cơ sở đã đóng cửa phải có ngày đóng cửa' })]);
    expect(issuesOf(mixed.issues, 8)).toEqual([expect.objectContaining({ column: 'Số người lao động', message: 'Không được là số âm' })]);
    expect(issuesOf(mixed.issues, 9)).toEqual([{ row: 9, column: 'Xã, phường', message: 'Đơn vị mã 16702 nằm ngoài phạm vi quản lý của bạn' }]);
    expect(issuesOf(mixed.issues, 10)).toEqual([{ row: 10, column: 'Số giấy phép', message: 'Trùng số giấy phép "nt-1" với dòng 2' }]);
    expect(mixed.badRowsShown).toBe(7);
    expect(await countNamed('Nhà nghỉ Nhập Thử')).toBe(0);
  });

  it('gives the report in English to an English-speaking user', async () => {
    const english = await testApp.request(wardInspector, { method: 'GET', url: `/api/imports/${mixed.batchId}`, language: 'en' });
    expect(english.statusCode).toBe(200);
    const issues = (english.json() as ImportPreview).issues;
    expect(issuesOf(issues, 9)[0]!.message).toBe('The unit with code 16702 is outside your scope');
    expect((english.json() as ImportPreview).sample[1]!.values.status).toBe('Operating');
  });

  it('pages through every bad row', async () => {
    const first = await testApp.request(wardInspector, { method: 'GET', url: `/api/imports/${mixed.batchId}/issues?pageSize=3` });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ badRows: 7, page: 1, pageSize: 3 });
    expect([...new Set(first.json().issues.map((issue: ImportIssue) => issue.row))]).toEqual([4, 5, 6]);
    const third = await testApp.request(wardInspector, { method: 'GET', url: `/api/imports/${mixed.batchId}/issues?pageSize=3&page=3` });
    expect(third.json().issues.map((issue: ImportIssue) => issue.row)).toEqual([10]);
  });

  it('does not show one user\'s upload to another, even of the same unit', async () => {
    const response = await testApp.request(otherInspector, { method: 'GET', url: `/api/imports/${mixed.batchId}` });
    expect(response.statusCode).toBe(404);
    const stolen = await commit(otherInspector, mixed.batchId, 'valid_only');
    expect(stolen.statusCode).toBe(404);
  });

  it('refuses "all" while a row is bad and imports nothing', async () => {
    const response = await commit(wardInspector, mixed.batchId, 'all');
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'import_has_bad_rows' });
    expect(response.json().error.message).toContain('7 dòng lỗi');
    expect(await countNamed('Nhà nghỉ Nhập Thử')).toBe(0);
  });

  it('imports only the valid rows, each with its own create entry, and the import with one summary entry', async () => {
    const response = await commit(wardInspector, mixed.batchId, 'valid_only');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ batchId: mixed.batchId, imported: 3, skipped: 7, newIssues: [] } satisfies ImportResult);
    const saved = await testApp.database.db.selectFrom('establishments').select(['id', 'name', 'workers', 'licence_date', 'type', 'status'])
      .where('name', 'like', 'Nhà nghỉ Nhập Thử%').orderBy('name').execute();
    expect(saved.map((row) => row.name)).toEqual(['Nhà nghỉ Nhập Thử 1', 'Nhà nghỉ Nhập Thử 10', 'Nhà nghỉ Nhập Thử 2']);
    expect(saved[2]).toMatchObject({ workers: 1200, licence_date: '2021-03-05', type: 'karaoke', status: 'active' });
    const creates = await testApp.database.db.selectFrom('audit_log').select(['target_id', 'unit_id', 'summary', 'actor_username'])
      .where('action', '=', 'establishment.create').where('target_id', 'in', saved.map((row) => row.id)).execute();
    expect(creates).toHaveLength(3);
    expect(creates[0]).toMatchObject({ unit_id: '16681', actor_username: wardInspector.username, summary: { importBatchId: mixed.batchId } });
    const summary = await testApp.database.db.selectFrom('audit_log').select(['summary', 'target_id'])
      .where('action', '=', 'import.commit').where('target_id', '=', mixed.batchId).executeTakeFirstOrThrow();
    expect(summary.summary).toMatchObject({ kind: 'establishments', fileName: 'Sổ theo dõi cơ sở.xlsx', mode: 'valid_only', imported: 3, skipped: 7, totalRows: 10 });
    const history = await testApp.request(wardInspector, { method: 'GET', url: `/api/records/establishment/${saved[0]!.id}/history` });
    expect(history.statusCode).toBe(200);
    expect(history.json().entries).toEqual([expect.objectContaining({ change: 'create', actorUsername: wardInspector.username })]);
    expect(history.json().entries[0].after).toMatchObject({ name: 'Nhà nghỉ Nhập Thử 1', licenceNumber: 'NT-1' });
  });

  it('refuses to import the same upload twice', async () => {
    const again = await commit(wardInspector, mixed.batchId, 'valid_only');
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('import_batch_committed');
    expect(await countNamed('Nhà nghỉ Nhập Thử')).toBe(3);
  });

  it('reports rows that repeat the registry, with the create service\'s own messages', async () => {
    const file = await xlsxFile([HEADER, aRow(1), aRow(20, { 'Tên cơ sở': 'NHA NGHI NHAP THU 2', 'Địa chỉ': 'so 2 duong le loi', 'Số giấy phép': null })]);
    const result = await preview(wardInspector, file, 'lan-2.xlsx');
    expect(result.badRows).toBe(2);
    expect(issuesOf(result.issues, 2)[0]).toMatchObject({ column: 'Số giấy phép', message: expect.stringContaining('Số giấy phép "NT-1" đã được ghi cho cơ sở "Nhà nghỉ Nhập Thử 1"') });
    expect(issuesOf(result.issues, 3)[0]).toMatchObject({ column: 'Tên cơ sở', message: expect.stringContaining('Đã có cơ sở "Nhà nghỉ Nhập Thử 2"') });
  });

  it('imports a clean file with "all"', async () => {
    const result = await preview(provinceOfficer, await xlsxFile([HEADER, aRow(31, { 'Xã, phường': 16702 }), aRow(32, { 'Xã, phường': 'vinh phu' })]), 'tinh.xlsx');
    expect(result).toMatchObject({ validRows: 2, badRows: 0 });
    const response = await commit(provinceOfficer, result.batchId, 'all');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ imported: 2, skipped: 0 });
    const units = await testApp.database.db.selectFrom('establishments').select(['name', 'unit_id']).where('name', 'in', ['Nhà nghỉ Nhập Thử 31', 'Nhà nghỉ Nhập Thử 32']).orderBy('name').execute();
    expect(units).toEqual([{ name: 'Nhà nghỉ Nhập Thử 31', unit_id: '16702' }, { name: 'Nhà nghỉ Nhập Thử 32', unit_id: '16702' }]);
  });

  it('checks the rows again at commit: with "all" a record added meanwhile stops everything, with "valid_only" only its row', async () => {
    const result = await preview(wardInspector, await xlsxFile([HEADER, aRow(41), aRow(42), aRow(43)]), 'doi-chieu.xlsx');
    expect(result).toMatchObject({ validRows: 3, badRows: 0 });
    const created = await testApp.request(wardInspector, {
      method: 'POST', url: '/api/establishments',
      body: { unitId: '16681', name: 'Cơ sở khác', type: 'bar', address: 'Số 1 ngõ 2', licenceNumber: 'NT-42' },
    });
    expect(created.statusCode).toBe(201);
    const refused = await commit(wardInspector, result.batchId, 'all');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'import_rows_changed', details: [{ field: 'row 3', message: expect.stringContaining('NT-42') }] });
    expect(await countNamed('Nhà nghỉ Nhập Thử 4')).toBe(0);
    const updated = await testApp.request(wardInspector, { method: 'GET', url: `/api/imports/${result.batchId}` });
    expect(updated.json()).toMatchObject({ validRows: 2, badRows: 1, issues: [expect.objectContaining({ row: 3, column: 'Số giấy phép' })] });
    const partial = await commit(wardInspector, result.batchId, 'valid_only');
    expect(partial.json()).toMatchObject({ imported: 2, skipped: 1 });
    expect(await countNamed('Nhà nghỉ Nhập Thử 4')).toBe(2);
  });

  it('leaves nothing half-imported when the write fails in a later chunk', async () => {
    const count = IMPORT_CHUNK + 2;
    const rows = Array.from({ length: count }, (_, index) => aRow(5000 + index));
    const result = await preview(wardInspector, await xlsxFile([HEADER, ...rows]), 'loi-giua-chung.xlsx');
    expect(result).toMatchObject({ validRows: count, badRows: 0 });
    // A failure the checks cannot foresee (a trigger standing in for the database failing) hits the last row, in the second chunk.
    await testApp.database.runScript(`
      create function pcmd_test_refuse() returns trigger language plpgsql as $$
      begin if new.name = 'Nhà nghỉ Nhập Thử ${5000 + count - 1}' then raise exception 'refused for the test'; end if; return new; end $$;
      create trigger pcmd_test_refuse before insert on establishments for each row execute function pcmd_test_refuse();`);
    try {
      const response = await commit(wardInspector, result.batchId, 'all');
      expect(response.statusCode).toBe(500);
    } finally {
      await testApp.database.runScript('drop trigger pcmd_test_refuse on establishments; drop function pcmd_test_refuse();');
    }
    expect(await countNamed('Nhà nghỉ Nhập Thử 5')).toBe(0);
    const audited = await testApp.database.db.selectFrom('audit_log').select('id')
      .where((eb) => eb.or([eb('target_id', '=', result.batchId), eb(eb.cast(eb.ref('summary'), 'text'), 'like', `%${result.batchId}%`)])).execute();
    expect(audited.length).toBe(1); // the upload's entry only: no create, no commit
    const retry = await commit(wardInspector, result.batchId, 'all');
    expect(retry.json()).toMatchObject({ imported: count });
  });
});

describe('files that are not what they should be', () => {
  const refused = async (body: Buffer, fileName: string, code: string, status = 400) => {
    const response = await upload(wardInspector, body, fileName);
    expect(response.statusCode, response.body).toBe(status);
    expect(response.json().error.code).toBe(code);
    return response.json().error.message as string;
  };

  it('refuses a truncated workbook, a password-protected one and an Excel 97–2003 one, saying what to do', async () => {
    const whole = await xlsxFile([HEADER, aRow(60)]);
    expect(await refused(whole.subarray(0, Math.floor(whole.length * 0.6)), 'cut.xlsx', 'import_xlsx_damaged')).toContain('chưa tải lên hết');
    expect(await refused(encryptedWorkbook(), 'mat-khau.xlsx', 'import_xlsx_encrypted')).toContain('bỏ mật khẩu');
    expect(await refused(legacyWorkbook(), 'cu.xls', 'import_xls_legacy')).toContain('.xlsx');
    expect(await refused(Buffer.from('%PDF-1.7\n\0\0binary'), 'scan.pdf', 'import_file_type_unknown')).toContain('scan.pdf');
    expect(await refused(Buffer.from('not a zip at all'), 'gia.xlsx', 'import_xlsx_damaged')).toContain('gia.xlsx');
  });

  it('refuses CSV in Windows-1258 and in TCVN3, telling how to save it as CSV UTF-8', async () => {
    const text = csvText([HEADER, aRow(61).map((cell) => (cell instanceof Date ? null : (cell as string | number | null)))]);
    const windows = await refused(Buffer.from(encodeLegacy(text, 'windows-1258')), 'ansi.csv', 'import_csv_windows1258');
    expect(windows).toContain('CSV UTF-8');
    const tcvn = await refused(Buffer.from(encodeLegacy(text, 'tcvn3')), 'abc.csv', 'import_csv_tcvn3');
    expect(tcvn).toContain('Unikey');
  });

  it('reads CSV in UTF-8 with a BOM and ";" separators, and Vietnamese typed decomposed (NFD) is saved composed (NFC)', async () => {
    const nfdName = 'Karaoke Ánh Trăng Vàng'.normalize('NFD');
    const header = HEADER.map((cell) => cell.normalize('NFD'));
    const rows = [header, aRow(62, { 'Tên cơ sở': nfdName, 'Loại hình': 'Karaoke'.normalize('NFD'), 'Ngày cấp giấy phép': '45292' })]
      .map((row) => row.map((cell) => (cell instanceof Date || (typeof cell === 'object' && cell !== null) ? null : cell)));
    const file = Buffer.concat([UTF8_BOM, Buffer.from(csvText(rows, ';'))]);
    const result = await preview(wardInspector, file, 'bom.csv');
    expect(result).toMatchObject({ format: 'csv', sheetName: null, validRows: 1, badRows: 0 });
    expect(result.columns.map((column) => column.key)).toEqual(['unitId', 'name', 'type', 'address', 'licenceNumber', 'licenceDate', 'workers', 'status', 'closedOn']);
    expect(result.sample[0]!.values.licenceDate).toBe('01/01/2024');
    await commit(wardInspector, result.batchId, 'all');
    const saved = await testApp.database.db.selectFrom('establishments').select(['name', 'licence_date']).where('licence_number', '=', 'NT-62').executeTakeFirstOrThrow();
    expect(saved.name).toBe('Karaoke Ánh Trăng Vàng');
    expect(saved.name).toBe(saved.name.normalize('NFC'));
    expect(saved.licence_date).toBe('2024-01-01');
  });

  it('reads dates typed as text, as Excel date cells and as serial numbers, and names a bare year', async () => {
    const file = await xlsxFile([
      HEADER,
      aRow(63, { 'Ngày cấp giấy phép': 45292 }),
      aRow(64, { 'Ngày cấp giấy phép': '5/3/2021' }),
      aRow(65, { 'Ngày cấp giấy phép': 2021 }),
      aRow(66, { 'Ngày cấp giấy phép': '05/03/21' }),
    ]);
    const result = await preview(wardInspector, file, 'ngay.xlsx');
    expect(result.sample.map((row) => row.values.licenceDate)).toEqual(['01/01/2024', '05/03/2021']);
    expect(issuesOf(result.issues, 4)[0]!.message).toContain('2021 là một năm, không phải ngày');
    expect(issuesOf(result.issues, 5)[0]!.message).toContain('chỉ có 2 chữ số');
  });

  it('refuses merged header cells, naming them', async () => {
    const file = await xlsxFile([[...HEADER.slice(0, 2), null, ...HEADER.slice(3)], aRow(67)], { merges: ['B1:C1'] });
    const message = await refused(file, 'gop.xlsx', 'import_merged_header');
    expect(message).toContain('B1:C1');
  });

  it('skips a merged title above the header, and warns about merged data cells', async () => {
    const file = await xlsxFile([['DANH SÁCH CƠ SỞ KINH DOANH DỊCH VỤ NHẠY CẢM'], HEADER, aRow(68), aRow(69)], { merges: ['A1:I1', 'H3:H4'] });
    const result = await preview(wardInspector, file, 'tieu-de.xlsx');
    expect(result).toMatchObject({ headerRow: 2, totalRows: 2 });
    expect(result.warnings.join(' ')).toContain('H3:H4');
  });

  it('reports rows repeated within the file', async () => {
    const file = await xlsxFile([HEADER, aRow(70), aRow(71), aRow(70), aRow(72, { 'Số giấy phép': 'NT-71' })]);
    const result = await preview(wardInspector, file, 'lap.xlsx');
    expect(issuesOf(result.issues, 4)).toEqual([{ row: 4, column: null, message: 'Dòng này trùng hoàn toàn với dòng 2' }]);
    expect(issuesOf(result.issues, 5)).toEqual([{ row: 5, column: 'Số giấy phép', message: 'Trùng số giấy phép "NT-71" với dòng 3' }]);
  });

  it('uses a formula\'s saved result, refuses a formula saved without one, and ignores macros', async () => {
    const file = await withMacros(await xlsxFile([
      HEADER,
      aRow(73, { 'Số người lao động': { formula: '2+3', result: 5 } }),
      aRow(74, { 'Số người lao động': { formula: '2+4' } }),
    ]));
    const result = await preview(wardInspector, file, 'cong-thuc.xlsm');
    expect(result.sample[0]!.values.workers).toBe('5');
    expect(issuesOf(result.issues, 3)[0]).toMatchObject({ column: 'Số người lao động', message: expect.stringContaining('không lưu kết quả tính') });
    expect(result.warnings.join(' ')).toContain('macro');
  });

  it('leaves no temporary copy of a workbook behind, even when it stops reading early', async () => {
    const ours = async () => (await readdir(tmpdir())).filter((name) => name.startsWith(`tmp-${process.pid}-`));
    const before = await ours();
    await preview(wardInspector, await xlsxFile([HEADER, aRow(75)], { before: ['Bìa'] }), 'hai-trang.xlsx');
    expect((await upload(wardInspector, await xlsxFile([['Ghi chú'], ['x']]), 'khong-tieu-de.xlsx')).statusCode).toBe(400);
    expect(await ours()).toEqual(before);
  });

  it('names the required columns a file lacks', async () => {
    const file = await xlsxFile([['Tên cơ sở', 'Loại hình', 'Ghi chú'], ['Quán A', 'Karaoke', 'x']]);
    const response = await upload(wardInspector, file, 'thieu-cot.xlsx');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('import_header_invalid');
    expect(response.json().error.details[0].message).toContain('"Xã, phường", "Địa chỉ"');
  });

  it('refuses a body over 100 MB as it streams, and at once when its declared length says so', async () => {
    const streamed = await upload(wardInspector, fillerStream(100 * 1024 * 1024 + 1), 'lon.csv');
    expect(streamed.statusCode).toBe(413);
    expect(streamed.json().error).toMatchObject({ code: 'import_file_too_large', message: expect.stringContaining('100 MB') });
    expect(streamed.headers.connection).toBe('close');
    const declared = await upload(wardInspector, fillerStream(10), 'lon.csv', { headers: { 'content-length': String(200 * 1024 * 1024) } });
    expect(declared.statusCode).toBe(413);
  });

  it('refuses more than 200,000 data rows, saying the limit', async () => {
    const lines = ['"Xã, phường",Tên cơ sở,Loại hình,Địa chỉ'];
    for (let index = 0; index < 200_001; index++) lines.push(`16681,Cơ sở ${index},Karaoke,Số ${index}`);
    const response = await upload(wardInspector, Buffer.from(lines.join('\n')), 'nhieu-dong.csv');
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'import_too_many_rows', message: expect.stringContaining('200.000') });
    const batches = await testApp.database.db.selectFrom('import_batches').select('id').where('file_name', '=', 'nhieu-dong.csv').execute();
    expect(batches).toEqual([]);
  });
});
