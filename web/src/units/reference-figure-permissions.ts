import type { CurrentUser } from '../../../core/api/auth.ts';
import type { AdminUnitDetail } from '../../../core/api/units.ts';
import { hasPermission } from '../../../core/auth/roles.ts';

/**
 * Whether the user may declare this unit's reference figures: a role with the permission, for
 * the user's own unit or a unit below it (system admins: any unit), as the server enforces.
 */
export function mayEditReferenceFiguresOf(user: CurrentUser, unit: Pick<AdminUnitDetail, 'id' | 'ancestors'>): boolean {
  if (!hasPermission(user.role, 'reference_figure.write')) return false;
  if (user.role === 'system_admin') return true;
  const own = user.unit?.id;
  if (!own) return false;
  return unit.id === own || unit.ancestors.some((ancestor) => ancestor.id === own);
}
