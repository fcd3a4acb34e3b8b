/**
 * Builds, from the validated source, the rows of admin_units and admin_unit_successions and a
 * report of what was found. Pure and deterministic: the same source gives the same rows in the
 * same order, so a load can be checked, diffed and repeated.
 */
import { toSearchText } from '../../core/text/search-text.ts';
import {
  QuirkCollector,
  spellingKey,
  type AdminUnitsSource,
  type KindedName,
  type Quirk,
  type QuirkDefinition,
  type SourceMapping,
} from './admin-units-source.ts';

/** Bump when the rules below change, so that a database loaded by older rules is reloaded. */
export const ADMIN_UNITS_PLAN_VERSION = 1;
export const ADMIN_UNITS_DATASET = 'admin-units';
/** Resolution 202/2025/QH15: the new provinces and communes took effect on 1 July 2025. */
export const REFORM_DATE = '2025-07-01';
export const PRE_REFORM_LAST_DAY = '2025-06-30';

export interface AdminUnitRow {
  id: string;
  code: string | null;
  name: string;
  short_name: string;
  level: 'province' | 'district' | 'commune';
  kind: string;
  parent_id: string | null;
  valid_from: string | null;
  valid_to: string | null;
  path: string;
  search_text: string;
}

export interface SuccessionRow {
  predecessor_id: string;
  successor_id: string;
  effective_date: string;
  is_primary: boolean;
}

export interface AdminUnitsReport {
  dataset: typeof ADMIN_UNITS_DATASET;
  version: string;
  source: {
    package: string;
    packageVersion: string;
    /** Version in the file's own header item. */
    headerVersion: string | null;
    sha256: string;
    rows: { provinces: number; wards: number; wardMappings: number };
  };
  counts: {
    provinces: number;
    communes: number;
    oldProvinces: number;
    oldDistricts: number;
    oldCommunes: number;
    oldCommunesWithoutCode: number;
    communeSuccessions: number;
    provinceSuccessions: number;
    /** Old communes with more than one successor, and which rule chose the primary one. */
    splitOldCommunes: number;
    splitPrimaryBy: { sameName: number; codedRow: number; lowestCode: number };
  };
  quirks: Quirk[];
}

export interface AdminUnitsPlan {
  /** Parents before children: provinces, communes, old provinces, old districts, old communes. */
  units: AdminUnitRow[];
  successions: SuccessionRow[];
  report: AdminUnitsReport;
}

export interface AdminUnitsSourceMeta {
  version: string;
  packageName: string;
  packageVersion: string;
  sha256: string;
}

export const PLAN_QUIRKS = {
  'old-province-renamed': {
    title: "Old province names that match no new province (merged away, e.g. 'Tỉnh Hà Giang' → Tuyên Quang); old names also carry 'Tỉnh' where new ones do not",
    handling:
      'The successor province is the one its communes went into, never a name match. The old province keeps code null: for several merged pairs the new code is the other partner\'s old code (new An Giang is 91, old Kiên Giang\'s), so names cannot give old codes reliably.',
  },
  'spelling-variants': {
    title: "Old units written in several spellings (tone placement 'Hoà'/'Hòa', 'Thuỷ'/'Thủy', case 'KBang'/'Kbang')",
    handling:
      'Compared by spelling key (case and tone position ignored, tone and vowel kept), so each is one unit; the most frequent spelling is shown. Count is units.',
  },
  'uncoded-joined-coded': {
    title: 'Rows without an old code naming a commune that has a code (same province, district and spelling)',
    handling: 'Joined to the coded commune: its successor is added to that commune\'s successions. Count is rows.',
  },
  'uncoded-old-commune': {
    title:
      'Old communes known only by name: absent from the coded list of their district, mostly communes already merged in the 2023–2025 rearrangements (e.g. HCMC Quận Gò Vấp Phường 4, 7, 9, 13)',
    handling:
      "Loaded with id 'pre2025-c-<province>-<district>-<commune>', code null and valid_to 2025-06-30 (the data gives no earlier end date), so records against them still roll up. Count is units.",
  },
  'id-collision': {
    title: 'Different old units whose ids would collide (names equal once accents are folded)',
    handling: "The first in sort order keeps the id; the others get '-2', '-3', …. Count is units renamed.",
  },
  'old-code-conflicting-names': {
    title: 'An old commune code given with different province/district/commune names',
    handling: 'One unit per code, named as in most of its rows (ties: first row). Count is codes.',
  },
  'duplicate-succession': {
    title: 'Rows that repeat an old → new pair already given by another row (differing only in code or spelling)',
    handling: 'One succession per pair. Count is rows.',
  },
  'split-old-commune': {
    title: 'Old communes that went into several new communes (split)',
    handling:
      'One succession row each; exactly one primary, chosen by: (1) the new commune with the same name, (2) the one named by a row carrying the old code (the source\'s original one-to-one mapping), (3) the lowest code; ties always go to the lowest code. Count is old communes.',
  },
  'old-province-split': {
    title: 'Old provinces whose communes went into several new provinces',
    handling: 'One succession per new province; primary is the one that received most of its communes (ties: lowest code).',
  },
  'new-code-of-other-old-commune': {
    title:
      "New communes whose code is the old code of a commune the mapping sends elsewhere (a new commune's code is normally one of its predecessors' codes)",
    handling:
      'Loaded as the source says: the two tables disagree and nothing in the data tells which is right; listed for a person to check. Count is communes.',
  },
  'new-commune-without-predecessor': {
    title: 'New communes that no mapping row leads to',
    handling: 'Loaded as today\'s units; they simply have no predecessor. Count is communes.',
  },
} as const satisfies Record<string, QuirkDefinition>;

// ---------------------------------------------------------------------------------------------

/** 'Xã Bình Lư' → 'xa-binh-lu'. */
export function slug(text: string): string {
  return toSearchText(text).replaceAll(' ', '-');
}

/** Counts spellings of one unit and names it by the most frequent (ties: smallest string). */
class Spellings {
  readonly #counts = new Map<string, { count: number; value: KindedName }>();
  #best: KindedName | null = null;

  add(value: KindedName): void {
    const entry = this.#counts.get(value.name) ?? { count: 0, value };
    entry.count += 1;
    this.#counts.set(value.name, entry);
    this.#best = null;
  }

  get size(): number {
    return this.#counts.size;
  }

  get all(): string[] {
    return [...this.#counts.keys()].sort(compareText);
  }

  best(): KindedName {
    if (this.#best) return this.#best;
    const entries = [...this.#counts.values()].sort((a, b) => b.count - a.count || compareText(a.value.name, b.value.name));
    const first = entries[0];
    if (!first) throw new Error('Spellings.best() on no spellings');
    return (this.#best = first.value);
  }
}

/** Code-point order: independent of the machine's locale, so plans are reproducible. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface OldProvince {
  key: string;
  spellings: Spellings;
  id: string;
}
interface OldDistrict {
  key: string;
  province: OldProvince;
  spellings: Spellings;
  id: string;
}
interface OldCommune {
  key: string;
  code: string | null;
  district: OldDistrict;
  spellings: Spellings;
  id: string;
  /** successor code → whether a row carrying the old code names it. */
  successors: Map<string, { fromCodedRow: boolean }>;
}

export function planAdminUnits(source: AdminUnitsSource, meta: AdminUnitsSourceMeta): AdminUnitsPlan {
  const quirks = new QuirkCollector(PLAN_QUIRKS);
  const units: AdminUnitRow[] = [];

  // --- Today's units: ids are the official codes.
  const provinceByCode = new Map(source.provinces.map((province) => [province.code, province]));
  for (const province of source.provinces) {
    units.push({
      id: province.code,
      code: province.code,
      name: province.name,
      short_name: province.shortName,
      level: 'province',
      kind: province.kind,
      parent_id: null,
      valid_from: REFORM_DATE,
      valid_to: null,
      path: `/${province.code}/`,
      search_text: toSearchText(province.name),
    });
  }
  const communeByCode = new Map(source.communes.map((commune) => [commune.code, commune]));
  for (const commune of source.communes) {
    units.push({
      id: commune.code,
      code: commune.code,
      name: commune.name,
      short_name: commune.shortName,
      level: 'commune',
      kind: commune.kind,
      parent_id: commune.provinceCode,
      valid_from: REFORM_DATE,
      valid_to: null,
      path: `/${commune.provinceCode}/${commune.code}/`,
      search_text: toSearchText(commune.name),
    });
  }

  // --- Pre-reform units, identified by spelling key so that 'Hoà' and 'Hòa' are one unit.
  const oldProvinces = new Map<string, OldProvince>();
  const oldDistricts = new Map<string, OldDistrict>();
  const oldCommunes = new Map<string, OldCommune>();

  const provinceOf = (mapping: SourceMapping): OldProvince => {
    const key = spellingKey(mapping.oldProvince.shortName);
    let province = oldProvinces.get(key);
    if (!province) oldProvinces.set(key, (province = { key, spellings: new Spellings(), id: '' }));
    province.spellings.add(mapping.oldProvince);
    return province;
  };
  const districtOf = (mapping: SourceMapping, province: OldProvince): OldDistrict => {
    const key = `${province.key}|${spellingKey(mapping.oldDistrict.name)}`;
    let district = oldDistricts.get(key);
    if (!district) oldDistricts.set(key, (district = { key, province, spellings: new Spellings(), id: '' }));
    district.spellings.add(mapping.oldDistrict);
    return district;
  };

  // Coded rows first: a code identifies its commune, and names the communes that uncoded rows may
  // refer to. A code seen with different names keeps the names of most of its rows.
  const rowsByCode = new Map<string, SourceMapping[]>();
  for (const mapping of source.mappings) {
    if (mapping.oldCode) rowsByCode.set(mapping.oldCode, [...(rowsByCode.get(mapping.oldCode) ?? []), mapping]);
  }
  const codedByPlace = new Map<string, OldCommune[]>();
  for (const code of [...rowsByCode.keys()].sort(compareText)) {
    const rows = rowsByCode.get(code) ?? [];
    const placeOf = (mapping: SourceMapping) =>
      [mapping.oldProvince.shortName, mapping.oldDistrict.name, mapping.oldCommune.name].map(spellingKey).join('|');
    const places = new Map<string, SourceMapping[]>();
    for (const mapping of rows) places.set(placeOf(mapping), [...(places.get(placeOf(mapping)) ?? []), mapping]);
    const chosenRows = [...places.values()].sort((a, b) => b.length - a.length)[0] ?? rows;
    const representative = chosenRows[0];
    if (!representative) continue;
    if (places.size > 1) {
      quirks.add('old-code-conflicting-names', `${code}: ${[...places.values()].map((group) => `${group[0]?.oldCommune.name}, ${group[0]?.oldDistrict.name}, ${group[0]?.oldProvince.name}`).join(' / ')}`);
    }
    const district = districtOf(representative, provinceOf(representative));
    const commune: OldCommune = { key: `code:${code}`, code, district, spellings: new Spellings(), id: '', successors: new Map() };
    for (const mapping of chosenRows) commune.spellings.add(mapping.oldCommune);
    oldCommunes.set(commune.key, commune);
    const place = placeOf(representative);
    codedByPlace.set(place, [...(codedByPlace.get(place) ?? []), commune]);
    for (const mapping of rows) addSuccessor(commune, mapping, true);
  }

  for (const mapping of source.mappings) {
    if (mapping.oldCode) continue;
    const province = provinceOf(mapping);
    const district = districtOf(mapping, province);
    const place = `${district.key}|${spellingKey(mapping.oldCommune.name)}`;
    const coded = codedByPlace.get(place);
    if (coded?.length === 1 && coded[0]) {
      // The same commune as a coded one, written without its code (and maybe spelt differently).
      quirks.add('uncoded-joined-coded', `row ${mapping.rowIds.join('+')}: ${mapping.oldCommune.name}, ${mapping.oldDistrict.name} = ${coded[0].code}`);
      coded[0].spellings.add(mapping.oldCommune);
      addSuccessor(coded[0], mapping, false);
      continue;
    }
    const key = `place:${place}`;
    let commune = oldCommunes.get(key);
    if (!commune) {
      oldCommunes.set(key, (commune = { key, code: null, district, spellings: new Spellings(), id: '', successors: new Map() }));
    }
    commune.spellings.add(mapping.oldCommune);
    addSuccessor(commune, mapping, false);
  }

  function addSuccessor(commune: OldCommune, mapping: SourceMapping, fromCodedRow: boolean): void {
    const existing = commune.successors.get(mapping.successorCode);
    if (existing) {
      quirks.add('duplicate-succession', `row ${mapping.rowIds.join('+')}: ${mapping.oldCommune.name}, ${mapping.oldDistrict.name} → ${mapping.successorCode} again`);
      existing.fromCodedRow ||= fromCodedRow;
      return;
    }
    commune.successors.set(mapping.successorCode, { fromCodedRow });
  }

  // --- Ids. Slugs fold accents, so distinct names can meet ('Hương Văn'/'Hương Vân' would, were
  // they both uncoded); the first in key order keeps the id and the others get a suffix.
  const takenIds = new Set<string>();
  const assignIds = <T extends { key: string; id: string }>(items: Iterable<T>, idOf: (item: T) => string, describe: (item: T) => string) => {
    const withIds = [...items].map((item) => ({ item, id: idOf(item) }));
    withIds.sort((a, b) => compareText(a.id, b.id) || compareText(a.item.key, b.item.key));
    for (const { item, id } of withIds) {
      let candidate = id;
      for (let suffix = 2; takenIds.has(candidate); suffix += 1) candidate = `${id}-${suffix}`;
      if (candidate !== id) quirks.add('id-collision', `${describe(item)} → ${candidate}`);
      takenIds.add(candidate);
      item.id = candidate;
    }
  };
  const provinceSlug = (province: OldProvince) => slug(province.spellings.best().shortName);
  assignIds(oldProvinces.values(), (p) => `pre2025-p-${provinceSlug(p)}`, (p) => p.spellings.best().name);
  assignIds(
    oldDistricts.values(),
    (d) => `pre2025-d-${provinceSlug(d.province)}-${slug(d.spellings.best().name)}`,
    (d) => `${d.spellings.best().name}, ${d.province.spellings.best().name}`,
  );
  assignIds(
    oldCommunes.values(),
    (c) =>
      c.code
        ? `pre2025-${c.code}`
        : `pre2025-c-${provinceSlug(c.district.province)}-${slug(c.district.spellings.best().name)}-${slug(c.spellings.best().name)}`,
    (c) => `${c.spellings.best().name}, ${c.district.spellings.best().name}, ${c.district.province.spellings.best().name}`,
  );

  // --- Old unit rows, parents first, each level in id order.
  const byId = <T extends { id: string }>(items: Iterable<T>) => [...items].sort((a, b) => compareText(a.id, b.id));
  const newProvinceKeys = new Set(source.provinces.map((province) => spellingKey(province.shortName)));
  for (const province of byId(oldProvinces.values())) {
    const best = province.spellings.best();
    if (province.spellings.size > 1) quirks.add('spelling-variants', province.spellings.all.join(' / '));
    if (!newProvinceKeys.has(province.key)) quirks.add('old-province-renamed', best.name);
    units.push(oldUnitRow(province.id, null, best, 'province', null, `/${province.id}/`));
  }
  for (const district of byId(oldDistricts.values())) {
    const best = district.spellings.best();
    if (district.spellings.size > 1) quirks.add('spelling-variants', `${district.spellings.all.join(' / ')} (${district.province.spellings.best().name})`);
    const path = `/${district.province.id}/${district.id}/`;
    units.push(oldUnitRow(district.id, null, best, 'district', district.province.id, path));
  }
  for (const commune of byId(oldCommunes.values())) {
    const best = commune.spellings.best();
    if (commune.spellings.size > 1) quirks.add('spelling-variants', `${commune.spellings.all.join(' / ')} (${commune.district.spellings.best().name})`);
    if (!commune.code) quirks.add('uncoded-old-commune', `${best.name}, ${commune.district.spellings.best().name}, ${commune.district.province.spellings.best().name}`);
    const path = `/${commune.district.province.id}/${commune.district.id}/${commune.id}/`;
    units.push(oldUnitRow(commune.id, commune.code, best, 'commune', commune.district.id, path));
  }

  // --- Commune successions: one per (old, new) pair, exactly one primary per old commune.
  const successions: SuccessionRow[] = [];
  const splitPrimaryBy = { sameName: 0, codedRow: 0, lowestCode: 0 };
  const primaryOf = new Map<OldCommune, string>();
  for (const commune of byId(oldCommunes.values())) {
    const codes = [...commune.successors.keys()].sort(compareText);
    const oldShort = spellingKey(commune.spellings.best().shortName);
    const sameName = codes.filter((code) => spellingKey(communeByCode.get(code)?.shortName ?? '') === oldShort);
    const fromCoded = codes.filter((code) => commune.successors.get(code)?.fromCodedRow);
    const [primary, rule] = sameName[0]
      ? [sameName[0], 'sameName' as const]
      : fromCoded[0]
        ? [fromCoded[0], 'codedRow' as const]
        : [codes[0], 'lowestCode' as const];
    if (!primary) continue; // unreachable: every old commune comes from at least one row
    primaryOf.set(commune, primary);
    if (codes.length > 1) {
      splitPrimaryBy[rule] += 1;
      const names = codes.map((code) => `${communeByCode.get(code)?.name ?? code}${code === primary ? ' (primary)' : ''}`);
      quirks.add('split-old-commune', `${commune.spellings.best().name}, ${commune.district.spellings.best().name} → ${names.join(', ')} [${rule}]`);
    }
    for (const code of codes) {
      successions.push({ predecessor_id: commune.id, successor_id: code, effective_date: REFORM_DATE, is_primary: code === primary });
    }
  }

  // --- Province successions: the new provinces its communes went into.
  let provinceSuccessions = 0;
  const communesOfProvince = new Map<OldProvince, OldCommune[]>();
  for (const commune of oldCommunes.values()) {
    const list = communesOfProvince.get(commune.district.province) ?? [];
    list.push(commune);
    communesOfProvince.set(commune.district.province, list);
  }
  for (const province of byId(oldProvinces.values())) {
    const received = new Map<string, number>();
    for (const commune of communesOfProvince.get(province) ?? []) {
      for (const code of commune.successors.keys()) {
        const target = communeByCode.get(code)?.provinceCode;
        if (target && !received.has(target)) received.set(target, 0);
      }
      const primaryTarget = communeByCode.get(primaryOf.get(commune) ?? '')?.provinceCode;
      if (primaryTarget) received.set(primaryTarget, (received.get(primaryTarget) ?? 0) + 1);
    }
    const ranked = [...received].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
    if (ranked.length > 1) {
      quirks.add('old-province-split', `${province.spellings.best().name} → ${ranked.map(([code, count]) => `${provinceByCode.get(code)?.name ?? code} (${count})`).join(', ')}`);
    }
    for (const [code] of [...ranked].sort((a, b) => compareText(a[0], b[0]))) {
      successions.push({ predecessor_id: province.id, successor_id: code, effective_date: REFORM_DATE, is_primary: code === ranked[0]?.[0] });
      provinceSuccessions += 1;
    }
  }

  // Cross-check: 3,315 of the 3,321 new codes are the old code of one of their predecessors.
  for (const commune of source.communes) {
    const namesake = oldCommunes.get(`code:${commune.code}`);
    if (namesake && !namesake.successors.has(commune.code)) {
      const elsewhere = [...namesake.successors.keys()].map((code) => `${code} ${communeByCode.get(code)?.name ?? ''}`).join(', ');
      quirks.add('new-code-of-other-old-commune', `${commune.code} ${commune.name}: old ${commune.code} is ${namesake.spellings.best().name} (${namesake.district.spellings.best().name}) → ${elsewhere}`);
    }
  }

  const reached = new Set(successions.map((succession) => succession.successor_id));
  for (const commune of source.communes) {
    if (!reached.has(commune.code)) quirks.add('new-commune-without-predecessor', `${commune.code} ${commune.name} (${provinceByCode.get(commune.provinceCode)?.name ?? commune.provinceCode})`);
  }

  const oldCommuneList = [...oldCommunes.values()];
  return {
    units,
    successions,
    report: {
      dataset: ADMIN_UNITS_DATASET,
      version: meta.version,
      source: {
        package: meta.packageName,
        packageVersion: meta.packageVersion,
        headerVersion: source.headerVersion,
        sha256: meta.sha256,
        rows: source.rowCounts,
      },
      counts: {
        provinces: source.provinces.length,
        communes: source.communes.length,
        oldProvinces: oldProvinces.size,
        oldDistricts: oldDistricts.size,
        oldCommunes: oldCommuneList.length,
        oldCommunesWithoutCode: oldCommuneList.filter((commune) => !commune.code).length,
        communeSuccessions: successions.length - provinceSuccessions,
        provinceSuccessions,
        splitOldCommunes: oldCommuneList.filter((commune) => commune.successors.size > 1).length,
        splitPrimaryBy,
      },
      quirks: [...source.quirks, ...quirks.list()],
    },
  };
}

function oldUnitRow(
  id: string,
  code: string | null,
  name: KindedName,
  level: AdminUnitRow['level'],
  parentId: string | null,
  path: string,
): AdminUnitRow {
  return {
    id,
    code,
    name: name.name,
    short_name: name.shortName,
    level,
    kind: name.kind,
    parent_id: parentId,
    valid_from: null,
    valid_to: PRE_REFORM_LAST_DAY,
    path,
    search_text: toSearchText(name.name),
  };
}

const number = (value: number) => value.toLocaleString('en-US');

/** A few lines for a person: what was loaded and what was odd about it. */
export function formatAdminUnitsReport(report: AdminUnitsReport): string[] {
  const { counts } = report;
  const lines = [
    `${report.dataset} ${report.version} (${report.source.package} ${report.source.packageVersion}, file version ${report.source.headerVersion ?? '?'})`,
    `  today: ${number(counts.provinces)} provinces, ${number(counts.communes)} communes`,
    `  pre-reform: ${number(counts.oldProvinces)} provinces, ${number(counts.oldDistricts)} districts, ${number(counts.oldCommunes)} communes (${number(counts.oldCommunesWithoutCode)} without code)`,
    `  successions: ${number(counts.communeSuccessions)} commune (${number(counts.splitOldCommunes)} split communes), ${number(counts.provinceSuccessions)} province`,
  ];
  if (report.quirks.length > 0) lines.push('  quirks:');
  for (const quirk of report.quirks) lines.push(`  - ${number(quirk.count)} × ${quirk.id}: ${quirk.title}`);
  return lines;
}
