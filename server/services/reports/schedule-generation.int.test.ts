import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planContent } from '../../../core/plans/plan.ts';
import { seedPlans } from '../../demo/plans/index.ts';
import { findUnit, type UnitRow } from '../../storage/units.ts';
import { openTestDatabase, type TestDatabase } from '../../../test-support/test-database.ts';
import { reportingAgenciesOf, reportingUnitsOf } from './schedule-generation.ts';

/**
 * Who reports to a pre-reform issuer: the Triệu Sơn district plan of 2021–2025 was issued by a
 * district that the 2025 reform abolished. Its own former communes report to it (they have no
 * current units below them), and its agencies that the plan assigns duties to report to its lead
 * agency, Phòng Lao động - Thương binh và Xã hội.
 */

let database: TestDatabase;
let district: UnitRow;
const trieuSon = planContent.parse(seedPlans.find((seed) => seed.id === 'trieu-son-2021-2025')!.content);

beforeAll(async () => {
  database = await openTestDatabase();
  district = (await findUnit(database.db, trieuSon.issuerUnitId))!;
});
afterAll(() => database.dispose());

describe('reporters of a pre-reform issuer', () => {
  it('are the district\'s former communes, all of them and nothing current', async () => {
    expect(district.valid_to).not.toBeNull();
    const reporters = await reportingUnitsOf(database.db, district);
    const children = await database.db.selectFrom('admin_units').select(['id', 'valid_to']).where('parent_id', '=', district.id).orderBy('id').execute();
    expect(children.length).toBeGreaterThan(20);
    expect(reporters.map((unit) => unit.id).sort()).toEqual(children.map((unit) => unit.id).sort());
    expect(reporters.every((unit) => unit.valid_to !== null)).toBe(true);
  });

  it('include the district\'s agencies the plan assigns duties to, never its lead agency', async () => {
    const agencies = await reportingAgenciesOf(database.db, district, trieuSon.assignments);
    const all = await database.db.selectFrom('agencies').select(['kind', 'is_lead']).where('unit_id', '=', district.id).execute();
    const lead = all.find((agency) => agency.is_lead)!;
    expect(lead.kind).toBe('labour_social_affairs');
    const kinds = new Set(agencies.map((agency) => agency.kind));
    expect(kinds.has('labour_social_affairs')).toBe(false);
    for (const kind of ['police', 'health', 'culture_sports_tourism', 'education', 'womens_union']) expect(kinds.has(kind)).toBe(true);
    // Every agency reported is one the plan names by kind.
    const assigned = new Set(trieuSon.assignments.map((assignment) => assignment.agencyKind));
    expect(agencies.every((agency) => assigned.has(agency.kind as never))).toBe(true);
  });
});
