import { AppError, type FieldIssue } from '../../../core/errors/app-error.ts';
import { findAgency, type AgencyRow } from '../../storage/agencies.ts';
import type { Executor } from '../../storage/executor.ts';
import type { UnitRow } from '../../storage/units.ts';

/** Rules communication activities and training courses share: the unit that holds them, and its agency that leads. */

export const issue = (field: string, vi: string, en: string): FieldIssue => ({ field, message: `${vi} | ${en}` });

export const subtreeOf = (unit: UnitRow) => ({ kind: 'subtree' as const, unitId: unit.id, unitPath: unit.path });

/** Activities are held by a province or a commune as it is today; the districts were abolished in 2025. */
export function assertCurrentUnit(unit: UnitRow): void {
  if (unit.valid_to !== null || (unit.level !== 'province' && unit.level !== 'commune')) {
    throw new AppError('validation_failed', 400, {}, [
      issue('unitId', `${unit.name} không còn là đơn vị hành chính hiện hành; hãy chọn một tỉnh, thành phố hoặc xã, phường hiện hành`,
        `${unit.name} is no longer a current unit; choose a current province or commune`),
    ]);
  }
}

/**
 * Why an agency cannot lead (or organise) an activity of the unit, if it cannot: it must be one of
 * that unit's own agencies, and still active. Another unit's agency is not named: it may lie
 * outside the caller's scope.
 */
export async function unitAgencyIssue(db: Executor, field: string, agencyId: string | null, unit: UnitRow): Promise<FieldIssue | undefined> {
  if (agencyId === null) {
    return issue(field, `Hãy chọn cơ quan của ${unit.name}`, `Choose an agency of ${unit.name}`);
  }
  return agencyIssue(field, await findAgency(db, agencyId), unit);
}

/** The same rule for an agency already read (undefined: none has the id): the import reads a file's agencies at once. */
export function agencyIssue(field: string, agency: AgencyRow | undefined, unit: Pick<UnitRow, 'id' | 'name'>): FieldIssue | undefined {
  if (!agency || agency.unit_id !== unit.id) {
    return issue(field, `Cơ quan được chọn không thuộc ${unit.name}; hãy chọn một cơ quan của ${unit.name}`,
      `The agency chosen does not belong to ${unit.name}; choose one of its agencies`);
  }
  if (!agency.is_active) {
    return issue(field, `${agency.name} đã ngừng hoạt động; hãy chọn cơ quan khác`, `${agency.name} is no longer active; choose another agency`);
  }
  return undefined;
}
