import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { ensureDemoAccounts } from './demo-accounts.ts';
import { demoCascadeCommunes, ensureDemoPlans } from './demo-plans.ts';
import { findUserByUsername } from '../storage/users.ts';
import { buildActor } from '../services/auth/auth-service.ts';
import { createInspection } from '../services/inspections/inspection-service.ts';
import { computePlanProgress } from '../services/progress/progress-service.ts';
import { searchTips } from '../services/tips/tip-service.ts';
import { tipListQuery } from '../../core/api/tips.ts';

let database: TestDatabase;
const lines: string[] = [];

beforeAll(async () => {
  database = await openTestDatabase();
  await ensureDemoAccounts(database, () => undefined);
  await ensureDemoPlans(database, (line) => lines.push(line));
});
afterAll(() => database.dispose());

describe('the demo plans', () => {
  it('hold the three seed plans as drafts, and the 2024 province plan cascaded to wards of Vinh', async () => {
    const plans = await database.db.selectFrom('plans').innerJoin('admin_units', 'admin_units.id', 'plans.issuer_unit_id')
      .select(['plans.id', 'plans.title', 'plans.status', 'plans.issuer_unit_id', 'admin_units.name']).execute();
    const seeds = plans.filter((plan) => ['pre2025-p-nghe-an', 'pre2025-d-thanh-hoa-huyen-trieu-son', 'pre2025-10714'].includes(plan.issuer_unit_id));
    expect(seeds.map((plan) => plan.status)).toEqual(['draft', 'draft', 'draft']);
    const ngheAn = seeds.find((plan) => plan.issuer_unit_id === 'pre2025-p-nghe-an')!;
    const children = await database.db.selectFrom('plan_parents').select('plan_id').where('parent_plan_id', '=', ngheAn.id).execute();
    expect(children).toHaveLength(3);
  });

  it('issue a 2026 Nghệ An plan whose communes issued theirs, with progress to show', async () => {
    const province = await database.db.selectFrom('plans').selectAll().where('issuer_unit_id', '=', '40').executeTakeFirstOrThrow();
    expect(province).toMatchObject({ status: 'issued', number: '15/KH-UBND', period_code: 'Y2026' });
    const communes = await database.db.selectFrom('plans').select(['issuer_unit_id', 'status']).where('issuer_unit_id', 'in', [...demoCascadeCommunes]).execute();
    expect(communes.filter((plan) => plan.status === 'issued')).toHaveLength(3);

    const admin = await findUserByUsername(database.db, 'nghean.canbo');
    const progress = await computePlanProgress({ database, actor: await buildActor(database, admin!) }, province.id, { asOf: '2026-10-31' }, 'vi');
    const withoutData = progress.targets.filter((target) => target.result.status === 'no_data').map((target) => target.indicatorCode);
    expect(withoutData).toEqual([]);
    const planIssued = progress.targets.find((target) => target.indicatorCode === 'planning.child_units_with_plan');
    expect(planIssued?.result).toMatchObject({ numerator: 3, denominator: 130 });
  });

  it('show an inspection recorded by a ward\'s police in the province plan\'s progress at once', async () => {
    const province = await database.db.selectFrom('plans').select('id').where('issuer_unit_id', '=', '40').executeTakeFirstOrThrow();
    const officer = await buildActor(database, (await findUserByUsername(database.db, 'nghean.canbo'))!);
    const police = await buildActor(database, (await findUserByUsername(database.db, 'thanhvinh.congan'))!);
    const wardRow = async () => {
      const progress = await computePlanProgress({ database, actor: officer }, province.id, { asOf: '2026-10-31' }, 'vi');
      const registry = progress.targets.find((target) => target.indicatorCode === 'inspections.registry_share')!;
      return registry.children.find((child) => child.unitId === '16681')!;
    };
    const before = await wardRow();
    const notYetInspected = await database.db.selectFrom('establishments').select('id')
      .where('unit_id', '=', '16681').where('deleted_at', 'is', null)
      .where('id', 'not in', (eb) => eb.selectFrom('inspection_visits').innerJoin('inspections', 'inspections.id', 'inspection_visits.inspection_id')
        .select('inspection_visits.establishment_id').where('inspections.inspected_on', '>=', '2026-01-01'))
      .executeTakeFirstOrThrow();
    const wardPolice = await database.db.selectFrom('agencies').select('id').where('unit_id', '=', '16681').where('kind', '=', 'police')
      .executeTakeFirstOrThrow();
    await createInspection({ database, actor: police }, {
      unitId: '16681', inspectedOn: '2026-10-15', team: 'Tổ công tác Công an phường Thành Vinh', teamKind: 'single_agency',
      memberAgencyIds: [wardPolice.id], notes: null,
      visits: [{ establishmentId: notYetInspected.id, findings: 'Không phát hiện vi phạm', violations: null, outcome: 'no_violation', fineAmount: null, legalBasis: null, followUpDue: null }],
    });
    const after = await wardRow();
    expect(after.numerator).toBe(before.numerator! + 1);
    expect(after.denominator).toBe(before.denominator);
  });

  it('give the ward\'s police a queue of tips at every stage, one overdue, each with its timeline', async () => {
    const police = await buildActor(database, (await findUserByUsername(database.db, 'thanhvinh.congan'))!);
    const page = await searchTips({ database, actor: police, language: 'vi' }, tipListQuery.parse({ unit: '16681' }));
    expect(new Set(page.items.map((tip) => tip.status))).toEqual(new Set(['received', 'classified', 'verifying', 'resolved']));
    expect(page.counts.overdue).toBeGreaterThanOrEqual(1);
    expect(page.items.find((tip) => tip.status === 'resolved')?.deadlineState).toBe('resolved_on_time');
    const events = await database.db.selectFrom('tip_events').select('action').where('tip_id', '=', page.items.find((tip) => tip.status === 'verifying')!.id).execute();
    expect(events.map((event) => event.action)).toEqual(['receive', 'classify', 'assign', 'start_verification']);
  });

  it('are created once: a second start changes nothing', async () => {
    const before = await database.db.selectFrom('plans').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    await ensureDemoPlans(database, () => undefined);
    const after = await database.db.selectFrom('plans').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
    expect(lines.join('\n')).toContain('kế hoạch mẫu');
  });

  it('give the province\'s police officer the police\'s reports under the 2026 plan, as the plan assigns it duties', async () => {
    const officer = await findUserByUsername(database.db, 'nghean.congan');
    const police = await database.db.selectFrom('agencies').select(['id', 'name']).where('unit_id', '=', '40').where('kind', '=', 'police').executeTakeFirstOrThrow();
    expect(officer).toMatchObject({ role: 'agency_officer', unit_id: '40', agency_id: police.id });
    const owed = await database.db.selectFrom('reports').innerJoin('report_requests', 'report_requests.id', 'reports.request_id')
      .select(['report_requests.period_code', 'reports.role']).where('reports.agency_id', '=', police.id).orderBy('report_requests.period_code').execute();
    expect(owed).toEqual([{ period_code: 'RH2026-1', role: 'reporter' }, { period_code: 'RY2026', role: 'reporter' }]);
  });
});
