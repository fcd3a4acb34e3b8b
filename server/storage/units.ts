import { expressionBuilder, sql, type ExpressionBuilder, type RawBuilder } from 'kysely';
import type { Scope } from '../../core/auth/scope.ts';
import { escapeLikePattern, toSearchText } from '../../core/text/search-text.ts';
import type { UnitLevel } from '../../core/api/units.ts';
import type { DatabaseSchema } from './schema.ts';
import type { Executor } from './executor.ts';

export interface UnitRow {
  id: string;
  code: string | null;
  name: string;
  short_name: string;
  level: UnitLevel;
  kind: string;
  parent_id: string | null;
  valid_from: string | null;
  valid_to: string | null;
  path: string;
}

const unitColumns = ['id', 'code', 'name', 'short_name', 'level', 'kind', 'parent_id', 'valid_from', 'valid_to', 'path'] as const;

/**
 * The row filter for a scope. Today's units are in scope when they lie in the user's subtree; a
 * pre-reform unit is in scope when any of its communes continues in a unit of that subtree, so a
 * commune officer can see the history that rolls up into their commune, and no one else's.
 * Those pre-reform units are the ones named in the paths of the predecessors of the subtree's
 * units (a path lists the ids from the root down), gathered once per query rather than tested
 * per row: a per-row test over every former unit took seconds on the whole country.
 */
export function inScope(scope: Scope) {
  return (eb: ExpressionBuilder<DatabaseSchema, 'admin_units'>) => {
    if (scope.kind === 'country') return sql<boolean>`true`;
    const prefix = `${escapeLikePattern(scope.unitPath)}%`;
    const heldFormerUnitIds = eb
      .selectFrom('admin_unit_successions as s')
      .innerJoin('admin_units as predecessor', 'predecessor.id', 's.predecessor_id')
      .innerJoin('admin_units as successor', 'successor.id', 's.successor_id')
      .select(sql<string>`unnest(string_to_array(btrim(predecessor.path, '/'), '/'))`.as('id'))
      .where('successor.path', 'like', prefix);
    return eb.or([
      eb('admin_units.path', 'like', prefix),
      eb.and([eb('admin_units.valid_to', 'is not', null), eb('admin_units.id', 'in', heldFormerUnitIds)]),
    ]);
  };
}

/**
 * The same scope as inScope() for a record's unit column. The in-scope units are gathered once per
 * query (an init plan) and matched as a list, so the index on the record's unit serves; inScope()
 * joined per record row can use no index and over a large registry is planned as a full scan.
 */
export function unitIdInScope(column: string, scope: Scope): RawBuilder<boolean> {
  if (scope.kind === 'country') return sql<boolean>`true`;
  const units = expressionBuilder<DatabaseSchema, never>().selectFrom('admin_units').select('admin_units.id').where(inScope(scope));
  return sql<boolean>`${sql.ref(column)} = any(array(${units}))`;
}

/**
 * The scopes a query must apply when a caller narrows their list to a unit. A unit inside the
 * caller's subtree holds only units the caller holds (both rules of inScope() follow the path
 * prefix), so its scope alone suffices and the query gathers one set of units, not two.
 */
export function narrowedScopes(scope: Scope, within: Scope | undefined): Scope[] {
  if (!within) return [scope];
  if (scope.kind === 'country' || (within.kind === 'subtree' && within.unitPath.startsWith(scope.unitPath))) return [within];
  return [scope, within];
}

export async function findUnit(db: Executor, id: string): Promise<UnitRow | undefined> {
  return db.selectFrom('admin_units').select(unitColumns).where('id', '=', id).executeTakeFirst();
}

export async function isUnitVisible(db: Executor, scope: Scope, id: string): Promise<boolean> {
  const row = await db.selectFrom('admin_units').select('id').where('id', '=', id).where(inScope(scope)).executeTakeFirst();
  return row !== undefined;
}

export interface UnitListFilter {
  scope: Scope;
  level?: UnitLevel | undefined;
  parentId?: string | undefined;
  query?: string | undefined;
  includeFormer?: boolean | undefined;
  limit: number;
}

export type UnitListRow = UnitRow & { child_count: number; parent_name: string | null };

export async function listUnits(db: Executor, filter: UnitListFilter): Promise<UnitListRow[]> {
  let query = db
    .selectFrom('admin_units')
    .leftJoin('admin_units as parent', 'parent.id', 'admin_units.parent_id')
    .select(unitColumns.map((column) => `admin_units.${column}` as const))
    .select('parent.name as parent_name')
    .select((eb) =>
      eb
        .selectFrom('admin_units as child')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('child.parent_id', '=', 'admin_units.id')
        .as('child_count'),
    )
    .where(inScope(filter.scope));
  if (!filter.includeFormer) query = query.where('admin_units.valid_to', 'is', null);
  if (filter.level) query = query.where('admin_units.level', '=', filter.level);
  if (filter.parentId) query = query.where('admin_units.parent_id', '=', filter.parentId);
  const folded = filter.query ? toSearchText(filter.query) : '';
  // A query of only punctuation matches nothing, rather than silently listing everything.
  if (filter.query && !folded) return [];
  if (folded) {
    query = query.where('admin_units.search_text', 'like', `%${escapeLikePattern(folded)}%`);
  }
  const rows = await query
    .orderBy('admin_units.level')
    .orderBy('admin_units.search_text')
    .orderBy('admin_units.id')
    .limit(filter.limit)
    .execute();
  return rows.map((row) => ({ ...row, child_count: Number(row.child_count ?? 0) }));
}

export async function listAncestors(db: Executor, unit: UnitRow): Promise<Pick<UnitRow, 'id' | 'name' | 'level'>[]> {
  const ids = unit.path.split('/').filter((id) => id && id !== unit.id);
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('admin_units').select(['id', 'name', 'level']).where('id', 'in', ids).execute();
  return ids.flatMap((id) => rows.filter((row) => row.id === id));
}

export async function listPredecessors(db: Executor, unitId: string) {
  return db
    .selectFrom('admin_unit_successions as s')
    .innerJoin('admin_units as u', 'u.id', 's.predecessor_id')
    .leftJoin('admin_units as parent', 'parent.id', 'u.parent_id')
    .select(['u.id', 'u.name', 'u.level', 'u.valid_to', 'parent.name as parent_name'])
    .where('s.successor_id', '=', unitId)
    .orderBy('u.search_text')
    .execute();
}

export async function listSuccessors(db: Executor, unitId: string) {
  return db
    .selectFrom('admin_unit_successions as s')
    .innerJoin('admin_units as u', 'u.id', 's.successor_id')
    .select(['u.id', 'u.name', 'u.level', 's.is_primary'])
    .where('s.predecessor_id', '=', unitId)
    .orderBy('s.is_primary', 'desc')
    .orderBy('u.search_text')
    .execute();
}

export async function countChildren(db: Executor, unitId: string): Promise<number> {
  const row = await db
    .selectFrom('admin_units')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('parent_id', '=', unitId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function countUnits(db: Executor): Promise<number> {
  const row = await db.selectFrom('admin_units').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Today's provinces and communes whose name contains the words, accents and case ignored, for
 * the public page's place picker: names are public, so no scope applies. Names with a word that
 * starts with the words come first, provinces before communes.
 */
export async function searchCurrentUnits(db: Executor, filter: { query: string; level?: 'province' | 'commune' | undefined; limit: number }) {
  const folded = toSearchText(filter.query);
  if (!folded) return [];
  const pattern = escapeLikePattern(folded);
  return db
    .selectFrom('admin_units')
    .leftJoin('admin_units as parent', 'parent.id', 'admin_units.parent_id')
    .select(['admin_units.id', 'admin_units.name', 'admin_units.level', 'parent.name as parent_name'])
    .where('admin_units.valid_to', 'is', null)
    .where('admin_units.level', 'in', filter.level ? [filter.level] : ['province', 'commune'])
    .where('admin_units.search_text', 'like', `%${pattern}%`)
    .orderBy(sql`(' ' || admin_units.search_text) like ${`% ${pattern}%`}`, 'desc')
    .orderBy(sql`admin_units.level = 'province'`, 'desc')
    .orderBy('admin_units.search_text')
    .orderBy('admin_units.id')
    .limit(filter.limit)
    .execute();
}
