import type { FieldIssue } from '../../../core/errors/app-error.ts';
import { toSearchText } from '../../../core/text/search-text.ts';
import { agencyIssue, issue } from '../../services/communication/unit-agency.ts';
import type { AgencyRow } from '../../storage/agencies.ts';
import type { UnitRow } from '../../storage/units.ts';

/**
 * A file names the lead agency (or organiser) by its name, as people know it; the record keeps its
 * id. The name is looked up among the unit's own agencies only: written as the list writes it, or
 * with other accents and case when that still names one agency.
 */
export function findAgencyByName(name: string, unitId: string, agencies: readonly AgencyRow[]): AgencyRow | 'ambiguous' | undefined {
  const own = agencies.filter((agency) => agency.unit_id === unitId);
  const exact = own.filter((agency) => agency.name.toLocaleLowerCase('vi') === name.toLocaleLowerCase('vi'));
  if (exact.length === 1) return exact[0];
  const folded = toSearchText(name);
  const loose = own.filter((agency) => toSearchText(agency.name) === folded);
  if (loose.length > 1) return 'ambiguous';
  return loose[0];
}

const LISTED = 12;

/**
 * The agency a row names, or why it cannot lead the unit's activity: the create service's own rule
 * (`agencyIssue`: one of the unit's agencies, still active) once the name is found.
 */
export function matchUnitAgency(
  field: string, name: string, unit: UnitRow, agencies: readonly AgencyRow[],
): { agency: AgencyRow; issue?: undefined } | { agency?: undefined; issue: FieldIssue } {
  const found = findAgencyByName(name, unit.id, agencies);
  if (found === 'ambiguous') {
    return { issue: issue(field, `Có nhiều cơ quan của ${unit.name} tên gần giống "${name}"; hãy ghi đúng dấu như trong danh sách cơ quan`,
      `Several agencies of ${unit.name} are named like "${name}"; write the name with its accents as the list of agencies does`) };
  }
  if (!found) {
    const active = agencies.filter((agency) => agency.unit_id === unit.id && agency.is_active).map((agency) => agency.name);
    const listed = active.length > LISTED ? `${active.slice(0, LISTED).join('; ')}…` : active.join('; ');
    return { issue: issue(field, `${unit.name} không có cơ quan tên "${name.slice(0, 80)}"; hãy ghi một trong: ${listed}`,
      `${unit.name} has no agency named "${name.slice(0, 80)}"; write one of: ${listed}`) };
  }
  const problem = agencyIssue(field, found, unit);
  return problem ? { issue: problem } : { agency: found };
}
