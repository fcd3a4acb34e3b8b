import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportIssue, ImportPreview } from '../../core/api/imports.ts';
import type { Inspection } from '../../core/api/inspections.ts';
import { inspectionColumns } from '../../core/imports/kinds/inspection-columns.ts';
import { xlsxFile, XLSX_TYPE, type FixtureCell } from '../../test-support/import-files.ts';
import { startTestApp, type TestApp, type TestSession } from '../../test-support/test-app.ts';

let testApp: TestApp;
let wardInspector: TestSession;
let wardViewer: TestSession;
let wardSocialWorker: TestSession;
let provinceOfficer: TestSession;
/** Establishments by licence number (or name, for those without one). */
const establishments: Record<string, string> = {};
/** Agencies of Phường Thành Vinh (16681) by name. */
const wardAgencies: Record<string, string> = {};
/** An inspection recorded with the form, to compare the audit entries with. */
let formInspection: Inspection;

const POLICE = 'Công an phường Thành Vinh';
const CULTURE = 'Phòng Văn hóa - Xã hội';
const TEAM = 'Đoàn kiểm tra liên ngành phường Thành Vinh';

const HEADER = [
  'Đơn vị', 'Ngày kiểm tra', 'Tên đoàn kiểm tra', 'Hình thức kiểm tra', 'Cơ quan tham gia', 'Số giấy phép', 'Tên cơ sở', 'Địa chỉ',
  'Kết quả kiểm tra', 'Hành vi vi phạm', 'Hình thức xử lý', 'Số tiền phạt (đồng)', 'Căn cứ pháp lý', 'Hạn kiểm tra lại',
] as const;
type Header = (typeof HEADER)[number];

/** A row of the log: the ward's team visits Karaoke Sao Mai (KT-1) on 10/09/2025 and finds nothing wrong. */
const aRow = (overrides: Partial<Record<Header, FixtureCell>> = {}): FixtureCell[] => {
  const base: Record<string, FixtureCell> = {
    'Đơn vị': 'Phường Thành Vinh (16681)', 'Ngày kiểm tra': '10/09/2025', 'Tên đoàn kiểm tra': TEAM, 'Hình thức kiểm tra': 'Đoàn kiểm tra liên ngành',
    'Cơ quan tham gia': `${POLICE}; ${CULTURE}`, 'Số giấy phép': 'KT-1', 'Kết quả kiểm tra': 'Có sổ đăng ký lưu trú đầy đủ',
    'Hình thức xử lý': 'Không vi phạm', ...overrides,
  };
  return HEADER.map((header) => base[header] ?? null);
};

const upload = (session: TestSession, body: Buffer, fileName = 'so-kiem-tra.xlsx') =>
  testApp.app.inject({
    method: 'POST', url: '/api/imports/inspections', payload: body,
    headers: {
      cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'accept-language': 'vi', 'content-type': XLSX_TYPE,
      'x-file-name': encodeURIComponent(fileName),
    },
  });

const preview = async (session: TestSession, rows: FixtureCell[][], fileName?: string) => {
  const response = await upload(session, await xlsxFile([[...HEADER], ...rows]), fileName);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as ImportPreview;
};

const commit = (session: TestSession, batchId: string, mode: 'all' | 'valid_only') =>
  testApp.request(session, { method: 'POST', url: `/api/imports/${batchId}/commit`, body: { mode } });

const issuesOf = (issues: readonly ImportIssue[], row: number) => issues.filter((issue) => issue.row === row).map((issue) => [issue.column, issue.message]);

const readWorkbook = async (payload: Buffer) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(payload as unknown as ExcelJS.Buffer);
  return workbook;
};

/** The data rows of an exported sheet, by header. */
const exportedRows = (sheet: ExcelJS.Worksheet) => {
  const rows: Record<string, unknown>[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    rows.push(Object.fromEntries(inspectionColumns.map((column, index) => [column.header.vi, row.getCell(index + 1).value])));
  });
  return rows;
};

const visitsOf = (unitId: string) => testApp.database.db.selectFrom('inspections')
  .innerJoin('inspection_visits', 'inspection_visits.inspection_id', 'inspections.id')
  .select(['inspections.id', 'inspections.inspected_on', 'inspections.team', 'inspections.team_kind', 'inspection_visits.establishment_id',
    'inspection_visits.outcome', 'inspection_visits.legal_basis', 'inspection_visits.follow_up_due', 'inspection_visits.violations'])
  .select((eb) => eb.cast<string>('inspection_visits.fine_amount', 'text').as('fine_amount'))
  .select((eb) => eb.fn<string>('array_to_string', ['inspections.member_agency_ids', eb.val(',')]).as('agencies'))
  .where('inspections.unit_id', '=', unitId).where('inspections.deleted_at', 'is', null)
  .orderBy('inspections.inspected_on').orderBy('inspections.created_at').execute();

beforeAll(async () => {
  testApp = await startTestApp();
  wardInspector = await testApp.signIn({ role: 'inspector', unitId: '16681' });
  wardViewer = await testApp.signIn({ role: 'viewer', unitId: '16681' });
  wardSocialWorker = await testApp.signIn({ role: 'social_worker', unitId: '16681' });
  provinceOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '40' });
  const registry = [
    { unitId: '16681', name: 'Karaoke Sao Mai', type: 'karaoke', address: 'Số 1 đường Quang Trung', licenceNumber: 'KT-1' },
    { unitId: '16681', name: 'Nhà nghỉ Bình An', type: 'accommodation', address: 'Số 3 ngõ 4', licenceNumber: null },
    { unitId: '16681', name: 'Karaoke Hoàng Gia', type: 'karaoke', address: 'Số 9 đường Lê Lợi', licenceNumber: 'KT-3', status: 'closed', closedOn: '2025-06-30' },
    { unitId: '16702', name: 'Karaoke Vinh Phú', type: 'karaoke', address: 'Số 5 đường Trường Thi', licenceNumber: 'KT-4' },
    { unitId: '16681', name: 'Quán bar Ánh Dương', type: 'bar', address: 'Số 7 đường Lê Lợi', licenceNumber: 'KT-5' },
    // The same name and address in two communes: the registry allows it, a province's file must then give the licence.
    { unitId: '16681', name: 'Nhà nghỉ Hoa Hồng', type: 'accommodation', address: 'Số 5 đường Lê Mao', licenceNumber: 'KT-6' },
    { unitId: '16702', name: 'Nhà nghỉ Hoa Hồng', type: 'accommodation', address: 'Số 5 đường Lê Mao', licenceNumber: 'KT-7' },
  ];
  for (const record of registry) {
    const response = await testApp.request(provinceOfficer, { method: 'POST', url: '/api/establishments', body: { workers: 3, ...record } });
    expect(response.statusCode, response.body).toBe(201);
    establishments[record.licenceNumber ?? record.name] = response.json().id;
  }
  const agencies = await testApp.database.db.selectFrom('agencies').select(['id', 'name']).where('unit_id', '=', '16681').execute();
  for (const agency of agencies) wardAgencies[agency.name] = agency.id;
  expect(wardAgencies[POLICE] && wardAgencies[CULTURE]).toBeTruthy();
  const created = await testApp.request(wardInspector, {
    method: 'POST', url: '/api/inspections',
    body: {
      unitId: '16681', inspectedOn: '2025-08-01', team: TEAM, teamKind: 'inter_agency', memberAgencyIds: [wardAgencies[POLICE], wardAgencies[CULTURE]],
      visits: [{ establishmentId: establishments['KT-5'], outcome: 'no_violation', findings: 'Đạt' }],
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  formInspection = created.json();
});
afterAll(() => testApp.close());

describe('who may import and export inspections', () => {
  it('refuses a viewer the upload and the template, and keeps nothing', async () => {
    const response = await upload(wardViewer, await xlsxFile([[...HEADER], aRow()]));
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('forbidden');
    const denial = await testApp.database.db.selectFrom('audit_log').select(['action', 'outcome'])
      .where('actor_username', '=', wardViewer.username).where('outcome', '=', 'denied').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(denial).toEqual({ action: 'inspection.import', outcome: 'denied' });
    const template = await testApp.request(wardViewer, { method: 'GET', url: '/api/imports/inspections/template.xlsx' });
    expect(template.statusCode).toBe(403);
    expect(await testApp.database.db.selectFrom('import_batches').select('id').execute()).toEqual([]);
  });

  it('refuses the export to a role that may not read enforcement records', async () => {
    const response = await testApp.request(wardSocialWorker, { method: 'GET', url: '/api/exports/inspections.xlsx' });
    expect(response.statusCode).toBe(403);
    const denial = await testApp.database.db.selectFrom('audit_log').select(['action', 'outcome'])
      .where('actor_username', '=', wardSocialWorker.username).where('outcome', '=', 'denied').executeTakeFirstOrThrow();
    expect(denial).toEqual({ action: 'inspection.export', outcome: 'denied' });
  });
});

describe('the inspections template', () => {
  it('has the screens\' headers and drop-downs for the unit, the team kind and the outcome', async () => {
    const response = await testApp.request(wardInspector, { method: 'GET', url: '/api/imports/inspections/template.xlsx' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('mau-nhap-kiem-tra-co-so.xlsx');
    const workbook = await readWorkbook(response.rawPayload);
    const data = workbook.getWorksheet('Dữ liệu')!;
    expect((data.getRow(1).values as unknown[]).slice(1, 16)).toEqual([
      'Đơn vị (*)', 'Ngày kiểm tra (*)', 'Tên đoàn kiểm tra (*)', 'Hình thức kiểm tra (*)', 'Cơ quan tham gia (*)', 'Số giấy phép', 'Tên cơ sở',
      'Địa chỉ', 'Kết quả kiểm tra', 'Hành vi vi phạm', 'Hình thức xử lý (*)', 'Số tiền phạt (đồng)', 'Căn cứ pháp lý', 'Hạn kiểm tra lại', 'Ghi chú',
    ]);
    expect(data.getCell('A2').dataValidation).toMatchObject({ type: 'list', formulae: ["'Danh mục'!$A$2:$A$2"] });
    expect(data.getCell('D2').dataValidation).toMatchObject({ type: 'list', formulae: ["'Danh mục'!$B$2:$B$3"] });
    expect(data.getCell('K9').dataValidation).toMatchObject({ type: 'list', formulae: ["'Danh mục'!$C$2:$C$7"] });
    expect(data.getCell('L2').dataValidation).toMatchObject({ type: 'whole' });
    expect(data.getColumn(2).numFmt).toBe('dd/mm/yyyy');
    const lists = workbook.getWorksheet('Danh mục')!;
    expect(lists.getColumn(1).values.filter(Boolean)).toEqual(['Đơn vị', 'Phường Thành Vinh (16681)']);
    expect(lists.getColumn(2).values.filter(Boolean)).toEqual(['Hình thức kiểm tra', 'Đoàn kiểm tra liên ngành', 'Một cơ quan kiểm tra']);
    expect(lists.getColumn(3).values.filter(Boolean)).toEqual([
      'Hình thức xử lý', 'Không vi phạm', 'Cảnh cáo', 'Phạt tiền', 'Đình chỉ hoạt động', 'Tước giấy phép', 'Chuyển cơ quan công an',
    ]);
    const guide: string[] = [];
    workbook.getWorksheet('Hướng dẫn')!.eachRow((row) => guide.push(row.values!.toString()));
    expect(guide.join('\n')).toContain('cách nhau bằng dấu chấm phẩy (;)');
  });

  it('lists the province and its communes for a province officer', async () => {
    const response = await testApp.request(provinceOfficer, { method: 'GET', url: '/api/imports/inspections/template.xlsx' });
    const units = ((await readWorkbook(response.rawPayload)).getWorksheet('Danh mục')!.getColumn(1).values as unknown[]).filter(Boolean);
    expect(units).toContain('Tỉnh Nghệ An (40)');
    expect(units).toContain('Phường Thành Vinh (16681)');
  });
});

describe('preview, report and commit', () => {
  let mixed: ImportPreview;

  it('reports every rule of an inspection with its row, column and reason', async () => {
    mixed = await preview(wardInspector, [
      aRow(),
      aRow({
        'Số giấy phép': null, 'Tên cơ sở': 'NHA NGHI BINH AN', 'Địa chỉ': 'so 3 ngo 4', 'Cơ quan tham gia': `${POLICE}\n${CULTURE}`,
        'Hình thức xử lý': 'Phạt tiền', 'Hành vi vi phạm': 'Không thông báo lưu trú', 'Số tiền phạt (đồng)': '3.000.000',
        'Căn cứ pháp lý': 'Nghị định 144/2021/NĐ-CP', 'Hạn kiểm tra lại': '10/10/2025',
      }),
      aRow({ 'Ngày kiểm tra': '15/08/2099' }),
      aRow({ 'Số giấy phép': 'KT-3' }),
      aRow({ 'Số giấy phép': 'KT-4' }),
      aRow({ 'Số giấy phép': 'KT-5', 'Hình thức xử lý': 'Phạt tiền', 'Hành vi vi phạm': 'Hoạt động quá giờ' }),
      aRow({ 'Số giấy phép': 'KT-5', 'Hạn kiểm tra lại': '01/09/2025', 'Tên đoàn kiểm tra': 'Đoàn 2' }),
      aRow({ 'Số giấy phép': 'KT-5', 'Cơ quan tham gia': `${POLICE}; Công an phường Vinh Phú`, 'Tên đoàn kiểm tra': 'Đoàn 3' }),
      aRow({ 'Số giấy phép': 'KT-5', 'Hình thức kiểm tra': 'Một cơ quan kiểm tra', 'Tên đoàn kiểm tra': 'Đoàn 4' }),
      aRow({ 'Kết quả kiểm tra': 'Ghi lại lần hai' }),
      aRow({ 'Số giấy phép': null, 'Tên cơ sở': 'karaoke sao mai', 'Địa chỉ': 'Số 1 đường Quang Trung', 'Kết quả kiểm tra': 'Ghi lần ba' }),
      aRow({ 'Số giấy phép': null }),
      aRow({
        'Số giấy phép': 'KT-5', 'Tên đoàn kiểm tra': POLICE, 'Hình thức kiểm tra': 'Một cơ quan kiểm tra', 'Cơ quan tham gia': POLICE.toUpperCase(),
        'Hình thức xử lý': 'Cảnh cáo', 'Hành vi vi phạm': 'Không có nội quy',
      }),
      aRow({ 'Số giấy phép': 'KT-5', 'Hình thức xử lý': 'Nhắc nhở', 'Tên đoàn kiểm tra': 'Đoàn 5' }),
      aRow({ 'Số giấy phép': 'KT-5', 'Hình thức xử lý': 'Cảnh cáo', 'Tên đoàn kiểm tra': 'Đoàn 6' }),
      aRow({ 'Số giấy phép': 'KT-5', 'Cơ quan tham gia': `${POLICE}; cong an phuong thanh vinh`, 'Tên đoàn kiểm tra': 'Đoàn 7' }),
      aRow({ 'Số giấy phép': 'KT-404', 'Tên đoàn kiểm tra': 'Đoàn 8' }),
    ], 'Sổ kiểm tra 2025.xlsx');
    expect(mixed).toMatchObject({ totalRows: 17, validRows: 3, badRows: 14 });
    expect(mixed.sample.map((row) => row.row)).toEqual([2, 3, 14]);
    expect(mixed.sample[1]!.values).toMatchObject({ outcome: 'Phạt tiền', fineAmount: '3000000', followUpDue: '10/10/2025', teamKind: 'Đoàn kiểm tra liên ngành' });
    const issues = mixed.issues;
    expect(issuesOf(issues, 4)).toEqual([['Ngày kiểm tra', expect.stringContaining('Ngày kiểm tra không được sau hôm nay')]]);
    expect(issuesOf(issues, 5)).toEqual([['Số giấy phép', 'Cơ sở "Karaoke Hoàng Gia" đã đóng cửa từ ngày 30/06/2025, trước ngày kiểm tra 10/09/2025']]);
    expect(issuesOf(issues, 6)).toEqual([['Số giấy phép', 'Cơ sở không có trong danh sách cơ sở của Phường Thành Vinh']]);
    expect(issuesOf(issues, 7)).toEqual([
      ['Số tiền phạt (đồng)', 'Xử phạt tiền phải ghi số tiền phạt lớn hơn 0'],
      ['Căn cứ pháp lý', 'Xử phạt tiền phải ghi căn cứ pháp lý, ví dụ "Nghị định 144/2021/NĐ-CP"'],
    ]);
    expect(issuesOf(issues, 8)).toEqual([['Hạn kiểm tra lại', 'Hạn kiểm tra lại không được trước ngày kiểm tra']]);
    expect(issuesOf(issues, 9)).toEqual([['Cơ quan tham gia', expect.stringMatching(/^Không có cơ quan "Công an phường Vinh Phú" thuộc Phường Thành Vinh; các cơ quan của Phường Thành Vinh: .*Công an phường Thành Vinh/)]]);
    expect(issuesOf(issues, 10)).toEqual([['Cơ quan tham gia', 'Kiểm tra của một cơ quan phải ghi đúng một cơ quan']]);
    expect(issuesOf(issues, 11)).toEqual([['Số giấy phép', 'Trùng cơ sở, đơn vị, ngày và đoàn kiểm tra với dòng 2']]);
    expect(issuesOf(issues, 12)).toEqual([['Tên cơ sở', 'Cơ sở "Karaoke Sao Mai" đã có ở dòng 2 với cùng đơn vị, ngày và đoàn kiểm tra']]);
    expect(issuesOf(issues, 13)).toEqual([['Tên cơ sở', 'Hãy ghi số giấy phép của cơ sở, hoặc tên và địa chỉ cơ sở như trong sổ theo dõi']]);
    expect(issuesOf(issues, 15)).toEqual([['Hình thức xử lý', expect.stringContaining('"Nhắc nhở" không có trong danh mục')]]);
    expect(issuesOf(issues, 16)).toEqual([['Hành vi vi phạm', 'Hãy ghi hành vi vi phạm đã phát hiện']]);
    expect(issuesOf(issues, 17)).toEqual([['Cơ quan tham gia', 'Một cơ quan được ghi hai lần trong đoàn']]);
    expect(issuesOf(issues, 18)).toEqual([['Số giấy phép', 'Cơ sở không có trong danh sách cơ sở của Phường Thành Vinh']]);
    expect(await visitsOf('16681')).toHaveLength(1); // the form's inspection only
  });

  it('gives the report in English too', async () => {
    const english = await testApp.request(wardInspector, { method: 'GET', url: `/api/imports/${mixed.batchId}`, language: 'en' });
    const issues = (english.json() as ImportPreview).issues;
    expect(issuesOf(issues, 7)[0]).toEqual(['Số tiền phạt (đồng)', 'A fine needs an amount above zero']);
    expect(issuesOf(issues, 12)[0]).toEqual(['Tên cơ sở', '"Karaoke Sao Mai" is already on row 2 with the same unit, date and team']);
  });

  it('refuses "all" while a row is bad', async () => {
    const response = await commit(wardInspector, mixed.batchId, 'all');
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('import_has_bad_rows');
    expect(await visitsOf('16681')).toHaveLength(1);
  });

  it('imports only the valid rows, one inspection per row, each with the create entry the form writes', async () => {
    const response = await commit(wardInspector, mixed.batchId, 'valid_only');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ imported: 3, skipped: 14, newIssues: [] });
    const visits = (await visitsOf('16681')).filter((visit) => visit.id !== formInspection.id);
    expect(visits).toHaveLength(3);
    const police = wardAgencies[POLICE]!;
    const team = `${police},${wardAgencies[CULTURE]}`;
    expect(visits).toEqual(expect.arrayContaining([
      expect.objectContaining({ establishment_id: establishments['KT-1'], inspected_on: '2025-09-10', team: TEAM, team_kind: 'inter_agency', outcome: 'no_violation', agencies: team }),
      expect.objectContaining({
        establishment_id: establishments['Nhà nghỉ Bình An'], outcome: 'fine', fine_amount: '3000000', legal_basis: 'Nghị định 144/2021/NĐ-CP',
        follow_up_due: '2025-10-10', violations: 'Không thông báo lưu trú', agencies: team,
      }),
      expect.objectContaining({ establishment_id: establishments['KT-5'], team: POLICE, team_kind: 'single_agency', outcome: 'warning', agencies: police }),
    ]));
    const creates = await testApp.database.db.selectFrom('audit_log').select(['target_id', 'unit_id', 'summary', 'actor_username'])
      .where('action', '=', 'inspection.create').where('target_id', 'in', visits.map((visit) => visit.id)).execute();
    expect(creates).toHaveLength(3);
    const formEntry = await testApp.database.db.selectFrom('audit_log').select('summary')
      .where('action', '=', 'inspection.create').where('target_id', '=', formInspection.id).executeTakeFirstOrThrow();
    const formAfter = (formEntry.summary as { after: Record<string, unknown> & { visits: Record<string, unknown>[] } }).after;
    const fined = creates.find((entry) => entry.target_id === visits.find((visit) => visit.outcome === 'fine')!.id)!;
    const after = (fined.summary as { after: Record<string, unknown> & { visits: Record<string, unknown>[] }; importBatchId: string }).after;
    expect(fined).toMatchObject({ unit_id: '16681', actor_username: wardInspector.username, summary: { importBatchId: mixed.batchId } });
    expect(Object.keys(after)).toEqual(Object.keys(formAfter));
    expect(Object.keys(after.visits[0]!)).toEqual(Object.keys(formAfter.visits[0]!));
    expect(after).toMatchObject({
      unitId: '16681', inspectedOn: '2025-09-10', team: TEAM, teamKind: 'inter_agency', memberAgencyIds: [police, wardAgencies[CULTURE]], notes: null,
      visits: [{ establishmentName: 'Nhà nghỉ Bình An', outcome: 'fine', fineAmount: 3_000_000, findings: 'Có sổ đăng ký lưu trú đầy đủ' }],
    });
    const history = await testApp.request(wardInspector, { method: 'GET', url: `/api/records/inspection/${fined.target_id}/history` });
    expect(history.statusCode).toBe(200);
    expect(history.json().entries).toEqual([expect.objectContaining({ change: 'create', actorUsername: wardInspector.username })]);
    // The inspection reads back through the API as any other.
    const read = await testApp.request(wardInspector, { method: 'GET', url: `/api/inspections/${fined.target_id}` });
    expect(read.json()).toMatchObject({ visits: [{ establishmentName: 'Nhà nghỉ Bình An', legalBasis: 'Nghị định 144/2021/NĐ-CP' }] });
  });

  it('reports a visit already saved by the same team that day, its name written differently', async () => {
    const again = await preview(wardInspector, [
      aRow({ 'Tên đoàn kiểm tra': TEAM.toUpperCase() }),
      aRow({ 'Ngày kiểm tra': '01/08/2025', 'Số giấy phép': 'kt-5', 'Tên đoàn kiểm tra': 'doan kiem tra lien nganh phuong thanh vinh' }),
      aRow({ 'Ngày kiểm tra': '11/09/2025' }),
    ]);
    expect(again).toMatchObject({ validRows: 1, badRows: 2 });
    expect(issuesOf(again.issues, 2)).toEqual([['Số giấy phép', expect.stringContaining('Đã ghi kết quả kiểm tra cơ sở "Karaoke Sao Mai" ngày 10/09/2025')]]);
    expect(issuesOf(again.issues, 3)).toEqual([['Số giấy phép', expect.stringContaining('Đã ghi kết quả kiểm tra cơ sở "Quán bar Ánh Dương" ngày 01/08/2025')]]);
  });

  it('checks again at commit: a visit recorded with the form meanwhile is skipped with valid_only', async () => {
    const result = await preview(wardInspector, [aRow({ 'Ngày kiểm tra': '12/09/2025' }), aRow({ 'Ngày kiểm tra': '12/09/2025', 'Số giấy phép': 'KT-5' })]);
    expect(result).toMatchObject({ validRows: 2, badRows: 0 });
    const created = await testApp.request(wardInspector, {
      method: 'POST', url: '/api/inspections',
      body: {
        unitId: '16681', inspectedOn: '2025-09-12', team: TEAM, teamKind: 'inter_agency', memberAgencyIds: [wardAgencies[POLICE], wardAgencies[CULTURE]],
        visits: [{ establishmentId: establishments['KT-5'], outcome: 'no_violation' }],
      },
    });
    expect(created.statusCode).toBe(201);
    const refused = await commit(wardInspector, result.batchId, 'all');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'import_rows_changed', details: [{ field: 'row 3', message: expect.stringContaining('Quán bar Ánh Dương') }] });
    const partial = await commit(wardInspector, result.batchId, 'valid_only');
    expect(partial.json()).toMatchObject({ imported: 1, skipped: 1 });
    const onThatDay = (await visitsOf('16681')).filter((visit) => visit.inspected_on === '2025-09-12');
    expect(onThatDay.map((visit) => visit.establishment_id).sort()).toEqual([establishments['KT-1'], establishments['KT-5']].sort());
  });

  it('lets a province team name a commune\'s agency with its unit, and asks for it or for a licence when a name is ambiguous', async () => {
    const province = (overrides: Partial<Record<Header, FixtureCell>>) => aRow({
      'Đơn vị': 40, 'Tên đoàn kiểm tra': 'Đoàn kiểm tra liên ngành 178 tỉnh', 'Cơ quan tham gia': `Công an tỉnh Nghệ An; ${CULTURE} (Phường Thành Vinh)`,
      'Ngày kiểm tra': '20/09/2025', ...overrides,
    });
    const result = await preview(provinceOfficer, [
      province({ 'Số giấy phép': 'KT-6' }),
      province({ 'Số giấy phép': 'KT-4' }),
      province({ 'Số giấy phép': null, 'Tên cơ sở': 'Nhà nghỉ Hoa Hồng', 'Địa chỉ': 'Số 5 đường Lê Mao' }),
      province({ 'Số giấy phép': 'KT-1', 'Cơ quan tham gia': `Công an tỉnh Nghệ An; ${CULTURE}` }),
    ]);
    expect(result).toMatchObject({ validRows: 2, badRows: 2 });
    expect(issuesOf(result.issues, 4)).toEqual([['Tên cơ sở', 'Có 2 cơ sở cùng tên và địa chỉ này trong Tỉnh Nghệ An (Phường Thành Vinh; Phường Vinh Phú); hãy ghi số giấy phép của cơ sở']]);
    expect(issuesOf(result.issues, 5)).toEqual([['Cơ quan tham gia', expect.stringMatching(/^Có \d+ cơ quan tên "Phòng Văn hóa - Xã hội" trong Tỉnh Nghệ An: .*; hãy ghi kèm tên đơn vị trong ngoặc/)]]);
    const response = await commit(provinceOfficer, result.batchId, 'valid_only');
    expect(response.json()).toMatchObject({ imported: 2 });
    const saved = await visitsOf('40');
    expect(saved.map((visit) => visit.establishment_id).sort()).toEqual([establishments['KT-6'], establishments['KT-4']].sort());
    expect(saved[0]!.agencies.split(',')).toContain(wardAgencies[CULTURE]);
  });
});

describe('exporting inspections', () => {
  it('exports one row per visit of the filtered list, with the visit\'s outcome, and audits it', async () => {
    const response = await testApp.request(provinceOfficer, { method: 'GET', url: '/api/exports/inspections.xlsx?unit=16681&outcome=fine&from=2025-09-01' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toMatch(/filename="kiem-tra-co-so-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const sheet = (await readWorkbook(response.rawPayload)).getWorksheet('Dữ liệu')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(inspectionColumns.map((column) => column.header.vi));
    expect(exportedRows(sheet)).toEqual([{
      'Đơn vị': 'Phường Thành Vinh (16681)', 'Ngày kiểm tra': new Date(Date.UTC(2025, 8, 10)), 'Tên đoàn kiểm tra': TEAM,
      'Hình thức kiểm tra': 'Đoàn kiểm tra liên ngành', 'Cơ quan tham gia': `${POLICE}; ${CULTURE}`, 'Số giấy phép': null, 'Tên cơ sở': 'Nhà nghỉ Bình An',
      'Địa chỉ': 'Số 3 ngõ 4', 'Kết quả kiểm tra': 'Có sổ đăng ký lưu trú đầy đủ', 'Hành vi vi phạm': 'Không thông báo lưu trú', 'Hình thức xử lý': 'Phạt tiền',
      'Số tiền phạt (đồng)': 3_000_000, 'Căn cứ pháp lý': 'Nghị định 144/2021/NĐ-CP', 'Hạn kiểm tra lại': new Date(Date.UTC(2025, 9, 10)), 'Ghi chú': null,
    }]);
    const entry = await testApp.database.db.selectFrom('audit_log').select(['summary'])
      .where('action', '=', 'inspection.export').where('actor_username', '=', provinceOfficer.username).executeTakeFirstOrThrow();
    expect(entry.summary).toMatchObject({ kind: 'inspections', rows: 1, filters: { unit: '16681', outcome: 'fine' } });
  });

  it('keeps to the caller\'s scope, names agencies of another unit with it, and writes what the import reads back', async () => {
    const own = await testApp.request(wardInspector, { method: 'GET', url: '/api/exports/inspections.xlsx' });
    expect(own.statusCode).toBe(200);
    const rows = exportedRows((await readWorkbook(own.rawPayload)).getWorksheet('Dữ liệu')!);
    // The ward's own inspections only: not the province team's, whose unit is above the ward.
    expect(rows.map((row) => row['Đơn vị'])).toEqual(Array(rows.length).fill('Phường Thành Vinh (16681)'));
    expect(rows).toHaveLength(6);
    const other = await testApp.request(wardInspector, { method: 'GET', url: '/api/exports/inspections.xlsx?unit=40' });
    expect(other.statusCode).toBe(403);

    // The province's subtree: its own team's inspections and the ward's.
    const province = await testApp.request(provinceOfficer, { method: 'GET', url: '/api/exports/inspections.xlsx?unit=40' });
    const provinceRows = exportedRows((await readWorkbook(province.rawPayload)).getWorksheet('Dữ liệu')!);
    expect(provinceRows).toHaveLength(8);
    expect(provinceRows.filter((row) => row['Đơn vị'] === 'Tỉnh Nghệ An (40)').map((row) => row['Cơ quan tham gia']))
      .toEqual(Array(2).fill(`Công an tỉnh Nghệ An; ${CULTURE} (Phường Thành Vinh)`));
    const reimport = await upload(provinceOfficer, province.rawPayload, 'xuat.xlsx');
    expect(reimport.statusCode, reimport.body).toBe(200);
    const result = reimport.json() as ImportPreview;
    expect(result).toMatchObject({ totalRows: 8, validRows: 0, badRows: 8 });
    expect(result.issues.every((issue) => issue.message.startsWith('Đã ghi kết quả kiểm tra cơ sở'))).toBe(true);
  });
});
