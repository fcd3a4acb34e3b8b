import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TargetProgress } from '../../core/api/progress.ts';
import type { RecordHistory } from '../../core/api/record-history.ts';
import type { TrainingCourse } from '../../core/api/training-courses.ts';
import { aPlanContent, aTarget } from '../../test-support/plan-factory.ts';
import { recordFactory } from '../../test-support/record-factory.ts';
import { startTestApp, type TestApp, type TestSession } from '../../test-support/test-app.ts';

let testApp: TestApp;
let wardOfficer: TestSession;
let wardViewer: TestSession;
let otherCommuneOfficer: TestSession;
let provinceOfficer: TestSession;
let systemAdmin: TestSession;
/** Agencies of Phường Thành Vinh (16681), of the other commune (16702) and of the province (40). */
let wardAgencies: string[];
let otherCommuneAgency: string;
let provinceAgency: string;
/** A course of Phường Thành Vinh in March 2026, with two participants named. */
let course: TrainingCourse;

const names = ['Nguyễn Thị Lan', 'Trần Văn Minh'];

const aCourse = (overrides: Record<string, unknown> = {}) => ({
  unitId: '16681',
  heldOn: '2026-03-12',
  organiserAgencyId: wardAgencies[0],
  level: 'commune',
  topic: 'Tập huấn kỹ năng hỗ trợ người bán dâm hòa nhập cộng đồng',
  participants: [
    { level: 'commune', agencyKind: 'police', participants: 12 },
    { level: 'commune', agencyKind: 'womens_union', participants: 8 },
  ],
  participantNames: names,
  ...overrides,
});

const agenciesOf = async (unitId: string) => (await testApp.database.db.selectFrom('agencies').select('id')
  .where('unit_id', '=', unitId).where('is_active', '=', true).orderBy('sort_order').execute()).map((row) => row.id);

beforeAll(async () => {
  testApp = await startTestApp();
  wardOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '16681' });
  wardViewer = await testApp.signIn({ role: 'viewer', unitId: '16681' });
  otherCommuneOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '16702' });
  provinceOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '40' });
  systemAdmin = await testApp.signIn({ role: 'system_admin', unitId: null });
  wardAgencies = await agenciesOf('16681');
  [otherCommuneAgency] = await agenciesOf('16702') as [string];
  [provinceAgency] = await agenciesOf('40') as [string];
  const response = await testApp.request(wardOfficer, { method: 'POST', url: '/api/training-courses', body: aCourse() });
  expect(response.statusCode, response.body).toBe(201);
  course = response.json();
});
afterAll(() => testApp.close());

const countRows = async () => {
  const db = testApp.database.db;
  const courses = await db.selectFrom('training_courses').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  const participants = await db.selectFrom('training_participants').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return { courses: Number(courses.n), participants: Number(participants.n) };
};

const list = async (session: TestSession, query: string) => {
  const response = await testApp.request(session, { method: 'GET', url: `/api/training-courses?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { items: TrainingCourse[]; total: number; page: number; pageSize: number };
};

describe('who may read and write training courses', () => {
  it('refuses a viewer who tries to record a course, audits the refusal and saves nothing', async () => {
    const before = await countRows();
    const response = await testApp.request(wardViewer, { method: 'POST', url: '/api/training-courses', body: aCourse() });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('forbidden');
    expect(await countRows()).toEqual(before);
    const denial = await testApp.database.db.selectFrom('audit_log').select(['action', 'outcome'])
      .where('actor_username', '=', wardViewer.username).where('outcome', '=', 'denied').executeTakeFirst();
    expect(denial).toEqual({ action: 'training_course.create', outcome: 'denied' });
    const remove = await testApp.request(wardViewer, { method: 'DELETE', url: `/api/training-courses/${course.id}`, body: { reason: 'Thử' } });
    expect(remove.statusCode).toBe(403);
  });

  it('refuses another commune\'s officer to read, change or delete the ward\'s course', async () => {
    const read = await testApp.request(otherCommuneOfficer, { method: 'GET', url: `/api/training-courses/${course.id}` });
    expect(read.statusCode).toBe(403);
    expect(read.json().error.code).toBe('out_of_scope');
    expect(read.body).not.toContain('Nguyễn Thị Lan');
    const change = await testApp.request(otherCommuneOfficer, { method: 'PATCH', url: `/api/training-courses/${course.id}`, body: { topic: 'Sửa hộ' } });
    expect(change.statusCode).toBe(403);
    const remove = await testApp.request(otherCommuneOfficer, { method: 'DELETE', url: `/api/training-courses/${course.id}`, body: { reason: 'Không phải của xã này' } });
    expect(remove.statusCode).toBe(403);
    expect((await list(otherCommuneOfficer, '')).items.map((item) => item.id)).not.toContain(course.id);
  });
});

describe('participant names stay inside the unit', () => {
  it('shows the names to users of the course\'s own unit, viewers included', async () => {
    expect(course.participantNames).toEqual(names);
    const read = await testApp.request(wardViewer, { method: 'GET', url: `/api/training-courses/${course.id}` });
    expect(read.json()).toMatchObject({ participantNames: names, namedParticipants: 2 });
    expect((await list(wardViewer, '')).items[0]!.participantNames).toEqual(names);
  });

  it('leaves them out for the province above and a system admin, in the record, the list and the history', async () => {
    for (const session of [provinceOfficer, systemAdmin]) {
      const read = await testApp.request(session, { method: 'GET', url: `/api/training-courses/${course.id}` });
      expect(read.statusCode, read.body).toBe(200);
      expect(read.json()).toMatchObject({ namedParticipants: 2, totalParticipants: 20 });
      expect(read.json()).not.toHaveProperty('participantNames');
      const page = await testApp.request(session, { method: 'GET', url: '/api/training-courses?unit=16681' });
      expect(page.body).not.toContain('Nguyễn Thị Lan');
      const history = await testApp.request(session, { method: 'GET', url: `/api/records/training_course/${course.id}/history` });
      expect(history.statusCode, history.body).toBe(200);
      expect(history.body).not.toContain('Nguyễn Thị Lan');
    }
  });

  it('keeps the names out of the audit log, which the province\'s administrators read', async () => {
    const entry = await testApp.database.db.selectFrom('audit_log').select(['unit_id', 'summary'])
      .where('action', '=', 'training_course.create').where('target_id', '=', course.id).where('outcome', '=', 'success').executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ unit_id: '16681', summary: { after: { topic: course.topic, namedParticipants: 2, totalParticipants: 20 } } });
    expect(JSON.stringify(entry.summary)).not.toContain('Nguyễn');
  });

  it('refuses names written from outside the unit, and keeps the unit\'s names when the province changes something else', async () => {
    const names2 = await testApp.request(provinceOfficer, {
      method: 'PATCH', url: `/api/training-courses/${course.id}`, body: { participantNames: ['Lê Văn Hùng'] },
    });
    expect(names2.statusCode).toBe(400);
    expect(names2.json().error.details).toEqual([{
      field: 'participantNames', message: 'Chỉ người dùng của Phường Thành Vinh mới ghi được danh sách tên người tham gia; hãy để trống trường này',
    }]);
    const topic = await testApp.request(provinceOfficer, {
      method: 'PATCH', url: `/api/training-courses/${course.id}`, body: { topic: 'Tập huấn kỹ năng hỗ trợ người bán dâm hòa nhập cộng đồng (lớp 1)' },
    });
    expect(topic.statusCode, topic.body).toBe(200);
    expect(topic.json()).not.toHaveProperty('participantNames');
    const read = await testApp.request(wardOfficer, { method: 'GET', url: `/api/training-courses/${course.id}` });
    expect(read.json()).toMatchObject({ topic: 'Tập huấn kỹ năng hỗ trợ người bán dâm hòa nhập cộng đồng (lớp 1)', participantNames: names });
  });
});

describe('recording training courses', () => {
  it('recorded the course with its organiser, level and participants by level and agency, audited in the same write', async () => {
    expect(course).toMatchObject({
      unitId: '16681', unitName: 'Phường Thành Vinh', heldOn: '2026-03-12', organiserAgencyId: wardAgencies[0], level: 'commune',
      participants: [
        { level: 'commune', agencyKind: 'police', participants: 12 },
        { level: 'commune', agencyKind: 'womens_union', participants: 8 },
      ],
      totalParticipants: 20, namedParticipants: 2,
    });
    expect(course.organiserName).toEqual(expect.any(String));
  });

  it('lists within scope, filtered by unit, dates and level, searched without accents, a page at a time', async () => {
    // A course written straight into the table, as before this module existed: no organiser, participants by level only.
    await recordFactory(testApp.database.db).training('16702', '2025-05-10', 'commune', { district: 4, commune: 10 });
    const province = await testApp.request(provinceOfficer, {
      method: 'POST', url: '/api/training-courses',
      body: aCourse({
        unitId: '40', organiserAgencyId: provinceAgency, level: 'province', heldOn: '2026-02-05', topic: 'Tập huấn nghiệp vụ kiểm tra liên ngành',
        participants: [{ level: 'province', agencyKind: 'police', participants: 30 }, { level: 'commune', agencyKind: 'police', participants: 40 }],
        participantNames: null,
      }),
    });
    expect(province.statusCode, province.body).toBe(201);
    const all = await list(provinceOfficer, '');
    expect(all.total).toBe(3);
    expect(all.items.find((item) => item.unitId === '16702')).toMatchObject({
      organiserAgencyId: null, organiserName: null, level: 'commune', namedParticipants: 0, totalParticipants: 14,
      participants: [{ level: 'district', agencyKind: null, participants: 4 }, { level: 'commune', agencyKind: null, participants: 10 }],
    });
    expect((await list(provinceOfficer, 'unit=16681')).items.map((item) => item.id)).toEqual([course.id]);
    expect((await list(provinceOfficer, 'level=province')).items.map((item) => item.unitId)).toEqual(['40']);
    expect((await list(provinceOfficer, 'from=2026-03-01&to=2026-03-31')).items.map((item) => item.id)).toEqual([course.id]);
    expect((await list(wardViewer, 'q=ho tro NGUOI BAN DAM')).items.map((item) => item.id)).toEqual([course.id]);
    expect((await list(provinceOfficer, 'q=kiem tra lien nganh')).items.map((item) => item.unitId)).toEqual(['40']);
    const paged = await list(provinceOfficer, 'pageSize=1&page=3');
    expect(paged).toMatchObject({ total: 3, page: 3, pageSize: 1 });
    expect(paged.items.map((item) => item.unitId)).toEqual(['16702']);
  });

  it('changes the participants, replacing the list, with the change in the course\'s history', async () => {
    const change = await testApp.request(wardOfficer, {
      method: 'PATCH', url: `/api/training-courses/${course.id}`,
      body: { participants: [{ level: 'commune', agencyKind: 'police', participants: 15 }], participantNames: ['Nguyễn Thị Lan'] },
    });
    expect(change.statusCode, change.body).toBe(200);
    expect(change.json()).toMatchObject({ totalParticipants: 15, namedParticipants: 1, participantNames: ['Nguyễn Thị Lan'] });
    const history = await testApp.request(wardViewer, { method: 'GET', url: `/api/records/training_course/${course.id}/history` });
    const { entries } = history.json() as RecordHistory;
    expect(entries.map((entry) => entry.change)).toEqual(['create', 'update', 'update']);
    expect(entries[2]!.after).toMatchObject({ totalParticipants: 15, namedParticipants: 1 });
    expect(entries[2]!.before).toMatchObject({ totalParticipants: 20, namedParticipants: 2 });
  });

  it('deletes a course with its reason: gone from lists and lookups, kept in the table and the audit log', async () => {
    const created = await testApp.request(wardOfficer, { method: 'POST', url: '/api/training-courses', body: aCourse({ topic: 'Lớp ghi trùng', heldOn: '2026-04-01' }) });
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json() as TrainingCourse;
    const remove = await testApp.request(wardOfficer, { method: 'DELETE', url: `/api/training-courses/${id}`, body: { reason: 'Ghi trùng' } });
    expect(remove.statusCode).toBe(204);
    expect((await testApp.request(wardOfficer, { method: 'GET', url: `/api/training-courses/${id}` })).statusCode).toBe(404);
    expect((await list(wardOfficer, 'q=ghi trung')).total).toBe(0);
    const row = await testApp.database.db.selectFrom('training_courses').select(['deleted_at', 'deleted_reason']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.deleted_at).not.toBeNull();
    expect(row.deleted_reason).toBe('Ghi trùng');
    const entry = await testApp.database.db.selectFrom('audit_log').select('summary')
      .where('action', '=', 'training_course.delete').where('target_id', '=', id).executeTakeFirstOrThrow();
    expect(entry.summary).toMatchObject({ reason: 'Ghi trùng', before: { topic: 'Lớp ghi trùng' } });
    expect(JSON.stringify(entry.summary)).not.toContain('Nguyễn');
  });
});

describe('bad input', () => {
  const post = (body: Record<string, unknown>, language: 'vi' | 'en' = 'vi') =>
    testApp.request(wardOfficer, { method: 'POST', url: '/api/training-courses', body, language });
  const refused = async (body: Record<string, unknown>) => {
    const before = await countRows();
    const response = await post(body);
    expect(response.statusCode, response.body).toBe(400);
    expect(await countRows()).toEqual(before);
    return response.json().error as { code: string; details: { field: string; message: string }[] };
  };
  const fields = (error: { details: { field: string }[] }) => error.details.map((detail) => detail.field);

  it('refuses a date after today, naming the field', async () => {
    const error = await refused(aCourse({ heldOn: '2099-01-01' }));
    expect(error.details).toEqual([{ field: 'heldOn', message: expect.stringMatching(/^Ngày tập huấn không được sau hôm nay \(\d{2}\/\d{2}\/\d{4}\)$/) }]);
  });

  it('refuses participants below zero, naming the row', async () => {
    const error = await refused(aCourse({ participants: [{ level: 'commune', agencyKind: 'police', participants: -3 }], participantNames: null }));
    expect(error.details).toEqual([{ field: 'participants.0.participants', message: 'Số người tham gia không được âm' }]);
    expect(fields(await refused(aCourse({ participants: [] })))).toEqual(['participants']);
  });

  it('refuses district level after the districts were abolished, and accepts it before', async () => {
    const course2 = await refused(aCourse({ level: 'district', participants: [{ level: 'district', agencyKind: 'police', participants: 3 }], participantNames: null }));
    expect(course2.details).toEqual([
      { field: 'level', message: 'Cấp huyện không còn từ ngày 01/07/2025; hãy chọn cấp tỉnh hoặc cấp xã' },
      { field: 'participants.0.level', message: 'Cấp huyện không còn từ ngày 01/07/2025; hãy ghi người tham gia cấp tỉnh hoặc cấp xã' },
    ]);
    const before = await post(aCourse({ heldOn: '2025-03-01', participants: [{ level: 'district', agencyKind: 'police', participants: 3 }], participantNames: null }));
    expect(before.statusCode, before.body).toBe(201);
  });

  it('refuses a level above the unit\'s: a commune holds commune-level courses', async () => {
    const error = await refused(aCourse({ level: 'province' }));
    expect(error.details).toEqual([{ field: 'level', message: 'Phường Thành Vinh là đơn vị cấp xã nên chỉ tổ chức lớp tập huấn cấp xã' }]);
  });

  it('refuses the same level and agency twice, an unknown agency kind, and more names than participants', async () => {
    const twice = await refused(aCourse({ participants: [
      { level: 'commune', agencyKind: 'police', participants: 3 }, { level: 'commune', agencyKind: 'police', participants: 4 },
    ] }));
    expect(fields(twice)).toEqual(['participants.1.agencyKind']);
    expect(fields(await refused(aCourse({ participants: [{ level: 'commune', agencyKind: 'ministry_of_magic', participants: 3 }] }))))
      .toEqual(['participants.0.agencyKind']);
    const tooMany = await refused(aCourse({ participants: [{ level: 'commune', agencyKind: 'police', participants: 1 }] }));
    expect(tooMany.details).toEqual([{ field: 'participantNames', message: 'Danh sách có 2 tên, nhiều hơn tổng số người tham gia (1)' }]);
  });

  it('refuses an organiser that is not one of the unit\'s agencies, or none', async () => {
    const elsewhere = await refused(aCourse({ organiserAgencyId: otherCommuneAgency }));
    expect(elsewhere.details).toEqual([{
      field: 'organiserAgencyId', message: 'Cơ quan được chọn không thuộc Phường Thành Vinh; hãy chọn một cơ quan của Phường Thành Vinh',
    }]);
    expect(fields(await refused({ ...aCourse(), organiserAgencyId: undefined }))).toEqual(['organiserAgencyId']);
    // A course recorded before organisers were kept is given one at its next change.
    const old = await recordFactory(testApp.database.db).training('16681', '2025-09-10', 'commune', { commune: 6 });
    const change = await testApp.request(wardOfficer, { method: 'PATCH', url: `/api/training-courses/${old}`, body: { topic: 'Tập huấn cho tổ dân phố' } });
    expect(change.statusCode).toBe(400);
    expect(change.json().error.details.map((detail: { field: string }) => detail.field)).toEqual(['organiserAgencyId']);
    const fixed = await testApp.request(wardOfficer, { method: 'PATCH', url: `/api/training-courses/${old}`, body: { topic: 'Tập huấn cho tổ dân phố', organiserAgencyId: wardAgencies[1] } });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(fixed.json()).toMatchObject({ participants: [{ level: 'commune', agencyKind: null, participants: 6 }] });
  });

  it('rejects unknown fields, in the course and in a participants row', async () => {
    expect(fields(await refused({ ...aCourse(), participantIdCards: ['012345678901'] }))).toEqual(['(body)']);
    const inRow = await refused(aCourse({ participants: [{ level: 'commune', agencyKind: 'police', participants: 3, phone: '0912' }] }));
    expect(inRow.code).toBe('validation_failed');
  });
});

describe('the training targets', () => {
  it('count a new course\'s participants by level, whatever their agency, and stop counting it once deleted', async () => {
    const db = testApp.database.db;
    await recordFactory(db).referenceFigure('40', 2026, 'officials_commune', 1000);
    await recordFactory(db).referenceFigure('40', 2026, 'officials_province', 200);
    const content = aPlanContent({
      targets: [
        aTarget({ key: 'tap-huan-xa', indicatorCode: 'training.officials_commune', value: 50, text: '50% cán bộ cấp xã được tập huấn' }),
        aTarget({ key: 'tap-huan-tinh', indicatorCode: 'training.officials_province', value: 70, text: '70% cán bộ cấp tỉnh được tập huấn' }),
      ],
    });
    const plan = await testApp.request(provinceOfficer, { method: 'POST', url: '/api/plans', body: { content } });
    expect(plan.statusCode, plan.body).toBe(201);
    const trained = async () => {
      const response = await testApp.request(provinceOfficer, { method: 'GET', url: `/api/plans/${plan.json().id}/progress?asOf=2026-06-30` });
      expect(response.statusCode, response.body).toBe(200);
      const targets = response.json().targets as TargetProgress[];
      const numerator = (key: string) => targets.find((candidate) => candidate.key === key)!.result.numerator ?? 0;
      return { commune: numerator('tap-huan-xa'), province: numerator('tap-huan-tinh') };
    };
    const before = await trained();
    const created = await testApp.request(wardOfficer, {
      method: 'POST', url: '/api/training-courses',
      body: aCourse({
        heldOn: '2026-05-20', participantNames: null, participants: [
          { level: 'commune', agencyKind: 'police', participants: 25 },
          { level: 'commune', agencyKind: 'health_station', participants: 15 },
          { level: 'province', agencyKind: 'police', participants: 5 },
        ],
      }),
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(await trained()).toEqual({ commune: before.commune + 40, province: before.province + 5 });
    const remove = await testApp.request(wardOfficer, { method: 'DELETE', url: `/api/training-courses/${created.json().id}`, body: { reason: 'Nhập nhầm' } });
    expect(remove.statusCode).toBe(204);
    expect(await trained()).toEqual(before);
  });
});

describe('GET /api/openapi.json', () => {
  it('documents the training routes with their schemas', async () => {
    const document = (await testApp.request(null, { method: 'GET', url: '/api/openapi.json' })).json();
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/training-courses', '/api/training-courses/{id}']));
    const create = document.paths['/api/training-courses'].post.requestBody.content['application/json'].schema;
    expect(create.required).toEqual(expect.arrayContaining(['unitId', 'heldOn', 'organiserAgencyId', 'level', 'topic', 'participants']));
  });
});
