import type { FieldIssue } from '../../../core/errors/app-error.ts';
import { toSearchText } from '../../../core/text/search-text.ts';
import { peoplesCommitteeName, unitBodyIssue } from '../../services/programme-integrations/unit-body.ts';
import { listAgencies, type AgencyRow } from '../../storage/agencies.ts';
import type { Executor } from '../../storage/executor.ts';
import { findUnit, type UnitRow } from '../../storage/units.ts';

/**
 * Files name a unit's agency by its name ("Hội Liên hiệp Phụ nữ phường Thành Vinh"), the screens
 * by its id: this resolves the names of a chunk of rows against their units' agencies, without
 * accents or case mattering, and applies the create services' rule on the body (unitBodyIssue: the
 * unit's own agency, still active). An empty cell is the unit's People's Committee.
 */

/** A row's unit and the agency named in its cell (null: the People's Committee). */
export interface AgencyProbe {
  rowNumber: number;
  unitId: string;
  agency: string | null;
}

export interface ResolvedBodies {
  /** The agency each row names, or null for the People's Committee; rows with a problem are absent. */
  bodies: Map<number, AgencyRow | null>;
  issues: Map<number, FieldIssue[]>;
}

const issue = (field: string, vi: string, en: string): FieldIssue => ({ field, message: `${vi} | ${en}` });

function unknownAgency(field: string, name: string, unit: UnitRow, agencies: readonly AgencyRow[]): FieldIssue {
  const active = agencies.filter((agency) => agency.is_active).map((agency) => agency.name);
  const committee = peoplesCommitteeName(unit);
  if (active.length === 0) {
    return issue(field, `${unit.name} chưa có cơ quan nào trong danh mục cơ quan; hãy để trống (chính ${committee}) hoặc thêm cơ quan trước`,
      `${unit.name} has no agencies in its list yet; leave it empty (the People's Committee itself) or add the agency first`);
  }
  return issue(field,
    `Không có cơ quan "${name.slice(0, 80)}" trong danh mục cơ quan của ${unit.name}; hãy ghi đúng tên một trong: ${active.join('; ')}; hoặc để trống nếu là chính ${committee}`,
    `${unit.name} has no agency named "${name.slice(0, 80)}"; write the name of one of: ${active.join('; ')}; or leave it empty for the People's Committee itself`);
}

/** The agency a name designates among the unit's: by folded name, the exact spelling settling a tie. */
function findByName(agencies: readonly AgencyRow[], name: string): AgencyRow | undefined {
  const folded = toSearchText(name);
  const candidates = agencies.filter((agency) => toSearchText(agency.name) === folded);
  if (candidates.length <= 1) return candidates[0];
  const lower = name.toLocaleLowerCase('vi');
  const exact = candidates.filter((agency) => agency.name.toLocaleLowerCase('vi') === lower);
  return exact.length === 1 ? exact[0] : undefined;
}

/**
 * The agencies a chunk of rows names, each checked as the create service checks an agency id.
 * Queries: one pair per distinct unit and one per distinct agency named, not one per row.
 */
export async function resolveUnitBodies(db: Executor, field: string, probes: readonly AgencyProbe[]): Promise<ResolvedBodies> {
  const bodies = new Map<number, AgencyRow | null>();
  const issues = new Map<number, FieldIssue[]>();
  const units = new Map<string, { unit: UnitRow; agencies: AgencyRow[] } | undefined>();
  const ruled = new Map<string, FieldIssue | undefined>();
  for (const probe of probes) {
    if (probe.agency === null) {
      bodies.set(probe.rowNumber, null);
      continue;
    }
    if (!units.has(probe.unitId)) {
      const unit = await findUnit(db, probe.unitId);
      units.set(probe.unitId, unit ? { unit, agencies: await listAgencies(db, unit.id) } : undefined);
    }
    const known = units.get(probe.unitId);
    // The unit column was resolved against the units table already: a missing unit is not this rule's to report.
    if (!known) continue;
    const agency = findByName(known.agencies, probe.agency);
    if (!agency) {
      issues.set(probe.rowNumber, [unknownAgency(field, probe.agency, known.unit, known.agencies)]);
      continue;
    }
    if (!ruled.has(agency.id)) ruled.set(agency.id, await unitBodyIssue(db, field, agency.id, known.unit, null));
    const problem = ruled.get(agency.id);
    if (problem) issues.set(probe.rowNumber, [problem]);
    else bodies.set(probe.rowNumber, agency);
  }
  return { bodies, issues };
}

/** The bodies of rows already checked (by findConflicts, in the same transaction): any problem now is a bug, not a user's error. */
export async function bodiesOfCheckedRows(db: Executor, field: string, probes: readonly AgencyProbe[]): Promise<Map<number, AgencyRow | null>> {
  const { bodies, issues } = await resolveUnitBodies(db, field, probes);
  if (issues.size > 0 || bodies.size !== probes.length) {
    throw new Error(`rows ${[...issues.keys()].join(', ')} name an agency that was not checked before the insert`);
  }
  return bodies;
}

/** Folded, as names are compared: the key two rows of one file must not share. */
export const agencyKey = (agency: string | null) => (agency === null ? '' : toSearchText(agency));
