import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InspectionPlan, InspectionPlanPage } from '../../core/api/inspection-plans.ts';
import { todayInVietnam } from '../../core/dates/format.ts';
import { startTestApp, type TestApp, type TestSession } from '../../test-support/test-app.ts';
import { recordFactory } from '../../test-support/record-factory.ts';

// Last year's plan: every month has passed, so done and late do not depend on the day the tests run.
const year = Number(todayInVietnam().slice(0, 4)) - 1;
const day = (monthDay: string) => `${year}-${monthDay}`;

let testApp: TestApp;
let wardInspector: TestSession;
let wardViewer: TestSession;
let socialWorker: TestSession;
let otherCommuneOfficer: TestSession;
let provinceOfficer: TestSession;
/** Open establishments of Phường Thành Vinh (16681). */
let open: string[];
/** Closed on 1/1 of last year. */
let closed: string;
/** An establishment of the pre-reform ward that became Phường Thành Vinh. */
let formerWard: string;
/** An establishment of the other commune (16702). */
let elsewhere: string;
let wardAgencies: string[];
let provinceAgencies: string[];
let plan: InspectionPlan;

const agenciesOf = async (unitId: string) => (await testApp.database.db.selectFrom('agencies').select('id')
  .where('unit_id', '=', unitId).orderBy('sort_order').limit(2).execute()).map((row) => row.id);

async function inspect(session: TestSession, unitId: string, inspectedOn: string, establishmentIds: string[], agencies: string[]): Promise<string> {
  const response = await testApp.request(session, {
    method: 'POST', url: '/api/inspections',
    body: {
      unitId, inspectedOn, team: 'Đoàn kiểm tra liên ngành', teamKind: 'inter_agency', memberAgencyIds: agencies,
      visits: establishmentIds.map((establishmentId) => ({ establishmentId, outcome: 'no_violation' })),
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

const aPlan = (overrides: Record<string, unknown> = {}) => ({
  unitId: '16681',
  year,
  title: `Kế hoạch kiểm tra cơ sở kinh doanh dịch vụ năm ${year}`,
  items: [
    { establishmentId: open[0], plannedMonth: 2 },
    { establishmentId: open[1], plannedMonth: 3 },
    { establishmentId: open[2], windowStart: day('06-01'), windowEnd: day('06-30'), teamKind: 'single_agency', agencyId: wardAgencies[0] },
    { establishmentId: formerWard, plannedMonth: 9 },
  ],
  ...overrides,
});

beforeAll(async () => {
  testApp = await startTestApp();
  wardInspector = await testApp.signIn({ role: 'inspector', unitId: '16681' });
  wardViewer = await testApp.signIn({ role: 'viewer', unitId: '16681' });
  socialWorker = await testApp.signIn({ role: 'social_worker', unitId: '16681' });
  otherCommuneOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '16702' });
  provinceOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '40' });
  const records = recordFactory(testApp.database.db);
  open = await records.establishments('16681', 5);
  [closed] = await records.establishments('16681', 1, { closedOn: `${year}-01-01` }) as [string];
  [elsewhere] = await records.establishments('16702', 1) as [string];
  const predecessor = await testApp.database.db.selectFrom('admin_unit_successions').select('predecessor_id')
    .where('successor_id', '=', '16681').where('is_primary', '=', true).where('predecessor_id', 'like', 'pre2025-%').executeTakeFirstOrThrow();
  [formerWard] = await records.establishments(predecessor.predecessor_id, 1) as [string];
  wardAgencies = await agenciesOf('16681');
  provinceAgencies = await agenciesOf('40');
  // The ward's team: open[0] in its planned month's year, open[4] outside the plan, open[1] only the year before.
  await inspect(wardInspector, '16681', day('02-14'), [open[0]!, open[4]!], wardAgencies);
  await inspect(wardInspector, '16681', `${year - 1}-12-20`, [open[1]!], wardAgencies);
  // The province's team, which is not a team of the ward.
  await inspect(provinceOfficer, '40', day('06-10'), [open[2]!], provinceAgencies);
});
afterAll(() => testApp.close());

const countRows = async () => {
  const db = testApp.database.db;
  const plans = await db.selectFrom('inspection_plans').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  const items = await db.selectFrom('inspection_plan_items').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return { plans: Number(plans.n), items: Number(items.n) };
};

describe('who may read and write inspection plans', () => {
  it('refuses a viewer who tries to make a plan, audits the refusal and saves nothing', async () => {
    const before = await countRows();
    const response = await testApp.request(wardViewer, { method: 'POST', url: '/api/inspection-plans', body: aPlan() });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('forbidden');
    expect(await countRows()).toEqual(before);
    const denial = await testApp.database.db.selectFrom('audit_log').select(['action', 'outcome'])
      .where('actor_username', '=', wardViewer.username).where('outcome', '=', 'denied').executeTakeFirst();
    expect(denial).toEqual({ action: 'inspection_plan.create', outcome: 'denied' });
  });

  it('refuses a social worker, who does not see enforcement records, the list of plans', async () => {
    const response = await testApp.request(socialWorker, { method: 'GET', url: '/api/inspection-plans' });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('forbidden');
  });
});

describe('making a plan and following its progress', () => {
  it('makes the ward\'s plan for the year, with months, a window and a single agency, audited in the same write', async () => {
    const response = await testApp.request(wardInspector, { method: 'POST', url: '/api/inspection-plans', body: aPlan() });
    expect(response.statusCode, response.body).toBe(201);
    plan = response.json();
    expect(plan).toMatchObject({ unitId: '16681', unitName: 'Phường Thành Vinh', year, notes: null });
    expect(plan.items.map((item) => item.establishmentId)).toEqual([open[0], open[1], open[2], formerWard]);
    expect(plan.items[2]).toMatchObject({
      establishmentName: 'Nhà nghỉ thử 16681-3', establishmentUnitName: 'Phường Thành Vinh', establishmentStatus: 'active',
      plannedMonth: null, windowStart: day('06-01'), windowEnd: day('06-30'), teamKind: 'single_agency', agencyId: wardAgencies[0],
    });
    expect(plan.items[2]!.agencyName).toEqual(expect.any(String));
    expect(plan.items[0]).toMatchObject({ plannedMonth: 2, teamKind: 'inter_agency', agencyId: null, agencyName: null });
    const entry = await testApp.database.db.selectFrom('audit_log').select(['unit_id', 'target_type', 'summary'])
      .where('action', '=', 'inspection_plan.create').where('target_id', '=', plan.id).where('outcome', '=', 'success').executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ unit_id: '16681', target_type: 'inspection_plan', summary: { after: { year, title: plan.title } } });
    // Progress is computed, never stored or audited.
    expect(entry.summary).not.toHaveProperty('after.progress');
  });

  it('counts an item done by the year\'s inspection of a team of the ward, late when its time passed, and the inspections outside the plan', async () => {
    const response = await testApp.request(wardViewer, { method: 'GET', url: `/api/inspection-plans/${plan.id}` });
    expect(response.statusCode, response.body).toBe(200);
    const { progress } = response.json() as InspectionPlan;
    expect(progress.asOf).toBe(todayInVietnam());
    // open[1] was inspected only the December before; open[2] only by the province's team.
    expect(progress.items.map((item) => [item.establishmentId, item.state, item.dueBy])).toEqual([
      [open[0], 'done', day('02-28')], [open[1], 'late', day('03-31')], [open[2], 'late', day('06-30')], [formerWard, 'late', day('09-30')],
    ]);
    expect(progress.items[0]!.visits).toEqual([{ inspectionId: expect.any(String), inspectedOn: day('02-14'), outcome: 'no_violation' }]);
    expect(progress.totals).toEqual({ planned: 4, done: 1, late: 3, upcoming: 0, shareDone: 0.25, unplanned: 1 });
    expect(progress.unplanned).toEqual([{
      establishmentId: open[4], establishmentName: 'Nhà nghỉ thử 16681-5', unitName: 'Phường Thành Vinh',
      visits: [{ inspectionId: expect.any(String), inspectedOn: day('02-14'), outcome: 'no_violation' }],
    }]);
  });

  it('changes progress with the inspections: a new one marks its item done, a deleted one no longer counts', async () => {
    const inspectionId = await inspect(wardInspector, '16681', day('09-05'), [formerWard], wardAgencies);
    const after = (await testApp.request(wardInspector, { method: 'GET', url: `/api/inspection-plans/${plan.id}` })).json() as InspectionPlan;
    expect(after.progress.items[3]).toMatchObject({ establishmentId: formerWard, state: 'done' });
    expect(after.progress.totals).toMatchObject({ done: 2, late: 2, shareDone: 0.5 });
    const removed = await testApp.request(wardInspector, { method: 'DELETE', url: `/api/inspections/${inspectionId}`, body: { reason: 'Ghi nhầm năm' } });
    expect(removed.statusCode).toBe(204);
    const again = (await testApp.request(wardInspector, { method: 'GET', url: `/api/inspection-plans/${plan.id}` })).json() as InspectionPlan;
    expect(again.progress.totals).toMatchObject({ done: 1, late: 3 });
  });

  it('counts the province team\'s inspection in the province\'s plan, which covers the ward', async () => {
    const response = await testApp.request(provinceOfficer, {
      method: 'POST', url: '/api/inspection-plans',
      body: { unitId: '40', year, title: 'Kế hoạch kiểm tra liên ngành cấp tỉnh', items: [{ establishmentId: open[2], plannedMonth: 6 }] },
    });
    expect(response.statusCode, response.body).toBe(201);
    const provincePlan = response.json() as InspectionPlan;
    expect(provincePlan.progress.items[0]).toMatchObject({ state: 'done', visits: [{ inspectedOn: day('06-10') }] });
    // The ward's own inspections are made by teams of the province's subtree too.
    expect(provincePlan.progress.unplanned.map((entry) => entry.establishmentId).sort()).toEqual([open[0], open[4]].sort());
  });

  it('lists the plans within scope with their totals, filtered by unit and year', async () => {
    const all = await testApp.request(provinceOfficer, { method: 'GET', url: `/api/inspection-plans?year=${year}` });
    expect(all.statusCode, all.body).toBe(200);
    const page = all.json() as InspectionPlanPage;
    expect(page).toMatchObject({ total: 2, page: 1, pageSize: 50 });
    // The province's plan first, then its communes'.
    expect(page.items.map((item) => item.unitId)).toEqual(['40', '16681']);
    expect(page.items[1]).toMatchObject({ id: plan.id, title: plan.title, totals: { planned: 4, done: 1, late: 3, unplanned: 1 } });
    const ward = await testApp.request(provinceOfficer, { method: 'GET', url: '/api/inspection-plans?unit=16681' });
    expect(ward.json().items.map((item: { id: string }) => item.id)).toEqual([plan.id]);
    const otherYear = await testApp.request(provinceOfficer, { method: 'GET', url: `/api/inspection-plans?year=${year - 1}` });
    expect(otherYear.json()).toMatchObject({ total: 0, items: [] });
    const paged = await testApp.request(provinceOfficer, { method: 'GET', url: '/api/inspection-plans?pageSize=1&page=2' });
    expect(paged.json()).toMatchObject({ total: 2, items: [{ id: plan.id }] });
  });

  it('keeps the ward\'s plan from another commune\'s officer, in the list and by id', async () => {
    const list = await testApp.request(otherCommuneOfficer, { method: 'GET', url: '/api/inspection-plans' });
    expect(list.json()).toMatchObject({ total: 0 });
    const read = await testApp.request(otherCommuneOfficer, { method: 'GET', url: `/api/inspection-plans/${plan.id}` });
    expect(read.statusCode).toBe(403);
    expect(read.json().error.code).toBe('out_of_scope');
    const change = await testApp.request(otherCommuneOfficer, { method: 'PATCH', url: `/api/inspection-plans/${plan.id}`, body: { title: 'Sửa hộ' } });
    expect(change.statusCode).toBe(403);
    const remove = await testApp.request(otherCommuneOfficer, { method: 'DELETE', url: `/api/inspection-plans/${plan.id}`, body: { reason: 'Không phải của xã này' } });
    expect(remove.statusCode).toBe(403);
    const history = await testApp.request(otherCommuneOfficer, { method: 'GET', url: `/api/records/inspection_plan/${plan.id}/history` });
    expect(history.statusCode).toBe(403);
  });

  it('refuses a second live plan for the same unit and year, naming the one there is', async () => {
    const before = await countRows();
    const response = await testApp.request(wardInspector, { method: 'POST', url: '/api/inspection-plans', body: aPlan({ title: 'Kế hoạch thứ hai', items: [] }) });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'inspection_plan_exists' });
    expect(response.json().error.message).toBe(
      `Phường Thành Vinh đã có kế hoạch kiểm tra năm ${year} ("${plan.title}"). Mỗi đơn vị có một kế hoạch mỗi năm: hãy sửa kế hoạch đã có thay vì tạo mới.`);
    expect(await countRows()).toEqual(before);
  });

  it('changes the plan, replacing its items, and keeps only the changed fields in the history', async () => {
    // An establishment planned, then closed: it stays in the plan when the plan is edited.
    await testApp.database.db.updateTable('establishments').set({ status: 'closed', closed_on: day('10-01'), status_changed_on: day('10-01') })
      .where('id', '=', formerWard).execute();
    const items = [...aPlan().items.slice(1), { establishmentId: open[3], plannedMonth: 11 }];
    const response = await testApp.request(wardInspector, {
      method: 'PATCH', url: `/api/inspection-plans/${plan.id}`, body: { notes: 'Bổ sung theo chỉ đạo của UBND phường', items },
    });
    expect(response.statusCode, response.body).toBe(200);
    const changed = response.json() as InspectionPlan;
    expect(changed.items.map((item) => item.establishmentId)).toEqual([open[1], open[2], formerWard, open[3]]);
    expect(changed.items[2]).toMatchObject({ establishmentStatus: 'closed' });
    expect(changed.progress.totals).toMatchObject({ planned: 4, done: 0, late: 4, unplanned: 2 });
    const history = await testApp.request(wardViewer, { method: 'GET', url: `/api/records/inspection_plan/${plan.id}/history` });
    expect(history.statusCode, history.body).toBe(200);
    const entries = history.json().entries as { change: string; after: Record<string, unknown> }[];
    expect(entries.map((entry) => entry.change)).toEqual(['create', 'update']);
    expect(Object.keys(entries[1]!.after).sort()).toEqual(['items', 'notes']);
  });

  it('deletes the plan with a reason, audited; the unit may then make a new plan for the year', async () => {
    const remove = await testApp.request(wardInspector, { method: 'DELETE', url: `/api/inspection-plans/${plan.id}`, body: { reason: 'Lập lại theo kế hoạch của UBND phường' } });
    expect(remove.statusCode).toBe(204);
    expect((await testApp.request(wardInspector, { method: 'GET', url: `/api/inspection-plans/${plan.id}` })).statusCode).toBe(404);
    const row = await testApp.database.db.selectFrom('inspection_plans').select(['deleted_at', 'deleted_reason'])
      .where('id', '=', plan.id).executeTakeFirstOrThrow();
    expect(row.deleted_at).not.toBeNull();
    expect(row.deleted_reason).toBe('Lập lại theo kế hoạch của UBND phường');
    const entry = await testApp.database.db.selectFrom('audit_log').select('summary')
      .where('action', '=', 'inspection_plan.delete').where('target_id', '=', plan.id).executeTakeFirstOrThrow();
    expect(entry.summary).toMatchObject({ reason: 'Lập lại theo kế hoạch của UBND phường', before: { title: plan.title } });
    const list = await testApp.request(wardInspector, { method: 'GET', url: '/api/inspection-plans' });
    expect(list.json().items.map((item: { id: string }) => item.id)).not.toContain(plan.id);
    const replacement = await testApp.request(wardInspector, { method: 'POST', url: '/api/inspection-plans', body: aPlan({ items: [{ establishmentId: open[0], plannedMonth: 1 }] }) });
    expect(replacement.statusCode, replacement.body).toBe(201);
  });

  it('puts a plan for next year\'s months as upcoming', async () => {
    const response = await testApp.request(wardInspector, {
      method: 'POST', url: '/api/inspection-plans',
      body: aPlan({ year: year + 2, items: [{ establishmentId: open[0], plannedMonth: 1 }] }),
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().progress.totals).toEqual({ planned: 1, done: 0, late: 0, upcoming: 1, shareDone: 0, unplanned: 0 });
  });
});

describe('the API description', () => {
  it('documents the inspection plan routes and the plan with its progress', async () => {
    const document = (await testApp.request(null, { method: 'GET', url: '/api/openapi.json' })).json();
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/inspection-plans', '/api/inspection-plans/{id}']));
    expect(Object.keys(document.paths['/api/inspection-plans/{id}']).sort()).toEqual(['delete', 'get', 'patch']);
    expect(Object.keys(document.components.schemas)).toEqual(expect.arrayContaining(['InspectionPlan', 'InspectionPlanProgress']));
  });
});

describe('bad input', () => {
  const post = (body: Record<string, unknown>, session: TestSession = wardInspector, language: 'vi' | 'en' = 'vi') =>
    testApp.request(session, { method: 'POST', url: '/api/inspection-plans', body, language });
  /** Another year for each refused plan, so that a wrongly accepted one shows as itself and not as a 409. */
  let otherYear = year - 5;
  const refused = async (body: Record<string, unknown>, session: TestSession = wardInspector) => {
    const before = await countRows();
    otherYear -= 1;
    const response = await post({ ...body, year: body.year ?? otherYear }, session);
    expect(response.statusCode, response.body).toBe(400);
    expect(await countRows()).toEqual(before);
    return response.json().error as { code: string; details: { field: string; message: string }[] };
  };

  it('refuses establishments outside the ward without naming them, a closed one saying so, and one listed twice', async () => {
    const error = await refused(aPlan({
      year: undefined,
      items: [
        { establishmentId: elsewhere, plannedMonth: 1 },
        { establishmentId: closed, plannedMonth: 2 },
        { establishmentId: open[0], plannedMonth: 3 },
        { establishmentId: open[0], plannedMonth: 4 },
      ],
    }));
    expect(error.code).toBe('validation_failed');
    expect(error.details).toEqual([
      { field: 'items.0.establishmentId', message: 'Cơ sở không có trong danh sách cơ sở của Phường Thành Vinh' },
      { field: 'items.1.establishmentId', message: 'Cơ sở "Nhà nghỉ thử 16681-1" đã đóng cửa từ ngày 01/01/' + year + '; không đưa vào kế hoạch kiểm tra' },
      { field: 'items.3.establishmentId', message: 'Cơ sở này đã có trong kế hoạch; mỗi cơ sở chỉ ghi một lần' },
    ]);
  });

  it('refuses an item with neither month nor window, or both, and a window outside the year or backwards', async () => {
    const error = await refused(aPlan({
      year,
      items: [
        { establishmentId: open[0] },
        { establishmentId: open[1], plannedMonth: 5, windowStart: day('05-01'), windowEnd: day('05-10') },
        { establishmentId: open[2], windowStart: `${year + 1}-01-01`, windowEnd: `${year + 1}-01-31` },
        { establishmentId: open[3], windowStart: day('08-20'), windowEnd: day('08-01') },
        { establishmentId: open[4], windowStart: day('08-20') },
      ],
    }));
    expect(error.details).toEqual([
      { field: 'items.0.plannedMonth', message: 'Hãy chọn tháng dự kiến kiểm tra hoặc ghi khoảng thời gian' },
      { field: 'items.1.plannedMonth', message: 'Chỉ ghi tháng dự kiến hoặc khoảng thời gian, không ghi cả hai' },
      { field: 'items.2.windowStart', message: `Ngày phải thuộc năm ${year} của kế hoạch` },
      { field: 'items.2.windowEnd', message: `Ngày phải thuộc năm ${year} của kế hoạch` },
      { field: 'items.3.windowEnd', message: 'Ngày kết thúc không được trước ngày bắt đầu' },
      { field: 'items.4.windowEnd', message: 'Khoảng thời gian cần cả ngày bắt đầu và ngày kết thúc' },
    ]);
  });

  it('refuses a single agency without its agency, an agency for the inter-agency team, and another unit\'s agency', async () => {
    const error = await refused(aPlan({
      items: [
        { establishmentId: open[0], plannedMonth: 1, teamKind: 'single_agency' },
        { establishmentId: open[1], plannedMonth: 1, agencyId: wardAgencies[0] },
        { establishmentId: open[2], plannedMonth: 1, teamKind: 'single_agency', agencyId: provinceAgencies[0] },
      ],
    }));
    expect(error.details.map((detail) => detail.field)).toEqual(['items.0.agencyId', 'items.1.agencyId', 'items.2.agencyId']);
    expect(error.details[0]!.message).toBe('Hãy chọn cơ quan thực hiện kiểm tra');
    expect(error.details[2]!.message).toBe('Không có cơ quan này thuộc Phường Thành Vinh');
  });

  it('refuses a month that does not exist and a year out of range, naming the fields', async () => {
    const error = await refused(aPlan({ year: 1999, items: [{ establishmentId: open[0], plannedMonth: 13 }] }));
    expect(error.details).toEqual([
      { field: 'year', message: 'Năm từ 2000 đến 2100' },
      { field: 'items.0.plannedMonth', message: 'Tháng từ 1 đến 12' },
    ]);
  });

  it('refuses a unit that no longer exists, and a unit outside the caller\'s scope', async () => {
    const predecessor = await testApp.database.db.selectFrom('admin_unit_successions').select('predecessor_id')
      .where('successor_id', '=', '16681').where('is_primary', '=', true).where('predecessor_id', 'like', 'pre2025-%').executeTakeFirstOrThrow();
    const former = await refused(aPlan({ unitId: predecessor.predecessor_id, items: [] }));
    expect(former.details.map((detail) => detail.field)).toEqual(['unitId']);
    const outside = await post(aPlan({ unitId: '16702', year: 2001, items: [] }));
    expect(outside.statusCode).toBe(403);
    expect(outside.json().error.code).toBe('out_of_scope');
  });

  it('rejects unknown fields, in the plan and in an item, and answers in English when asked', async () => {
    const error = await refused({ ...aPlan(), approvedBy: 'Nguyễn Văn A' });
    expect(error.details.map((detail) => detail.field)).toEqual(['(body)']);
    const inItem = await refused(aPlan({ items: [{ establishmentId: open[0], plannedMonth: 1, ownerName: 'Nguyễn Văn B' }] }));
    expect(inItem.details.map((detail) => detail.field)).toEqual(['items.0']);
    const english = await post(aPlan({ year: 2002, items: [{ establishmentId: open[0] }] }), wardInspector, 'en');
    expect(english.json().error.details[0].message).toBe('Choose the planned month or give a window of days');
  });
});
