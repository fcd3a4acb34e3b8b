import { sql } from 'kysely';
import type { Scope } from '../../core/auth/scope.ts';
import type { CommunicationAudience, CommunicationForm } from '../../core/api/communication-activities.ts';
import { escapeLikePattern, toSearchText } from '../../core/text/search-text.ts';
import type { Executor } from './executor.ts';
import { inScope } from './units.ts';

export interface CommunicationActivityRow {
  id: string;
  unit_id: string;
  occurred_on: string;
  lead_agency_id: string | null;
  lead_agency_name: string | null;
  form: CommunicationForm;
  title: string;
  description: string | null;
  materials: number;
  materials_kind: string | null;
  created_at: Date;
  updated_at: Date;
}

export type CommunicationActivityUnitRow = CommunicationActivityRow & { unit_name: string };

export interface CommunicationReachRow {
  activity_id: string;
  audience: CommunicationAudience;
  people_reached: number;
}

/** Everything a user writes about an activity: the whole record, as inserted or as it becomes. */
export interface CommunicationActivityValues {
  unitId: string;
  occurredOn: string;
  leadAgencyId: string | null;
  form: CommunicationForm;
  title: string;
  description: string | null;
  reach: { audience: CommunicationAudience; peopleReached: number }[];
  materials: number;
  materialsKind: string | null;
}

/** The table's columns for an activity's values (also the bulk insert of an import's rows). */
export function toColumns(values: CommunicationActivityValues) {
  return {
    unit_id: values.unitId,
    occurred_on: values.occurredOn,
    lead_agency_id: values.leadAgencyId,
    form: values.form,
    title: values.title,
    description: values.description,
    materials: values.materials,
    materials_kind: values.materialsKind,
    search_text: toSearchText([values.title, values.description].filter(Boolean).join(' ')),
  };
}

async function insertReach(db: Executor, activityId: string, reach: CommunicationActivityValues['reach']): Promise<void> {
  if (reach.length === 0) return;
  await db.insertInto('communication_reach').values(reach.map((row) => ({
    activity_id: activityId, audience: row.audience, people_reached: row.peopleReached,
  }))).execute();
}

export async function insertCommunicationActivity(db: Executor, values: CommunicationActivityValues): Promise<string> {
  const { id } = await db.insertInto('communication_activities').values(toColumns(values)).returning('id').executeTakeFirstOrThrow();
  await insertReach(db, id, values.reach);
  return id;
}

/** Rewrites the activity and replaces its reach. */
export async function updateCommunicationActivity(db: Executor, id: string, values: CommunicationActivityValues): Promise<void> {
  await db
    .updateTable('communication_activities')
    .set({ ...toColumns(values), updated_at: new Date() })
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
  await db.deleteFrom('communication_reach').where('activity_id', '=', id).execute();
  await insertReach(db, id, values.reach);
}

/** Soft deletion: the row stays, no list, lookup or indicator counts it. */
export async function softDeleteCommunicationActivity(db: Executor, id: string, reason: string): Promise<void> {
  const now = new Date();
  await db
    .updateTable('communication_activities')
    .set({ deleted_at: now, deleted_reason: reason, updated_at: now })
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
}

function activities(db: Executor) {
  return db
    .selectFrom('communication_activities')
    .leftJoin('agencies', 'agencies.id', 'communication_activities.lead_agency_id')
    .select([
      'communication_activities.id', 'communication_activities.unit_id', 'communication_activities.occurred_on',
      'communication_activities.lead_agency_id', 'agencies.name as lead_agency_name', 'communication_activities.title',
      'communication_activities.description', 'communication_activities.materials', 'communication_activities.materials_kind',
      'communication_activities.created_at', 'communication_activities.updated_at',
    ])
    .select(sql<CommunicationForm>`communication_activities.form`.as('form'))
    .where('communication_activities.deleted_at', 'is', null);
}

/** A live activity, whoever asks: callers check the scope of its unit. */
export async function findCommunicationActivity(db: Executor, id: string): Promise<CommunicationActivityRow | undefined> {
  return activities(db).where('communication_activities.id', '=', id).executeTakeFirst();
}

export async function listReach(db: Executor, activityIds: string[]): Promise<CommunicationReachRow[]> {
  if (activityIds.length === 0) return [];
  const rows = await db
    .selectFrom('communication_reach')
    .select(['activity_id', 'audience', 'people_reached'])
    .where('activity_id', 'in', activityIds)
    .execute();
  return rows.map((row) => ({ ...row, audience: row.audience as CommunicationAudience }));
}

export interface CommunicationActivityFilter {
  scope: Scope;
  /** A unit's subtree to narrow the caller's scope to. */
  within?: Scope | undefined;
  from?: string | undefined;
  to?: string | undefined;
  form?: CommunicationForm | undefined;
  query?: string | undefined;
}

function filtered(db: Executor, filter: CommunicationActivityFilter) {
  let query = activities(db)
    .innerJoin('admin_units', 'admin_units.id', 'communication_activities.unit_id')
    .where(inScope(filter.scope));
  if (filter.within) query = query.where(inScope(filter.within));
  if (filter.from) query = query.where('communication_activities.occurred_on', '>=', filter.from);
  if (filter.to) query = query.where('communication_activities.occurred_on', '<=', filter.to);
  if (filter.form) query = query.where('communication_activities.form', '=', filter.form);
  const folded = filter.query ? toSearchText(filter.query) : '';
  if (folded) query = query.where('communication_activities.search_text', 'like', `%${escapeLikePattern(folded)}%`);
  // A query of only punctuation matches nothing, rather than silently listing everything.
  if (filter.query && !folded) query = query.where(sql<boolean>`false`);
  return query;
}

export async function listCommunicationActivities(
  db: Executor,
  filter: CommunicationActivityFilter & { limit: number; offset: number },
): Promise<CommunicationActivityUnitRow[]> {
  return filtered(db, filter)
    .select('admin_units.name as unit_name')
    .orderBy('communication_activities.occurred_on', 'desc')
    .orderBy('communication_activities.id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
}

export async function countCommunicationActivities(db: Executor, filter: CommunicationActivityFilter): Promise<number> {
  const row = await filtered(db, filter)
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
