import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommunicationActivity } from '../../core/api/communication-activities.ts';
import type { TargetProgress } from '../../core/api/progress.ts';
import type { RecordHistory } from '../../core/api/record-history.ts';
import { aPlanContent, aTarget } from '../../test-support/plan-factory.ts';
import { recordFactory } from '../../test-support/record-factory.ts';
import { startTestApp, type TestApp, type TestSession } from '../../test-support/test-app.ts';

let testApp: TestApp;
let wardOfficer: TestSession;
let wardAgencyOfficer: TestSession;
let wardViewer: TestSession;
let otherCommuneOfficer: TestSession;
let provinceOfficer: TestSession;
/** Agencies of Phường Thành Vinh (16681), of the other commune (16702) and of the province (40). */
let wardAgencies: string[];
let otherCommuneAgency: string;
let provinceAgency: string;
/** A meeting of Phường Thành Vinh in January 2026. */
let meeting: CommunicationActivity;

const anActivity = (overrides: Record<string, unknown> = {}) => ({
  unitId: '16681',
  occurredOn: '2026-01-20',
  leadAgencyId: wardAgencies[0],
  form: 'residential_meeting',
  title: 'Hội nghị tuyên truyền phòng, chống mại dâm tại khối 5',
  reach: [{ audience: 'public', peopleReached: 120 }, { audience: 'students', peopleReached: 300 }],
  materials: 200,
  materialsKind: 'Tờ rơi',
  ...overrides,
});

const agenciesOf = async (unitId: string) => (await testApp.database.db.selectFrom('agencies').select('id')
  .where('unit_id', '=', unitId).where('is_active', '=', true).orderBy('sort_order').execute()).map((row) => row.id);

beforeAll(async () => {
  testApp = await startTestApp();
  wardOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '16681' });
  wardAgencyOfficer = await testApp.signIn({ role: 'agency_officer', unitId: '16681' });
  wardViewer = await testApp.signIn({ role: 'viewer', unitId: '16681' });
  otherCommuneOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '16702' });
  provinceOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '40' });
  wardAgencies = await agenciesOf('16681');
  [otherCommuneAgency] = await agenciesOf('16702') as [string];
  [provinceAgency] = await agenciesOf('40') as [string];
  // The ward declared 800 students for 2026.
  await recordFactory(testApp.database.db).referenceFigure('16681', 2026, 'students', 800);
  const response = await testApp.request(wardOfficer, { method: 'POST', url: '/api/communication-activities', body: anActivity() });
  expect(response.statusCode, response.body).toBe(201);
  meeting = response.json();
});
afterAll(() => testApp.close());

const countRows = async () => {
  const db = testApp.database.db;
  const activities = await db.selectFrom('communication_activities').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  const reach = await db.selectFrom('communication_reach').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return { activities: Number(activities.n), reach: Number(reach.n) };
};

const list = async (session: TestSession, query: string) => {
  const response = await testApp.request(session, { method: 'GET', url: `/api/communication-activities?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { items: CommunicationActivity[]; total: number; page: number; pageSize: number };
};

describe('who may read and write communication activities', () => {
  it('refuses a viewer who tries to record an activity, audits the refusal and saves nothing', async () => {
    const before = await countRows();
    const response = await testApp.request(wardViewer, { method: 'POST', url: '/api/communication-activities', body: anActivity() });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('forbidden');
    expect(await countRows()).toEqual(before);
    const denial = await testApp.database.db.selectFrom('audit_log').select(['action', 'outcome'])
      .where('actor_username', '=', wardViewer.username).where('outcome', '=', 'denied').executeTakeFirst();
    expect(denial).toEqual({ action: 'communication_activity.create', outcome: 'denied' });
    const change = await testApp.request(wardViewer, { method: 'PATCH', url: `/api/communication-activities/${meeting.id}`, body: { materials: 1 } });
    expect(change.statusCode).toBe(403);
  });

  it('lets a viewer of the unit and the province above read, with no permission beyond the scope', async () => {
    const read = await testApp.request(wardViewer, { method: 'GET', url: `/api/communication-activities/${meeting.id}` });
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json()).toEqual(meeting);
    expect((await list(provinceOfficer, 'unit=16681')).items.map((item) => item.id)).toContain(meeting.id);
  });

  it('refuses another commune\'s officer to read, change or delete the ward\'s activity, or to record one for the ward', async () => {
    const read = await testApp.request(otherCommuneOfficer, { method: 'GET', url: `/api/communication-activities/${meeting.id}` });
    expect(read.statusCode).toBe(403);
    expect(read.json().error.code).toBe('out_of_scope');
    const change = await testApp.request(otherCommuneOfficer, { method: 'PATCH', url: `/api/communication-activities/${meeting.id}`, body: { materials: 0 } });
    expect(change.statusCode).toBe(403);
    const remove = await testApp.request(otherCommuneOfficer, { method: 'DELETE', url: `/api/communication-activities/${meeting.id}`, body: { reason: 'Không phải của xã này' } });
    expect(remove.statusCode).toBe(403);
    const create = await testApp.request(otherCommuneOfficer, { method: 'POST', url: '/api/communication-activities', body: anActivity() });
    expect(create.statusCode).toBe(403);
    expect((await list(otherCommuneOfficer, '')).items.map((item) => item.id)).not.toContain(meeting.id);
    const unit = await testApp.request(otherCommuneOfficer, { method: 'GET', url: '/api/communication-activities?unit=16681' });
    expect(unit.statusCode).toBe(403);
  });
});

describe('recording communication activities', () => {
  it('recorded the meeting with its lead agency, reach by audience and materials, audited in the same write', async () => {
    expect(meeting).toMatchObject({
      unitId: '16681', unitName: 'Phường Thành Vinh', occurredOn: '2026-01-20', leadAgencyId: wardAgencies[0], form: 'residential_meeting',
      isPress: false, description: null, materials: 200, materialsKind: 'Tờ rơi',
      reach: [{ audience: 'students', peopleReached: 300 }, { audience: 'public', peopleReached: 120 }],
    });
    expect(meeting.leadAgencyName).toEqual(expect.any(String));
    const entry = await testApp.database.db.selectFrom('audit_log').select(['unit_id', 'actor_username', 'summary'])
      .where('action', '=', 'communication_activity.create').where('target_id', '=', meeting.id).where('outcome', '=', 'success')
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({
      unit_id: '16681', actor_username: wardOfficer.username,
      summary: { after: { title: meeting.title, materials: 200, reach: meeting.reach } },
    });
  });

  it('lets an agency officer record a press item, which counts as press', async () => {
    const response = await testApp.request(wardAgencyOfficer, {
      method: 'POST', url: '/api/communication-activities',
      body: anActivity({ form: 'commune_radio', title: 'Bản tin đài truyền thanh phường về phòng, chống mại dâm', occurredOn: '2026-02-03', reach: [], materials: undefined, materialsKind: undefined }),
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ form: 'commune_radio', isPress: true, reach: [], materials: 0, materialsKind: null });
  });

  it('lists within scope, filtered by unit, dates and form, searched without accents, a page at a time', async () => {
    const db = testApp.database.db;
    // A row written straight into the table, as before this module existed: no lead agency.
    await recordFactory(db).communication('16702', '2025-12-10', { public: 40 });
    const all = await list(provinceOfficer, '');
    expect(all.total).toBe(3);
    const old = all.items.find((item) => item.unitId === '16702')!;
    expect(old).toMatchObject({ leadAgencyId: null, leadAgencyName: null, title: 'Tuyên truyền phòng, chống mại dâm', reach: [{ audience: 'public', peopleReached: 40 }] });
    expect((await list(provinceOfficer, 'unit=16681')).total).toBe(2);
    expect((await list(provinceOfficer, 'from=2026-01-01&to=2026-01-31')).items.map((item) => item.id)).toEqual([meeting.id]);
    expect((await list(provinceOfficer, 'form=commune_radio')).items.map((item) => item.form)).toEqual(['commune_radio']);
    expect((await list(wardViewer, 'q=HOI NGHI tuyen')).items.map((item) => item.id)).toEqual([meeting.id]);
    expect((await list(wardViewer, 'q=truyen thanh')).items.map((item) => item.form)).toEqual(['commune_radio']);
    expect((await list(provinceOfficer, 'q=phong chong mai dam&unit=16702')).total).toBe(1);
    expect((await list(wardViewer, 'q=%')).total).toBe(0);
    const paged = await list(provinceOfficer, 'pageSize=1&page=2');
    expect(paged).toMatchObject({ total: 3, page: 2, pageSize: 1 });
    expect(paged.items.map((item) => item.id)).toEqual([meeting.id]);
  });

  it('changes an activity, replacing its reach, with only the changed fields in its history', async () => {
    const change = await testApp.request(wardAgencyOfficer, {
      method: 'PATCH', url: `/api/communication-activities/${meeting.id}`,
      body: { reach: [{ audience: 'public', peopleReached: 150 }], description: 'Có đại diện Hội Phụ nữ phường' },
    });
    expect(change.statusCode, change.body).toBe(200);
    expect(change.json()).toMatchObject({ reach: [{ audience: 'public', peopleReached: 150 }], description: 'Có đại diện Hội Phụ nữ phường', materials: 200 });
    const history = await testApp.request(provinceOfficer, { method: 'GET', url: `/api/records/communication_activity/${meeting.id}/history` });
    expect(history.statusCode, history.body).toBe(200);
    const { entries } = history.json() as RecordHistory;
    expect(entries.map((entry) => entry.change)).toEqual(['create', 'update']);
    expect(entries[1]).toMatchObject({
      actorUsername: wardAgencyOfficer.username,
      before: { reach: meeting.reach, description: null },
      after: { reach: [{ audience: 'public', peopleReached: 150 }], description: 'Có đại diện Hội Phụ nữ phường' },
    });
    expect(Object.keys(entries[1]!.after).sort()).toEqual(['description', 'reach']);
  });

  it('deletes an activity with its reason: gone from lists and lookups, kept in the table and the audit log', async () => {
    const created = await testApp.request(wardOfficer, { method: 'POST', url: '/api/communication-activities', body: anActivity({ title: 'Pa nô tuyên truyền ghi trùng', form: 'banner' }) });
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json() as CommunicationActivity;
    const noReason = await testApp.request(wardOfficer, { method: 'DELETE', url: `/api/communication-activities/${id}`, body: { reason: '  ' } });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details[0].field).toBe('reason');
    const remove = await testApp.request(wardOfficer, { method: 'DELETE', url: `/api/communication-activities/${id}`, body: { reason: 'Ghi trùng' } });
    expect(remove.statusCode).toBe(204);
    expect((await testApp.request(wardOfficer, { method: 'GET', url: `/api/communication-activities/${id}` })).statusCode).toBe(404);
    expect((await list(wardOfficer, 'form=banner')).total).toBe(0);
    const row = await testApp.database.db.selectFrom('communication_activities').select(['deleted_at', 'deleted_reason'])
      .where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.deleted_at).not.toBeNull();
    expect(row.deleted_reason).toBe('Ghi trùng');
    const entry = await testApp.database.db.selectFrom('audit_log').select(['summary', 'unit_id'])
      .where('action', '=', 'communication_activity.delete').where('target_id', '=', id).executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ unit_id: '16681', summary: { reason: 'Ghi trùng', before: { title: 'Pa nô tuyên truyền ghi trùng', form: 'banner' } } });
    const again = await testApp.request(wardOfficer, { method: 'DELETE', url: `/api/communication-activities/${id}`, body: { reason: 'Lần nữa' } });
    expect(again.statusCode).toBe(404);
  });
});

describe('bad input', () => {
  const post = (body: Record<string, unknown>, language: 'vi' | 'en' = 'vi') =>
    testApp.request(wardOfficer, { method: 'POST', url: '/api/communication-activities', body, language });
  const refused = async (body: Record<string, unknown>) => {
    const before = await countRows();
    const response = await post(body);
    expect(response.statusCode, response.body).toBe(400);
    expect(await countRows()).toEqual(before);
    return response.json().error as { code: string; details: { field: string; message: string }[] };
  };

  it('refuses a date after today, naming the field', async () => {
    const error = await refused(anActivity({ occurredOn: '2099-01-01' }));
    expect(error.code).toBe('validation_failed');
    expect(error.details).toEqual([{ field: 'occurredOn', message: expect.stringMatching(/^Ngày tổ chức không được sau hôm nay \(\d{2}\/\d{2}\/\d{4}\)$/) }]);
    const notADay = await refused(anActivity({ occurredOn: '2026-02-30' }));
    expect(notADay.details).toEqual([{ field: 'occurredOn', message: 'Ngày không có trên lịch' }]);
  });

  it('refuses counts below zero, naming the field', async () => {
    const reach = await refused(anActivity({ reach: [{ audience: 'public', peopleReached: -5 }] }));
    expect(reach.details).toEqual([{ field: 'reach.0.peopleReached', message: 'Số người được tuyên truyền không được âm' }]);
    const materials = await refused(anActivity({ materials: -1 }));
    expect(materials.details).toEqual([{ field: 'materials', message: 'Số tài liệu phát ra không được âm' }]);
  });

  it('refuses more people reached in one activity than the audience the unit declared for the year', async () => {
    const error = await refused(anActivity({ reach: [{ audience: 'public', peopleReached: 5000 }, { audience: 'students', peopleReached: 1200 }] }));
    expect(error.details).toEqual([{
      field: 'reach.1.peopleReached',
      message: 'Số người được tuyên truyền (1.200) vượt số học sinh, sinh viên Phường Thành Vinh đã khai báo cho năm 2026 (800); hãy kiểm tra lại số liệu',
    }]);
    const english = await post(anActivity({ reach: [{ audience: 'students', peopleReached: 1200 }] }), 'en');
    expect(english.json().error.details[0].message).toBe('People reached (1,200) exceed the students Phường Thành Vinh declared for 2026 (800); please check the count');
    // Exactly the declared figure is fine; so is a year or an audience without a declared figure.
    expect((await post(anActivity({ reach: [{ audience: 'students', peopleReached: 800 }] }))).statusCode).toBe(201);
    expect((await post(anActivity({ occurredOn: '2025-11-20', reach: [{ audience: 'students', peopleReached: 1200 }] }))).statusCode).toBe(201);
    // A change is checked the same way.
    const change = await testApp.request(wardOfficer, {
      method: 'PATCH', url: `/api/communication-activities/${meeting.id}`, body: { reach: [{ audience: 'students', peopleReached: 801 }] },
    });
    expect(change.statusCode).toBe(400);
    expect(change.json().error.details[0].field).toBe('reach.0.peopleReached');
  });

  it('refuses the same audience twice', async () => {
    const error = await refused(anActivity({ reach: [{ audience: 'youth', peopleReached: 5 }, { audience: 'youth', peopleReached: 6 }] }));
    expect(error.details.map((detail) => detail.field)).toEqual(['reach.1.audience']);
  });

  it('refuses a lead agency that is not the unit\'s own, or no longer active', async () => {
    const elsewhere = await refused(anActivity({ leadAgencyId: otherCommuneAgency }));
    expect(elsewhere.details).toEqual([{
      field: 'leadAgencyId', message: 'Cơ quan được chọn không thuộc Phường Thành Vinh; hãy chọn một cơ quan của Phường Thành Vinh',
    }]);
    const db = testApp.database.db;
    const inactive = wardAgencies[wardAgencies.length - 1]!;
    await db.updateTable('agencies').set({ is_active: false }).where('id', '=', inactive).execute();
    try {
      const error = await refused(anActivity({ leadAgencyId: inactive }));
      expect(error.details).toEqual([{ field: 'leadAgencyId', message: expect.stringMatching(/đã ngừng hoạt động; hãy chọn cơ quan khác$/) }]);
    } finally {
      await db.updateTable('agencies').set({ is_active: true }).where('id', '=', inactive).execute();
    }
    const missing = await refused({ ...anActivity(), leadAgencyId: undefined });
    expect(missing.details.map((detail) => detail.field)).toEqual(['leadAgencyId']);
  });

  it('refuses a unit that no longer exists, an unknown form or audience, and unknown fields', async () => {
    const predecessor = await testApp.database.db.selectFrom('admin_unit_successions').select('predecessor_id')
      .where('successor_id', '=', '16681').where('is_primary', '=', true).where('predecessor_id', 'like', 'pre2025-%').executeTakeFirstOrThrow();
    const former = await refused(anActivity({ unitId: predecessor.predecessor_id }));
    expect(former.details.map((detail) => detail.field)).toEqual(['unitId']);
    expect((await refused(anActivity({ form: 'billboard' }))).details.map((detail) => detail.field)).toEqual(['form']);
    expect((await refused(anActivity({ reach: [{ audience: 'tourists', peopleReached: 3 }] }))).details.map((detail) => detail.field))
      .toEqual(['reach.0.audience']);
    expect((await refused({ ...anActivity(), speakerPhone: '0912345678' })).details.map((detail) => detail.field)).toEqual(['(body)']);
  });
});

describe('the monthly press target', () => {
  it('counts a new press article in the month it appeared, and a meeting not at all', async () => {
    const content = aPlanContent({
      targets: [aTarget({ key: 'bao-chi', indicatorCode: 'communication.press_monthly', comparator: 'gte', value: 12, text: 'Thông tin trên báo chí ít nhất một tháng một lần' })],
    });
    const plan = await testApp.request(provinceOfficer, { method: 'POST', url: '/api/plans', body: { content } });
    expect(plan.statusCode, plan.body).toBe(201);
    const press = async () => {
      const response = await testApp.request(provinceOfficer, { method: 'GET', url: `/api/plans/${plan.json().id}/progress?asOf=2026-06-30` });
      expect(response.statusCode, response.body).toBe(200);
      return (response.json().targets as TargetProgress[]).find((candidate) => candidate.key === 'bao-chi')!.result.numerator;
    };
    // The ward's radio bulletin of February is the only press item so far.
    expect(await press()).toBe(1);
    const article = await testApp.request(provinceOfficer, {
      method: 'POST', url: '/api/communication-activities',
      body: anActivity({ unitId: '40', leadAgencyId: provinceAgency, form: 'press_article', occurredOn: '2026-04-08', title: 'Bài viết trên Báo Nghệ An', reach: [] }),
    });
    expect(article.statusCode, article.body).toBe(201);
    expect(await press()).toBe(2);
    const meetingInMay = await testApp.request(provinceOfficer, {
      method: 'POST', url: '/api/communication-activities',
      body: anActivity({ unitId: '40', leadAgencyId: provinceAgency, occurredOn: '2026-05-08', reach: [] }),
    });
    expect(meetingInMay.statusCode, meetingInMay.body).toBe(201);
    expect(await press()).toBe(2);
    const remove = await testApp.request(provinceOfficer, { method: 'DELETE', url: `/api/communication-activities/${article.json().id}`, body: { reason: 'Nhầm năm' } });
    expect(remove.statusCode).toBe(204);
    expect(await press()).toBe(1);
  });
});

describe('GET /api/openapi.json', () => {
  it('documents the communication routes with their schemas', async () => {
    const document = (await testApp.request(null, { method: 'GET', url: '/api/openapi.json' })).json();
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/communication-activities', '/api/communication-activities/{id}']));
    const create = document.paths['/api/communication-activities'].post.requestBody.content['application/json'].schema;
    expect(create.required).toEqual(expect.arrayContaining(['unitId', 'occurredOn', 'leadAgencyId', 'form', 'title']));
  });
});
