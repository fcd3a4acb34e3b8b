import { toSearchText } from '../../../core/text/search-text.ts';
import type { FieldIssue } from '../../../core/errors/app-error.ts';
import { visitedEstablishmentIssue } from '../../services/inspections/inspection-service.ts';
import { establishmentDuplicateKey } from '../../storage/establishments.ts';
import type { Executor } from '../../storage/executor.ts';
import {
  findAgenciesByName, findEstablishmentsByLicence, findEstablishmentsByPlace, listAgencyNames, type NamedAgencyRow,
} from '../../storage/inspection-imports.ts';
import { findVisitedEstablishments, type VisitedEstablishmentRow } from '../../storage/inspections.ts';
import { findUnit, type UnitRow } from '../../storage/units.ts';
import type { ImportRow } from '../import-kind.ts';

/** What a row of the inspection log says about the establishment and the team, as written. */
export interface RowReferences {
  unitId: string;
  inspectedOn: string;
  memberAgencies: string[];
  licenceNumber: string | null;
  establishmentName: string | null;
  establishmentAddress: string | null;
}

/** The registry records a row names, or why it names none. */
export interface ResolvedReferences {
  unit: UnitRow | undefined;
  establishment: VisitedEstablishmentRow | undefined;
  /** The column that names the establishment: the licence number when given, else the name. */
  establishmentField: 'licenceNumber' | 'establishmentName';
  agencyIds: string[];
  issues: FieldIssue[];
}

const issue = (field: string, vi: string, en: string): FieldIssue => ({ field, message: `${vi} | ${en}` });

export const establishmentFieldOf = (row: Pick<RowReferences, 'licenceNumber'>) =>
  (row.licenceNumber !== null ? 'licenceNumber' : 'establishmentName');

/** "Phòng Văn hóa - Xã hội (Phường Thành Vinh)": an agency named with the unit it belongs to. */
function qualifiedAgency(entry: string): { name: string; unit: string } | undefined {
  const match = /^(.+?)\s*\(([^()]+)\)\s*$/.exec(entry);
  return match ? { name: match[1]!, unit: match[2]!.trim() } : undefined;
}

/** The folded names to look up for the agencies written in the rows: each as written, and without its unit in brackets. */
function agencyLookupKeys(entries: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const entry of entries) {
    keys.add(toSearchText(entry));
    const qualified = qualifiedAgency(entry);
    if (qualified) keys.add(toSearchText(qualified.name));
  }
  return [...keys].filter(Boolean);
}

/**
 * The agency an entry names among those of the subtree: by its name, accents and case aside; the
 * inspecting unit's own agency first when other units of the subtree have one of the same name;
 * the unit in brackets when the name alone is not enough.
 */
function matchAgency(entry: string, candidates: readonly NamedAgencyRow[], unit: UnitRow): NamedAgencyRow[] {
  let matches = candidates.filter((agency) => agency.search_text === toSearchText(entry));
  const qualified = qualifiedAgency(entry);
  if (matches.length === 0 && qualified) {
    const name = toSearchText(qualified.name);
    const unitName = toSearchText(qualified.unit);
    matches = candidates.filter((agency) => agency.search_text === name
      && (agency.unit_id === qualified.unit || toSearchText(agency.unit_name) === unitName || toSearchText(agency.unit_short_name) === unitName));
  }
  if (matches.length > 1) {
    const own = matches.filter((agency) => agency.unit_id === unit.id);
    if (own.length === 1) return own;
  }
  return matches;
}

class AgencyMessages {
  readonly #db: Executor;
  readonly #unit: UnitRow;
  #names: string[] | undefined;

  constructor(db: Executor, unit: UnitRow) {
    this.#db = db;
    this.#unit = unit;
  }

  async unknown(entry: string): Promise<FieldIssue> {
    this.#names ??= await listAgencyNames(this.#db, this.#unit.id);
    const unit = this.#unit.name;
    if (this.#names.length === 0) {
      return issue('memberAgencies', `Không có cơ quan "${entry}" thuộc ${unit}; đơn vị chưa có cơ quan nào trong danh mục`,
        `No agency "${entry}" belongs to ${unit}; the unit has no agencies in its list yet`);
    }
    const names = this.#names.join('; ');
    return issue('memberAgencies', `Không có cơ quan "${entry}" thuộc ${unit}; các cơ quan của ${unit}: ${names}`,
      `No agency "${entry}" belongs to ${unit}; its agencies are: ${names}`);
  }

  ambiguous(entry: string, matches: readonly NamedAgencyRow[]): FieldIssue {
    const named = matches.map((agency) => `${agency.name} (${agency.unit_name})`).sort((a, b) => a.localeCompare(b, 'vi'));
    const listed = named.length > 5 ? `${named.slice(0, 5).join('; ')}…` : named.join('; ');
    const example = named[0]!;
    return issue('memberAgencies',
      `Có ${matches.length} cơ quan tên "${entry}" trong ${this.#unit.name}: ${listed}; hãy ghi kèm tên đơn vị trong ngoặc, ví dụ "${example}"`,
      `${matches.length} agencies in ${this.#unit.name} are named "${entry}": ${listed}; add the unit's name in brackets, e.g. "${example}"`);
  }
}

const unique = <T>(values: Iterable<T>) => [...new Set(values)];

/**
 * Finds, for each row, the establishment it visited and the team's agencies in the registry of the
 * inspecting unit's subtree: the establishment by its licence number (country-wide, in lower case,
 * as the registry keeps it unique) or else by name and address folded as the registry's duplicate
 * rule folds them; agencies by name. Whether the establishment may be inspected is the inspection
 * service's own rule. A few queries per unit of the chunk, whatever its number of rows.
 */
export async function resolveReferences<Input extends RowReferences>(
  db: Executor,
  rows: readonly ImportRow<Input>[],
): Promise<Map<number, ResolvedReferences>> {
  const resolved = new Map<number, ResolvedReferences>();
  const byUnit = new Map<string, ImportRow<Input>[]>();
  for (const row of rows) {
    const list = byUnit.get(row.input.unitId);
    if (list) list.push(row);
    else byUnit.set(row.input.unitId, [row]);
  }
  for (const [unitId, unitRows] of byUnit) {
    const unit = await findUnit(db, unitId);
    if (!unit) {
      // The framework resolved the unit from the user's directory: this is a unit removed since.
      for (const { rowNumber, input } of unitRows) {
        resolved.set(rowNumber, {
          unit, establishment: undefined, establishmentField: establishmentFieldOf(input), agencyIds: [],
          issues: [issue('unitId', `Không có đơn vị mã ${unitId}`, `No unit has the code ${unitId}`)],
        });
      }
      continue;
    }
    const within = { kind: 'subtree' as const, unitId: unit.id, unitPath: unit.path };
    const licenceKeys = unique(unitRows.flatMap(({ input }) => (input.licenceNumber === null ? [] : [input.licenceNumber.toLowerCase()])));
    const placeKeys = unique(unitRows.flatMap(({ input }) => (input.licenceNumber === null && input.establishmentName !== null && input.establishmentAddress !== null
      ? [establishmentDuplicateKey(input.establishmentName, input.establishmentAddress)] : [])));
    const byLicence = await findEstablishmentsByLicence(db, licenceKeys);
    const byPlace = await findEstablishmentsByPlace(db, placeKeys, within);
    const establishments = new Map((await findVisitedEstablishments(db, unique([...byLicence, ...byPlace].map((row) => row.id)), within))
      .map((row) => [row.id, row]));
    const agencies = await findAgenciesByName(db, agencyLookupKeys(unique(unitRows.flatMap(({ input }) => input.memberAgencies))), within);
    const messages = new AgencyMessages(db, unit);

    for (const { rowNumber, input } of unitRows) {
      const issues: FieldIssue[] = [];
      const field = establishmentFieldOf(input);
      let establishment: VisitedEstablishmentRow | undefined;
      if (input.licenceNumber !== null) {
        const id = byLicence.find((row) => row.licence_key === input.licenceNumber!.toLowerCase())?.id;
        establishment = id === undefined ? undefined : establishments.get(id);
      } else if (input.establishmentName !== null && input.establishmentAddress !== null) {
        const key = establishmentDuplicateKey(input.establishmentName, input.establishmentAddress);
        const matches = byPlace.filter((row) => row.duplicate_key === key);
        if (matches.length > 1) {
          const units = unique(matches.map((row) => row.unit_name)).sort((a, b) => a.localeCompare(b, 'vi')).join('; ');
          issues.push(issue(field,
            `Có ${matches.length} cơ sở cùng tên và địa chỉ này trong ${unit.name} (${units}); hãy ghi số giấy phép của cơ sở`,
            `${matches.length} establishments in ${unit.name} have this name and address (${units}); give the establishment's licence number`));
        }
        establishment = matches.length === 1 ? establishments.get(matches[0]!.id) : undefined;
      }
      if (issues.length === 0) {
        const problem = visitedEstablishmentIssue(field, establishment, input.inspectedOn, unit);
        if (problem) issues.push(problem);
      }
      const agencyIds: string[] = [];
      for (const entry of input.memberAgencies) {
        const matches = matchAgency(entry, agencies, unit);
        if (matches.length === 1) agencyIds.push(matches[0]!.id);
        else issues.push(matches.length === 0 ? await messages.unknown(entry) : messages.ambiguous(entry, matches));
      }
      resolved.set(rowNumber, { unit, establishment, establishmentField: field, agencyIds, issues });
    }
  }
  return resolved;
}
