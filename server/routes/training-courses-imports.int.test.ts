import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../core/api/imports.ts';
import type { RecordHistory } from '../../core/api/record-history.ts';
import type { TrainingCourse } from '../../core/api/training-courses.ts';
import { formatDate, todayInVietnam } from '../../core/dates/format.ts';
import { trainingCourseColumns } from '../../core/imports/kinds/training-course-columns.ts';
import { xlsxFile, type FixtureCell } from '../../test-support/import-files.ts';
import { startTestApp, type TestApp, type TestSession } from '../../test-support/test-app.ts';
import { importClient } from '../../test-support/import-client.ts';

let testApp: TestApp;
let wardOfficer: TestSession;
let wardViewer: TestSession;
let otherCommuneOfficer: TestSession;
let provinceOfficer: TestSession;
/** Active agencies of Phường Thành Vinh (16681) and of the province (40). */
let wardAgencies: { id: string; name: string }[];
let provinceAgency: { id: string; name: string };

const PROVINCE = 'Người tham gia – Cấp tỉnh';
const DISTRICT = 'Người tham gia – Cấp huyện (trước 01/07/2025)';
const COMMUNE = 'Người tham gia – Cấp xã';
const NAMES = 'Danh sách người tham gia';
const HEADER = ['Đơn vị tổ chức', 'Ngày tập huấn', 'Cơ quan tổ chức', 'Cấp', 'Chủ đề, nội dung', PROVINCE, DISTRICT, COMMUNE];
type Header = (typeof HEADER)[number] | typeof NAMES;

/** A row of `header`; `n` makes its topic its own. */
const aRow = (n: number, overrides: Partial<Record<Header, FixtureCell>> = {}, header: readonly string[] = HEADER): FixtureCell[] => {
  const base: Record<string, FixtureCell> = {
    'Đơn vị tổ chức': 'Phường Thành Vinh (16681)', 'Ngày tập huấn': '12/03/2026', 'Cơ quan tổ chức': wardAgencies[0]!.name, 'Cấp': 'Cấp xã',
    'Chủ đề, nội dung': `Lớp tập huấn nhập thử ${n}`, [COMMUNE]: 'Công an: 12; Hội Liên hiệp Phụ nữ: 8', ...overrides,
  };
  return header.map((column) => base[column] ?? null);
};

const { upload, preview, commit, issuesOf } = importClient(() => testApp, 'training-courses');

const imported = (prefix = 'Lớp tập huấn nhập thử') => testApp.database.db.selectFrom('training_courses')
  .select(['id', 'unit_id', 'held_on', 'organiser_agency_id', 'level', 'topic', 'search_text'])
  .select((eb) => eb.cast<string | null>('participant_names', 'text').as('names'))
  .where('topic', 'like', `${prefix}%`).where('deleted_at', 'is', null).orderBy('topic').execute();

const participantsOf = (courseId: string) => testApp.database.db.selectFrom('training_participants')
  .select(['level', 'agency_kind', 'participants']).where('course_id', '=', courseId).orderBy('level').orderBy('agency_kind').execute();

const readWorkbook = async (payload: Buffer) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(payload as unknown as ExcelJS.Buffer, { ignoreNodes: ['dataValidations'] } as never);
  return workbook;
};

const dataRows = (sheet: ExcelJS.Worksheet) => {
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow((row, number) => {
    if (number > 1) rows.push(row);
  });
  return rows;
};

const agencies = (unitId: string) => testApp.database.db.selectFrom('agencies').select(['id', 'name'])
  .where('unit_id', '=', unitId).where('is_active', '=', true).orderBy('sort_order').execute();

beforeAll(async () => {
  testApp = await startTestApp();
  wardOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '16681' });
  wardViewer = await testApp.signIn({ role: 'viewer', unitId: '16681' });
  otherCommuneOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '16702' });
  provinceOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '40' });
  wardAgencies = await agencies('16681');
  provinceAgency = (await agencies('40'))[0]!;
});
afterAll(() => testApp.close());

describe('who may import training courses', () => {
  it('refuses the upload and the template to a role that may read courses but not record them, and keeps nothing', async () => {
    const response = await upload(wardViewer, await xlsxFile([HEADER, aRow(900)]), 'tap-huan.xlsx');
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('forbidden');
    const template = await testApp.request(wardViewer, { method: 'GET', url: '/api/imports/training-courses/template.xlsx' });
    expect(template.statusCode).toBe(403);
    const denials = await testApp.database.db.selectFrom('audit_log').select('action')
      .where('actor_username', '=', wardViewer.username).where('outcome', '=', 'denied').execute();
    expect(denials.map((row) => row.action)).toEqual(['training_course.import', 'training_course.import']);
    expect(await testApp.database.db.selectFrom('import_batches').select('id').execute()).toEqual([]);
  });
});

describe('the template', () => {
  it('has one participants column per level, no column for names, a drop-down for the level, and explains how to write participants', async () => {
    const response = await testApp.request(wardOfficer, { method: 'GET', url: '/api/imports/training-courses/template.xlsx' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('mau-nhap-lop-tap-huan.xlsx');
    const workbook = await readWorkbook(response.rawPayload);
    const data = workbook.getWorksheet('Dữ liệu')!;
    expect((data.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Đơn vị tổ chức (*)', 'Ngày tập huấn (*)', 'Cơ quan tổ chức (*)', 'Cấp (*)', 'Chủ đề, nội dung (*)', PROVINCE, DISTRICT, COMMUNE,
    ]);
    expect(String(data.getCell('H1').note)).toContain('Công an: 12; Hội Liên hiệp Phụ nữ: 8');
    expect(data.getColumn(2).numFmt).toBe('dd/mm/yyyy');
    const lists = workbook.getWorksheet('Danh mục')!;
    expect(lists.getColumn(1).values.filter(Boolean)).toEqual(['Đơn vị tổ chức', 'Phường Thành Vinh (16681)']);
    expect(lists.getColumn(2).values.filter(Boolean)).toEqual(['Cấp', 'Cấp tỉnh', 'Cấp huyện (trước 01/07/2025)', 'Cấp xã']);
    const guide: string[] = [];
    workbook.getWorksheet('Hướng dẫn')!.eachRow((row) => guide.push(row.values!.toString()));
    expect(guide.join('\n')).toContain('Hội Liên hiệp Phụ nữ; Đoàn TNCS Hồ Chí Minh');
    expect(guide.join('\n')).toContain('Không ghi tên người tham gia');
  });
});

describe('preview, report and commit', () => {
  let mixed: ImportPreview;

  it('previews good and bad rows: each rule of the kind with its row, column and reason; a names column is ignored', async () => {
    const header = [...HEADER, NAMES];
    const row = (n: number, overrides: Partial<Record<Header, FixtureCell>> = {}) => aRow(n, overrides, header);
    const file = await xlsxFile([
      header,
      row(1, { [NAMES]: 'Nguyễn Thị Lan, Trần Văn Minh' }),
      row(2, { 'Cấp': 'commune', [COMMUNE]: 'police: 3\nhoi phu nu: 4', 'Ngày tập huấn': new Date(Date.UTC(2026, 3, 2)) }),
      row(3, { 'Ngày tập huấn': '15/08/2099' }),
      row(4, { 'Cấp': 'Cấp tỉnh' }),
      row(5, { [DISTRICT]: 'Công an: 2' }),
      row(6, { [COMMUNE]: 'Công an: 5; công an: 3' }),
      row(7, { [COMMUNE]: '25' }),
      row(8, { [COMMUNE]: null }),
      row(9, { 'Cơ quan tổ chức': 'Sở Ngoại giao' }),
      row(10, { [COMMUNE]: 'Sở Ngoại giao: 3' }),
      row(11, { 'Cấp': 'Cấp trung ương' }),
      row(1, { [COMMUNE]: 'Công an: 30' }),
    ]);
    mixed = await preview(wardOfficer, file, 'Sổ tập huấn.xlsx');
    expect(mixed).toMatchObject({ totalRows: 12, validRows: 2, badRows: 10, ignoredColumns: [NAMES] });
    expect(mixed.warnings.join(' ')).toContain(`"${NAMES}"`);
    expect(mixed.sample.map((sample) => sample.row)).toEqual([2, 3]);
    expect(mixed.sample[0]!.values).toMatchObject({
      unitId: 'Phường Thành Vinh (16681)', heldOn: '12/03/2026', organiser: wardAgencies[0]!.name, level: 'Cấp xã',
      participants_commune: 'Công an: 12; Hội Liên hiệp Phụ nữ: 8', participants_province: '',
    });
    expect(Object.values(mixed.sample[0]!.values).join(' ')).not.toContain('Nguyễn Thị Lan');
    expect(issuesOf(mixed.issues, 4)).toEqual([['Ngày tập huấn', `Ngày tập huấn không được sau hôm nay (${formatDate(todayInVietnam())})`]]);
    expect(issuesOf(mixed.issues, 5)).toEqual([['Cấp', 'Phường Thành Vinh là đơn vị cấp xã nên chỉ tổ chức lớp tập huấn cấp xã']]);
    expect(issuesOf(mixed.issues, 6)).toEqual([[DISTRICT, 'Cấp huyện không còn từ ngày 01/07/2025; hãy ghi người tham gia cấp tỉnh hoặc cấp xã']]);
    expect(issuesOf(mixed.issues, 7)).toEqual([[COMMUNE, 'Cơ quan này đã được ghi ở cấp này; mỗi cấp và cơ quan chỉ ghi một dòng']]);
    expect(issuesOf(mixed.issues, 8)).toEqual([[COMMUNE, '"25": hãy ghi cơ quan, tổ chức kèm số người, ví dụ "Công an: 12; Hội Liên hiệp Phụ nữ: 8"']]);
    expect(issuesOf(mixed.issues, 9)).toEqual([[null, 'Hãy ghi số người tham gia theo cấp và cơ quan']]);
    expect(issuesOf(mixed.issues, 10)).toEqual([['Cơ quan tổ chức', expect.stringMatching(/^Phường Thành Vinh không có cơ quan tên "Sở Ngoại giao"; hãy ghi một trong: /)]]);
    expect(issuesOf(mixed.issues, 11)).toEqual([[COMMUNE, expect.stringMatching(/^Không có cơ quan, tổ chức "Sở Ngoại giao" trong danh mục; hãy ghi một trong: .*Công an/)]]);
    expect(issuesOf(mixed.issues, 12)).toEqual([['Cấp', expect.stringContaining('"Cấp trung ương" không có trong danh mục')]]);
    expect(issuesOf(mixed.issues, 13)).toEqual([['Chủ đề, nội dung', 'Trùng đơn vị, ngày tập huấn, cấp, cơ quan tổ chức và chủ đề với dòng 2']]);
    expect(await imported()).toEqual([]);
  });

  it('gives the report in English to an English-speaking user', async () => {
    const english = await testApp.request(wardOfficer, { method: 'GET', url: `/api/imports/${mixed.batchId}`, language: 'en' });
    const issues = (english.json() as ImportPreview).issues;
    expect(issuesOf(issues, 5)[0]![1]).toBe('Phường Thành Vinh is a commune: its courses are commune-level');
    expect(issuesOf(issues, 8)[0]![1]).toBe('"25": name the agency with the count, e.g. "Police: 12; Women\'s Union: 8"');
  });

  it('refuses "all" while a row is bad and imports nothing', async () => {
    const response = await commit(wardOfficer, mixed.batchId, 'all');
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('import_has_bad_rows');
    expect(await imported()).toEqual([]);
  });

  it('imports only the valid rows, participants by level and agency and no names, each with a create entry the way the form writes it', async () => {
    const response = await commit(wardOfficer, mixed.batchId, 'valid_only');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ imported: 2, skipped: 10, newIssues: [] });
    const saved = await imported();
    expect(saved.map((row) => [row.topic, row.held_on, row.level, row.organiser_agency_id, row.names])).toEqual([
      ['Lớp tập huấn nhập thử 1', '2026-03-12', 'commune', wardAgencies[0]!.id, null],
      ['Lớp tập huấn nhập thử 2', '2026-04-02', 'commune', wardAgencies[0]!.id, null],
    ]);
    expect(saved[0]!.search_text).toBe('lop tap huan nhap thu 1');
    expect(await participantsOf(saved[1]!.id)).toEqual([
      { level: 'commune', agency_kind: 'police', participants: 3 }, { level: 'commune', agency_kind: 'womens_union', participants: 4 },
    ]);

    // The same course recorded by the form (with names, which its audit entry leaves out): the shape the import's entries must have.
    const byForm = await testApp.request(wardOfficer, {
      method: 'POST', url: '/api/training-courses',
      body: { unitId: '16681', heldOn: '2026-03-13', organiserAgencyId: wardAgencies[0]!.id, level: 'commune', topic: 'Lớp ghi bằng biểu mẫu',
        participants: [{ level: 'commune', agencyKind: 'police', participants: 12 }, { level: 'commune', agencyKind: 'womens_union', participants: 8 }],
        participantNames: ['Nguyễn Thị Lan'] },
    });
    expect(byForm.statusCode, byForm.body).toBe(201);
    const formId = (byForm.json() as TrainingCourse).id;
    const entries = await testApp.database.db.selectFrom('audit_log').select(['target_id', 'unit_id', 'actor_username', 'summary'])
      .where('action', '=', 'training_course.create').where('target_id', 'in', [saved[0]!.id, formId]).execute();
    const formAfter = (entries.find((entry) => entry.target_id === formId)!.summary as { after: Record<string, unknown> }).after;
    const first = entries.find((entry) => entry.target_id === saved[0]!.id)!;
    expect(first).toMatchObject({ unit_id: '16681', actor_username: wardOfficer.username, summary: { importBatchId: mixed.batchId } });
    const after = (first.summary as { after: Record<string, unknown> }).after;
    expect(Object.keys(after).sort()).toEqual(Object.keys(formAfter).sort());
    expect(after).toEqual({ ...formAfter, heldOn: '2026-03-12', topic: 'Lớp tập huấn nhập thử 1', namedParticipants: 0 });
    expect(after).toMatchObject({ totalParticipants: 20, organiserName: wardAgencies[0]!.name });

    const history = await testApp.request(provinceOfficer, { method: 'GET', url: `/api/records/training_course/${saved[0]!.id}/history` });
    expect(history.statusCode, history.body).toBe(200);
    const { entries: changes } = history.json() as RecordHistory;
    expect(changes).toEqual([expect.objectContaining({ change: 'create', actorUsername: wardOfficer.username })]);
    expect(changes[0]!.after).toMatchObject({ topic: 'Lớp tập huấn nhập thử 1', namedParticipants: 0 });
  });

  it('reports a row that repeats a saved course, with its accents and case aside', async () => {
    const result = await preview(wardOfficer, await xlsxFile([HEADER, aRow(1, { 'Chủ đề, nội dung': 'LOP TAP HUAN NHAP THU 1', [COMMUNE]: 'Y tế: 2' }), aRow(20)]), 'lan-2.xlsx');
    expect(result).toMatchObject({ validRows: 1, badRows: 1 });
    expect(issuesOf(result.issues, 2)).toEqual([['Chủ đề, nội dung',
      `Phường Thành Vinh đã có lớp tập huấn "Lớp tập huấn nhập thử 1" ngày 12/03/2026 do ${wardAgencies[0]!.name} tổ chức, cùng cấp; nếu đây là lớp khác, hãy ghi chủ đề khác`]]);
  });

  it('imports a clean file of a province with "all": a district-level course before the reform, and a commune\'s course', async () => {
    const file = await xlsxFile([
      HEADER,
      aRow(30, {
        'Đơn vị tổ chức': 'Tỉnh Nghệ An (40)', 'Ngày tập huấn': '10/05/2024', 'Cơ quan tổ chức': provinceAgency.name, 'Cấp': 'Cấp huyện (trước 01/07/2025)',
        [PROVINCE]: 'Công an: 5', [DISTRICT]: 'Công an: 30; y te: 10', [COMMUNE]: null,
      }),
      aRow(31, { 'Đơn vị tổ chức': 16681, 'Cơ quan tổ chức': wardAgencies[1]!.name.toUpperCase() }),
    ]);
    const fixed = await preview(provinceOfficer, file, 'tinh.xlsx');
    expect(fixed).toMatchObject({ validRows: 2, badRows: 0 });
    const response = await commit(provinceOfficer, fixed.batchId, 'all');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ imported: 2, skipped: 0 });
    const saved = await imported('Lớp tập huấn nhập thử 3');
    expect(saved.map((row) => [row.unit_id, row.level, row.organiser_agency_id])).toEqual([
      ['40', 'district', provinceAgency.id], ['16681', 'commune', wardAgencies[1]!.id],
    ]);
    expect(await participantsOf(saved[0]!.id)).toEqual([
      { level: 'district', agency_kind: 'health', participants: 10 }, { level: 'district', agency_kind: 'police', participants: 30 },
      { level: 'province', agency_kind: 'police', participants: 5 },
    ]);
  });
});

describe('exporting courses', () => {
  it('exports the filtered list to anyone who reads the unit, participants by level, never the names, and audits it', async () => {
    const response = await testApp.request(wardViewer, { method: 'GET', url: '/api/exports/training-courses.xlsx?level=commune&q=nhap%20thu&to=2026-03-31' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toMatch(/filename="lop-tap-huan-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const sheet = (await readWorkbook(response.rawPayload)).getWorksheet('Dữ liệu')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(trainingCourseColumns.map((column) => column.header.vi));
    const rows = dataRows(sheet);
    expect(rows.map((row) => row.getCell(5).value).sort()).toEqual(['Lớp tập huấn nhập thử 1', 'Lớp tập huấn nhập thử 31']);
    const first = rows.find((row) => row.getCell(5).value === 'Lớp tập huấn nhập thử 1')!;
    expect(first.getCell(1).value).toBe('Phường Thành Vinh (16681)');
    expect(first.getCell(2).value).toEqual(new Date(Date.UTC(2026, 2, 12)));
    expect(first.getCell(3).value).toBe(wardAgencies[0]!.name);
    expect(first.getCell(4).value).toBe('Cấp xã');
    expect(first.getCell(8).value).toBe('Công an: 12; Hội Liên hiệp Phụ nữ: 8');
    expect(first.getCell(6).value).toBeNull();
    const entry = await testApp.database.db.selectFrom('audit_log').select(['summary'])
      .where('action', '=', 'training_course.export').where('actor_username', '=', wardViewer.username).executeTakeFirstOrThrow();
    expect(entry.summary).toMatchObject({ kind: 'training-courses', rows: 2, filters: { level: 'commune' } });
  });

  it('never writes participants\' names, not even for the course\'s own unit', async () => {
    for (const session of [wardOfficer, provinceOfficer]) {
      const response = await testApp.request(session, { method: 'GET', url: '/api/exports/training-courses.xlsx' });
      expect(response.statusCode).toBe(200);
      const sheet = (await readWorkbook(response.rawPayload)).getWorksheet('Dữ liệu')!;
      const cells: string[] = [];
      sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
      expect(cells).toContain('Lớp ghi bằng biểu mẫu');
      expect(cells.join('\n')).not.toContain('Nguyễn Thị Lan');
    }
  });

  it('keeps to the caller\'s scope; the province sees its own district-level course', async () => {
    const other = await testApp.request(otherCommuneOfficer, { method: 'GET', url: '/api/exports/training-courses.xlsx' });
    expect(other.statusCode).toBe(200);
    expect(dataRows((await readWorkbook(other.rawPayload)).getWorksheet('Dữ liệu')!)).toHaveLength(0);
    const ward = await testApp.request(otherCommuneOfficer, { method: 'GET', url: '/api/exports/training-courses.xlsx?unit=16681' });
    expect(ward.statusCode).toBe(403);
    expect(ward.json().error.code).toBe('out_of_scope');
    const province = await testApp.request(provinceOfficer, { method: 'GET', url: '/api/exports/training-courses.xlsx?level=district' });
    const rows = dataRows((await readWorkbook(province.rawPayload)).getWorksheet('Dữ liệu')!);
    expect(rows.map((row) => [row.getCell(1).value, row.getCell(4).value, row.getCell(6).value, row.getCell(7).value])).toEqual([
      ['Tỉnh Nghệ An (40)', 'Cấp huyện (trước 01/07/2025)', 'Công an: 5', 'Y tế: 10; Công an: 30'],
    ]);
  });

  it('writes a file the import reads back: every row then repeats a saved course', async () => {
    const exported = await testApp.request(wardOfficer, { method: 'GET', url: '/api/exports/training-courses.xlsx' });
    const result = await preview(wardOfficer, exported.rawPayload as unknown as Buffer, 'xuat.xlsx');
    expect(result.columns).toHaveLength(trainingCourseColumns.length);
    expect(result).toMatchObject({ totalRows: 4, validRows: 0, badRows: 4 });
    expect(result.issues.every((found) => found.message.includes('đã có lớp tập huấn'))).toBe(true);
  });
});
