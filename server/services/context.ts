import type { Role } from '../../core/auth/roles.ts';
import type { Scope } from '../../core/auth/scope.ts';
import type { Database } from '../storage/database.ts';

/** The signed-in user on whose behalf a service acts. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  unitId: string | null;
  unitName: string | null;
  unitLevel: string | null;
  agencyId: string | null;
  isDemo: boolean;
  scope: Scope;
}

export interface ServiceContext {
  database: Database;
  actor: Actor;
}

/** The scope a role and unit give: system admins see the country, everyone else their subtree. */
export function scopeFor(role: Role, unit: { id: string; path: string } | null): Scope {
  if (role === 'system_admin' || unit === null) return { kind: 'country' };
  return { kind: 'subtree', unitId: unit.id, unitPath: unit.path };
}
