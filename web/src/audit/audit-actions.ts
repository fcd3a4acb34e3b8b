/**
 * The actions the filter offers: a whole area ('agency' matches every agency.* entry, as the
 * server filters) followed by the single actions the server records today.
 */
export const auditActions = [
  'auth', 'unit', 'agency', 'user', 'audit',
  'auth.login', 'auth.logout', 'unit.read', 'agency.read', 'agency.create', 'agency.update',
  'user.read', 'user.create', 'user.update', 'audit.read', 'request.denied',
] as const;
