/** The roles a user can hold. A user has one role, exercised within one unit's subtree. */
export const roles = [
  'system_admin',
  'unit_admin',
  'programme_officer',
  'agency_officer',
  'inspector',
  'social_worker',
  'viewer',
] as const;
export type Role = (typeof roles)[number];

/** What a role may do. Reading a unit's public reference data (names, agencies) needs no permission. */
export const permissions = [
  'agency.write', 'user.read', 'user.write', 'audit.read', 'plan.write', 'plan.issue', 'establishment.write', 'reference_figure.write',
] as const;
export type Permission = (typeof permissions)[number];

const permissionsByRole: Record<Role, readonly Permission[]> = {
  system_admin: ['agency.write', 'user.read', 'user.write', 'audit.read', 'plan.write', 'plan.issue', 'establishment.write', 'reference_figure.write'],
  unit_admin: ['agency.write', 'user.read', 'user.write', 'audit.read', 'plan.write', 'plan.issue', 'establishment.write', 'reference_figure.write'],
  // The lead agency's officer drafts the plan and records it once the chair has signed it.
  programme_officer: ['user.read', 'plan.write', 'plan.issue', 'establishment.write', 'reference_figure.write'],
  agency_officer: [],
  // Inspection teams keep the registry of the establishments they inspect.
  inspector: ['establishment.write'],
  social_worker: [],
  viewer: [],
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return permissionsByRole[role].includes(permission);
}

/**
 * Which roles a user may give to accounts they create. Nobody hands out a role above their own,
 * so a unit admin cannot mint a system admin.
 */
export function assignableRoles(role: Role): readonly Role[] {
  if (role === 'system_admin') return roles;
  if (role === 'unit_admin') return roles.filter((candidate) => candidate !== 'system_admin');
  return [];
}
