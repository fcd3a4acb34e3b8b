import type { FieldIssue } from '../../../core/errors/app-error.ts';
import { findAgency } from '../../storage/agencies.ts';
import type { Executor } from '../../storage/executor.ts';
import type { UnitRow } from '../../storage/units.ts';
import { unitAgencyIssue } from '../communication/unit-agency.ts';

/**
 * The body of a unit that integrates prostitution prevention or manages a model: one of the unit's
 * agencies, or, with no agency, the unit's People's Committee itself (the seed plans put the
 * commune's People's Committee in charge of both).
 */

/** "Ủy ban nhân dân phường Thành Vinh": how a unit's People's Committee is named in a document. */
export function peoplesCommitteeName(unit: Pick<UnitRow, 'kind' | 'short_name'>): string {
  return `Ủy ban nhân dân ${unit.kind.toLocaleLowerCase('vi')} ${unit.short_name}`;
}

/**
 * Why the agency cannot act for the unit, if it cannot: null (the People's Committee) is always
 * fine; an agency must be the unit's own and active, except the one already stored, which stays
 * acceptable after it stops working.
 */
export async function unitBodyIssue(
  db: Executor, field: string, agencyId: string | null, unit: UnitRow, storedAgencyId: string | null,
): Promise<FieldIssue | undefined> {
  if (agencyId === null || agencyId === storedAgencyId) return undefined;
  return unitAgencyIssue(db, field, agencyId, unit);
}

/** The agency's name for the search text, or null for the People's Committee. */
export async function bodyName(db: Executor, agencyId: string | null): Promise<string | null> {
  if (agencyId === null) return null;
  return (await findAgency(db, agencyId))?.name ?? null;
}
