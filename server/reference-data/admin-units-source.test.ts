import { beforeAll, describe, expect, it } from 'vitest';
import {
  parseAdminUnitsSource,
  readAdminUnitsSourceFile,
  spellingKey,
  splitKind,
  OLD_DISTRICT_KINDS,
  type AdminUnitsSource,
  type Quirk,
} from './admin-units-source.ts';

// --- Small hand-made files, in the package's shape.

type Row = Record<string, string | null>;

function file(tables: { provinces?: Row[]; wards?: Row[]; mappings?: Row[] }): unknown[] {
  return [
    { type: 'header', version: '1.1', comment: 'test' },
    { type: 'database', name: 'address' },
    { type: 'table', name: 'provinces', database: 'address', data: tables.provinces ?? provinces },
    { type: 'table', name: 'wards', database: 'address', data: tables.wards ?? wards },
    { type: 'table', name: 'ward_mappings', database: 'address', data: tables.mappings ?? [] },
  ];
}

const provinces: Row[] = [
  { id: '1', province_code: '01', name: 'Thành phố Hà Nội', short_name: 'Thành phố Hà Nội', code: 'HNI', place_type: 'Thành phố Trung Ương', country: 'VN', created_at: null, updated_at: null },
  { id: '2', province_code: '40', name: 'Nghệ An', short_name: 'Nghệ An', code: 'NAN', place_type: 'Tỉnh', country: 'VN', created_at: null, updated_at: null },
];
const wards: Row[] = [
  { id: '1', ward_code: '00004', name: 'Phường Ba Đình', province_code: '01', created_at: null, updated_at: null },
  { id: '2', ward_code: '00172', name: 'Phường Yên Hòa', province_code: '01', created_at: null, updated_at: null },
  { id: '3', ward_code: '16681', name: 'Xã Bình Lư', province_code: '40', created_at: null, updated_at: null },
  { id: '4', ward_code: '17000', name: 'Đặc khu Thử', province_code: '40', created_at: null, updated_at: null },
];

let nextId = 100;
function mapping(fields: Partial<Row>): Row {
  return {
    id: String(nextId++),
    old_ward_code: '00001',
    old_ward_name: 'Phường Phúc Xá',
    old_district_name: 'Quận Ba Đình',
    old_province_name: 'Thành phố Hà Nội',
    new_ward_code: '00004',
    new_ward_name: 'Phường Ba Đình',
    new_province_name: 'Thành phố Hà Nội',
    created_at: '2025-07-02 14:28:29',
    updated_at: '2025-07-02 14:28:29',
    ...fields,
  };
}

function quirk(source: AdminUnitsSource, id: string): Quirk | undefined {
  return source.quirks.find((found) => found.id === id);
}

describe('spellingKey', () => {
  it('equates tone placement and case variants', () => {
    expect(spellingKey('Thành phố Tuy Hoà')).toBe(spellingKey('Thành phố Tuy Hòa'));
    expect(spellingKey('Huyện Kiến Thuỵ')).toBe(spellingKey('Huyện Kiến Thụy'));
    expect(spellingKey('Huyện KBang')).toBe(spellingKey('Huyện Kbang'));
    expect(spellingKey('Xã Ia RVê'.normalize('NFD'))).toBe(spellingKey('Xã Ia Rvê'));
  });

  it('keeps names apart that differ in tone or vowel', () => {
    expect(spellingKey('Phường Hương Văn')).not.toBe(spellingKey('Phường Hương Vân'));
    expect(spellingKey('Xã Đông Thành')).not.toBe(spellingKey('Xã Đông Thạnh'));
    expect(spellingKey('Xã Minh Quân')).not.toBe(spellingKey('Xã Minh Quán'));
  });
});

describe('splitKind', () => {
  it('prefers the longest kind', () => {
    expect(splitKind('Thị xã Sa Pa', OLD_DISTRICT_KINDS)).toEqual({ name: 'Thị xã Sa Pa', shortName: 'Sa Pa', kind: 'Thị xã' });
    expect(splitKind('Thành phố Vinh', OLD_DISTRICT_KINDS)?.kind).toBe('Thành phố');
    expect(splitKind('Ấp Một', OLD_DISTRICT_KINDS)).toBeNull();
  });
});

describe('parseAdminUnitsSource on hand-made data', () => {
  it('builds province names and kinds from place_type, whatever form the name has', () => {
    const source = parseAdminUnitsSource(file({}));
    expect(source.headerVersion).toBe('1.1');
    expect(source.provinces).toEqual([
      { code: '01', name: 'Thành phố Hà Nội', shortName: 'Hà Nội', kind: 'Thành phố' },
      { code: '40', name: 'Tỉnh Nghệ An', shortName: 'Nghệ An', kind: 'Tỉnh' },
    ]);
    // Both rows differ from the rebuilt form: the city in short_name, the province in name.
    expect(quirk(source, 'province-name-form')?.count).toBe(2);
  });

  it('splits commune kinds, including Đặc khu', () => {
    const source = parseAdminUnitsSource(file({}));
    expect(source.communes.find((commune) => commune.code === '17000')).toMatchObject({ kind: 'Đặc khu', shortName: 'Thử', provinceCode: '40' });
    expect(source.communes.find((commune) => commune.code === '16681')).toMatchObject({ kind: 'Xã', shortName: 'Bình Lư', name: 'Xã Bình Lư' });
  });

  it('normalises decomposed text and stray spaces, and counts them', () => {
    const nfdWards = wards.map((ward) => (ward.ward_code === '16681' ? { ...ward, name: `  ${'Xã Bình Lư'.normalize('NFD')} ` } : ward));
    const source = parseAdminUnitsSource(
      file({ wards: nfdWards, mappings: [mapping({ new_ward_code: '16681', new_ward_name: 'Xã Bình Lư'.normalize('NFD'), new_province_name: 'Nghệ An', old_province_name: 'Tỉnh Nghệ An', old_district_name: 'Huyện Thanh Chương', old_ward_name: 'Xã Thanh Sơn', old_ward_code: '17200' })] }),
    );
    const commune = source.communes.find((unit) => unit.code === '16681');
    expect(commune?.name).toBe('Xã Bình Lư'.normalize('NFC'));
    expect(source.mappings[0]?.successorCode).toBe('16681');
    expect(quirk(source, 'text-not-normalized')?.count).toBe(2);
  });

  it('throws when a table is missing or a current unit is unusable', () => {
    expect(() => parseAdminUnitsSource([{ type: 'header' }])).toThrow(/table 'provinces' is missing/);
    expect(() => parseAdminUnitsSource({})).toThrow(/JSON array/);
    const badWard = [...wards, { id: '9', ward_code: '1234', name: 'Xã Lạ', province_code: '40' }];
    expect(() => parseAdminUnitsSource(file({ wards: badWard }))).toThrow(/five digits/);
    const unknownKind = [...wards, { id: '9', ward_code: '12345', name: 'Ấp Lạ', province_code: '40' }];
    expect(() => parseAdminUnitsSource(file({ wards: unknownKind }))).toThrow(/does not start with/);
    const orphan = [...wards, { id: '9', ward_code: '12345', name: 'Xã Lạ', province_code: '99' }];
    expect(() => parseAdminUnitsSource(file({ wards: orphan }))).toThrow(/unknown province/);
  });

  it('keeps rows without an old code and counts them', () => {
    const source = parseAdminUnitsSource(file({ mappings: [mapping({ old_ward_code: null, old_ward_name: 'Phường Quỳnh Lôi' })] }));
    expect(source.mappings).toHaveLength(1);
    expect(source.mappings[0]).toMatchObject({ oldCode: null, oldCommune: { name: 'Phường Quỳnh Lôi', kind: 'Phường', shortName: 'Quỳnh Lôi' }, successorCode: '00004' });
    expect(quirk(source, 'old-code-missing')?.count).toBe(1);
  });

  it('reports rows with no old unit at all instead of keeping them', () => {
    const source = parseAdminUnitsSource(
      file({ mappings: [mapping({ old_ward_code: '', old_ward_name: null, old_district_name: null, old_province_name: null, new_ward_code: '17000', new_ward_name: 'Đặc khu Thử', new_province_name: 'Nghệ An' })] }),
    );
    expect(source.mappings).toHaveLength(0);
    expect(quirk(source, 'no-old-unit')).toMatchObject({ count: 1, examples: [expect.stringContaining('Đặc khu Thử')] });
  });

  it('folds verbatim duplicate rows into one, remembering their ids', () => {
    const row = mapping({ old_ward_code: null });
    const copy = { ...row, id: '999', created_at: '2025-07-15 23:17:09' };
    const source = parseAdminUnitsSource(file({ mappings: [row, copy] }));
    expect(source.mappings).toHaveLength(1);
    expect(source.mappings[0]?.rowIds).toEqual([row.id, '999']);
    expect(quirk(source, 'duplicate-row')?.count).toBe(1);
  });

  it('resolves the new commune by province and name, checking the code', () => {
    const source = parseAdminUnitsSource(
      file({
        mappings: [
          mapping({ new_ward_code: '4' }), // leading zeros lost
          mapping({ new_ward_code: '11371' }), // no such commune
          mapping({ new_ward_code: '16681' }), // a commune of another province
          mapping({ new_ward_code: '00172', new_ward_name: 'Phường Yên Hoà' }), // old-style tone placement
          mapping({ new_ward_code: '00004' }), // all agree
        ],
      }),
    );
    expect(source.mappings.map((row) => row.successorCode)).toEqual(['00004', '00004', '00004', '00172', '00004']);
    expect(quirk(source, 'new-code-missing-leading-zeros')?.count).toBe(1);
    expect(quirk(source, 'new-code-unknown')?.count).toBe(1);
    expect(quirk(source, 'new-code-names-other-unit')).toMatchObject({ count: 1, examples: [expect.stringContaining('Xã Bình Lư (Nghệ An)')] });
    expect(quirk(source, 'new-name-spelling-differs')?.count).toBe(1);
  });

  it('falls back on the code when the name is unknown, and reports rows it cannot place', () => {
    const source = parseAdminUnitsSource(
      file({
        mappings: [
          mapping({ new_ward_code: '00004', new_ward_name: 'Phường Không Có' }),
          mapping({ new_ward_code: '16681', new_ward_name: 'Phường Không Có' }), // code is in another province
          mapping({ new_ward_code: '00004', new_ward_name: 'Phường Ba Đình', new_province_name: 'Tỉnh Không Có' }),
        ],
      }),
    );
    expect(source.mappings.map((row) => row.successorCode)).toEqual(['00004', '00004']);
    expect(quirk(source, 'new-name-unknown-code-used')?.count).toBe(2);
    expect(quirk(source, 'successor-unresolved')?.count).toBe(1);
  });

  it('lets the code decide when a name is not unique in its province', () => {
    const twins = [...wards, { id: '8', ward_code: '16700', name: 'Xã Bình Lư', province_code: '40' }];
    const row = { new_province_name: 'Nghệ An', new_ward_name: 'Xã Bình Lư' };
    const source = parseAdminUnitsSource(file({ wards: twins, mappings: [mapping({ ...row, new_ward_code: '16700' }), mapping({ ...row, new_ward_code: '16681' })] }));
    expect(source.mappings.map((mapped) => mapped.successorCode)).toEqual(['16700', '16681']);
    expect(quirk(source, 'new-name-unknown-code-used')?.count).toBe(2);
  });

  it('skips and reports invalid rows without stopping', () => {
    const source = parseAdminUnitsSource(
      file({
        mappings: [
          mapping({ old_ward_code: 'abc' }),
          mapping({ old_ward_name: 'Ấp Một' }),
          mapping({ old_district_name: null }),
          { id: '5', new_ward_name: null } as unknown as Row,
          mapping({}),
        ],
      }),
    );
    expect(source.mappings).toHaveLength(1);
    expect(quirk(source, 'invalid-row')?.count).toBe(4);
  });
});

describe('parseAdminUnitsSource on the package data', () => {
  let source: AdminUnitsSource;
  beforeAll(async () => {
    source = parseAdminUnitsSource((await readAdminUnitsSourceFile()).raw);
  });

  it('has 34 provinces and 3,321 communes', () => {
    expect(source.rowCounts).toEqual({ provinces: 34, wards: 3321, wardMappings: 10977 });
    expect(source.provinces).toHaveLength(34);
    expect(source.communes).toHaveLength(3321);
    expect(source.provinces.find((province) => province.code === '40')).toEqual({ code: '40', name: 'Tỉnh Nghệ An', shortName: 'Nghệ An', kind: 'Tỉnh' });
    expect(source.provinces.filter((province) => province.kind === 'Thành phố')).toHaveLength(6);
  });

  it('accounts for every mapping row: kept, duplicate or without old unit', () => {
    const count = (id: string) => quirk(source, id)?.count ?? 0;
    const kept = source.mappings.reduce((sum, row) => sum + row.rowIds.length, 0);
    expect(kept + count('no-old-unit')).toBe(10977);
    expect(count('duplicate-row')).toBe(kept - source.mappings.length);
    expect(count('invalid-row')).toBe(0);
    expect(count('successor-unresolved')).toBe(0);
    expect(count('no-old-unit')).toBe(5);
    expect(count('old-code-missing')).toBe(938);
  });

  it('finds the quirks known in this version', () => {
    const counts = Object.fromEntries(source.quirks.map((found) => [found.id, found.count]));
    expect(counts).toMatchObject({
      'text-not-normalized': 129,
      'duplicate-row': 128,
      'new-code-missing-leading-zeros': 67,
      'new-code-unknown': 323,
      'new-code-names-other-unit': 63,
    });
    for (const found of source.quirks) expect(found.examples.length).toBeGreaterThan(0);
  });
});
