import { AppError } from '../../../core/errors/app-error.ts';
import type { AdminUnit, AdminUnitDetail, UnitList, UnitListQuery } from '../../../core/api/units.ts';
import {
  countChildren, findUnit, isUnitVisible, listAncestors, listPredecessors, listSuccessors, listUnits,
  type UnitListRow, type UnitRow,
} from '../../storage/units.ts';
import type { ServiceContext } from '../context.ts';

function toAdminUnit(row: UnitRow, childCount: number): AdminUnit {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    shortName: row.short_name,
    level: row.level,
    kind: row.kind,
    parentId: row.parent_id,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    childCount,
  };
}

/** The unit with this code, if the actor may see it: 404 when it does not exist, 403 when out of scope. */
export async function getVisibleUnit(context: ServiceContext, code: string): Promise<UnitRow> {
  const db = context.database.db;
  const unit = await findUnit(db, code);
  if (!unit) throw new AppError('unit_not_found', 404, { code });
  if (!(await isUnitVisible(db, context.actor.scope, unit.id))) {
    // Name only the code the caller already knows: the unit's name is not theirs to learn.
    throw new AppError('out_of_scope', 403, { unit: unit.id, unitId: unit.id });
  }
  return unit;
}

export async function searchUnits(context: ServiceContext, query: UnitListQuery): Promise<UnitList> {
  const rows = await listUnits(context.database.db, {
    scope: context.actor.scope,
    level: query.level,
    query: query.q,
    includeFormer: query.former === 'true',
    limit: query.limit,
  });
  return { units: rows.map(toListItem) };
}

/** The units directly below a unit the actor may see. */
export async function listChildUnits(context: ServiceContext, code: string): Promise<UnitList> {
  const parent = await getVisibleUnit(context, code);
  const rows = await listUnits(context.database.db, {
    scope: context.actor.scope,
    parentId: parent.id,
    includeFormer: parent.valid_to !== null,
    limit: 5000,
  });
  return { units: rows.map(toListItem) };
}

/** The roots of the actor's tree: all provinces for a system admin, otherwise the user's own unit. */
export async function listRootUnits(context: ServiceContext): Promise<UnitList> {
  const { scope } = context.actor;
  if (scope.kind === 'country') return searchUnits(context, { level: 'province', limit: 500 });
  const unit = await getVisibleUnit(context, scope.unitId);
  return {
    units: [toListItem({ ...unit, child_count: await countChildren(context.database.db, unit.id), parent_name: null })],
  };
}

export async function getUnitDetail(context: ServiceContext, code: string): Promise<AdminUnitDetail> {
  const db = context.database.db;
  const unit = await getVisibleUnit(context, code);
  const [ancestors, predecessors, successors, childCount] = await Promise.all([
    listAncestors(db, unit),
    listPredecessors(db, unit.id),
    listSuccessors(db, unit.id),
    countChildren(db, unit.id),
  ]);
  return {
    ...toAdminUnit(unit, childCount),
    ancestors,
    predecessors: predecessors.map((row) => ({
      id: row.id, name: row.name, level: row.level, validTo: row.valid_to, parentName: row.parent_name ?? null,
    })),
    successors: successors.map((row) => ({ id: row.id, name: row.name, level: row.level, isPrimary: row.is_primary })),
  };
}

function toListItem(row: UnitListRow): UnitList['units'][number] {
  return { ...toAdminUnit(row, row.child_count), parentName: row.parent_name };
}
