import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TargetProgress } from '../../core/api/progress.ts';
import type { RecordHistory } from '../../core/api/record-history.ts';
import type { SupportStatistics } from '../../core/api/support-statistics.ts';
import { todayInVietnam } from '../../core/dates/format.ts';
import { aPlanContent, aTarget } from '../../test-support/plan-factory.ts';
import { recordFactory } from '../../test-support/record-factory.ts';
import { startTestApp, type TestApp, type TestSession } from '../../test-support/test-app.ts';

let testApp: TestApp;
let wardSocialWorker: TestSession;
let wardInspector: TestSession;
let wardViewer: TestSession;
let otherCommuneSocialWorker: TestSession;
let provinceOfficer: TestSession;
/** Phường Thành Vinh (16681), March 2026. */
let march: SupportStatistics;

const aMonth = (overrides: Record<string, unknown> = {}) => ({
  unitId: '16681',
  month: '2026-03',
  peopleReached: 40,
  peopleInNeed: 18,
  peopleEligible: 15,
  peopleServed: 12,
  peopleNewlyServed: 5,
  services: { hivStiTesting: 10, condoms: 12, counselling: 4, legalAid: 1 },
  referralsMade: 6,
  referralsCompleted: 4,
  peerGroupsActive: 2,
  pilotModelsRunning: 1,
  ...overrides,
});

const create = async (session: TestSession, body: Record<string, unknown>) => {
  const response = await testApp.request(session, { method: 'POST', url: '/api/support-statistics', body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as SupportStatistics;
};

const list = async (session: TestSession, query: string) => {
  const response = await testApp.request(session, { method: 'GET', url: `/api/support-statistics?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { items: SupportStatistics[]; total: number; page: number; pageSize: number };
};

const countRows = async () =>
  Number((await testApp.database.db.selectFrom('support_statistics').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

const latestAudit = (action: string, targetId: string) =>
  testApp.database.db.selectFrom('audit_log').select(['unit_id', 'actor_username', 'target_type', 'summary'])
    .where('action', '=', action).where('target_id', '=', targetId).where('outcome', '=', 'success')
    .orderBy('id', 'desc').executeTakeFirstOrThrow();

/** The field names of a 400 answer, and its messages by field. */
const refusal = (response: { statusCode: number; json: () => unknown }) => {
  expect(response.statusCode).toBe(400);
  const { error } = response.json() as { error: { code: string; details: { field: string; message: string }[] } };
  expect(error.code).toBe('validation_failed');
  return Object.fromEntries(error.details.map((detail) => [detail.field, detail.message]));
};

beforeAll(async () => {
  testApp = await startTestApp();
  wardSocialWorker = await testApp.signIn({ role: 'social_worker', unitId: '16681' });
  wardInspector = await testApp.signIn({ role: 'inspector', unitId: '16681' });
  wardViewer = await testApp.signIn({ role: 'viewer', unitId: '16681' });
  otherCommuneSocialWorker = await testApp.signIn({ role: 'social_worker', unitId: '16702' });
  provinceOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '40' });
  march = await create(wardSocialWorker, aMonth());
});
afterAll(() => testApp.close());

describe('who may read and write support figures', () => {
  it('refuses an inspector, who works with enforcement records, to record, read or list support figures, and audits it', async () => {
    const before = await countRows();
    const write = await testApp.request(wardInspector, { method: 'POST', url: '/api/support-statistics', body: aMonth({ month: '2026-02' }) });
    expect(write.statusCode).toBe(403);
    expect(write.json().error.code).toBe('forbidden');
    expect(await countRows()).toBe(before);
    for (const url of ['/api/support-statistics', `/api/support-statistics/${march.id}`, `/api/records/support_statistics/${march.id}/history`]) {
      const read = await testApp.request(wardInspector, { method: 'GET', url });
      expect(read.statusCode, url).toBe(403);
      expect(read.body).not.toContain('"peopleServed"');
    }
    const denials = await testApp.database.db.selectFrom('audit_log').select('action')
      .where('actor_username', '=', wardInspector.username).where('outcome', '=', 'denied').orderBy('id').execute();
    expect(denials.map((denial) => denial.action)).toEqual([
      'support_statistics.create', 'support_statistics.read', 'support_statistics.read', 'record_history.read',
    ]);
  });

  it('lets a viewer read but not change or delete', async () => {
    const read = await testApp.request(wardViewer, { method: 'GET', url: `/api/support-statistics/${march.id}` });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ unitName: 'Phường Thành Vinh', month: '2026-03', peopleServed: 12 });
    const change = await testApp.request(wardViewer, { method: 'PATCH', url: `/api/support-statistics/${march.id}`, body: { peopleServed: 13 } });
    expect(change.statusCode).toBe(403);
    const remove = await testApp.request(wardViewer, { method: 'DELETE', url: `/api/support-statistics/${march.id}`, body: { reason: 'Thử xóa' } });
    expect(remove.statusCode).toBe(403);
  });

  it('keeps another commune\'s social worker out of the ward\'s figures', async () => {
    const attempts = [
      { method: 'GET' as const, url: `/api/support-statistics/${march.id}` },
      { method: 'PATCH' as const, url: `/api/support-statistics/${march.id}`, body: { peerGroupsActive: 0 } },
      { method: 'DELETE' as const, url: `/api/support-statistics/${march.id}`, body: { reason: 'Không phải của xã này' } },
      { method: 'POST' as const, url: '/api/support-statistics', body: aMonth({ month: '2026-01' }) },
      { method: 'GET' as const, url: '/api/support-statistics?unit=16681' },
    ];
    for (const request of attempts) {
      const response = await testApp.request(otherCommuneSocialWorker, request);
      expect(response.statusCode, `${request.method} ${request.url}`).toBe(403);
      expect(response.json().error.code).toBe('out_of_scope');
    }
    expect((await list(otherCommuneSocialWorker, 'pageSize=200')).items.map((item) => item.id)).not.toContain(march.id);
    expect((await testApp.request(wardViewer, { method: 'GET', url: `/api/support-statistics/${march.id}` })).json()).toMatchObject({ peerGroupsActive: 2 });
  });
});

describe('recording a month', () => {
  it('saves every count, with the services not given at zero, audited in the same transaction with one entry per service', async () => {
    expect(march).toMatchObject({
      unitId: '16681', month: '2026-03', peopleReached: 40, peopleInNeed: 18, peopleEligible: 15, peopleServed: 12, peopleNewlyServed: 5,
      referralsMade: 6, referralsCompleted: 4, peerGroupsActive: 2, pilotModelsRunning: 1,
    });
    expect(march.services).toEqual({
      hivStiTesting: 10, hivStiTreatment: 0, methadone: 0, condoms: 12, counselling: 4, legalAid: 1, vocationalTraining: 0,
      jobPlacement: 0, loans: 0, socialAssistance: 0,
    });
    const entry = await latestAudit('support_statistics.create', march.id);
    expect(entry).toMatchObject({
      unit_id: '16681', actor_username: wardSocialWorker.username, target_type: 'support_statistics',
      summary: { after: { month: '2026-03', peopleServed: 12, 'services.condoms': 12, 'services.loans': 0 } },
    });
  });

  it('refuses a second record of the same unit and month, naming the month', async () => {
    const before = await countRows();
    const response = await testApp.request(wardSocialWorker, { method: 'POST', url: '/api/support-statistics', body: aMonth({ peopleServed: 3, peopleNewlyServed: 0, services: {} }) });
    expect(response.statusCode).toBe(409);
    const { error } = response.json();
    expect(error.code).toBe('support_statistics_duplicate');
    expect(error.message).toContain('03/2026');
    expect(error.details[0].field).toBe('month');
    expect(await countRows()).toBe(before);
  });

  it('refuses moving a record onto a month the unit already has', async () => {
    const april = await create(wardSocialWorker, aMonth({ month: '2026-04' }));
    const response = await testApp.request(wardSocialWorker, { method: 'PATCH', url: `/api/support-statistics/${april.id}`, body: { month: '2026-03' } });
    expect(response.statusCode).toBe(409);
    expect((await testApp.request(wardViewer, { method: 'GET', url: `/api/support-statistics/${april.id}` })).json().month).toBe('2026-04');
  });

  it('changes one service without touching the others, and the history names the service that changed', async () => {
    const response = await testApp.request(wardSocialWorker, {
      method: 'PATCH', url: `/api/support-statistics/${march.id}`, body: { services: { methadone: 3 }, referralsCompleted: 5 },
    });
    expect(response.statusCode, response.body).toBe(200);
    const changed = response.json() as SupportStatistics;
    expect(changed.services).toMatchObject({ methadone: 3, condoms: 12, hivStiTesting: 10 });
    expect(changed.referralsCompleted).toBe(5);
    const history = await testApp.request(wardViewer, { method: 'GET', url: `/api/records/support_statistics/${march.id}/history` });
    expect(history.statusCode, history.body).toBe(200);
    const last = (history.json() as RecordHistory).entries.at(-1)!;
    expect(last.change).toBe('update');
    expect(last.before).toEqual({ 'services.methadone': 0, referralsCompleted: 4 });
    expect(last.after).toEqual({ 'services.methadone': 3, referralsCompleted: 5 });
  });

  it('lists a unit\'s own months of a year, newest first, and pages', async () => {
    await create(wardSocialWorker, aMonth({ month: '2025-12' }));
    const year = await list(wardViewer, 'unit=16681&subtree=false&year=2026');
    expect(year.items.map((item) => item.month)).toEqual(['2026-04', '2026-03']);
    expect((await list(provinceOfficer, 'unit=16681&year=2025')).items.map((item) => item.month)).toEqual(['2025-12']);
    expect((await list(provinceOfficer, 'month=2026-03')).items.map((item) => item.id)).toEqual([march.id]);
    const firstPage = await list(provinceOfficer, 'unit=40&pageSize=2');
    expect(firstPage).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(firstPage.items).toHaveLength(2);
    expect((await list(provinceOfficer, 'unit=40&pageSize=2&page=2')).items).toHaveLength(1);
  });
});

describe('the rules of a month\'s figures', () => {
  it('refuses negative counts and a badly written month, naming each field', async () => {
    const fields = refusal(await testApp.request(wardSocialWorker, {
      method: 'POST', url: '/api/support-statistics', body: aMonth({ month: '2026-3', peopleReached: -1, services: { loans: -2 } }),
    }));
    expect(Object.keys(fields).sort()).toEqual(['month', 'peopleReached', 'services.loans']);
    expect(fields.peopleReached).toContain('âm');
  });

  it('refuses a month that has not come yet', async () => {
    const [year, month] = todayInVietnam().split('-').map(Number) as [number, number];
    const next = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
    const fields = refusal(await testApp.request(wardSocialWorker, { method: 'POST', url: '/api/support-statistics', body: aMonth({ month: next }) }));
    expect(Object.keys(fields)).toEqual(['month']);
    expect(fields.month).toContain('chưa đến');
  });

  it('refuses eligible above in need, newly served above served, a service above people served and completed referrals above those made', async () => {
    const fields = refusal(await testApp.request(wardSocialWorker, {
      method: 'POST', url: '/api/support-statistics', body: aMonth({
        month: '2026-05', peopleInNeed: 10, peopleEligible: 11, peopleServed: 8, peopleNewlyServed: 9,
        services: { condoms: 9, counselling: 8 }, referralsMade: 2, referralsCompleted: 3,
      }),
    }));
    expect(Object.keys(fields).sort()).toEqual(['peopleEligible', 'peopleNewlyServed', 'referralsCompleted', 'services.condoms']);
    expect(fields['services.condoms']).toContain('(9)');
  });

  it('accepts service counts that add up to more than the people served, since one person receives several', async () => {
    const may = await create(wardSocialWorker, aMonth({
      month: '2026-05', peopleReached: 3, peopleServed: 6, peopleNewlyServed: 1,
      services: { hivStiTesting: 6, condoms: 6, counselling: 6, socialAssistance: 6 },
    }));
    expect(may.peopleServed).toBe(6);
  });

  it('checks a change against the whole record as it would become', async () => {
    const fields = refusal(await testApp.request(wardSocialWorker, { method: 'PATCH', url: `/api/support-statistics/${march.id}`, body: { peopleServed: 2 } }));
    expect(Object.keys(fields).sort()).toEqual(['peopleNewlyServed', 'services.condoms', 'services.hivStiTesting', 'services.methadone', 'services.counselling'].sort());
  });

  it('refuses people in need or served above the unit\'s declared number of sex workers in need for the year', async () => {
    await recordFactory(testApp.database.db).referenceFigure('16681', 2025, 'sex_workers_in_need', 10);
    const fields = refusal(await testApp.request(wardSocialWorker, {
      method: 'POST', url: '/api/support-statistics', body: aMonth({ month: '2025-11', peopleInNeed: 11, peopleEligible: 5, peopleServed: 12 }),
    }));
    expect(Object.keys(fields).sort()).toEqual(['peopleInNeed', 'peopleServed']);
    expect(fields.peopleServed).toContain('2025 (10)');
  });

  it('refuses a unit that no longer exists and unknown fields', async () => {
    const formerWard = await testApp.database.db.selectFrom('admin_unit_successions').select('predecessor_id')
      .where('successor_id', '=', '16681').where('is_primary', '=', true).where('predecessor_id', 'like', 'pre2025-%').executeTakeFirstOrThrow();
    expect(Object.keys(refusal(await testApp.request(wardSocialWorker, {
      method: 'POST', url: '/api/support-statistics', body: aMonth({ unitId: formerWard.predecessor_id, month: '2025-01' }),
    })))).toEqual(['unitId']);
    expect(refusal(await testApp.request(wardSocialWorker, {
      method: 'POST', url: '/api/support-statistics', body: aMonth({ month: '2025-02', clientNames: ['Nguyễn Thị A'] }),
    }))).toHaveProperty('(body)');
  });
});

describe('deleting a month', () => {
  it('needs a reason, then leaves the month out of lists and lookups and keeps it in the audit trail', async () => {
    const doomed = await create(wardSocialWorker, aMonth({ month: '2026-06' }));
    const withoutReason = await testApp.request(wardSocialWorker, { method: 'DELETE', url: `/api/support-statistics/${doomed.id}`, body: { reason: '  ' } });
    expect(withoutReason.statusCode).toBe(400);
    expect(withoutReason.json().error.details[0].field).toBe('reason');
    const removed = await testApp.request(wardSocialWorker, { method: 'DELETE', url: `/api/support-statistics/${doomed.id}`, body: { reason: 'Nhập nhầm đơn vị' } });
    expect(removed.statusCode, removed.body).toBe(204);
    expect((await testApp.request(wardSocialWorker, { method: 'GET', url: `/api/support-statistics/${doomed.id}` })).statusCode).toBe(404);
    expect((await list(wardSocialWorker, 'month=2026-06')).total).toBe(0);
    const row = await testApp.database.db.selectFrom('support_statistics').select(['deleted_at', 'deleted_reason'])
      .where('id', '=', doomed.id).executeTakeFirstOrThrow();
    expect(row.deleted_at).not.toBeNull();
    expect(row.deleted_reason).toBe('Nhập nhầm đơn vị');
    expect(await latestAudit('support_statistics.delete', doomed.id)).toMatchObject({
      summary: { reason: 'Nhập nhầm đơn vị', before: { month: '2026-06', peopleServed: 12 } },
    });
    // The month is free again for the corrected figures.
    await create(wardSocialWorker, aMonth({ month: '2026-06', peopleServed: 3, peopleNewlyServed: 1, services: {} }));
  });
});

describe('the access indicator', () => {
  it('counts the people served for the first time in the year against the people in need, and drops a deleted month', async () => {
    const content = aPlanContent({ targets: [aTarget({ key: 'ho-tro', indicatorCode: 'support.access_share', value: 60 })] });
    const plan = await testApp.request(provinceOfficer, { method: 'POST', url: '/api/plans', body: { content } });
    expect(plan.statusCode, plan.body).toBe(201);
    await recordFactory(testApp.database.db).referenceFigure('16702', 2026, 'sex_workers_in_need', 20);
    const communeSocialWorker = await testApp.signIn({ role: 'social_worker', unitId: '16702' });
    const access = async () => {
      const response = await testApp.request(provinceOfficer, { method: 'GET', url: `/api/plans/${plan.json().id}/progress?asOf=2026-06-30` });
      expect(response.statusCode, response.body).toBe(200);
      const target = (response.json() as { targets: TargetProgress[] }).targets.find((candidate) => candidate.key === 'ho-tro')!;
      return target.children.find((child) => child.unitId === '16702');
    };
    const january = await create(communeSocialWorker, aMonth({ unitId: '16702', month: '2026-01', peopleServed: 8, peopleNewlyServed: 8, services: { condoms: 8 } }));
    // February serves the same eight people again and two more: only the two are new this year.
    await create(communeSocialWorker, aMonth({ unitId: '16702', month: '2026-02', peopleServed: 10, peopleNewlyServed: 2, services: { condoms: 10 } }));
    expect(await access()).toMatchObject({ numerator: 10, denominator: 20, value: 50 });
    const removed = await testApp.request(communeSocialWorker, { method: 'DELETE', url: `/api/support-statistics/${january.id}`, body: { reason: 'Số liệu sai' } });
    expect(removed.statusCode).toBe(204);
    expect(await access()).toMatchObject({ numerator: 2, denominator: 20, value: 10 });
  });
});

describe('GET /api/openapi.json', () => {
  it('documents the support-statistics routes with their schemas', async () => {
    const document = (await testApp.request(null, { method: 'GET', url: '/api/openapi.json' })).json();
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/support-statistics', '/api/support-statistics/{id}']));
    const create = document.paths['/api/support-statistics'].post.requestBody.content['application/json'].schema;
    expect(create.required).toEqual(expect.arrayContaining(['unitId', 'month']));
    expect(Object.keys(create.properties.services.properties)).toContain('methadone');
  });
});
