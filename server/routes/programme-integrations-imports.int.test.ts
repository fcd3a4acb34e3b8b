import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../core/api/imports.ts';
import type { ProgrammeIntegration } from '../../core/api/programme-integrations.ts';
import { todayInVietnam } from '../../core/dates/format.ts';
import { programmeIntegrationColumns } from '../../core/imports/kinds/programme-integration-columns.ts';
import { toSearchText } from '../../core/text/search-text.ts';
import { xlsxFile, type FixtureCell } from '../../test-support/import-files.ts';
import { startTestApp, type TestApp, type TestSession } from '../../test-support/test-app.ts';
import { importClient } from '../../test-support/import-client.ts';

let testApp: TestApp;
let wardOfficer: TestSession;
let wardViewer: TestSession;
let provinceOfficer: TestSession;
/** Agencies of Phường Thành Vinh (16681) and of the other commune (16702), by kind. */
let ward: Record<string, { id: string; name: string }>;
let otherCommune: Record<string, { id: string; name: string }>;
/** Recorded on the form before the import: the Front's drug-prevention integration and the People's Committee's HIV one. */
let frontDrugs: ProgrammeIntegration;

const thisYear = Number(todayInVietnam().slice(0, 4));
const HEADER = ['Đơn vị', 'Năm', 'Cơ quan lồng ghép', 'Chương trình, kế hoạch được lồng ghép', 'Loại chương trình', 'Số văn bản', 'Ngày văn bản', 'Ghi chú'];
type Header = (typeof HEADER)[number];

const aRow = (programme: string, overrides: Partial<Record<Header, FixtureCell>> = {}): FixtureCell[] => {
  const base: Record<string, FixtureCell> = {
    'Đơn vị': 'Phường Thành Vinh (16681)', 'Năm': 2025, 'Cơ quan lồng ghép': ward.fatherland_front!.name,
    'Chương trình, kế hoạch được lồng ghép': programme, 'Loại chương trình': 'An sinh xã hội, giảm nghèo, việc làm', 'Số văn bản': '05/KH-MTTQ',
    'Ngày văn bản': '10/01/2025', 'Ghi chú': 'Lồng ghép vào sinh hoạt khu dân cư', ...overrides,
  };
  return HEADER.map((header) => base[header] ?? null);
};

const { upload, preview, commit, issuesOf } = importClient(() => testApp, 'programme-integrations');

const agenciesOf = async (unitId: string) => {
  const rows = await testApp.database.db.selectFrom('agencies').select(['id', 'kind', 'name']).where('unit_id', '=', unitId).execute();
  return Object.fromEntries(rows.map((row) => [row.kind, { id: row.id, name: row.name }]));
};

const createIntegration = async (session: TestSession, body: Record<string, unknown>) => {
  const response = await testApp.request(session, { method: 'POST', url: '/api/programme-integrations', body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as ProgrammeIntegration;
};

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
  wardOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '16681' });
  wardViewer = await testApp.signIn({ role: 'viewer', unitId: '16681' });
  provinceOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '40' });
  ward = await agenciesOf('16681');
  otherCommune = await agenciesOf('16702');
  expect(ward.fatherland_front && ward.police && ward.veterans_association && otherCommune.womens_union).toBeTruthy();
  // An agency that stopped working: the form refuses it for a new record, so must the import.
  await testApp.database.db.updateTable('agencies').set({ is_active: false }).where('id', '=', ward.veterans_association!.id).execute();
  frontDrugs = await createIntegration(wardOfficer, {
    unitId: '16681', year: 2025, agencyId: ward.fatherland_front!.id, programme: 'Chương trình phòng, chống ma túy năm 2025', programmeKind: 'drug_prevention',
  });
  await createIntegration(wardOfficer, { unitId: '16681', year: 2025, agencyId: null, programme: 'Chương trình phòng, chống HIV/AIDS', programmeKind: 'hiv_aids' });
  await createIntegration(provinceOfficer, {
    unitId: '16702', year: 2025, agencyId: otherCommune.womens_union!.id, programme: 'Chương trình giảm nghèo bền vững 2025', programmeKind: 'social_protection',
  });
});
afterAll(() => testApp.close());

describe('who may import and export integrations', () => {
  it('refuses the upload and the template to a role without activity.write, and keeps nothing', async () => {
    const response = await upload(wardViewer, await xlsxFile([HEADER, aRow('Chương trình X')]), 'long-ghep.xlsx');
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('forbidden');
    const template = await testApp.request(wardViewer, { method: 'GET', url: '/api/imports/programme-integrations/template.xlsx' });
    expect(template.statusCode).toBe(403);
    const denials = await testApp.database.db.selectFrom('audit_log').select('action')
      .where('actor_username', '=', wardViewer.username).where('outcome', '=', 'denied').execute();
    expect(denials.map((row) => row.action)).toEqual(['programme_integration.import', 'programme_integration.import']);
    expect(await testApp.database.db.selectFrom('import_batches').select('id').execute()).toEqual([]);
  });
});

describe('the integration template', () => {
  it('has the screens\' headers, the programme kinds and the units of the scope, provinces included', async () => {
    const response = await testApp.request(provinceOfficer, { method: 'GET', url: '/api/imports/programme-integrations/template.xlsx' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('mau-nhap-long-ghep.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ExcelJS.Buffer);
    const data = workbook.getWorksheet('Dữ liệu')!;
    expect((data.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Đơn vị (*)', 'Năm (*)', 'Cơ quan lồng ghép', 'Chương trình, kế hoạch được lồng ghép (*)', 'Loại chương trình (*)', 'Số văn bản', 'Ngày văn bản', 'Ghi chú',
    ]);
    expect(data.getCell('B2').dataValidation).toMatchObject({ type: 'whole', formulae: [2000, 2100] });
    expect(data.getCell('E2').dataValidation).toMatchObject({ type: 'list', formulae: ["'Danh mục'!$B$2:$B$9"] });
    expect(data.getColumn(7).numFmt).toBe('dd/mm/yyyy');
    const lists = workbook.getWorksheet('Danh mục')!;
    const units = (lists.getColumn(1).values as unknown[]).filter(Boolean).slice(1) as string[];
    expect(units).toContain('Phường Thành Vinh (16681)');
    expect(units.some((unit) => unit.endsWith('(40)'))).toBe(true);
    expect((lists.getColumn(2).values as unknown[]).filter(Boolean)).toEqual(['Loại chương trình', ...[
      'Phát triển kinh tế - xã hội', 'An sinh xã hội, giảm nghèo, việc làm', 'Phòng, chống ma túy', 'Phòng, chống HIV/AIDS', 'Phòng, chống mua bán người',
      'Phòng, chống tội phạm', 'Phong trào, cuộc vận động (văn hóa, nông thôn mới)', 'Chương trình, kế hoạch khác',
    ]]);
    const guide: string[] = [];
    workbook.getWorksheet('Hướng dẫn')!.eachRow((row) => guide.push(String(row.values)));
    expect(guide.join('\n')).toContain('để trống khi chính Ủy ban nhân dân của đơn vị lồng ghép');
  });
});

describe('importing integrations', () => {
  let mixed: ImportPreview;

  it('previews good and bad rows: the body named as people write it, every rule of the form with its row, column and reason', async () => {
    mixed = await preview(wardOfficer, await xlsxFile([
      HEADER,
      aRow('Chương trình giảm nghèo bền vững 2025', { 'Cơ quan lồng ghép': toSearchText(ward.fatherland_front!.name).toUpperCase() }),
      aRow('Kế hoạch phát triển kinh tế - xã hội năm 2025', { 'Cơ quan lồng ghép': null, 'Loại chương trình': 'socio_economic_development', 'Số văn bản': null }),
      aRow('Chương trình A', { 'Cơ quan lồng ghép': 'Hội Người mù phường Thành Vinh' }),
      aRow('Chương trình B', { 'Cơ quan lồng ghép': otherCommune.womens_union!.name }),
      aRow('Chương trình C', { 'Cơ quan lồng ghép': ward.veterans_association!.name }),
      aRow('Chương trình D', { 'Năm': thisYear + 2 }),
      aRow('Chương trình E', { 'Năm': 1999 }),
      aRow('Chương trình F', { 'Ngày văn bản': '15/08/2099' }),
      aRow('Chương trình G', { 'Loại chương trình': 'Văn nghệ' }),
      aRow('CHUONG TRINH PHONG, CHONG MA TUY NAM 2025'),
      aRow('chương trình GIẢM NGHÈO bền vững 2025'),
      aRow('Chương trình phòng, chống HIV/AIDS', { 'Cơ quan lồng ghép': null }),
      aRow('Chương trình giảm nghèo bền vững 2025', { 'Cơ quan lồng ghép': ward.police!.name, 'Số văn bản': '07/KH-CA' }),
    ]), 'Lồng ghép 2025.xlsx');
    expect(mixed).toMatchObject({ totalRows: 13, validRows: 3, badRows: 10 });
    expect(mixed.sample.map((row) => row.row)).toEqual([2, 3, 14]);
    expect(issuesOf(mixed.issues, 4)).toEqual([['Cơ quan lồng ghép', expect.stringMatching(
      /^Không có cơ quan "Hội Người mù phường Thành Vinh" trong danh mục cơ quan của Phường Thành Vinh; hãy ghi đúng tên một trong: .*; hoặc để trống nếu là chính Ủy ban nhân dân phường Thành Vinh$/)]]);
    expect(mixed.issues.find((issue) => issue.row === 4)!.message).toContain(ward.police!.name);
    expect(mixed.issues.find((issue) => issue.row === 4)!.message).not.toContain(ward.veterans_association!.name);
    // Another commune's agency is not this unit's: named like any unknown name, without telling whose it is.
    expect(issuesOf(mixed.issues, 5)).toEqual([['Cơ quan lồng ghép', expect.stringMatching(/^Không có cơ quan ".*" trong danh mục cơ quan của Phường Thành Vinh/)]]);
    expect(issuesOf(mixed.issues, 6)).toEqual([['Cơ quan lồng ghép', `${ward.veterans_association!.name} đã ngừng hoạt động; hãy chọn cơ quan khác`]]);
    expect(issuesOf(mixed.issues, 7)).toEqual([['Năm', `Năm không được sau năm ${thisYear + 1}: chỉ ghi lồng ghép của các năm đã qua, năm nay và năm tới`]]);
    expect(issuesOf(mixed.issues, 8)).toEqual([['Năm', 'Phải lớn hơn hoặc bằng 2000']]);
    expect(issuesOf(mixed.issues, 9)).toEqual([['Ngày văn bản', expect.stringMatching(/^Ngày văn bản không được sau hôm nay/)]]);
    expect(issuesOf(mixed.issues, 10)).toEqual([['Loại chương trình', expect.stringContaining('"Văn nghệ" không có trong danh mục')]]);
    const recordedOn = todayInVietnam().split('-').reverse().join('/');
    expect(issuesOf(mixed.issues, 11)).toEqual([['Chương trình, kế hoạch được lồng ghép',
      `${ward.fatherland_front!.name} đã có bản ghi lồng ghép vào "Chương trình phòng, chống ma túy năm 2025" năm 2025 (ghi ngày ${recordedOn}); hãy sửa bản ghi đó`]]);
    expect(issuesOf(mixed.issues, 12)).toEqual([['Chương trình, kế hoạch được lồng ghép',
      'Trùng đơn vị, năm, cơ quan lồng ghép và chương trình (không tính dấu, chữ hoa) với dòng 2']]);
    expect(issuesOf(mixed.issues, 13)).toEqual([['Chương trình, kế hoạch được lồng ghép',
      expect.stringMatching(/^Ủy ban nhân dân phường Thành Vinh đã có bản ghi lồng ghép vào "Chương trình phòng, chống HIV\/AIDS" năm 2025/)]]);
  });

  it('refuses "all" while a row is bad', async () => {
    const response = await commit(wardOfficer, mixed.batchId, 'all');
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'import_has_bad_rows', message: expect.stringContaining('10 dòng lỗi') });
  });

  it('saves exactly the valid rows with their bodies, each with a create entry shaped as the form\'s, and its history', async () => {
    const response = await commit(wardOfficer, mixed.batchId, 'valid_only');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ imported: 3, skipped: 10, newIssues: [] });
    const saved = await testApp.database.db.selectFrom('programme_integrations')
      .select(['id', 'unit_id', 'year', 'agency_id', 'programme', 'programme_kind', 'document_number', 'document_date', 'search_text'])
      .where('id', '!=', frontDrugs.id).where('unit_id', '=', '16681').where('programme_kind', '!=', 'hiv_aids').orderBy('programme').orderBy('document_number').execute();
    expect(saved.map((row) => [row.programme, row.agency_id, row.programme_kind, row.document_number])).toEqual([
      ['Chương trình giảm nghèo bền vững 2025', ward.fatherland_front!.id, 'social_protection', '05/KH-MTTQ'],
      ['Chương trình giảm nghèo bền vững 2025', ward.police!.id, 'social_protection', '07/KH-CA'],
      ['Kế hoạch phát triển kinh tế - xã hội năm 2025', null, 'socio_economic_development', null],
    ]);
    // The agency's name is searchable, as on the form.
    expect(saved[1]!.search_text).toContain(toSearchText(ward.police!.name));

    const entries = await testApp.database.db.selectFrom('audit_log').select(['target_id', 'unit_id', 'summary', 'actor_username'])
      .where('action', '=', 'programme_integration.create').orderBy('id').execute();
    const formEntry = entries.find((entry) => entry.target_id === frontDrugs.id)!;
    const front = entries.find((entry) => entry.target_id === saved[0]!.id)!;
    expect(entries.filter((entry) => saved.some((row) => row.id === entry.target_id))).toHaveLength(3);
    expect(front).toMatchObject({ unit_id: '16681', actor_username: wardOfficer.username, summary: { importBatchId: mixed.batchId } });
    expect((front.summary as { after: unknown }).after).toEqual({
      unitId: '16681', year: 2025, agencyId: ward.fatherland_front!.id, agencyName: ward.fatherland_front!.name,
      programme: 'Chương trình giảm nghèo bền vững 2025', programmeKind: 'social_protection', documentNumber: '05/KH-MTTQ', documentDate: '2025-01-10',
      notes: 'Lồng ghép vào sinh hoạt khu dân cư',
    });
    const keys = (summary: unknown) => Object.keys((summary as { after: object }).after).sort();
    expect(keys(front.summary)).toEqual(keys(formEntry.summary));

    const history = await testApp.request(wardViewer, { method: 'GET', url: `/api/records/programme_integration/${saved[0]!.id}/history` });
    expect(history.statusCode).toBe(200);
    expect(history.json().entries).toEqual([expect.objectContaining({ change: 'create', actorUsername: wardOfficer.username })]);
    const shown = await testApp.request(wardViewer, { method: 'GET', url: `/api/programme-integrations/${saved[0]!.id}` });
    expect(shown.json()).toMatchObject({ agencyName: ward.fatherland_front!.name, documentDate: '2025-01-10' });
  });

  it('checks again at commit: with "all" an integration recorded meanwhile stops everything', async () => {
    const result = await preview(wardOfficer, await xlsxFile([
      HEADER,
      aRow('Chương trình phòng, chống mua bán người', { 'Cơ quan lồng ghép': ward.police!.name, 'Loại chương trình': 'Phòng, chống mua bán người' }),
      aRow('Chương trình phòng, chống tội phạm', { 'Cơ quan lồng ghép': ward.police!.name, 'Loại chương trình': 'Phòng, chống tội phạm' }),
    ]), 'doi-chieu.xlsx');
    expect(result).toMatchObject({ validRows: 2, badRows: 0 });
    await createIntegration(wardOfficer, {
      unitId: '16681', year: 2025, agencyId: ward.police!.id, programme: 'Chương trình phòng chống tội phạm', programmeKind: 'crime_prevention',
    });
    const refused = await commit(wardOfficer, result.batchId, 'all');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'import_rows_changed', details: [{ field: 'row 3', message: expect.stringContaining('đã có bản ghi lồng ghép') }] });
    const trafficking = () => testApp.database.db.selectFrom('programme_integrations').select('id').where('programme_kind', '=', 'human_trafficking').execute();
    expect(await trafficking()).toEqual([]);
    const partial = await commit(wardOfficer, result.batchId, 'valid_only');
    expect(partial.json()).toMatchObject({ imported: 1, skipped: 1 });
    expect(await trafficking()).toHaveLength(1);
  });
});

describe('exporting integrations', () => {
  it('exports the filtered list with the body by name (empty for the People\'s Committee), within the caller\'s scope', async () => {
    // Reading integrations needs only the scope: a viewer exports them.
    const response = await testApp.request(wardViewer, { method: 'GET', url: '/api/exports/programme-integrations.xlsx?year=2025&kind=social_protection' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toMatch(/filename="long-ghep-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const { sheet, rows } = await readSheet(response.rawPayload);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(programmeIntegrationColumns.map((column) => column.header.vi));
    // The ward's two; the other commune's (same programme) is outside the viewer's scope.
    expect(rows.map((row) => [row[0], row[1], row[2], row[3], row[4]]).sort((a, b) => String(a[2]).localeCompare(String(b[2])))).toEqual([
      ['Phường Thành Vinh (16681)', 2025, ward.police!.name, 'Chương trình giảm nghèo bền vững 2025', 'An sinh xã hội, giảm nghèo, việc làm'],
      ['Phường Thành Vinh (16681)', 2025, ward.fatherland_front!.name, 'Chương trình giảm nghèo bền vững 2025', 'An sinh xã hội, giảm nghèo, việc làm'],
    ].sort((a, b) => String(a[2]).localeCompare(String(b[2]))));
    expect(rows[0]![6]).toEqual(new Date(Date.UTC(2025, 0, 10)));

    const committee = await readSheet((await testApp.request(wardViewer, {
      method: 'GET', url: '/api/exports/programme-integrations.xlsx?kind=socio_economic_development',
    })).rawPayload);
    expect(committee.rows).toHaveLength(1);
    expect(committee.rows[0]![2]).toBeUndefined();

    const province = await readSheet((await testApp.request(provinceOfficer, {
      method: 'GET', url: '/api/exports/programme-integrations.xlsx?year=2025&kind=social_protection',
    })).rawPayload);
    expect(province.rows).toHaveLength(3);
    expect(province.rows.map((row) => row[2])).toContain(otherCommune.womens_union!.name);
    const other = await testApp.request(wardViewer, { method: 'GET', url: '/api/exports/programme-integrations.xlsx?unit=16702' });
    expect(other.statusCode).toBe(403);
    expect(other.json().error.code).toBe('out_of_scope');
  });

  it('writes a file the import reads back: every row is then a duplicate of a saved integration', async () => {
    const exported = await testApp.request(wardOfficer, { method: 'GET', url: '/api/exports/programme-integrations.xlsx?year=2025' });
    const result = await preview(wardOfficer, exported.rawPayload, 'xuat.xlsx');
    expect(result).toMatchObject({ totalRows: 7, validRows: 0, badRows: 7 });
    expect(result.issues.every((issue) => issue.column === 'Chương trình, kế hoạch được lồng ghép' && issue.message.includes('đã có bản ghi lồng ghép'))).toBe(true);
  });
});
