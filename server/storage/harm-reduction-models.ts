import { sql } from 'kysely';
import type { Scope } from '../../core/auth/scope.ts';
import type { HarmReductionModelKind } from '../../core/api/harm-reduction-models.ts';
import { escapeLikePattern, toSearchText } from '../../core/text/search-text.ts';
import type { Executor } from './executor.ts';
import { inScope } from './units.ts';

export interface HarmReductionModelRow {
  id: string;
  unit_id: string;
  name: string;
  kind: HarmReductionModelKind;
  agency_id: string | null;
  agency_name: string | null;
  description: string | null;
  started_on: string;
  ended_on: string | null;
  created_at: Date;
  updated_at: Date;
}

export type HarmReductionModelUnitRow = HarmReductionModelRow & { unit_name: string };

/** Everything a user writes about a model: the whole record, as inserted or as it becomes. */
export interface HarmReductionModelValues {
  unitId: string;
  name: string;
  kind: HarmReductionModelKind;
  agencyId: string | null;
  description: string | null;
  startedOn: string;
  endedOn: string | null;
}

/** The row a model's values become (with its search text): also the bulk insert of an import. */
export function toColumns(values: HarmReductionModelValues, agencyName: string | null) {
  return {
    unit_id: values.unitId,
    name: values.name,
    kind: values.kind,
    agency_id: values.agencyId,
    description: values.description,
    started_on: values.startedOn,
    ended_on: values.endedOn,
    search_text: toSearchText([values.name, agencyName, values.description].filter(Boolean).join(' ')),
  };
}

export async function insertHarmReductionModel(db: Executor, values: HarmReductionModelValues, agencyName: string | null): Promise<string> {
  const { id } = await db.insertInto('harm_reduction_models').values(toColumns(values, agencyName)).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateHarmReductionModel(db: Executor, id: string, values: HarmReductionModelValues, agencyName: string | null): Promise<void> {
  await db
    .updateTable('harm_reduction_models')
    .set({ ...toColumns(values, agencyName), updated_at: new Date() })
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
}

/** Soft deletion: the row stays, no list, lookup or indicator counts it. */
export async function softDeleteHarmReductionModel(db: Executor, id: string, reason: string): Promise<void> {
  const now = new Date();
  await db
    .updateTable('harm_reduction_models')
    .set({ deleted_at: now, deleted_reason: reason, updated_at: now })
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
}

function models(db: Executor) {
  return db
    .selectFrom('harm_reduction_models')
    .leftJoin('agencies', 'agencies.id', 'harm_reduction_models.agency_id')
    .select([
      'harm_reduction_models.id', 'harm_reduction_models.unit_id', 'harm_reduction_models.name', 'harm_reduction_models.agency_id',
      'agencies.name as agency_name', 'harm_reduction_models.description', 'harm_reduction_models.started_on',
      'harm_reduction_models.ended_on', 'harm_reduction_models.created_at', 'harm_reduction_models.updated_at',
    ])
    .select(sql<HarmReductionModelKind>`harm_reduction_models.kind`.as('kind'))
    .where('harm_reduction_models.deleted_at', 'is', null);
}

/** A live model, whoever asks: callers check the scope of its unit. */
export async function findHarmReductionModel(db: Executor, id: string): Promise<HarmReductionModelRow | undefined> {
  return models(db).where('harm_reduction_models.id', '=', id).executeTakeFirst();
}

export interface HarmReductionModelFilter {
  scope: Scope;
  /** A unit's subtree to narrow the caller's scope to. */
  within?: Scope | undefined;
  /** Models running at some time in this year, as the indicator counts them. */
  runningIn?: number | undefined;
  kind?: HarmReductionModelKind | undefined;
  query?: string | undefined;
}

function filtered(db: Executor, filter: HarmReductionModelFilter) {
  let query = models(db)
    .innerJoin('admin_units', 'admin_units.id', 'harm_reduction_models.unit_id')
    .where(inScope(filter.scope));
  if (filter.within) query = query.where(inScope(filter.within));
  if (filter.runningIn !== undefined) {
    const first = `${filter.runningIn}-01-01`;
    const last = `${filter.runningIn}-12-31`;
    query = query
      .where('harm_reduction_models.started_on', '<=', last)
      .where((eb) => eb.or([eb('harm_reduction_models.ended_on', 'is', null), eb('harm_reduction_models.ended_on', '>=', first)]));
  }
  if (filter.kind) query = query.where('harm_reduction_models.kind', '=', filter.kind);
  const folded = filter.query ? toSearchText(filter.query) : '';
  if (folded) query = query.where('harm_reduction_models.search_text', 'like', `%${escapeLikePattern(folded)}%`);
  // A query of only punctuation matches nothing, rather than silently listing everything.
  if (filter.query && !folded) query = query.where(sql<boolean>`false`);
  return query;
}

/** Running models first (no end day), then the latest started. */
export async function listHarmReductionModels(
  db: Executor,
  filter: HarmReductionModelFilter & { limit: number; offset: number },
): Promise<HarmReductionModelUnitRow[]> {
  return filtered(db, filter)
    .select('admin_units.name as unit_name')
    .orderBy(sql`harm_reduction_models.ended_on is not null`)
    .orderBy('harm_reduction_models.started_on', 'desc')
    .orderBy('harm_reduction_models.id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
}

export async function countHarmReductionModels(db: Executor, filter: HarmReductionModelFilter): Promise<number> {
  const row = await filtered(db, filter)
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
