import { sql } from 'kysely';
import type { HotspotStatus } from '../../core/api/hotspots.ts';
import type { Scope } from '../../core/auth/scope.ts';
import { escapeLikePattern, toSearchText } from '../../core/text/search-text.ts';
import type { Executor } from './executor.ts';
import { inScope } from './units.ts';

const hotspotColumns = [
  'hotspots.id', 'hotspots.unit_id', 'hotspots.address', 'hotspots.kind', 'hotspots.latitude', 'hotspots.longitude',
  'hotspots.description', 'hotspots.identified_on', 'hotspots.status', 'hotspots.eliminated_on', 'hotspots.status_changed_on',
  'hotspots.created_at', 'hotspots.updated_at',
] as const;

export interface HotspotRow {
  id: string;
  unit_id: string;
  address: string;
  kind: string;
  latitude: number | null;
  longitude: number | null;
  description: string | null;
  identified_on: string | null;
  status: HotspotStatus;
  eliminated_on: string | null;
  status_changed_on: string | null;
  created_at: Date;
  updated_at: Date;
}

export type HotspotUnitRow = HotspotRow & { unit_name: string };

export interface WatchVisitRow {
  id: string;
  hotspot_id: string;
  visited_on: string;
  reformed: boolean;
  notes: string | null;
  created_at: Date;
}

/** Everything a user writes about a hotspot: the whole record, as inserted or as it becomes. */
export interface HotspotValues {
  unitId: string;
  address: string;
  kind: string;
  latitude: number | null;
  longitude: number | null;
  description: string | null;
  identifiedOn: string | null;
  status: HotspotStatus;
  eliminatedOn: string | null;
  statusChangedOn: string | null;
}

/** The row a hotspot's values become (with its search text): also the bulk insert of an import. */
export function toColumns(values: HotspotValues) {
  return {
    unit_id: values.unitId,
    address: values.address,
    kind: values.kind,
    latitude: values.latitude,
    longitude: values.longitude,
    description: values.description,
    identified_on: values.identifiedOn,
    status: values.status,
    eliminated_on: values.eliminatedOn,
    status_changed_on: values.statusChangedOn,
    search_text: toSearchText([values.address, values.description].filter(Boolean).join(' ')),
  };
}

export async function insertHotspot(db: Executor, values: HotspotValues): Promise<HotspotRow> {
  return db.insertInto('hotspots').values(toColumns(values)).returning(hotspotColumns).executeTakeFirstOrThrow();
}

export async function updateHotspot(db: Executor, id: string, values: HotspotValues): Promise<HotspotRow> {
  return db
    .updateTable('hotspots')
    .set({ ...toColumns(values), updated_at: new Date() })
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .returning(hotspotColumns)
    .executeTakeFirstOrThrow();
}

/** Soft deletion: the row and its watch visits stay, no list or lookup sees them. */
export async function softDeleteHotspot(db: Executor, id: string, reason: string): Promise<void> {
  const now = new Date();
  await db
    .updateTable('hotspots')
    .set({ deleted_at: now, deleted_reason: reason, updated_at: now })
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
}

/**
 * A live (not deleted) hotspot, whoever asks: callers check the scope of its unit. `lock` holds the
 * row until the transaction ends, so that two watch visits judge the status one after the other.
 */
export async function findHotspot(db: Executor, id: string, options: { lock?: boolean } = {}): Promise<HotspotRow | undefined> {
  let query = db
    .selectFrom('hotspots')
    .select(hotspotColumns)
    .where('hotspots.id', '=', id)
    .where('hotspots.deleted_at', 'is', null);
  if (options.lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

/** The watch visits of some hotspots, oldest first (then in the order they were written). */
export async function listWatchVisits(db: Executor, hotspotIds: readonly string[]): Promise<WatchVisitRow[]> {
  if (hotspotIds.length === 0) return [];
  return db
    .selectFrom('hotspot_watch_visits')
    .select(['id', 'hotspot_id', 'visited_on', 'reformed', 'notes', 'created_at'])
    .where('hotspot_id', 'in', [...hotspotIds])
    .orderBy('visited_on')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function insertWatchVisit(
  db: Executor,
  visit: { hotspotId: string; visitedOn: string; reformed: boolean; notes: string | null },
): Promise<WatchVisitRow> {
  return db
    .insertInto('hotspot_watch_visits')
    .values({ hotspot_id: visit.hotspotId, visited_on: visit.visitedOn, reformed: visit.reformed, notes: visit.notes })
    .returning(['id', 'hotspot_id', 'visited_on', 'reformed', 'notes', 'created_at'])
    .executeTakeFirstOrThrow();
}

export interface HotspotFilter {
  scope: Scope;
  /** A unit's subtree to narrow the caller's scope to. */
  within?: Scope | undefined;
  query?: string | undefined;
  kind?: string | undefined;
  status?: HotspotStatus | undefined;
}

function filteredHotspots(db: Executor, filter: HotspotFilter) {
  let query = db
    .selectFrom('hotspots')
    .innerJoin('admin_units', 'admin_units.id', 'hotspots.unit_id')
    .where('hotspots.deleted_at', 'is', null)
    .where(inScope(filter.scope));
  if (filter.within) query = query.where(inScope(filter.within));
  if (filter.kind) query = query.where('hotspots.kind', '=', filter.kind);
  if (filter.status) query = query.where('hotspots.status', '=', filter.status);
  const folded = filter.query ? toSearchText(filter.query) : '';
  if (folded) query = query.where('hotspots.search_text', 'like', `%${escapeLikePattern(folded)}%`);
  // A query of only punctuation matches nothing, rather than silently listing everything.
  if (filter.query && !folded) query = query.where(sql<boolean>`false`);
  return query;
}

/** Active hotspots first, then those under watch, then the eliminated; by address within each. */
export async function listHotspots(db: Executor, filter: HotspotFilter & { limit: number; offset: number }): Promise<HotspotUnitRow[]> {
  return filteredHotspots(db, filter)
    .select(hotspotColumns)
    .select('admin_units.name as unit_name')
    .orderBy(sql`case hotspots.status when 'active' then 0 when 'under_watch' then 1 else 2 end`)
    .orderBy('hotspots.search_text')
    .orderBy('hotspots.id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
}

export async function countHotspots(db: Executor, filter: HotspotFilter): Promise<number> {
  const row = await filteredHotspots(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
