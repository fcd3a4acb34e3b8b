import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { docxText } from '../../test-support/office-files.ts';
import { startTestApp, type TestApp, type TestSession } from '../../test-support/test-app.ts';
import { aPlanContent, aTarget } from '../../test-support/plan-factory.ts';

let testApp: TestApp;
let provinceOfficer: TestSession;
let communeOfficer: TestSession;
let viewer: TestSession;

beforeAll(async () => {
  testApp = await startTestApp();
  provinceOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '40' });
  communeOfficer = await testApp.signIn({ role: 'programme_officer', unitId: '16681' });
  viewer = await testApp.signIn({ role: 'viewer', unitId: '40' });
});
afterAll(() => testApp.close());

const countPlans = async () => Number((await testApp.database.db.selectFrom('plans').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

async function createPlan(session: TestSession, content = aPlanContent(), parentPlanIds: string[] = []) {
  return testApp.request(session, { method: 'POST', url: '/api/plans', body: { content, parentPlanIds } });
}

describe('POST /api/plans', () => {
  it('is forbidden to a viewer', async () => {
    const response = await createPlan(viewer);
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('forbidden');
  });

  it('is refused for an issuer outside the officer\'s scope', async () => {
    const response = await createPlan(communeOfficer);
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('out_of_scope');
  });

  it('creates a draft with its targets, audited', async () => {
    const response = await createPlan(provinceOfficer);
    expect(response.statusCode).toBe(201);
    const plan = response.json();
    expect(plan).toMatchObject({ status: 'draft', version: 1, issuerUnitId: '40', issuerName: 'Tỉnh Nghệ An', periodCode: 'Y2026' });
    expect(plan.content.targets.map((target: { key: string }) => target.key)).toEqual(['truyen-thong', 'kiem-tra-co-so', 'tin-bao']);
    expect(plan.content.signer.position).toBe('PHÓ CHỦ TỊCH');
    const entry = await testApp.database.db.selectFrom('audit_log').select(['unit_id', 'target_id']).where('action', '=', 'plan.create').executeTakeFirstOrThrow();
    expect(entry).toEqual({ unit_id: '40', target_id: plan.id });
  });

  it('names every impossible target and saves nothing', async () => {
    const before = await countPlans();
    const content = aPlanContent({
      targets: [
        aTarget({ key: 'qua-100', value: 120 }),
        aTarget({ key: 'khoang-nguoc', indicatorCode: 'enforcement.crimes_handled_growth', comparator: 'range', value: 5, valueHigh: 3 }),
        aTarget({ key: 'ngoai-ky', periodCode: 'Y2027' }),
        aTarget({ key: 'khong-co-chi-so', indicatorCode: 'khong.ton_tai' }),
      ],
    });
    const response = await createPlan(provinceOfficer, content);
    expect(response.statusCode).toBe(400);
    const fields = response.json().error.details.map((detail: { field: string }) => detail.field);
    expect(fields).toEqual(expect.arrayContaining(['content.targets.0.value', 'content.targets.1.valueHigh', 'content.targets.2.periodCode', 'content.targets.3.indicatorCode']));
    expect(await countPlans()).toBe(before);
  });
});

describe('reading and changing one plan', () => {
  it('refuses another commune\'s plan and its children to a commune officer', async () => {
    const parent = (await createPlan(provinceOfficer)).json();
    const child = (await testApp.request(communeOfficer, { method: 'POST', url: `/api/plans/${parent.id}/children`, body: { unitId: '16681' } })).json();
    const neighbour = await testApp.signIn({ role: 'programme_officer', unitId: '16702' });
    expect((await testApp.request(neighbour, { method: 'GET', url: `/api/plans/${child.id}` })).statusCode).toBe(403);
    expect((await testApp.request(neighbour, { method: 'GET', url: `/api/plans/${child.id}/children` })).statusCode).toBe(403);
    // The province's plan is addressed to every commune below it.
    expect((await testApp.request(neighbour, { method: 'GET', url: `/api/plans/${parent.id}` })).statusCode).toBe(200);
  });

  it('refuses edits and amendments to a viewer, and edits of the province\'s plan to a commune officer', async () => {
    const plan = (await createPlan(provinceOfficer)).json();
    const edit = { content: aPlanContent({ title: 'Sửa' }), parentPlanIds: [] };
    expect((await testApp.request(viewer, { method: 'PUT', url: `/api/plans/${plan.id}`, body: edit })).statusCode).toBe(403);
    expect((await testApp.request(viewer, { method: 'POST', url: `/api/plans/${plan.id}/amend` })).statusCode).toBe(403);
    const byCommune = await testApp.request(communeOfficer, { method: 'PUT', url: `/api/plans/${plan.id}`, body: edit });
    expect(byCommune.statusCode).toBe(403);
    expect(byCommune.json().error.code).toBe('out_of_scope');
  });

  it('answers 404 for a plan that does not exist', async () => {
    const response = await testApp.request(provinceOfficer, { method: 'GET', url: '/api/plans/00000000-0000-4000-8000-000000000000' });
    expect(response.statusCode).toBe(404);
  });
});

describe('issuing and amending', () => {
  it('makes an issued plan read-only, then amends it with a new version that supersedes it on issue', async () => {
    const draft = (await createPlan(provinceOfficer)).json();
    const forbidden = await testApp.request(viewer, { method: 'POST', url: `/api/plans/${draft.id}/issue`, body: { number: '12/KH-UBND', issueDate: '2026-01-15' } });
    expect(forbidden.statusCode).toBe(403);
    const badNumber = await testApp.request(provinceOfficer, { method: 'POST', url: `/api/plans/${draft.id}/issue`, body: { number: 'mười hai', issueDate: '2026-01-15' } });
    expect(badNumber.statusCode).toBe(400);
    expect(badNumber.json().error.details[0].message).toBe('Số kế hoạch có dạng 249/KH-UBND');
    const issued = await testApp.request(provinceOfficer, { method: 'POST', url: `/api/plans/${draft.id}/issue`, body: { number: '12/KH-UBND', issueDate: '2026-01-15' } });
    expect(issued.statusCode).toBe(200);
    expect(issued.json()).toMatchObject({ status: 'issued', number: '12/KH-UBND', issueDate: '2026-01-15' });

    const edit = await testApp.request(provinceOfficer, { method: 'PUT', url: `/api/plans/${draft.id}`, body: { content: aPlanContent({ title: 'Sửa sau khi ban hành' }), parentPlanIds: [] } });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.code).toBe('plan_not_editable');
    // The database itself refuses, whatever the application does.
    await expect(sql`update plans set title = 'x' where id = ${draft.id}`.execute(testApp.database.db)).rejects.toThrow(/read-only/);
    await expect(sql`delete from plan_targets where plan_id = ${draft.id}`.execute(testApp.database.db)).rejects.toThrow(/read-only/);

    const amendment = await testApp.request(provinceOfficer, { method: 'POST', url: `/api/plans/${draft.id}/amend` });
    expect(amendment.statusCode).toBe(201);
    expect(amendment.json()).toMatchObject({ status: 'draft', version: 2, amendsPlanId: draft.id, number: null });
    await testApp.request(provinceOfficer, { method: 'POST', url: `/api/plans/${amendment.json().id}/issue`, body: { number: '30/KH-UBND', issueDate: '2026-03-02' } });
    const original = await testApp.request(provinceOfficer, { method: 'GET', url: `/api/plans/${draft.id}` });
    expect(original.json().status).toBe('superseded');
  });
});

describe('cascading a plan to a child unit', () => {
  it('drafts the commune\'s plan from the province\'s, linked target by target', async () => {
    const parent = (await createPlan(provinceOfficer)).json();
    await testApp.request(provinceOfficer, { method: 'POST', url: `/api/plans/${parent.id}/issue`, body: { number: '5/KH-UBND', issueDate: '2026-01-10' } });
    const forbidden = await testApp.request(viewer, { method: 'POST', url: `/api/plans/${parent.id}/children`, body: { unitId: '16681' } });
    expect(forbidden.statusCode).toBe(403);

    const response = await testApp.request(communeOfficer, { method: 'POST', url: `/api/plans/${parent.id}/children`, body: { unitId: '16681' } });
    expect(response.statusCode).toBe(201);
    const child = response.json();
    expect(child).toMatchObject({ status: 'draft', issuerUnitId: '16681', parents: [{ id: parent.id }] });
    expect(child.title).toBe('Thực hiện phòng, chống mại dâm trên địa bàn phường Thành Vinh năm 2026');
    expect(child.content.legalBasis[0]).toBe('Kế hoạch số 5/KH-UBND ngày 10/01/2026 của UBND tỉnh Nghệ An về thực hiện phòng, chống mại dâm trên địa bàn tỉnh Nghệ An năm 2026');
    // A ward has no communes: the share-of-communes target does not carry down.
    expect(child.omitted).toEqual(['target:truyen-thong']);
    expect(child.content.targets.map((target: { key: string; parentTargetKey: string }) => [target.key, target.parentTargetKey]))
      .toEqual([['kiem-tra-co-so', 'kiem-tra-co-so'], ['tin-bao', 'tin-bao']]);
    const lead = child.content.assignments.find((assignment: { role: string }) => assignment.role === 'lead');
    expect(lead.agencyName).toBe('Phòng Văn hóa - Xã hội');
    expect(child.content.assignments.map((assignment: { agencyName: string }) => assignment.agencyName)).toContain('Công an phường Thành Vinh');

    const again = await testApp.request(communeOfficer, { method: 'POST', url: `/api/plans/${parent.id}/children`, body: { unitId: '16681' } });
    expect(again.statusCode).toBe(409);
    const notBelow = await testApp.request(provinceOfficer, { method: 'POST', url: `/api/plans/${parent.id}/children`, body: { unitId: '40' } });
    expect(notBelow.statusCode).toBe(400);
    expect(notBelow.json().error.code).toBe('not_a_child_unit');

    const status = await testApp.request(provinceOfficer, { method: 'GET', url: `/api/plans/${parent.id}/children` });
    expect(status.json()).toMatchObject({ childCount: 130, issuedCount: 0 });
    expect(status.json().children.find((row: { unitId: string }) => row.unitId === '16681')).toMatchObject({ planId: child.id, status: 'draft' });
  });

  it('asks for a reason when a child target is looser than its parent\'s', async () => {
    const parent = (await createPlan(provinceOfficer)).json();
    const child = (await testApp.request(communeOfficer, { method: 'POST', url: `/api/plans/${parent.id}/children`, body: { unitId: '16681' } })).json();
    const targets = child.content.targets.map((target: { key: string; value: number }) => (target.key === 'kiem-tra-co-so' ? { ...target, value: 10 } : target));
    const looser = await testApp.request(communeOfficer, { method: 'PUT', url: `/api/plans/${child.id}`, body: { content: { ...child.content, targets }, parentPlanIds: [parent.id] } });
    expect(looser.statusCode).toBe(400);
    expect(looser.json().error.details.map((detail: { field: string }) => detail.field)).toEqual(['content.targets.0.looserReason']);
    const explained = targets.map((target: { key: string }) => (target.key === 'kiem-tra-co-so' ? { ...target, looserReason: 'Phường mới thành lập, chưa đủ lực lượng kiểm tra' } : target));
    const ok = await testApp.request(communeOfficer, { method: 'PUT', url: `/api/plans/${child.id}`, body: { content: { ...child.content, targets: explained }, parentPlanIds: [parent.id] } });
    expect(ok.statusCode).toBe(200);
    const stricter = targets.map((target: { key: string }) => (target.key === 'kiem-tra-co-so' ? { ...target, value: 30 } : target));
    const fine = await testApp.request(communeOfficer, { method: 'PUT', url: `/api/plans/${child.id}`, body: { content: { ...child.content, targets: stricter }, parentPlanIds: [parent.id] } });
    expect(fine.statusCode).toBe(200);
  });

  it('refuses a cycle of parent plans', async () => {
    const first = (await createPlan(provinceOfficer)).json();
    const second = (await createPlan(provinceOfficer, aPlanContent(), [first.id])).json();
    const cycle = await testApp.request(provinceOfficer, { method: 'PUT', url: `/api/plans/${first.id}`, body: { content: aPlanContent(), parentPlanIds: [second.id] } });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().error.code).toBe('plan_cycle');
  });
});

describe('GET /api/plans/{id}/document.docx', () => {
  it('is refused without signing in and to a unit the plan is not addressed to', async () => {
    const plan = (await createPlan(provinceOfficer)).json();
    expect((await testApp.request(null, { method: 'GET', url: `/api/plans/${plan.id}/document.docx` })).statusCode).toBe(401);
    const elsewhere = await testApp.signIn({ role: 'programme_officer', unitId: '01' });
    expect((await testApp.request(elsewhere, { method: 'GET', url: `/api/plans/${plan.id}/document.docx` })).statusCode).toBe(403);
  });

  it('downloads the plan as a Word document named after its number', async () => {
    const plan = (await createPlan(provinceOfficer)).json();
    await testApp.request(provinceOfficer, { method: 'POST', url: `/api/plans/${plan.id}/issue`, body: { number: '21/KH-UBND', issueDate: '2026-02-03' } });
    const response = await testApp.request(provinceOfficer, { method: 'GET', url: `/api/plans/${plan.id}/document.docx` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(response.headers['content-disposition']).toBe('attachment; filename="ke-hoach-21-KH-UBND-Y2026.docx"');
    const file = response.rawPayload;
    expect(file.subarray(0, 2).toString()).toBe('PK');
    expect(file.includes(Buffer.from('word/document.xml'))).toBe(true);
  });
});

describe('GET /api/plans', () => {
  it('is refused without signing in', async () => {
    expect((await testApp.request(null, { method: 'GET', url: '/api/plans' })).statusCode).toBe(401);
  });

  it('lists only plans of units in scope, searchable without accents', async () => {
    const province = await testApp.request(provinceOfficer, { method: 'GET', url: '/api/plans?q=thanh%20vinh' });
    expect(province.statusCode).toBe(200);
    expect(province.json().plans.length).toBeGreaterThan(0);
    const commune = await testApp.request(communeOfficer, { method: 'GET', url: '/api/plans' });
    const issuers = new Set(commune.json().plans.map((plan: { issuerUnitId: string }) => plan.issuerUnitId));
    // Its own plans, and the province's plans addressed to it; never another commune's.
    expect([...issuers].sort()).toEqual(['16681', '40']);
    const other = await testApp.signIn({ role: 'programme_officer', unitId: '16702' });
    const otherList = await testApp.request(other, { method: 'GET', url: '/api/plans' });
    expect(otherList.json().plans.map((plan: { issuerUnitId: string }) => plan.issuerUnitId)).not.toContain('16681');
  });
});

describe('GET /api/plans/{id}/document.docx?lang=en: the unofficial English translation', () => {
  // document.xml escapes the apostrophe of "People's".
  const englishText = (body: Buffer) => docxText(body).replace(/&apos;/g, "'");

  let planId: string;
  beforeAll(async () => {
    planId = (await createPlan(provinceOfficer)).json().id;
    await testApp.request(provinceOfficer, { method: 'POST', url: `/api/plans/${planId}/issue`, body: { number: '22/KH-UBND', issueDate: '2026-02-03' } });
  });

  it('is refused, as the Vietnamese, without signing in and to a unit the plan is not addressed to', async () => {
    expect((await testApp.request(null, { method: 'GET', url: `/api/plans/${planId}/document.docx?lang=en` })).statusCode).toBe(401);
    const elsewhere = await testApp.signIn({ role: 'programme_officer', unitId: '01' });
    expect((await testApp.request(elsewhere, { method: 'GET', url: `/api/plans/${planId}/document.docx?lang=en` })).statusCode).toBe(403);
  });

  it('refuses a language other than vi and en, or an unknown parameter, saying which are allowed', async () => {
    const french = await testApp.request(provinceOfficer, { method: 'GET', url: `/api/plans/${planId}/document.docx?lang=fr`, language: 'en' });
    expect(french.statusCode).toBe(400);
    expect(french.json().error).toMatchObject({
      code: 'validation_failed',
      details: [{ field: 'querystring.lang', message: 'The document language must be vi (the official document) or en (an unofficial English translation)' }],
    });
    const inVietnamese = await testApp.request(provinceOfficer, { method: 'GET', url: `/api/plans/${planId}/document.docx?lang=fr` });
    expect(inVietnamese.statusCode).toBe(400);
    expect(inVietnamese.json().error.details[0].message).toBe('Ngôn ngữ của tài liệu phải là vi (bản chính thức) hoặc en (bản dịch tiếng Anh không chính thức)');
    const unknown = await testApp.request(provinceOfficer, { method: 'GET', url: `/api/plans/${planId}/document.docx?language=en` });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0].message).toContain('language');
  });

  it('gives the plan in English, marked as a translation, with an English file name', async () => {
    const response = await testApp.request(provinceOfficer, { method: 'GET', url: `/api/plans/${planId}/document.docx?lang=en` });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(response.headers['content-disposition']).toBe('attachment; filename="plan-22-KH-UBND-Y2026.docx"');
    const text = englishText(response.rawPayload);
    for (const expected of [
      'Unofficial English translation — the Vietnamese document is the official one', 'PEOPLE\'S COMMITTEE OF\nNGHỆ AN PROVINCE',
      'SOCIALIST REPUBLIC OF VIET NAM', 'No.: 22/KH-UBND', 'Nghệ An, 03/02/2026', 'PLAN\nThực hiện phòng, chống mại dâm trên địa bàn tỉnh Nghệ An năm 2026',
      'I. PURPOSE AND REQUIREMENTS', 'II. OBJECTIVES AND TARGETS', 'III. TASKS AND SOLUTIONS', 'IV. ORGANISATION OF IMPLEMENTATION', 'V. REPORTING REGIME',
      '- Kiểm tra ít nhất 20% số cơ sở;', 'Indicator: Share of at-risk establishments inspected. Target: ≥\u00a020%.',
      'report by 20/6 each year; Sở Y tế consolidates them and reports to the People\'s Committee of Nghệ An Province by 25/6 each year.',
      'Recipients:', '- Bộ Y tế;', 'FOR THE CHAIR', 'Nguyễn Văn A',
    ]) {
      expect(text).toContain(expected);
    }
    for (const vietnamese of ['KẾ HOẠCH', 'MỤC ĐÍCH, YÊU CẦU', 'TỔ CHỨC THỰC HIỆN', 'CHẾ ĐỘ BÁO CÁO', 'Nơi nhận:', 'Số:']) expect(text).not.toContain(vietnamese);
  });

  it('stays Vietnamese whatever the browser prefers, unless the link asks for English', async () => {
    const response = await testApp.request(provinceOfficer, { method: 'GET', url: `/api/plans/${planId}/document.docx`, language: 'en' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-disposition']).toBe('attachment; filename="ke-hoach-22-KH-UBND-Y2026.docx"');
    expect(englishText(response.rawPayload)).toContain('KẾ HOẠCH');
    const explicit = await testApp.request(provinceOfficer, { method: 'GET', url: `/api/plans/${planId}/document.docx?lang=vi` });
    expect(englishText(explicit.rawPayload)).toBe(englishText(response.rawPayload));
  });
});
