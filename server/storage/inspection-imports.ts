import { sql } from 'kysely';
import type { InspectionOutcome, TeamKind } from '../../core/api/inspections.ts';
import type { Scope } from '../../core/auth/scope.ts';
import type { Executor } from './executor.ts';
import { filteredInspections, toColumns, toVisitColumns, type InspectionFilter, type InspectionValues } from './inspections.ts';
import { inScope } from './units.ts';

/** Live establishments holding any of these licence numbers, compared in lower case as the registry's unique index does. */
export async function findEstablishmentsByLicence(db: Executor, licenceKeys: readonly string[]): Promise<{ id: string; licence_key: string }[]> {
  if (licenceKeys.length === 0) return [];
  const rows = await db
    .selectFrom('establishments')
    .select('establishments.id')
    .select((eb) => eb.fn<string>('lower', ['establishments.licence_number']).as('licence_key'))
    .where('establishments.deleted_at', 'is', null)
    .where((eb) => eb(eb.fn('lower', ['establishments.licence_number']), 'in', [...licenceKeys]))
    .execute();
  return rows;
}

/** Live establishments of the subtree with any of these duplicate keys (name and address folded). */
export async function findEstablishmentsByPlace(
  db: Executor,
  duplicateKeys: readonly string[],
  within: Scope,
): Promise<{ id: string; duplicate_key: string; unit_name: string }[]> {
  if (duplicateKeys.length === 0) return [];
  return db
    .selectFrom('establishments')
    .innerJoin('admin_units', 'admin_units.id', 'establishments.unit_id')
    .select(['establishments.id', 'establishments.duplicate_key', 'admin_units.name as unit_name'])
    .where('establishments.deleted_at', 'is', null)
    .where('establishments.duplicate_key', 'in', [...duplicateKeys])
    .where(inScope(within))
    .execute();
}

export interface NamedAgencyRow {
  id: string;
  name: string;
  search_text: string;
  unit_id: string;
  unit_name: string;
  unit_short_name: string;
}

/** The agencies of the subtree whose folded names are among these. */
export async function findAgenciesByName(db: Executor, foldedNames: readonly string[], within: Scope): Promise<NamedAgencyRow[]> {
  if (foldedNames.length === 0) return [];
  return db
    .selectFrom('agencies')
    .innerJoin('admin_units', 'admin_units.id', 'agencies.unit_id')
    .select(['agencies.id', 'agencies.name', 'agencies.search_text', 'agencies.unit_id', 'admin_units.name as unit_name', 'admin_units.short_name as unit_short_name'])
    .where('agencies.search_text', 'in', [...foldedNames])
    .where(inScope(within))
    .execute();
}

/** A unit's own active agencies by name, for a message that says which names exist. */
export async function listAgencyNames(db: Executor, unitId: string): Promise<string[]> {
  const rows = await db.selectFrom('agencies').select('name').where('unit_id', '=', unitId).where('is_active', '=', true)
    .orderBy('sort_order').orderBy('name').execute();
  return rows.map((row) => row.name);
}

/** Agencies by id with their unit, as an export names them. */
export async function findAgencyLabels(db: Executor, ids: readonly string[]): Promise<{ id: string; name: string; unit_id: string; unit_name: string }[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('agencies')
    .innerJoin('admin_units', 'admin_units.id', 'agencies.unit_id')
    .select(['agencies.id', 'agencies.name', 'agencies.unit_id', 'admin_units.name as unit_name'])
    .where('agencies.id', 'in', [...ids])
    .execute();
}

/** A saved visit an imported row may repeat. */
export interface SavedVisitRow {
  inspection_id: string;
  unit_id: string;
  inspected_on: string;
  team: string;
  establishment_id: string;
}

/** Visits of live inspections of these units on these days to these establishments: one query for a chunk of rows. */
export async function findSavedVisits(
  db: Executor,
  probe: { unitIds: readonly string[]; dates: readonly string[]; establishmentIds: readonly string[] },
): Promise<SavedVisitRow[]> {
  if (probe.unitIds.length === 0 || probe.dates.length === 0 || probe.establishmentIds.length === 0) return [];
  return db
    .selectFrom('inspections')
    .innerJoin('inspection_visits', 'inspection_visits.inspection_id', 'inspections.id')
    .select(['inspections.id as inspection_id', 'inspections.unit_id', 'inspections.inspected_on', 'inspections.team', 'inspection_visits.establishment_id'])
    .where('inspections.deleted_at', 'is', null)
    .where('inspections.unit_id', 'in', [...probe.unitIds])
    .where('inspections.inspected_on', 'in', [...probe.dates])
    .where('inspection_visits.establishment_id', 'in', [...probe.establishmentIds])
    .execute();
}

/** Inserts many inspections with the ids given, and their visits: two statements. */
export async function insertInspections(db: Executor, rows: readonly { id: string; values: InspectionValues }[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insertInto('inspections').values(rows.map((row) => ({ id: row.id, ...toColumns(row.values) }))).execute();
  const visits = rows.flatMap((row) => row.values.visits.map((visit) => toVisitColumns(row.id, visit)));
  if (visits.length > 0) await db.insertInto('inspection_visits').values(visits).execute();
}

/** The export's filter: the list's, with the outcome applied to each visit rather than to the inspection. */
export type VisitExportFilter = InspectionFilter;

/** One visit of a live inspection, with what an export row shows of its inspection and establishment. */
export interface ExportVisitRow {
  inspection_id: string;
  unit_id: string;
  unit_name: string;
  inspected_on: string;
  team: string;
  team_kind: TeamKind;
  member_agency_ids: string[];
  notes: string | null;
  licence_number: string | null;
  establishment_name: string;
  establishment_address: string;
  findings: string;
  violations: string | null;
  outcome: InspectionOutcome;
  fine_amount: number | null;
  legal_basis: string | null;
  follow_up_due: string | null;
}

function filteredVisits(db: Executor, filter: VisitExportFilter) {
  const outcome = filter.outcome;
  return filteredInspections(db, { ...filter, outcome: undefined })
    .innerJoin('inspection_visits', 'inspection_visits.inspection_id', 'inspections.id')
    .innerJoin('establishments', 'establishments.id', 'inspection_visits.establishment_id')
    .$if(outcome !== undefined, (query) => query.where('inspection_visits.outcome', '=', outcome!));
}

export async function countVisits(db: Executor, filter: VisitExportFilter): Promise<number> {
  const row = await filteredVisits(db, filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A page of visits, newest inspection first, in a stable order. */
export async function listVisitsForExport(db: Executor, filter: VisitExportFilter & { limit: number; offset: number }): Promise<ExportVisitRow[]> {
  const rows = await filteredVisits(db, filter)
    .select([
      'inspections.id as inspection_id', 'inspections.unit_id', 'admin_units.name as unit_name', 'inspections.inspected_on', 'inspections.team',
      'inspections.team_kind', 'inspections.notes', 'establishments.licence_number', 'establishments.name as establishment_name',
      'establishments.address as establishment_address', 'inspection_visits.findings', 'inspection_visits.violations', 'inspection_visits.outcome',
      'inspection_visits.legal_basis', 'inspection_visits.follow_up_due',
    ])
    // Arrays and bigints as JSON and text: the same on PGlite and PostgreSQL whatever their parsers do.
    .select(sql<string[]>`to_json(inspections.member_agency_ids)`.as('member_agency_ids'))
    .select(sql<string | null>`inspection_visits.fine_amount::text`.as('fine_amount'))
    .orderBy('inspections.inspected_on', 'desc')
    .orderBy('inspections.id')
    .orderBy('establishments.name')
    .orderBy('inspection_visits.establishment_id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  return rows.map((row) => ({
    ...row,
    team_kind: row.team_kind as TeamKind,
    outcome: row.outcome as InspectionOutcome,
    fine_amount: row.fine_amount === null ? null : Number(row.fine_amount),
  }));
}
