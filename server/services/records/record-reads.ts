import type { Scope } from '../../../core/auth/scope.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import type { Executor } from '../../storage/executor.ts';
import type { UnitRow } from '../../storage/units.ts';
import type { ServiceContext } from '../context.ts';
import { getVisibleUnit } from '../units/unit-service.ts';

/**
 * Reads every record service does alike: one record by id, and a page of a filtered list. Each
 * service keeps its own mapping to the API type, since records carry different children (visits,
 * reach, participants…) and some hide fields from some readers.
 */

/** Reads a record's row; storage's finders return live rows only, so a deleted record is not found either. */
export type FindRecord<Row> = (db: Executor, id: string) => Promise<Row | undefined>;

/** The row with this id, or 404 `not_found` naming the record type (also for a deleted record). */
export async function findRecord<Row>(db: Executor, type: string, id: string, find: FindRecord<Row>): Promise<Row> {
  const row = await find(db, id);
  if (!row) throw new AppError('not_found', 404, { entity: type, id });
  return row;
}

/**
 * A live record the caller may see, and its unit: 404 when there is no such record, 403
 * `out_of_scope` (from getVisibleUnit) when its unit lies outside the caller's scope. Reads through
 * `context.database.db`, so a context bound to a transaction reads inside it.
 */
export async function getLiveRecord<Row extends { unit_id: string }>(
  context: ServiceContext, type: string, id: string, find: FindRecord<Row>,
): Promise<{ row: Row; unit: UnitRow }> {
  const row = await findRecord(context.database.db, type, id, find);
  const unit = await getVisibleUnit(context, row.unit_id);
  return { row, unit };
}

/**
 * Where a list looks: the caller's scope and, when the query names a unit, that unit's subtree as
 * well (404 `unit_not_found` or 403 `out_of_scope` from getVisibleUnit for a unit the caller may not see).
 */
export async function listScope(
  context: ServiceContext, unitCode: string | undefined,
): Promise<{ scope: Scope; within: Extract<Scope, { kind: 'subtree' }> | undefined }> {
  const unit = unitCode ? await getVisibleUnit(context, unitCode) : undefined;
  return { scope: context.actor.scope, within: unit ? { kind: 'subtree', unitId: unit.id, unitPath: unit.path } : undefined };
}

/** The page a list query asks for (1-based). */
export interface PageQuery {
  page: number;
  pageSize: number;
}

/** What storage's list functions take on top of their filter. */
export interface PageWindow {
  limit: number;
  offset: number;
}

/** The list and count of one record type, over the same filter. */
export interface PagedStorage<Filter, Row> {
  list: (db: Executor, filter: Filter & PageWindow) => Promise<Row[]>;
  count: (db: Executor, filter: Filter) => Promise<number>;
}

/**
 * One page of records and the total over the whole filter, as every list endpoint answers. The page
 * and its count are read side by side; `toItems` runs after both, so that it may read the page's
 * children in one query.
 */
export async function pagedRecords<Filter, Row, Item>(
  db: Executor,
  query: PageQuery,
  filter: Filter,
  storage: PagedStorage<Filter, Row>,
  toItems: (rows: Row[]) => Item[] | Promise<Item[]>,
): Promise<{ items: Item[]; total: number; page: number; pageSize: number }> {
  const [rows, total] = await Promise.all([
    storage.list(db, { ...filter, limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
    storage.count(db, filter),
  ]);
  return { items: await toItems(rows), total, page: query.page, pageSize: query.pageSize };
}
