import type { Executor } from './executor.ts';
import { toSearchText } from '../../core/text/search-text.ts';

const agencyColumns = ['id', 'unit_id', 'kind', 'name', 'is_lead', 'is_request_only', 'is_active', 'sort_order'] as const;

export interface AgencyRow {
  id: string;
  unit_id: string;
  kind: string;
  name: string;
  is_lead: boolean;
  is_request_only: boolean;
  is_active: boolean;
  sort_order: number;
}

export async function listAgencies(db: Executor, unitId: string): Promise<AgencyRow[]> {
  return db
    .selectFrom('agencies')
    .select(agencyColumns)
    .where('unit_id', '=', unitId)
    .orderBy('sort_order')
    .orderBy('name')
    .execute();
}

export async function findAgency(db: Executor, id: string): Promise<AgencyRow | undefined> {
  return db.selectFrom('agencies').select(agencyColumns).where('id', '=', id).executeTakeFirst();
}

export async function countAgencies(db: Executor, unitId: string): Promise<number> {
  const row = await db
    .selectFrom('agencies')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('unit_id', '=', unitId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function isAgencyNameTaken(db: Executor, unitId: string, name: string, exceptId?: string): Promise<boolean> {
  let query = db
    .selectFrom('agencies')
    .select('id')
    .where('unit_id', '=', unitId)
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()));
  if (exceptId) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

export interface NewAgency {
  unitId: string;
  kind: string;
  name: string;
  isLead: boolean;
  isRequestOnly: boolean;
  sortOrder: number;
}

export async function insertAgencies(db: Executor, agencies: NewAgency[]): Promise<AgencyRow[]> {
  if (agencies.length === 0) return [];
  return db
    .insertInto('agencies')
    .values(
      agencies.map((agency) => ({
        unit_id: agency.unitId,
        kind: agency.kind,
        name: agency.name,
        is_lead: agency.isLead,
        is_request_only: agency.isRequestOnly,
        sort_order: agency.sortOrder,
        search_text: toSearchText(agency.name),
      })),
    )
    .returning(agencyColumns)
    .execute();
}

export async function updateAgency(
  db: Executor,
  id: string,
  changes: { name?: string | undefined; isLead?: boolean | undefined; isRequestOnly?: boolean | undefined; isActive?: boolean | undefined },
): Promise<AgencyRow> {
  return db
    .updateTable('agencies')
    .set({
      ...(changes.name !== undefined ? { name: changes.name, search_text: toSearchText(changes.name) } : {}),
      ...(changes.isLead !== undefined ? { is_lead: changes.isLead } : {}),
      ...(changes.isRequestOnly !== undefined ? { is_request_only: changes.isRequestOnly } : {}),
      ...(changes.isActive !== undefined ? { is_active: changes.isActive } : {}),
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .returning(agencyColumns)
    .executeTakeFirstOrThrow();
}

/** A unit has one lead agency: making one lead demotes the others in the same transaction. */
export async function clearLeadAgency(db: Executor, unitId: string, exceptId: string): Promise<void> {
  await db
    .updateTable('agencies')
    .set({ is_lead: false, updated_at: new Date() })
    .where('unit_id', '=', unitId)
    .where('id', '!=', exceptId)
    .where('is_lead', '=', true)
    .execute();
}

export async function maxAgencySortOrder(db: Executor, unitId: string): Promise<number> {
  const row = await db
    .selectFrom('agencies')
    .select((eb) => eb.fn.max('sort_order').as('max'))
    .where('unit_id', '=', unitId)
    .executeTakeFirst();
  return Number(row?.max ?? 0);
}
