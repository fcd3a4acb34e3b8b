import type { CurrentUser } from '../../../core/api/auth.ts';
import { hasPermission } from '../../../core/auth/roles.ts';

/**
 * Whether the user may change this unit's agencies: the unit's own admins and system admins only
 * (a province admin does not edit a commune's list), as the server enforces.
 */
export function mayEditAgenciesOf(user: CurrentUser, unit: { id: string }): boolean {
  if (!hasPermission(user.role, 'agency.write')) return false;
  return user.role === 'system_admin' || user.unit?.id === unit.id;
}
