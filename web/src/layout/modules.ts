import type { Permission } from '../../../core/auth/roles.ts';

/** The modules of PCMD, in the order of the navigation. Those without a page yet show "under construction". */
export interface ModuleEntry {
  path: string;
  labelKey: `nav.${string}`;
  permission?: Permission;
  isBuilt: boolean;
}

export const modules: readonly ModuleEntry[] = [
  { path: '/', labelKey: 'nav.overview', isBuilt: true },
  { path: '/units', labelKey: 'nav.units', isBuilt: true },
  { path: '/plans', labelKey: 'nav.plans', isBuilt: true },
  { path: '/activities', labelKey: 'nav.activities', isBuilt: true },
  { path: '/tips', labelKey: 'nav.tips', permission: 'tip.read', isBuilt: true },
  { path: '/reports', labelKey: 'nav.reports', isBuilt: true },
  { path: '/users', labelKey: 'nav.users', permission: 'user.read', isBuilt: true },
  { path: '/audit', labelKey: 'nav.audit', permission: 'audit.read', isBuilt: true },
];
