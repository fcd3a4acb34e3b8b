import { escapeLikePattern } from '../../core/text/search-text.ts';
import type { Executor } from './executor.ts';

/**
 * Names a tip's page shows beside its ids: the units, the agency and officer it is assigned to,
 * the establishment and hotspot it concerns. One query rather than one lookup per id.
 */
export interface TipLabels {
  unit_name: string;
  received_by_unit_name: string;
  agency_name: string | null;
  assignee_name: string | null;
  establishment_name: string | null;
  hotspot_address: string | null;
}

export async function findTipLabels(db: Executor, tipId: string): Promise<TipLabels | undefined> {
  return db
    .selectFrom('tips')
    .innerJoin('admin_units as unit', 'unit.id', 'tips.unit_id')
    .innerJoin('admin_units as receiver', 'receiver.id', 'tips.received_by_unit_id')
    .leftJoin('agencies', 'agencies.id', 'tips.assigned_agency_id')
    .leftJoin('users as assignee', 'assignee.id', 'tips.assignee_user_id')
    .leftJoin('establishments', 'establishments.id', 'tips.establishment_id')
    .leftJoin('hotspots', 'hotspots.id', 'tips.hotspot_id')
    .select([
      'unit.name as unit_name', 'receiver.name as received_by_unit_name', 'agencies.name as agency_name', 'assignee.display_name as assignee_name',
      'establishments.name as establishment_name', 'hotspots.address as hotspot_address',
    ])
    .where('tips.id', '=', tipId)
    .executeTakeFirst();
}

export interface AssignableAgencyRow {
  id: string;
  name: string;
  unit_id: string;
  unit_name: string;
  unit_path: string;
}

/** Active agencies of a unit and of the units below it (by the unit's path), the unit's own first. */
export async function listAssignableAgencies(db: Executor, unitPath: string): Promise<AssignableAgencyRow[]> {
  return db
    .selectFrom('agencies')
    .innerJoin('admin_units', 'admin_units.id', 'agencies.unit_id')
    .select(['agencies.id', 'agencies.name', 'agencies.unit_id', 'admin_units.name as unit_name', 'admin_units.path as unit_path'])
    .where('agencies.is_active', '=', true)
    .where('admin_units.path', 'like', `${escapeLikePattern(unitPath)}%`)
    .orderBy('admin_units.path')
    .orderBy('agencies.sort_order')
    .orderBy('agencies.name')
    .limit(1000)
    .execute();
}

/** One agency with the path of its unit, to judge whether it lies under a tip's unit. */
export async function findAgencyWithUnitPath(db: Executor, agencyId: string): Promise<(AssignableAgencyRow & { is_active: boolean }) | undefined> {
  return db
    .selectFrom('agencies')
    .innerJoin('admin_units', 'admin_units.id', 'agencies.unit_id')
    .select(['agencies.id', 'agencies.name', 'agencies.unit_id', 'agencies.is_active', 'admin_units.name as unit_name', 'admin_units.path as unit_path'])
    .where('agencies.id', '=', agencyId)
    .executeTakeFirst();
}

/** Enabled accounts of exactly this unit holding one of the roles, by name. */
export async function listUnitUsersWithRoles(db: Executor, unitId: string, roles: readonly string[]): Promise<{ id: string; display_name: string }[]> {
  if (roles.length === 0) return [];
  return db
    .selectFrom('users')
    .select(['users.id', 'users.display_name'])
    .where('users.unit_id', '=', unitId)
    .where('users.is_disabled', '=', false)
    .where('users.role', 'in', [...roles])
    .orderBy('users.display_name')
    .orderBy('users.id')
    .limit(1000)
    .execute();
}
