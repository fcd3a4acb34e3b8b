/** The roles a user can hold. A user has one role, exercised within one unit's subtree. */
export const roles = [
  'system_admin',
  'unit_admin',
  'programme_officer',
  'agency_officer',
  'inspector',
  'social_worker',
  'viewer',
  'tip_custodian',
] as const;
export type Role = (typeof roles)[number];

/**
 * What a role may do. Reading a unit's public reference data (names, agencies), its plans and its
 * communication and training records needs no permission beyond the scope. Field records are split
 * by who works with them: enforcement (establishments, inspections, hotspots, crime statistics) for
 * inspection teams and police, support services for social workers.
 */
export const permissions = [
  'agency.write', 'user.read', 'user.write', 'audit.read', 'plan.write', 'plan.issue', 'reference_figure.write',
  'enforcement.read', 'enforcement.write', 'support.read', 'support.write', 'activity.write',
  'tip.read', 'tip.write', 'tip.reporter.read', 'tip.rules.write',
  'report.write', 'report.review',
] as const;
export type Permission = (typeof permissions)[number];

const records: readonly Permission[] = ['enforcement.read', 'enforcement.write', 'support.read', 'support.write', 'activity.write'];
/** Tips, denunciations and complaints: the police, inspection teams and the lead agency handle them. */
const tips: readonly Permission[] = ['tip.read', 'tip.write'];
/**
 * Periodic reports: the lead agency's officer (and the unit's administrator) writes the unit's
 * report and reviews those of the units below. Reading a report needs only the scope.
 */
const reports: readonly Permission[] = ['report.write', 'report.review'];

const permissionsByRole: Record<Role, readonly Permission[]> = {
  // Nobody above the unit holding a tip sees who reported it, administrators included.
  system_admin: ['agency.write', 'user.read', 'user.write', 'audit.read', 'plan.write', 'plan.issue', 'reference_figure.write', ...records, ...tips, 'tip.rules.write', ...reports],
  unit_admin: ['agency.write', 'user.read', 'user.write', 'audit.read', 'plan.write', 'plan.issue', 'reference_figure.write', ...records, ...tips, ...reports],
  // The lead agency's officer drafts the plan, records it once the chair has signed it, and
  // consolidates every agency's results, so reads and writes every kind of record.
  programme_officer: ['user.read', 'plan.write', 'plan.issue', 'reference_figure.write', ...records, ...tips, ...reports],
  // Member agencies (culture, health, education, youth union…) (support services stay with social workers)
  // record their communication and training, join inspection teams and write their agency's
  // periodic report to the lead agency.
  agency_officer: ['enforcement.read', 'activity.write', 'report.write'],
  // Inspection teams and police keep the registry, inspections, hotspots and crime statistics.
  inspector: ['enforcement.read', 'enforcement.write', 'activity.write', ...tips],
  // Social workers and peer educators record support services and outreach communication.
  social_worker: ['support.read', 'support.write', 'activity.write'],
  viewer: ['enforcement.read', 'support.read'],
  // The officer a unit designates to receive tips and keep reporters' identities (cán bộ tiếp
  // nhận, quản lý tin báo): the only role that sees who reported, and only in its own unit.
  tip_custodian: ['enforcement.read', ...tips, 'tip.reporter.read'],
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
