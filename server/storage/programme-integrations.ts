import { sql } from 'kysely';
import type { Scope } from '../../core/auth/scope.ts';
import type { ProgrammeKind } from '../../core/api/programme-integrations.ts';
import { escapeLikePattern, toSearchText } from '../../core/text/search-text.ts';
import type { Executor } from './executor.ts';
import { inScope } from './units.ts';

export interface ProgrammeIntegrationRow {
  id: string;
  unit_id: string;
  year: number;
  agency_id: string | null;
  agency_name: string | null;
  programme: string;
  programme_kind: ProgrammeKind;
  document_number: string | null;
  document_date: string | null;
  notes: string | null;
  created_at: Date;
  updated_at: Date;
}

export type ProgrammeIntegrationUnitRow = ProgrammeIntegrationRow & { unit_name: string };

/** Everything a user writes about an integration: the whole record, as inserted or as it becomes. */
export interface ProgrammeIntegrationValues {
  unitId: string;
  year: number;
  agencyId: string | null;
  programme: string;
  programmeKind: ProgrammeKind;
  documentNumber: string | null;
  documentDate: string | null;
  notes: string | null;
}

/** The agency's name goes into the search text too: "hoi phu nu" finds the Women's Union's integrations. */
export function toColumns(values: ProgrammeIntegrationValues, agencyName: string | null) {
  return {
    unit_id: values.unitId,
    year: values.year,
    agency_id: values.agencyId,
    programme: values.programme,
    programme_kind: values.programmeKind,
    document_number: values.documentNumber,
    document_date: values.documentDate,
    notes: values.notes,
    search_text: toSearchText([values.programme, agencyName, values.documentNumber, values.notes].filter(Boolean).join(' ')),
  };
}

export async function insertProgrammeIntegration(db: Executor, values: ProgrammeIntegrationValues, agencyName: string | null): Promise<string> {
  const { id } = await db.insertInto('programme_integrations').values(toColumns(values, agencyName)).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateProgrammeIntegration(db: Executor, id: string, values: ProgrammeIntegrationValues, agencyName: string | null): Promise<void> {
  await db
    .updateTable('programme_integrations')
    .set({ ...toColumns(values, agencyName), updated_at: new Date() })
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
}

/** Soft deletion: the row stays, no list, lookup or indicator counts it. */
export async function softDeleteProgrammeIntegration(db: Executor, id: string, reason: string): Promise<void> {
  const now = new Date();
  await db
    .updateTable('programme_integrations')
    .set({ deleted_at: now, deleted_reason: reason, updated_at: now })
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
}

function integrations(db: Executor) {
  return db
    .selectFrom('programme_integrations')
    .leftJoin('agencies', 'agencies.id', 'programme_integrations.agency_id')
    .select([
      'programme_integrations.id', 'programme_integrations.unit_id', 'programme_integrations.year', 'programme_integrations.agency_id',
      'agencies.name as agency_name', 'programme_integrations.programme', 'programme_integrations.document_number',
      'programme_integrations.document_date', 'programme_integrations.notes', 'programme_integrations.created_at',
      'programme_integrations.updated_at',
    ])
    .select(sql<ProgrammeKind>`programme_integrations.programme_kind`.as('programme_kind'))
    .where('programme_integrations.deleted_at', 'is', null);
}

/** A live integration, whoever asks: callers check the scope of its unit. */
export async function findProgrammeIntegration(db: Executor, id: string): Promise<ProgrammeIntegrationRow | undefined> {
  return integrations(db).where('programme_integrations.id', '=', id).executeTakeFirst();
}

/**
 * The live integration of the same body into the same programme in the same unit and year, if any:
 * programmes compare by name without accents, case or punctuation, as the unique index does.
 */
export async function findSameProgrammeIntegration(
  db: Executor,
  probe: { unitId: string; year: number; agencyId: string | null; programme: string; exceptId?: string | undefined },
): Promise<ProgrammeIntegrationUnitRow | undefined> {
  let query = integrations(db)
    .innerJoin('admin_units', 'admin_units.id', 'programme_integrations.unit_id')
    .select('admin_units.name as unit_name')
    .where('programme_integrations.unit_id', '=', probe.unitId)
    .where('programme_integrations.year', '=', probe.year)
    .where(sql<boolean>`programme_integrations.programme_key = fold_search_text(${probe.programme})`);
  query = probe.agencyId === null
    ? query.where('programme_integrations.agency_id', 'is', null)
    : query.where('programme_integrations.agency_id', '=', probe.agencyId);
  if (probe.exceptId) query = query.where('programme_integrations.id', '!=', probe.exceptId);
  return query.executeTakeFirst();
}

export interface ProgrammeIntegrationFilter {
  scope: Scope;
  /** A unit's subtree to narrow the caller's scope to. */
  within?: Scope | undefined;
  year?: number | undefined;
  kind?: ProgrammeKind | undefined;
  query?: string | undefined;
}

function filtered(db: Executor, filter: ProgrammeIntegrationFilter) {
  let query = integrations(db)
    .innerJoin('admin_units', 'admin_units.id', 'programme_integrations.unit_id')
    .where(inScope(filter.scope));
  if (filter.within) query = query.where(inScope(filter.within));
  if (filter.year !== undefined) query = query.where('programme_integrations.year', '=', filter.year);
  if (filter.kind) query = query.where('programme_integrations.programme_kind', '=', filter.kind);
  const folded = filter.query ? toSearchText(filter.query) : '';
  if (folded) query = query.where('programme_integrations.search_text', 'like', `%${escapeLikePattern(folded)}%`);
  // A query of only punctuation matches nothing, rather than silently listing everything.
  if (filter.query && !folded) query = query.where(sql<boolean>`false`);
  return query;
}

/** Newest year first, then by unit and programme, so that a unit's integrations of a year read together. */
export async function listProgrammeIntegrations(
  db: Executor,
  filter: ProgrammeIntegrationFilter & { limit: number; offset: number },
): Promise<ProgrammeIntegrationUnitRow[]> {
  return filtered(db, filter)
    .select('admin_units.name as unit_name')
    .orderBy('programme_integrations.year', 'desc')
    .orderBy('admin_units.path')
    .orderBy('programme_integrations.search_text')
    .orderBy('programme_integrations.id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
}

export async function countProgrammeIntegrations(db: Executor, filter: ProgrammeIntegrationFilter): Promise<number> {
  const row = await filtered(db, filter)
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
