import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scope } from '../../core/auth/scope.ts';
import { openTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { listDirectoryUnits } from './imports.ts';
import { findUnit, inScope, narrowedScopes, unitIdInScope } from './units.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.dispose());

async function subtreeOf(unitId: string): Promise<Scope> {
  const unit = await findUnit(database.db, unitId);
  return { kind: 'subtree', unitId, unitPath: unit!.path };
}

// The SQL filter and the in-memory directory (used by imports) are written independently; over
// the whole country's units they must agree on every unit, today's and pre-reform ones.
describe('inScope', () => {
  it.each([['province Nghệ An', '40'], ['ward Thành Vinh', '16681']])('holds exactly the units the import directory holds for %s', async (_name, unitId) => {
    const scope = await subtreeOf(unitId);
    const bySql = await database.db.selectFrom('admin_units').select('id').where(inScope(scope)).execute();
    const byDirectory = (await listDirectoryUnits(database.db, scope)).filter((unit) => unit.inScope);
    expect(bySql.map((row) => row.id).sort()).toEqual(byDirectory.map((unit) => unit.id).sort());
    // Both today's units and pre-reform units are among them, so the comparison covers both rules.
    expect(byDirectory.some((unit) => unit.current)).toBe(true);
    expect(byDirectory.some((unit) => !unit.current)).toBe(true);
  });

  it('filters a record table by unit id the same way', async () => {
    const scope = await subtreeOf('16681');
    const joined = await database.db.selectFrom('admin_units').select('id').where(inScope(scope)).execute();
    const byId = await database.db.selectFrom('admin_units').select('id').where(unitIdInScope('admin_units.id', scope)).execute();
    expect(byId.map((row) => row.id).sort()).toEqual(joined.map((row) => row.id).sort());
  });
});

describe('narrowedScopes', () => {
  const province: Scope = { kind: 'subtree', unitId: '40', unitPath: '/40/' };
  const ward: Scope = { kind: 'subtree', unitId: '16681', unitPath: '/40/16681/' };
  const elsewhere: Scope = { kind: 'subtree', unitId: '01', unitPath: '/01/' };

  it('keeps only the narrower scope when it lies inside the caller\'s', () => {
    expect(narrowedScopes(province, ward)).toEqual([ward]);
    expect(narrowedScopes({ kind: 'country' }, ward)).toEqual([ward]);
    expect(narrowedScopes(province, undefined)).toEqual([province]);
  });

  it('keeps both when the narrower unit lies outside the caller\'s subtree, as a pre-reform unit can', () => {
    expect(narrowedScopes(ward, province)).toEqual([ward, province]);
    expect(narrowedScopes(province, elsewhere)).toEqual([province, elsewhere]);
  });
});
