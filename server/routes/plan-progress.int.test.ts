import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestSession } from '../../test-support/test-app.ts';
import { aPlanContent, aTarget } from '../../test-support/plan-factory.ts';
import { recordFactory } from '../../test-support/record-factory.ts';
import type { TargetProgress } from '../../core/api/progress.ts';

let testApp: TestApp;
let provinceOfficer: TestSession;
let planId: string;

beforeAll(async () => {
  testApp = await startTestApp();
  provinceOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '40' });
  const content = aPlanContent({
    targets: [
      aTarget({ key: 'truyen-thong' }),
      aTarget({ key: 'kiem-tra', indicatorCode: 'inspections.registry_share', value: 20 }),
      aTarget({ key: 'tin-bao', indicatorCode: 'tips.handled_on_time', value: 100 }),
      aTarget({ key: 'hoc-sinh', indicatorCode: 'communication.reach_students', value: 70 }),
      aTarget({ key: 'toi-pham', indicatorCode: 'enforcement.crimes_handled_growth', comparator: 'range', value: 3, valueHigh: 5 }),
    ],
  });
  planId = (await testApp.request(provinceOfficer, { method: 'POST', url: '/api/plans', body: { content } })).json().id;

  const records = recordFactory(testApp.database.db);
  // A ward formed on 1/7/2025: its pre-reform ward's records count for it.
  const predecessor = await testApp.database.db.selectFrom('admin_unit_successions').select('predecessor_id')
    .where('successor_id', '=', '16681').where('is_primary', '=', true).where('predecessor_id', 'like', 'pre2025-%').executeTakeFirstOrThrow();
  const thanhVinh = await records.establishments('16681', 6);
  const formerWard = await records.establishments(predecessor.predecessor_id, 4);
  await records.establishments('16702', 10);
  await records.inspection('16681', '2026-03-10', [thanhVinh[0]!, thanhVinh[1]!]);
  await records.inspection('16681', '2026-04-10', [thanhVinh[0]!, formerWard[0]!]);
  await records.inspection('16681', '2025-11-10', [thanhVinh[2]!]);
  await records.tip('16681', '2026-01-05', '2026-01-25', '2026-01-20');
  await records.tip('16681', '2026-02-01', '2026-02-21', '2026-02-21');
  await records.tip('16702', '2026-03-01', '2026-03-21', '2026-03-30');
  await records.tip('16702', '2026-05-01', '2026-05-21', '2026-05-10');
  await records.communication('40', '2026-02-01', { students: 300 });
  await records.communication('16681', '2026-01-15', { students: 150 });
  await records.communication('16681', '2026-04-15');
  await records.communication('16702', '2026-02-15');
  await records.referenceFigure('40', 2026, 'students', 1000);
  await records.referenceFigure('16681', 2026, 'students', 200);
  await records.crimes('40', '2025-01-01', '2025-12-31', 20);
  await records.crimes('16681', '2026-01-01', '2026-06-30', 12);
});
afterAll(() => testApp.close());

const progress = async (query = '') => {
  const response = await testApp.request(provinceOfficer, { method: 'GET', url: `/api/plans/${planId}/progress?asOf=2026-06-30${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { unit: { id: string }; targets: TargetProgress[] };
};
const target = (targets: TargetProgress[], key: string) => targets.find((candidate) => candidate.key === key)!;

describe('GET /api/plans/{id}/progress', () => {
  it('is refused for a unit outside the caller\'s scope', async () => {
    const commune = await testApp.signIn({ role: 'programme_officer', unitId: '16702' });
    const response = await testApp.request(commune, { method: 'GET', url: `/api/plans/${planId}/progress?unit=16681` });
    expect(response.statusCode).toBe(403);
  });

  it('counts distinct establishments inspected in the period against those operating, old wards included', async () => {
    const { targets } = await progress();
    const inspections = target(targets, 'kiem-tra');
    // Three distinct establishments (one visited twice, one of the former ward) of twenty; the 2025 visit is outside.
    expect(inspections.result).toMatchObject({ numerator: 3, denominator: 20, value: 15 });
    expect(inspections.elapsedShare).toBeCloseTo(181 / 365, 3);
    expect(inspections.result.status).toBe('on_track');
    const thanhVinh = inspections.children.find((child) => child.unitId === '16681')!;
    expect(thanhVinh).toMatchObject({ numerator: 3, denominator: 10, value: 30, status: 'met' });
    expect(inspections.children.find((child) => child.unitId === '16702')).toMatchObject({ numerator: 0, denominator: 10, status: 'at_risk' });
  });

  it('judges tips on time against their deadlines, child by child', async () => {
    const tips = target((await progress()).targets, 'tin-bao');
    expect(tips.result).toMatchObject({ numerator: 3, denominator: 4, value: 75, status: 'at_risk' });
    expect(tips.children.find((child) => child.unitId === '16681')).toMatchObject({ value: 100, status: 'on_track' });
  });

  it('lists the late tips in the explanation, with how late they were', async () => {
    const tips = target((await progress()).targets, 'tin-bao');
    expect(tips.explanation.lateTipsTotal).toBe(1);
    expect(tips.explanation.lateTips).toEqual([
      { reference: expect.stringMatching(/^TB-2026-\d{6}$/), unitName: expect.any(String), dueOn: '2026-03-21', resolvedOn: '2026-03-30', daysLate: 9 },
    ]);
    // Other targets carry no such list.
    const other = (await progress()).targets.find((candidate) => candidate.indicatorCode !== 'tips.handled_on_time')!;
    expect(other.explanation.lateTips).toBeUndefined();
  });

  it('uses the province\'s own declared population rather than adding up its communes\'', async () => {
    const students = target((await progress()).targets, 'hoc-sinh');
    expect(students.result).toMatchObject({ numerator: 450, denominator: 1000, value: 45 });
    expect(students.children.find((child) => child.unitId === '16681')).toMatchObject({ numerator: 150, denominator: 200, value: 75 });
    const withoutFigure = students.children.find((child) => child.unitId === '16702')!;
    expect(withoutFigure).toMatchObject({ value: null, status: 'no_data' });
    expect(withoutFigure.missing).toEqual(['no_reference_figure']);
  });

  it('counts a commune as keeping communication up only with an activity in every quarter so far', async () => {
    const communication = target((await progress()).targets, 'truyen-thong');
    expect(communication.children.find((child) => child.unitId === '16681')).toMatchObject({ value: 1, status: 'met' });
    expect(communication.children.find((child) => child.unitId === '16702')).toMatchObject({ value: 0 });
    expect(communication.result).toMatchObject({ numerator: 1, denominator: 130 });
  });

  it('compares crimes handled with the previous period for growth', async () => {
    const crimes = target((await progress('&period=Y2026')).targets, 'toi-pham');
    expect(crimes.result).toMatchObject({ numerator: 12, previous: 20 });
    expect(crimes.result.value).toBeCloseTo(-40, 5);
  });

  it('reflects a write at once, with no refresh step', async () => {
    const before = target((await progress()).targets, 'kiem-tra').result.numerator!;
    const [establishment] = await recordFactory(testApp.database.db).establishments('16702', 1);
    await recordFactory(testApp.database.db).inspection('16702', '2026-05-05', [establishment!]);
    const after = target((await progress()).targets, 'kiem-tra').result;
    expect(after.numerator).toBe(before + 1);
    expect(after.denominator).toBe(21);
  });

  it('leaves out an establishment suspended before the period, and keeps one suspended during it', async () => {
    const before = target((await progress()).targets, 'kiem-tra').result.denominator!;
    const db = testApp.database.db;
    const [longSuspended, recentlySuspended] = await recordFactory(db).establishments('16702', 2);
    await db.updateTable('establishments').set({ status: 'suspended', status_changed_on: '2025-10-01' }).where('id', '=', longSuspended!).execute();
    await db.updateTable('establishments').set({ status: 'suspended', status_changed_on: '2026-03-01' }).where('id', '=', recentlySuspended!).execute();
    expect(target((await progress()).targets, 'kiem-tra').result.denominator).toBe(before + 1);
  });

  it('drills down to a commune, whose figures match its row at the province', async () => {
    const province = target((await progress()).targets, 'tin-bao').children.find((child) => child.unitId === '16681')!;
    const commune = await progress('&unit=16681');
    expect(commune.unit.id).toBe('16681');
    expect(target(commune.targets, 'tin-bao').result).toMatchObject({ numerator: province.numerator, denominator: province.denominator });
  });

  it('rejects an unknown period code with the field named', async () => {
    const response = await testApp.request(provinceOfficer, { method: 'GET', url: `/api/plans/${planId}/progress?period=Y20x6` });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].field).toBe('querystring.period');
  });
});
