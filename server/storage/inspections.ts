import { sql } from 'kysely';
import type { Scope } from '../../core/auth/scope.ts';
import type { InspectionOutcome, TeamKind } from '../../core/api/inspections.ts';
import type { Executor } from './executor.ts';
import { inScope } from './units.ts';

export interface InspectionRow {
  id: string;
  unit_id: string;
  inspected_on: string;
  team: string;
  team_kind: TeamKind;
  member_agency_ids: string[];
  notes: string | null;
  created_at: Date;
  updated_at: Date;
}

export type InspectionUnitRow = InspectionRow & { unit_name: string };

export interface InspectionVisitRow {
  inspection_id: string;
  establishment_id: string;
  establishment_name: string;
  findings: string;
  violations: string | null;
  outcome: InspectionOutcome;
  fine_amount: number | null;
  legal_basis: string | null;
  follow_up_due: string | null;
}

export interface InspectionVisitValues {
  establishmentId: string;
  findings: string;
  violations: string | null;
  outcome: InspectionOutcome;
  fineAmount: number | null;
  legalBasis: string | null;
  followUpDue: string | null;
}

/** Everything a user writes about an inspection: the whole record, as inserted or as it becomes. */
export interface InspectionValues {
  unitId: string;
  inspectedOn: string;
  team: string;
  teamKind: TeamKind;
  memberAgencyIds: string[];
  notes: string | null;
  visits: InspectionVisitValues[];
}

// Arrays travel as JSON and as text, the same on PGlite and PostgreSQL whatever their array parsers do.
const memberAgencyIds = sql<string[]>`to_json(inspections.member_agency_ids)`.as('member_agency_ids');
const toUuidArray = (ids: string[]) => sql<string[]>`string_to_array(${ids.join(',')}, ',')::uuid[]`;

const inspectionColumns = [
  'inspections.id', 'inspections.unit_id', 'inspections.inspected_on', 'inspections.team', 'inspections.team_kind',
  'inspections.notes', 'inspections.created_at', 'inspections.updated_at',
] as const;

/** The inspection's row as stored; the import writes many at once with it. */
export function toColumns(values: InspectionValues) {
  return {
    unit_id: values.unitId,
    inspected_on: values.inspectedOn,
    team: values.team,
    team_kind: values.teamKind,
    member_agency_ids: toUuidArray(values.memberAgencyIds),
    notes: values.notes,
  };
}

/** A visit's row as stored; the import writes many at once with it. */
export function toVisitColumns(inspectionId: string, visit: InspectionVisitValues) {
  return {
    inspection_id: inspectionId,
    establishment_id: visit.establishmentId,
    findings: visit.findings,
    violations: visit.violations,
    outcome: visit.outcome,
    fine_amount: visit.fineAmount,
    legal_basis: visit.legalBasis,
    follow_up_due: visit.followUpDue,
  };
}

async function insertVisits(db: Executor, inspectionId: string, visits: InspectionVisitValues[]): Promise<void> {
  await db.insertInto('inspection_visits').values(visits.map((visit) => toVisitColumns(inspectionId, visit))).execute();
}

export async function insertInspection(db: Executor, values: InspectionValues): Promise<string> {
  const { id } = await db.insertInto('inspections').values(toColumns(values)).returning('id').executeTakeFirstOrThrow();
  await insertVisits(db, id, values.visits);
  return id;
}

/** Rewrites the inspection and replaces its visits. */
export async function updateInspection(db: Executor, id: string, values: InspectionValues): Promise<void> {
  await db
    .updateTable('inspections')
    .set({ ...toColumns(values), updated_at: new Date() })
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
  await db.deleteFrom('inspection_visits').where('inspection_id', '=', id).execute();
  await insertVisits(db, id, values.visits);
}

/** Soft deletion: the row stays, no list, lookup or indicator counts it. */
export async function softDeleteInspection(db: Executor, id: string, reason: string): Promise<void> {
  const now = new Date();
  await db
    .updateTable('inspections')
    .set({ deleted_at: now, deleted_reason: reason, updated_at: now })
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
}

/** A live inspection, whoever asks: callers check the scope of its unit. */
export async function findInspection(db: Executor, id: string): Promise<InspectionRow | undefined> {
  return db
    .selectFrom('inspections')
    .select(inspectionColumns)
    .select(memberAgencyIds)
    .where('inspections.id', '=', id)
    .where('inspections.deleted_at', 'is', null)
    .executeTakeFirst();
}

export async function listVisits(db: Executor, inspectionIds: string[]): Promise<InspectionVisitRow[]> {
  if (inspectionIds.length === 0) return [];
  const rows = await db
    .selectFrom('inspection_visits')
    .innerJoin('establishments', 'establishments.id', 'inspection_visits.establishment_id')
    .select([
      'inspection_visits.inspection_id', 'inspection_visits.establishment_id', 'establishments.name as establishment_name',
      'inspection_visits.findings', 'inspection_visits.violations', 'inspection_visits.outcome', 'inspection_visits.legal_basis',
      'inspection_visits.follow_up_due',
    ])
    .select(sql<string | null>`inspection_visits.fine_amount::text`.as('fine_amount'))
    .where('inspection_visits.inspection_id', 'in', inspectionIds)
    .orderBy('establishments.name')
    .orderBy('inspection_visits.establishment_id')
    .execute();
  return rows.map((row) => ({
    ...row,
    outcome: row.outcome as InspectionOutcome,
    fine_amount: row.fine_amount === null ? null : Number(row.fine_amount),
  }));
}

export interface InspectionFilter {
  scope: Scope;
  /** A unit's subtree to narrow the caller's scope to. */
  within?: Scope | undefined;
  from?: string | undefined;
  to?: string | undefined;
  outcome?: InspectionOutcome | undefined;
}

/** The live inspections the filter keeps, before any select; the export joins their visits to it. */
export function filteredInspections(db: Executor, filter: InspectionFilter) {
  let query = db
    .selectFrom('inspections')
    .innerJoin('admin_units', 'admin_units.id', 'inspections.unit_id')
    .where('inspections.deleted_at', 'is', null)
    .where(inScope(filter.scope));
  if (filter.within) query = query.where(inScope(filter.within));
  if (filter.from) query = query.where('inspections.inspected_on', '>=', filter.from);
  if (filter.to) query = query.where('inspections.inspected_on', '<=', filter.to);
  const outcome = filter.outcome;
  if (outcome) {
    query = query.where((eb) => eb.exists(eb.selectFrom('inspection_visits').select(sql`1`.as('one'))
      .whereRef('inspection_visits.inspection_id', '=', 'inspections.id').where('inspection_visits.outcome', '=', outcome)));
  }
  return query;
}

export async function listInspections(
  db: Executor,
  filter: InspectionFilter & { limit: number; offset: number },
): Promise<InspectionUnitRow[]> {
  return filteredInspections(db, filter)
    .select(inspectionColumns)
    .select(memberAgencyIds)
    .select('admin_units.name as unit_name')
    .orderBy('inspections.inspected_on', 'desc')
    .orderBy('inspections.id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
}

export async function countInspections(db: Executor, filter: InspectionFilter): Promise<number> {
  const row = await filteredInspections(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface VisitedEstablishmentRow {
  id: string;
  name: string;
  closed_on: string | null;
  /** Whether its unit lies in the subtree asked about (pre-reform units that became part of it included). */
  within: boolean;
}

/** The live establishments among these ids, each saying whether it lies in the subtree. */
export async function findVisitedEstablishments(db: Executor, ids: string[], within: Scope): Promise<VisitedEstablishmentRow[]> {
  if (ids.length === 0) return [];
  const base = db
    .selectFrom('establishments')
    .innerJoin('admin_units', 'admin_units.id', 'establishments.unit_id')
    .where('establishments.id', 'in', ids)
    .where('establishments.deleted_at', 'is', null);
  const [all, inside] = await Promise.all([
    base.select(['establishments.id', 'establishments.name', 'establishments.closed_on']).execute(),
    base.select('establishments.id').where(inScope(within)).execute(),
  ]);
  const insideIds = new Set(inside.map((row) => row.id));
  return all.map((row) => ({ ...row, within: insideIds.has(row.id) }));
}

/** The agencies among these ids whose unit lies in the subtree. */
export async function findTeamAgencies(db: Executor, ids: string[], within: Scope): Promise<{ id: string; name: string }[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('agencies')
    .innerJoin('admin_units', 'admin_units.id', 'agencies.unit_id')
    .select(['agencies.id', 'agencies.name'])
    .where('agencies.id', 'in', ids)
    .where(inScope(within))
    .execute();
}
