import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { ensureDemoAccounts } from './demo-accounts.ts';
import { demoCascadeCommunes, ensureDemoPlans } from './demo-plans.ts';
import { findUserByUsername } from '../storage/users.ts';
import { buildActor } from '../services/auth/auth-service.ts';
import { computePlanProgress } from '../services/progress/progress-service.ts';

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
    const withData = progress.targets.filter((target) => target.result.status !== 'no_data');
    expect(withData.length).toBeGreaterThanOrEqual(5);
    const planIssued = progress.targets.find((target) => target.indicatorCode === 'planning.child_units_with_plan');
    expect(planIssued?.result).toMatchObject({ numerator: 3, denominator: 130 });
  });

  it('are created once: a second start changes nothing', async () => {
    const before = await database.db.selectFrom('plans').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    await ensureDemoPlans(database, () => undefined);
    const after = await database.db.selectFrom('plans').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
    expect(lines.join('\n')).toContain('kế hoạch mẫu');
  });
});
