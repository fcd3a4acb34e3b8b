import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommunicationActivity } from '../../core/api/communication-activities.ts';
import type { ImportPreview } from '../../core/api/imports.ts';
import type { RecordHistory } from '../../core/api/record-history.ts';
import { formatDate, todayInVietnam } from '../../core/dates/format.ts';
import { communicationActivityColumns } from '../../core/imports/kinds/communication-activity-columns.ts';
import { recordFactory } from '../../test-support/record-factory.ts';
import { xlsxFile, type FixtureCell } from '../../test-support/import-files.ts';
import { startTestApp, type TestApp, type TestSession } from '../../test-support/test-app.ts';
import { importClient } from '../../test-support/import-client.ts';

let testApp: TestApp;
let wardOfficer: TestSession;
let wardViewer: TestSession;
let otherCommuneOfficer: TestSession;
let provinceOfficer: TestSession;
/** Names of Phường Thành Vinh's (16681) active agencies, the one made inactive, and agencies of 16702 and of the province. */
let wardAgencies: string[];
let retiredAgency: string;
let otherCommuneAgency: string;
let provinceAgency: { id: string; name: string };

const STUDENTS = 'Số người được tuyên truyền – Học sinh, sinh viên';
const PUBLIC = 'Số người được tuyên truyền – Nhân dân';
const HEADER = ['Đơn vị tổ chức', 'Ngày tổ chức', 'Cơ quan chủ trì', 'Hình thức', 'Tiêu đề, nội dung chính', STUDENTS, PUBLIC, 'Số tài liệu phát ra', 'Loại tài liệu'];
type Header = (typeof HEADER)[number];

/** A row of the header above; `n` makes its title its own. */
const aRow = (n: number, overrides: Partial<Record<Header, FixtureCell>> = {}): FixtureCell[] => {
  const base: Record<string, FixtureCell> = {
    'Đơn vị tổ chức': 'Phường Thành Vinh (16681)', 'Ngày tổ chức': '20/01/2026', 'Cơ quan chủ trì': wardAgencies[0]!,
    'Hình thức': 'Họp khu dân cư, tổ dân phố', 'Tiêu đề, nội dung chính': `Hội nghị nhập thử ${n}`, [STUDENTS]: 300, [PUBLIC]: 120,
    'Số tài liệu phát ra': 200, 'Loại tài liệu': 'Tờ rơi', ...overrides,
  };
  return HEADER.map((header) => base[header] ?? null);
};

const { upload, preview, commit, issuesOf } = importClient(() => testApp, 'communication-activities');

const imported = (prefix = 'Hội nghị nhập thử') => testApp.database.db.selectFrom('communication_activities')
  .select(['id', 'unit_id', 'occurred_on', 'lead_agency_id', 'form', 'title', 'materials', 'materials_kind', 'search_text'])
  .where('title', 'like', `${prefix}%`).where('deleted_at', 'is', null).orderBy('title').execute();

const readSheet = async (payload: Buffer, name = 'Dữ liệu') => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(payload as unknown as ExcelJS.Buffer);
  return workbook.getWorksheet(name)!;
};

const dataRows = (sheet: ExcelJS.Worksheet) => {
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow((row, number) => {
    if (number > 1) rows.push(row);
  });
  return rows;
};

/** The data sheet's validations by range, as the XML holds them. */
async function dataValidations(xlsx: Buffer): Promise<Map<string, { type: string; formulae: string[] }>> {
  const xml = await (await JSZip.loadAsync(xlsx)).file('xl/worksheets/sheet1.xml')!.async('string');
  const unescape = (text: string) => text.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  const found = new Map<string, { type: string; formulae: string[] }>();
  for (const [, attributes, body] of xml.matchAll(/<dataValidation ([^>]*)>([\s\S]*?)<\/dataValidation>/g)) {
    const type = /type="([^"]*)"/.exec(attributes!)![1]!;
    const range = /sqref="([^"]*)"/.exec(attributes!)![1]!;
    found.set(range, { type, formulae: [...body!.matchAll(/<formula\d>([^<]*)<\/formula\d>/g)].map((match) => unescape(match[1]!)) });
  }
  return found;
}

const agencies = (unitId: string) => testApp.database.db.selectFrom('agencies').select(['id', 'name'])
  .where('unit_id', '=', unitId).where('is_active', '=', true).orderBy('sort_order').execute();

beforeAll(async () => {
  testApp = await startTestApp();
  wardOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '16681' });
  wardViewer = await testApp.signIn({ role: 'viewer', unitId: '16681' });
  otherCommuneOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '16702' });
  provinceOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '40' });
  const ward = await agencies('16681');
  // The ward's last agency stopped working: a file may still name it, and is told so.
  const retired = ward.pop()!;
  await testApp.database.db.updateTable('agencies').set({ is_active: false }).where('id', '=', retired.id).execute();
  retiredAgency = retired.name;
  wardAgencies = ward.map((agency) => agency.name);
  // Some offices bear the same name in every commune ("Phòng Văn hóa - Xã hội"): take one named after its own commune.
  otherCommuneAgency = (await agencies('16702')).find((agency) => !ward.some((own) => own.name === agency.name) && agency.name !== retired.name)!.name;
  provinceAgency = (await agencies('40'))[0]!;
  // The ward declared 800 students for 2026, and nothing for 2025.
  await recordFactory(testApp.database.db).referenceFigure('16681', 2026, 'students', 800);
});
afterAll(() => testApp.close());

describe('who may import communication activities', () => {
  it('refuses the upload and the template to a role that may read activities but not record them, and keeps nothing', async () => {
    const response = await upload(wardViewer, await xlsxFile([HEADER, aRow(900)]), 'tuyen-truyen.xlsx');
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('forbidden');
    const template = await testApp.request(wardViewer, { method: 'GET', url: '/api/imports/communication-activities/template.xlsx' });
    expect(template.statusCode).toBe(403);
    const denials = await testApp.database.db.selectFrom('audit_log').select('action')
      .where('actor_username', '=', wardViewer.username).where('outcome', '=', 'denied').execute();
    expect(denials.map((row) => row.action)).toEqual(['communication_activity.import', 'communication_activity.import']);
    expect(await testApp.database.db.selectFrom('import_batches').select('id').execute()).toEqual([]);
  });
});

describe('the template', () => {
  it('has the screens\' headers, one column per audience group, drop-downs for the unit and the form, and instructions', async () => {
    const response = await testApp.request(wardOfficer, { method: 'GET', url: '/api/imports/communication-activities/template.xlsx' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('mau-nhap-hoat-dong-tuyen-truyen.xlsx');
    // ExcelJS would expand each column's validation into 200,000 cells: they are read from the sheet's XML instead.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ExcelJS.Buffer, { ignoreNodes: ['dataValidations'] } as never);
    const data = workbook.getWorksheet('Dữ liệu')!;
    const headers = (data.getRow(1).values as unknown[]).slice(1);
    expect(headers.slice(0, 6)).toEqual(['Đơn vị tổ chức (*)', 'Ngày tổ chức (*)', 'Cơ quan chủ trì (*)', 'Hình thức (*)', 'Tiêu đề, nội dung chính (*)', 'Mô tả']);
    expect(headers.slice(6, 17)).toEqual([
      STUDENTS, 'Số người được tuyên truyền – Người lao động trong khu công nghiệp', 'Số người được tuyên truyền – Người lao động tại cơ sở kinh doanh dịch vụ',
      'Số người được tuyên truyền – Thanh, thiếu niên', 'Số người được tuyên truyền – Đồng bào dân tộc thiểu số', 'Số người được tuyên truyền – Người di cư',
      PUBLIC, 'Số người được tuyên truyền – Cán bộ, công chức, đảng viên', 'Số người được tuyên truyền – Đoàn viên, hội viên',
      'Số người được tuyên truyền – Chủ cơ sở kinh doanh dịch vụ', 'Số người được tuyên truyền – Người bán dâm',
    ]);
    expect(headers.slice(17)).toEqual(['Số tài liệu phát ra', 'Loại tài liệu']);
    expect(String(data.getCell('C1').note)).toContain('Lead agency (required)');
    const checks = await dataValidations(response.rawPayload);
    expect(checks.get('A2:A200001')).toEqual({ type: 'list', formulae: ["'Danh mục'!$A$2:$A$2"] });
    expect(checks.get('D2:D200001')).toEqual({ type: 'list', formulae: ["'Danh mục'!$B$2:$B$14"] });
    expect(checks.get('G2:G200001')).toEqual({ type: 'whole', formulae: ['0', '10000000'] });
    expect(checks.get('Q2:Q200001')).toEqual({ type: 'whole', formulae: ['0', '10000000'] });
    expect(data.getColumn(2).numFmt).toBe('dd/mm/yyyy');
    const lists = workbook.getWorksheet('Danh mục')!;
    // A ward officer's scope is the ward: the unit list holds it and nothing else.
    expect(lists.getColumn(1).values.filter(Boolean)).toEqual(['Đơn vị tổ chức', 'Phường Thành Vinh (16681)']);
    expect(lists.getColumn(2).values).toContain('Tin, bài trên báo');
    const guide: string[] = [];
    workbook.getWorksheet('Hướng dẫn')!.eachRow((row) => guide.push(row.values!.toString()));
    expect(guide.join('\n')).toContain('Không được vượt số học sinh, sinh viên đơn vị đã khai báo cho năm đó');
  });
});

describe('preview, report and commit', () => {
  let mixed: ImportPreview;
  const future = '15/08/2099';

  it('previews good and bad rows: each rule of the kind with its row, column and reason', async () => {
    const unaccented = wardAgencies[1]!.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
    const file = await xlsxFile([
      HEADER,
      aRow(1),
      aRow(2, { 'Cơ quan chủ trì': unaccented, 'Hình thức': 'press_article', [STUDENTS]: null, [PUBLIC]: null, 'Số tài liệu phát ra': null, 'Ngày tổ chức': new Date(Date.UTC(2026, 1, 3)) }),
      aRow(3, { 'Ngày tổ chức': future }),
      aRow(4, { [STUDENTS]: 900 }),
      aRow(5, { 'Cơ quan chủ trì': 'Sở Ngoại giao' }),
      aRow(6, { 'Cơ quan chủ trì': retiredAgency }),
      aRow(7, { 'Cơ quan chủ trì': otherCommuneAgency }),
      aRow(8, { 'Hình thức': 'Chiếu phim lưu động' }),
      aRow(9, { [PUBLIC]: -5 }),
      aRow(10, { 'Đơn vị tổ chức': '16702' }),
      aRow(11, { 'Tiêu đề, nội dung chính': null }),
      aRow(1, { [PUBLIC]: 95 }),
      aRow(12, { 'Ngày tổ chức': '10/12/2025', [STUDENTS]: 5000 }),
    ]);
    mixed = await preview(wardOfficer, file, 'Sổ tuyên truyền.xlsx');
    expect(mixed).toMatchObject({ totalRows: 13, validRows: 3, badRows: 10, ignoredColumns: [] });
    expect(mixed.sample.map((row) => row.row)).toEqual([2, 3, 14]);
    expect(mixed.sample[0]!.values).toMatchObject({
      unitId: 'Phường Thành Vinh (16681)', occurredOn: '20/01/2026', leadAgency: wardAgencies[0], form: 'Họp khu dân cư, tổ dân phố',
      reach_students: '300', reach_public: '120', reach_youth: '', materials: '200',
    });
    expect(mixed.sample[1]!.values).toMatchObject({ occurredOn: '03/02/2026', form: 'Tin, bài trên báo', reach_students: '' });
    expect(issuesOf(mixed.issues, 4)).toEqual([['Ngày tổ chức', `Ngày tổ chức không được sau hôm nay (${formatDate(todayInVietnam())})`]]);
    expect(issuesOf(mixed.issues, 5)).toEqual([[STUDENTS,
      'Số người được tuyên truyền (900) vượt số học sinh, sinh viên Phường Thành Vinh đã khai báo cho năm 2026 (800); hãy kiểm tra lại số liệu']]);
    expect(issuesOf(mixed.issues, 6)).toEqual([['Cơ quan chủ trì', expect.stringMatching(/^Phường Thành Vinh không có cơ quan tên "Sở Ngoại giao"; hãy ghi một trong: /)]]);
    expect(issuesOf(mixed.issues, 6)[0]![1]).toContain(wardAgencies[0]);
    expect(issuesOf(mixed.issues, 7)).toEqual([['Cơ quan chủ trì', `${retiredAgency} đã ngừng hoạt động; hãy chọn cơ quan khác`]]);
    // Another commune's agency is not one of the ward's: the file is told so, without learning more about it.
    expect(issuesOf(mixed.issues, 8)).toEqual([['Cơ quan chủ trì', expect.stringContaining(`Phường Thành Vinh không có cơ quan tên "${otherCommuneAgency}"`)]]);
    expect(issuesOf(mixed.issues, 9)).toEqual([['Hình thức', expect.stringContaining('"Chiếu phim lưu động" không có trong danh mục')]]);
    expect(issuesOf(mixed.issues, 10)).toEqual([[PUBLIC, 'Không được là số âm']]);
    expect(issuesOf(mixed.issues, 11)).toEqual([['Đơn vị tổ chức', 'Đơn vị mã 16702 nằm ngoài phạm vi quản lý của bạn']]);
    expect(issuesOf(mixed.issues, 12)).toEqual([['Tiêu đề, nội dung chính', 'Bắt buộc, không được để trống']]);
    expect(issuesOf(mixed.issues, 13)).toEqual([['Tiêu đề, nội dung chính', 'Trùng đơn vị, ngày tổ chức, hình thức, cơ quan chủ trì và tiêu đề với dòng 2']]);
    expect(await imported()).toEqual([]);
  });

  it('gives the report in English to an English-speaking user', async () => {
    const english = await testApp.request(wardOfficer, { method: 'GET', url: `/api/imports/${mixed.batchId}`, language: 'en' });
    const issues = (english.json() as ImportPreview).issues;
    expect(issuesOf(issues, 5)[0]![1]).toBe('People reached (900) exceed the students Phường Thành Vinh declared for 2026 (800); please check the count');
    expect(issuesOf(issues, 7)[0]![1]).toBe(`${retiredAgency} is no longer active; choose another agency`);
  });

  it('refuses "all" while a row is bad and imports nothing', async () => {
    const response = await commit(wardOfficer, mixed.batchId, 'all');
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('import_has_bad_rows');
    expect(await imported()).toEqual([]);
  });

  it('imports only the valid rows with their reach, each with a create entry the way the form writes it, shown in the history', async () => {
    const response = await commit(wardOfficer, mixed.batchId, 'valid_only');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ imported: 3, skipped: 10, newIssues: [] });
    const saved = await imported();
    expect(saved.map((row) => [row.title, row.occurred_on, row.form, row.materials])).toEqual([
      ['Hội nghị nhập thử 1', '2026-01-20', 'residential_meeting', 200],
      ['Hội nghị nhập thử 12', '2025-12-10', 'residential_meeting', 200],
      ['Hội nghị nhập thử 2', '2026-02-03', 'press_article', 0],
    ]);
    expect(saved[0]!.search_text).toBe('hoi nghi nhap thu 1');
    const reach = await testApp.database.db.selectFrom('communication_reach').select(['audience', 'people_reached'])
      .where('activity_id', '=', saved[0]!.id).orderBy('audience').execute();
    expect(reach).toEqual([{ audience: 'public', people_reached: 120 }, { audience: 'students', people_reached: 300 }]);

    // The same activity recorded by the form: its audit entry is the shape the import's entries must have.
    const formActivity = await testApp.request(wardOfficer, {
      method: 'POST', url: '/api/communication-activities',
      body: { unitId: '16681', occurredOn: '2026-01-21', leadAgencyId: saved[0]!.lead_agency_id, form: 'residential_meeting', title: 'Hội nghị ghi bằng biểu mẫu',
        reach: [{ audience: 'students', peopleReached: 300 }, { audience: 'public', peopleReached: 120 }], materials: 200, materialsKind: 'Tờ rơi' },
    });
    expect(formActivity.statusCode, formActivity.body).toBe(201);
    const entries = await testApp.database.db.selectFrom('audit_log').select(['target_id', 'unit_id', 'actor_username', 'summary'])
      .where('action', '=', 'communication_activity.create').where('target_id', 'in', [...saved.map((row) => row.id), (formActivity.json() as CommunicationActivity).id])
      .execute();
    expect(entries).toHaveLength(4);
    const byForm = entries.find((entry) => entry.target_id === (formActivity.json() as CommunicationActivity).id)!.summary as { after: Record<string, unknown> };
    const first = entries.find((entry) => entry.target_id === saved[0]!.id)!;
    expect(first).toMatchObject({ unit_id: '16681', actor_username: wardOfficer.username, summary: { importBatchId: mixed.batchId } });
    const after = (first.summary as { after: Record<string, unknown> }).after;
    expect(Object.keys(after).sort()).toEqual(Object.keys(byForm.after).sort());
    expect(after).toEqual({ ...byForm.after, occurredOn: '2026-01-20', title: 'Hội nghị nhập thử 1' });

    const history = await testApp.request(provinceOfficer, { method: 'GET', url: `/api/records/communication_activity/${saved[0]!.id}/history` });
    expect(history.statusCode, history.body).toBe(200);
    const { entries: changes } = history.json() as RecordHistory;
    expect(changes).toEqual([expect.objectContaining({ change: 'create', actorUsername: wardOfficer.username })]);
    expect(changes[0]!.after).toMatchObject({ title: 'Hội nghị nhập thử 1', leadAgencyName: wardAgencies[0], isPress: false });
    const read = await testApp.request(wardViewer, { method: 'GET', url: `/api/communication-activities/${saved[2]!.id}` });
    expect(read.json()).toMatchObject({ form: 'press_article', isPress: true, leadAgencyName: wardAgencies[1], reach: [], materials: 0 });
  });

  it('reports a row that repeats a saved activity, with its accents and case aside', async () => {
    const result = await preview(wardOfficer, await xlsxFile([HEADER, aRow(1, { 'Tiêu đề, nội dung chính': 'HOI NGHI NHAP THU 1', [PUBLIC]: 10 }), aRow(20)]), 'lan-2.xlsx');
    expect(result).toMatchObject({ validRows: 1, badRows: 1 });
    expect(issuesOf(result.issues, 2)).toEqual([['Tiêu đề, nội dung chính',
      `Phường Thành Vinh đã có hoạt động "Hội nghị nhập thử 1" ngày 20/01/2026 do ${wardAgencies[0]} chủ trì, cùng hình thức; nếu đây là hoạt động khác, hãy ghi tiêu đề khác`]]);
  });

  it('imports a clean file of a province and its communes with "all", naming the province\'s own agencies', async () => {
    const file = await xlsxFile([
      HEADER,
      aRow(30, { 'Đơn vị tổ chức': 'Tỉnh Nghệ An (40)', 'Cơ quan chủ trì': provinceAgency.name, [STUDENTS]: 20_000 }),
      aRow(31, { 'Đơn vị tổ chức': 16681 }),
    ]);
    const result = await preview(provinceOfficer, file, 'tinh.xlsx');
    expect(result).toMatchObject({ validRows: 2, badRows: 0 });
    const response = await commit(provinceOfficer, result.batchId, 'all');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ imported: 2, skipped: 0 });
    const saved = await imported('Hội nghị nhập thử 3');
    expect(saved.map((row) => [row.unit_id, row.lead_agency_id])).toEqual([['40', provinceAgency.id], ['16681', expect.any(String)]]);
  });

  it('checks the reference figures again at commit: a figure lowered meanwhile stops "all"', async () => {
    const result = await preview(wardOfficer, await xlsxFile([HEADER, aRow(40, { [STUDENTS]: 700 }), aRow(41, { [STUDENTS]: 100 })]), 'doi-chieu.xlsx');
    expect(result).toMatchObject({ validRows: 2, badRows: 0 });
    await testApp.database.db.updateTable('reference_figures').set({ value: 600 })
      .where('unit_id', '=', '16681').where('year', '=', 2026).where('kind', '=', 'students').execute();
    const refused = await commit(wardOfficer, result.batchId, 'all');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'import_rows_changed', details: [{ field: 'row 2', message: expect.stringContaining('(600)') }] });
    expect(await imported('Hội nghị nhập thử 4')).toEqual([]);
    const partial = await commit(wardOfficer, result.batchId, 'valid_only');
    expect(partial.json()).toMatchObject({ imported: 1, skipped: 1 });
  });
});

describe('exporting activities', () => {
  it('exports the filtered list to anyone who reads the unit, with the audience columns, and audits it', async () => {
    const response = await testApp.request(wardViewer, { method: 'GET', url: '/api/exports/communication-activities.xlsx?form=residential_meeting&q=nhap%20thu%201&from=2026-01-01' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toMatch(/filename="hoat-dong-tuyen-truyen-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const sheet = await readSheet(response.rawPayload);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(communicationActivityColumns.map((column) => column.header.vi));
    const rows = dataRows(sheet);
    expect(rows.map((row) => row.getCell(5).value)).toEqual(['Hội nghị nhập thử 1']);
    const [row] = rows;
    expect(row!.getCell(1).value).toBe('Phường Thành Vinh (16681)');
    expect(row!.getCell(2).value).toEqual(new Date(Date.UTC(2026, 0, 20)));
    expect(row!.getCell(3).value).toBe(wardAgencies[0]);
    expect(row!.getCell(4).value).toBe('Họp khu dân cư, tổ dân phố');
    expect(row!.getCell(7).value).toBe(300);
    expect(row!.getCell(13).value).toBe(120);
    expect(row!.getCell(8).value).toBeNull();
    expect(row!.getCell(18).value).toBe(200);
    const entry = await testApp.database.db.selectFrom('audit_log').select(['summary'])
      .where('action', '=', 'communication_activity.export').where('actor_username', '=', wardViewer.username).executeTakeFirstOrThrow();
    expect(entry.summary).toMatchObject({ kind: 'communication-activities', rows: 1, filters: { form: 'residential_meeting' } });
  });

  it('keeps to the caller\'s scope', async () => {
    const other = await testApp.request(otherCommuneOfficer, { method: 'GET', url: '/api/exports/communication-activities.xlsx' });
    expect(other.statusCode).toBe(200);
    expect(dataRows(await readSheet(other.rawPayload))).toHaveLength(0);
    const ward = await testApp.request(otherCommuneOfficer, { method: 'GET', url: '/api/exports/communication-activities.xlsx?unit=16681' });
    expect(ward.statusCode).toBe(403);
    expect(ward.json().error.code).toBe('out_of_scope');
    const province = await testApp.request(provinceOfficer, { method: 'GET', url: '/api/exports/communication-activities.xlsx?unit=40' });
    expect(dataRows(await readSheet(province.rawPayload)).length).toBe((await imported('Hội nghị')).length);
  });

  it('writes a file the import reads back: every row then repeats a saved activity', async () => {
    const exported = await testApp.request(wardOfficer, { method: 'GET', url: '/api/exports/communication-activities.xlsx?q=nhap%20thu' });
    const result = await preview(wardOfficer, exported.rawPayload as unknown as Buffer, 'xuat.xlsx');
    expect(result.columns).toHaveLength(communicationActivityColumns.length);
    expect(result).toMatchObject({ validRows: 0, badRows: result.totalRows });
    expect(result.totalRows).toBeGreaterThan(3);
    expect(result.issues.every((found) => found.message.includes('đã có hoạt động'))).toBe(true);
  });
});
