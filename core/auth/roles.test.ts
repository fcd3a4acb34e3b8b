import { describe, expect, it } from 'vitest';
import { assignableRoles, hasPermission, roles } from './roles.ts';
import { isUnitInScope } from './scope.ts';

describe('roles', () => {
  it('lets admins manage agencies and users, and no one else', () => {
    const allowed = roles.filter((role) => hasPermission(role, 'user.write'));
    expect(allowed).toEqual(['system_admin', 'unit_admin']);
    expect(hasPermission('viewer', 'agency.write')).toBe(false);
  });

  it('never lets a unit admin hand out system admin', () => {
    expect(assignableRoles('unit_admin')).not.toContain('system_admin');
    expect(assignableRoles('system_admin')).toContain('system_admin');
    expect(assignableRoles('programme_officer')).toEqual([]);
  });
});

describe('isUnitInScope', () => {
  const province = { kind: 'subtree', unitId: '40', unitPath: '/40/' } as const;
  const commune = { kind: 'subtree', unitId: '16681', unitPath: '/40/16681/' } as const;

  it('contains the unit itself and its descendants', () => {
    expect(isUnitInScope(province, '/40/')).toBe(true);
    expect(isUnitInScope(province, '/40/16681/')).toBe(true);
    expect(isUnitInScope(commune, '/40/16681/')).toBe(true);
  });

  it('excludes siblings, parents and units whose code merely starts the same', () => {
    expect(isUnitInScope(commune, '/40/')).toBe(false);
    expect(isUnitInScope(commune, '/40/16684/')).toBe(false);
    expect(isUnitInScope(province, '/42/')).toBe(false);
    expect(isUnitInScope({ kind: 'subtree', unitId: '4', unitPath: '/4/' }, '/40/')).toBe(false);
  });

  it('gives system admins the whole country', () => {
    expect(isUnitInScope({ kind: 'country' }, '/01/00004/')).toBe(true);
  });
});
