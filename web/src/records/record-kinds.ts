import type { Permission } from '../../../core/auth/roles.ts';

/** One tab of "Hoạt động / hồ sơ": a kind of field record, its page, and who may read it. */
export interface RecordKindTab {
  /** Below /activities, e.g. 'establishments' for /activities/establishments. */
  path: string;
  labelKey: string;
  /** `undefined`: every signed-in user whose scope holds the unit may read these records. */
  readPermission?: Permission;
}

/** In the order of the tabs: enforcement first, then prevention, then support and statistics. */
export const recordKindTabs: readonly RecordKindTab[] = [
  { path: 'establishments', labelKey: 'records.tabs.establishments', readPermission: 'enforcement.read' },
  { path: 'inspections', labelKey: 'records.tabs.inspections', readPermission: 'enforcement.read' },
  { path: 'inspection-plans', labelKey: 'records.tabs.inspectionPlans', readPermission: 'enforcement.read' },
  { path: 'hotspots', labelKey: 'records.tabs.hotspots', readPermission: 'enforcement.read' },
  { path: 'communication', labelKey: 'records.tabs.communication' },
  { path: 'training', labelKey: 'records.tabs.training' },
  { path: 'integrations', labelKey: 'records.tabs.integrations' },
  { path: 'models', labelKey: 'records.tabs.models' },
  { path: 'support', labelKey: 'records.tabs.support', readPermission: 'support.read' },
  { path: 'crime', labelKey: 'records.tabs.crime', readPermission: 'enforcement.read' },
];
