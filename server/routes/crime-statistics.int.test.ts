import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CrimeStatistics } from '../../core/api/crime-statistics.ts';
import type { TargetProgress } from '../../core/api/progress.ts';
import type { RecordHistory } from '../../core/api/record-history.ts';
import { todayInVietnam } from '../../core/dates/format.ts';
import { aPlanContent, aTarget } from '../../test-support/plan-factory.ts';
import { recordFactory } from '../../test-support/record-factory.ts';
import { startTestApp, type TestApp, type TestSession } from '../../test-support/test-app.ts';

let testApp: TestApp;
let wardInspector: TestSession;
let wardSocialWorker: TestSession;
let wardViewer: TestSession;
let otherCommuneInspector: TestSession;
let provinceOfficer: TestSession;
/** Phường Thành Vinh (16681), article 327, first quarter of 2026. */
let harbouring: CrimeStatistics;

const aLine = (overrides: Record<string, unknown> = {}) => ({
  unitId: '16681',
  period: 'Q2026-1',
  article: '327',
  casesHandled: 4,
  defendants: 7,
  casesProsecuted: 3,
  defendantsProsecuted: 5,
  casesTried: 2,
  defendantsTried: 3,
  ...overrides,
});

const post = (session: TestSession, body: Record<string, unknown>) =>
  testApp.request(session, { method: 'POST', url: '/api/crime-statistics', body });

const create = async (session: TestSession, body: Record<string, unknown>) => {
  const response = await post(session, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as CrimeStatistics;
};

const list = async (session: TestSession, query: string) => {
  const response = await testApp.request(session, { method: 'GET', url: `/api/crime-statistics?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { items: CrimeStatistics[]; total: number; page: number; pageSize: number };
};

const countRows = async () =>
  Number((await testApp.database.db.selectFrom('crime_statistics').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

const latestAudit = (action: string, targetId: string) =>
  testApp.database.db.selectFrom('audit_log').select(['unit_id', 'actor_username', 'target_type', 'summary'])
    .where('action', '=', action).where('target_id', '=', targetId).where('outcome', '=', 'success')
    .orderBy('id', 'desc').executeTakeFirstOrThrow();

/** The messages of a 400 answer by field. */
const refusal = (response: { statusCode: number; body: string; json: () => unknown }) => {
  expect(response.statusCode, response.body).toBe(400);
  const { error } = response.json() as { error: { code: string; details: { field: string; message: string }[] } };
  expect(error.code).toBe('validation_failed');
  return Object.fromEntries(error.details.map((detail) => [detail.field, detail.message]));
};

beforeAll(async () => {
  testApp = await startTestApp();
  wardInspector = await testApp.signIn({ role: 'inspector', unitId: '16681' });
  wardSocialWorker = await testApp.signIn({ role: 'social_worker', unitId: '16681' });
  wardViewer = await testApp.signIn({ role: 'viewer', unitId: '16681' });
  otherCommuneInspector = await testApp.signIn({ role: 'inspector', unitId: '16702' });
  provinceOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '40' });
  harbouring = await create(wardInspector, aLine());
});
afterAll(() => testApp.close());

describe('who may read and write crime statistics', () => {
  it('refuses a social worker, who works with support records, to record, read or list them, and audits it', async () => {
    const before = await countRows();
    const write = await post(wardSocialWorker, aLine({ article: '328' }));
    expect(write.statusCode).toBe(403);
    expect(write.json().error.code).toBe('forbidden');
    expect(await countRows()).toBe(before);
    for (const url of ['/api/crime-statistics', `/api/crime-statistics/${harbouring.id}`, `/api/records/crime_statistics/${harbouring.id}/history`]) {
      const read = await testApp.request(wardSocialWorker, { method: 'GET', url });
      expect(read.statusCode, url).toBe(403);
      expect(read.body).not.toContain('casesHandled');
    }
    const denials = await testApp.database.db.selectFrom('audit_log').select('action')
      .where('actor_username', '=', wardSocialWorker.username).where('outcome', '=', 'denied').orderBy('id').execute();
    expect(denials.map((denial) => denial.action)).toEqual([
      'crime_statistics.create', 'crime_statistics.read', 'crime_statistics.read', 'record_history.read',
    ]);
  });

  it('lets a viewer read but not change or delete', async () => {
    const read = await testApp.request(wardViewer, { method: 'GET', url: `/api/crime-statistics/${harbouring.id}` });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ unitName: 'Phường Thành Vinh', periodCode: 'Q2026-1', casesHandled: 4 });
    const change = await testApp.request(wardViewer, { method: 'PATCH', url: `/api/crime-statistics/${harbouring.id}`, body: { casesHandled: 5 } });
    expect(change.statusCode).toBe(403);
    const remove = await testApp.request(wardViewer, { method: 'DELETE', url: `/api/crime-statistics/${harbouring.id}`, body: { reason: 'Thử xóa' } });
    expect(remove.statusCode).toBe(403);
  });

  it('keeps another commune\'s inspector out of the ward\'s statistics', async () => {
    const attempts = [
      { method: 'GET' as const, url: `/api/crime-statistics/${harbouring.id}` },
      { method: 'PATCH' as const, url: `/api/crime-statistics/${harbouring.id}`, body: { casesTried: 0, defendantsTried: 0 } },
      { method: 'DELETE' as const, url: `/api/crime-statistics/${harbouring.id}`, body: { reason: 'Không phải của xã này' } },
      { method: 'POST' as const, url: '/api/crime-statistics', body: aLine({ article: '329' }) },
      { method: 'GET' as const, url: '/api/crime-statistics?unit=16681' },
    ];
    for (const request of attempts) {
      const response = await testApp.request(otherCommuneInspector, request);
      expect(response.statusCode, `${request.method} ${request.url}`).toBe(403);
      expect(response.json().error.code).toBe('out_of_scope');
    }
    expect((await list(otherCommuneInspector, 'pageSize=200')).items.map((item) => item.id)).not.toContain(harbouring.id);
    expect((await testApp.request(wardViewer, { method: 'GET', url: `/api/crime-statistics/${harbouring.id}` })).json()).toMatchObject({ casesTried: 2 });
  });
});

describe('recording a line for a period', () => {
  it('stores the period code as its days and audits the line with its content', async () => {
    expect(harbouring).toMatchObject({
      unitId: '16681', periodCode: 'Q2026-1', periodStart: '2026-01-01', periodEnd: '2026-03-31', article: '327',
      casesHandled: 4, defendants: 7, casesProsecuted: 3, defendantsProsecuted: 5, casesTried: 2, defendantsTried: 3,
      peopleFined: 0, establishmentsFined: 0, amountFined: 0,
    });
    expect(await latestAudit('crime_statistics.create', harbouring.id)).toMatchObject({
      unit_id: '16681', actor_username: wardInspector.username, target_type: 'crime_statistics',
      summary: { after: { periodCode: 'Q2026-1', article: '327', casesProsecuted: 3 } },
    });
  });

  it('records administrative sanctions with amounts beyond 32 bits, and a reporting period of Decree 09', async () => {
    const sanctions = await create(wardInspector, {
      unitId: '16681', period: 'RH2026-1', article: 'administrative', casesHandled: 30, defendants: 41,
      peopleFined: 38, establishmentsFined: 6, amountFined: 3_250_000_000,
    });
    expect(sanctions).toMatchObject({ periodCode: 'RH2026-1', periodStart: '2025-12-15', periodEnd: '2026-06-14', amountFined: 3_250_000_000 });
  });

  it('refuses a period overlapping a stored one of the same unit and article, naming both', async () => {
    const before = await countRows();
    for (const period of ['M2026-02', 'Y2026', 'RM2026-04', 'H2026-1']) {
      const response = await post(wardInspector, aLine({ period, casesProsecuted: 0, defendantsProsecuted: 0, casesTried: 0, defendantsTried: 0 }));
      expect(response.statusCode, period).toBe(409);
      const { error } = response.json();
      expect(error.code).toBe('crime_statistics_overlap');
      expect(error.message).toContain('01/01/2026');
      expect(error.details[0].field).toBe('period');
      expect(error.details[0].message).toContain('Điều 327');
      expect(error.details[0].message).toContain('quý I năm 2026');
    }
    const english = await testApp.request(wardInspector, { method: 'POST', url: '/api/crime-statistics', body: aLine({ period: 'M2026-03' }), language: 'en' });
    expect(english.json().error.details[0].message).toContain('article 327 (harbouring prostitution) for Q1 2026');
    expect(await countRows()).toBe(before);
  });

  it('accepts the same period for another article and the next quarter for the same one', async () => {
    await create(wardInspector, aLine({ article: '328' }));
    await create(wardInspector, aLine({ period: 'Q2026-2' }));
  });

  it('refuses moving a line onto a period or article that overlaps another', async () => {
    const may = await create(wardInspector, aLine({ article: '329', period: 'M2026-05' }));
    const ontoQuarter = await testApp.request(wardInspector, { method: 'PATCH', url: `/api/crime-statistics/${may.id}`, body: { article: '327' } });
    expect(ontoQuarter.statusCode).toBe(409);
    const changed = await testApp.request(wardInspector, { method: 'PATCH', url: `/api/crime-statistics/${may.id}`, body: { period: 'M2026-06', casesHandled: 5 } });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ periodCode: 'M2026-06', periodStart: '2026-06-01', periodEnd: '2026-06-30', casesHandled: 5, article: '329' });
    const history = await testApp.request(wardViewer, { method: 'GET', url: `/api/records/crime_statistics/${may.id}/history` });
    const last = (history.json() as RecordHistory).entries.at(-1)!;
    expect(last.before).toEqual({ periodCode: 'M2026-05', periodStart: '2026-05-01', periodEnd: '2026-05-31', casesHandled: 4 });
  });

  it('lists by unit, year, period and article, newest period first, and pages', async () => {
    const all = await list(wardViewer, 'unit=16681&subtree=false&year=2026');
    expect(all.items.map((item) => `${item.periodCode} ${item.article}`)).toEqual([
      'M2026-06 329', 'Q2026-2 327', 'Q2026-1 327', 'Q2026-1 328', 'RH2026-1 administrative',
    ]);
    expect((await list(wardViewer, 'period=Q2026-1')).items.map((item) => item.article)).toEqual(['327', '328']);
    expect((await list(wardViewer, 'period=H2026-1&article=327')).items.map((item) => item.periodCode)).toEqual(['Q2026-2', 'Q2026-1']);
    expect((await list(provinceOfficer, 'unit=40&article=administrative')).total).toBe(1);
    const secondPage = await list(provinceOfficer, 'year=2026&pageSize=2&page=2');
    expect(secondPage).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(secondPage.items.map((item) => item.periodCode)).toEqual(['Q2026-1', 'Q2026-1']);
  });

  it('shows lines stored before period codes with their dates, and the code when the dates match one', async () => {
    const records = recordFactory(testApp.database.db);
    await records.crimes('16702', '2024-01-01', '2024-12-31', 9);
    await records.crimes('16702', '2024-02-03', '2024-02-20', 1);
    const lines = await list(provinceOfficer, 'unit=16702&year=2024');
    expect(lines.items.map((item) => [item.periodCode, item.periodStart, item.periodEnd])).toEqual([
      [null, '2024-02-03', '2024-02-20'], ['Y2024', '2024-01-01', '2024-12-31'],
    ]);
  });
});

describe('the rules of a line', () => {
  it('refuses a phase, a malformed code and an unknown article, naming each field', async () => {
    expect(Object.keys(refusal(await post(wardInspector, aLine({ period: 'P2021-2025', article: '999' }))))).toEqual(['period', 'article']);
    expect(Object.keys(refusal(await post(wardInspector, aLine({ period: 'Q2026-5' }))))).toEqual(['period']);
  });

  it('refuses a period that has not begun', async () => {
    const nextYear = Number(todayInVietnam().slice(0, 4)) + 1;
    const fields = refusal(await post(wardInspector, aLine({ period: `Y${nextYear}` })));
    expect(Object.keys(fields)).toEqual(['period']);
    expect(fields.period).toContain(`01/01/${nextYear}`);
  });

  it('refuses negative counts and a fractional amount', async () => {
    const fields = refusal(await post(wardInspector, aLine({ article: '150', casesHandled: -1, defendantsTried: 1.5 })));
    expect(Object.keys(fields).sort()).toEqual(['casesHandled', 'defendantsTried']);
  });

  it('refuses prosecutions above the cases and people handled, and trials without a defendant per case', async () => {
    const fields = refusal(await post(wardInspector, aLine({
      article: '150', casesHandled: 2, defendants: 3, casesProsecuted: 3, defendantsProsecuted: 4, casesTried: 2, defendantsTried: 1,
    })));
    expect(Object.keys(fields).sort()).toEqual(['casesProsecuted', 'defendantsProsecuted', 'defendantsTried']);
    expect(fields.casesProsecuted).toContain('(3)');
    const orphans = refusal(await post(wardInspector, aLine({
      article: '150', casesHandled: 0, defendants: 2, casesProsecuted: 0, defendantsProsecuted: 1, casesTried: 0, defendantsTried: 1,
    })));
    expect(Object.keys(orphans).sort()).toEqual(['casesHandled', 'casesProsecuted', 'casesTried']);
  });

  it('accepts more cases tried than prosecuted in the period: the court may try earlier cases', async () => {
    const line = await create(wardInspector, aLine({ article: '151', casesHandled: 1, defendants: 1, casesProsecuted: 0, defendantsProsecuted: 0, casesTried: 2, defendantsTried: 2 }));
    expect(line.casesTried).toBe(2);
  });

  it('keeps fines off Criminal Code lines and prosecutions off the administrative line', async () => {
    expect(Object.keys(refusal(await post(wardInspector, aLine({ article: 'other', peopleFined: 1, amountFined: 1_000_000 })))).sort())
      .toEqual(['amountFined', 'peopleFined']);
    expect(Object.keys(refusal(await post(wardInspector, { unitId: '16681', period: 'Q2026-3', article: 'administrative', casesHandled: 2, defendants: 2, casesProsecuted: 1 }))))
      .toEqual(['casesProsecuted']);
  });

  it('needs an amount for fines, someone fined for an amount, and no more fined than handled', async () => {
    const base = { unitId: '16681', period: 'Q2026-3', article: 'administrative', casesHandled: 2, defendants: 2 };
    expect(Object.keys(refusal(await post(wardInspector, { ...base, peopleFined: 2 })))).toEqual(['amountFined']);
    expect(Object.keys(refusal(await post(wardInspector, { ...base, amountFined: 500_000 })))).toEqual(['peopleFined']);
    expect(Object.keys(refusal(await post(wardInspector, { ...base, peopleFined: 3, establishmentsFined: 3, amountFined: 9_000_000 }))).sort())
      .toEqual(['establishmentsFined', 'peopleFined']);
  });
});

describe('deleting a line', () => {
  it('needs a reason, then leaves the line out of lists and frees its period, keeping it in the audit trail', async () => {
    const doomed = await create(wardInspector, aLine({ article: 'other', period: 'M2026-07' }));
    const withoutReason = await testApp.request(wardInspector, { method: 'DELETE', url: `/api/crime-statistics/${doomed.id}`, body: {} });
    expect(withoutReason.statusCode).toBe(400);
    expect(withoutReason.json().error.details[0].field).toBe('reason');
    const removed = await testApp.request(wardInspector, { method: 'DELETE', url: `/api/crime-statistics/${doomed.id}`, body: { reason: 'Nhập theo quý thay vì tháng' } });
    expect(removed.statusCode, removed.body).toBe(204);
    expect((await testApp.request(wardInspector, { method: 'GET', url: `/api/crime-statistics/${doomed.id}` })).statusCode).toBe(404);
    const row = await testApp.database.db.selectFrom('crime_statistics').select(['deleted_at', 'deleted_reason'])
      .where('id', '=', doomed.id).executeTakeFirstOrThrow();
    expect(row.deleted_at).not.toBeNull();
    expect(row.deleted_reason).toBe('Nhập theo quý thay vì tháng');
    expect(await latestAudit('crime_statistics.delete', doomed.id)).toMatchObject({
      summary: { reason: 'Nhập theo quý thay vì tháng', before: { article: 'other', periodCode: 'M2026-07' } },
    });
    await create(wardInspector, aLine({ article: 'other', period: 'Q2026-3' }));
  });
});

describe('the growth indicator of crimes handled', () => {
  it('adds up the cases of Criminal Code lines within the period, leaving out sanctions and deleted lines', async () => {
    const content = aPlanContent({
      targets: [aTarget({ key: 'toi-pham', indicatorCode: 'enforcement.crimes_handled_growth', comparator: 'range', value: 3, valueHigh: 5 })],
    });
    const plan = await testApp.request(provinceOfficer, { method: 'POST', url: '/api/plans', body: { content } });
    expect(plan.statusCode, plan.body).toBe(201);
    const communeInspector = await testApp.signIn({ role: 'inspector', unitId: '16702' });
    const growth = async () => {
      const response = await testApp.request(provinceOfficer, { method: 'GET', url: `/api/plans/${plan.json().id}/progress?unit=16702&period=Y2026` });
      expect(response.statusCode, response.body).toBe(200);
      return (response.json() as { targets: TargetProgress[] }).targets.find((candidate) => candidate.key === 'toi-pham')!.result;
    };
    await create(communeInspector, aLine({ unitId: '16702', period: 'Y2025', casesHandled: 20, defendants: 25 }));
    await create(communeInspector, aLine({ unitId: '16702', period: 'Q2026-1', casesHandled: 12, defendants: 14 }));
    await create(communeInspector, { unitId: '16702', period: 'Q2026-1', article: 'administrative', casesHandled: 50, defendants: 60 });
    const brokering = await create(communeInspector, aLine({ unitId: '16702', article: '328', period: 'M2026-04', casesHandled: 3, defendants: 5 }));
    expect(await growth()).toMatchObject({ numerator: 15, previous: 20 });
    const removed = await testApp.request(communeInspector, { method: 'DELETE', url: `/api/crime-statistics/${brokering.id}`, body: { reason: 'Trùng số liệu' } });
    expect(removed.statusCode).toBe(204);
    const after = await growth();
    expect(after).toMatchObject({ numerator: 12, previous: 20 });
    expect(after.value).toBeCloseTo(-40, 5);
  });
});

describe('GET /api/openapi.json', () => {
  it('documents the crime-statistics routes with their schemas', async () => {
    const document = (await testApp.request(null, { method: 'GET', url: '/api/openapi.json' })).json();
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/crime-statistics', '/api/crime-statistics/{id}']));
    const create = document.paths['/api/crime-statistics'].post.requestBody.content['application/json'].schema;
    expect(create.required).toEqual(expect.arrayContaining(['unitId', 'period', 'article']));
    expect(create.properties.article.enum).toContain('administrative');
  });
});
