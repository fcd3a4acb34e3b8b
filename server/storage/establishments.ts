import { sql, type ExpressionBuilder, type ExpressionWrapper, type SqlBool } from 'kysely';
import type { Scope } from '../../core/auth/scope.ts';
import type { EstablishmentStatus, RiskClass } from '../../core/api/establishments.ts';
import { escapeLikePattern, toSearchText } from '../../core/text/search-text.ts';
import type { Executor } from './executor.ts';
import type { DatabaseSchema } from './schema.ts';
import { narrowedScopes, unitIdInScope } from './units.ts';

const establishmentColumns = [
  'establishments.id', 'establishments.unit_id', 'establishments.name', 'establishments.type', 'establishments.address',
  'establishments.business_owner', 'establishments.licence_number', 'establishments.licence_date', 'establishments.workers',
  'establishments.opened_on', 'establishments.closed_on', 'establishments.risk_class', 'establishments.risk_reviewed_on',
  'establishments.risk_reason', 'establishments.status', 'establishments.status_changed_on', 'establishments.created_at',
  'establishments.updated_at',
] as const;

export interface EstablishmentRow {
  id: string;
  unit_id: string;
  name: string;
  type: string;
  address: string;
  business_owner: string | null;
  licence_number: string | null;
  licence_date: string | null;
  workers: number | null;
  opened_on: string | null;
  closed_on: string | null;
  risk_class: RiskClass | null;
  risk_reviewed_on: string | null;
  risk_reason: string | null;
  status: EstablishmentStatus;
  status_changed_on: string | null;
  created_at: Date;
  updated_at: Date;
}

export type EstablishmentUnitRow = EstablishmentRow & { unit_name: string };

/** Everything a user writes about an establishment: the whole record, as inserted or as it becomes. */
export interface EstablishmentValues {
  unitId: string;
  name: string;
  type: string;
  address: string;
  businessOwner: string | null;
  licenceNumber: string | null;
  licenceDate: string | null;
  workers: number | null;
  openedOn: string | null;
  closedOn: string | null;
  riskClass: RiskClass | null;
  riskReviewedOn: string | null;
  riskReason: string | null;
  status: EstablishmentStatus;
  statusChangedOn: string | null;
}

/** Name and address folded as search folds them: the same place typed twice has the same key. */
export function establishmentDuplicateKey(name: string, address: string): string {
  return `${toSearchText(name)}|${toSearchText(address)}`;
}

/** The row as stored, search and duplicate keys included; the import writes many at once with it. */
export function toColumns(values: EstablishmentValues) {
  return {
    unit_id: values.unitId,
    name: values.name,
    type: values.type,
    address: values.address,
    business_owner: values.businessOwner,
    licence_number: values.licenceNumber,
    licence_date: values.licenceDate,
    workers: values.workers,
    opened_on: values.openedOn,
    closed_on: values.closedOn,
    risk_class: values.riskClass,
    risk_reviewed_on: values.riskReviewedOn,
    risk_reason: values.riskReason,
    status: values.status,
    status_changed_on: values.statusChangedOn,
    search_text: toSearchText([values.name, values.address, values.businessOwner, values.licenceNumber].filter(Boolean).join(' ')),
    duplicate_key: establishmentDuplicateKey(values.name, values.address),
  };
}

export async function insertEstablishment(db: Executor, values: EstablishmentValues): Promise<EstablishmentRow> {
  return db.insertInto('establishments').values(toColumns(values)).returning(establishmentColumns).executeTakeFirstOrThrow();
}

export async function updateEstablishment(db: Executor, id: string, values: EstablishmentValues): Promise<EstablishmentRow> {
  return db
    .updateTable('establishments')
    .set({ ...toColumns(values), updated_at: new Date() })
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .returning(establishmentColumns)
    .executeTakeFirstOrThrow();
}

/** Soft deletion: the row stays (inspections still point at it) but no list or lookup sees it. */
export async function softDeleteEstablishment(db: Executor, id: string, reason: string): Promise<void> {
  const now = new Date();
  await db
    .updateTable('establishments')
    .set({ deleted_at: now, deleted_reason: reason, updated_at: now })
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
}

/** A live (not deleted) establishment, whoever asks: callers check the scope of its unit. */
export async function findEstablishment(db: Executor, id: string): Promise<EstablishmentRow | undefined> {
  return db
    .selectFrom('establishments')
    .select(establishmentColumns)
    .where('establishments.id', '=', id)
    .where('establishments.deleted_at', 'is', null)
    .executeTakeFirst();
}

export interface EstablishmentFilter {
  scope: Scope;
  /** A unit's subtree to narrow the caller's scope to. */
  within?: Scope | undefined;
  query?: string | undefined;
  type?: string | undefined;
  status?: EstablishmentStatus | undefined;
  risk?: RiskClass | 'unclassified' | undefined;
}

function filteredEstablishments(db: Executor, filter: EstablishmentFilter) {
  let query = db
    .selectFrom('establishments')
    .innerJoin('admin_units', 'admin_units.id', 'establishments.unit_id')
    .where('establishments.deleted_at', 'is', null)
    .where((eb) => eb.and(narrowedScopes(filter.scope, filter.within).map((scope) => unitIdInScope('establishments.unit_id', scope))));
  if (filter.type) query = query.where('establishments.type', '=', filter.type);
  if (filter.status) query = query.where('establishments.status', '=', filter.status);
  if (filter.risk === 'unclassified') query = query.where('establishments.risk_class', 'is', null);
  else if (filter.risk) query = query.where('establishments.risk_class', '=', filter.risk);
  const folded = filter.query ? toSearchText(filter.query) : '';
  if (folded) query = query.where('establishments.search_text', 'like', `%${escapeLikePattern(folded)}%`);
  // A query of only punctuation matches nothing, rather than silently listing everything.
  if (filter.query && !folded) query = query.where(sql<boolean>`false`);
  return query;
}

export async function listEstablishments(
  db: Executor,
  filter: EstablishmentFilter & { limit: number; offset: number },
): Promise<EstablishmentUnitRow[]> {
  return filteredEstablishments(db, filter)
    .select(establishmentColumns)
    .select('admin_units.name as unit_name')
    .orderBy('establishments.search_text')
    .orderBy('establishments.id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
}

export async function countEstablishments(db: Executor, filter: EstablishmentFilter): Promise<number> {
  const row = await filteredEstablishments(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface DuplicateProbe {
  /** Licence numbers are unique across the country, whatever their case. */
  licenceNumber: string | null;
  /** Name and address repeat only within one commune: the same street name exists in many. */
  unitId: string;
  duplicateKey: string | null;
  exceptId?: string | undefined;
}

type EstablishmentUnitBuilder = ExpressionBuilder<DatabaseSchema, 'establishments' | 'admin_units'>;
type Condition = ExpressionWrapper<DatabaseSchema, 'establishments' | 'admin_units', SqlBool>;

/** Live establishments that would duplicate a record: the same licence, or the same name and address in the unit. */
export async function findDuplicates(
  db: Executor,
  probe: DuplicateProbe,
): Promise<{ byLicence: EstablishmentUnitRow | undefined; byNameAddress: EstablishmentUnitRow | undefined }> {
  const { licenceNumber, duplicateKey } = probe;
  if (licenceNumber === null && duplicateKey === null) return { byLicence: undefined, byNameAddress: undefined };
  // The same comparison as the unique index, so that the check and the index agree.
  const sameLicence = (eb: EstablishmentUnitBuilder): Condition => licenceNumber === null
    ? eb.lit(false)
    : eb(eb.fn('lower', ['establishments.licence_number']), '=', eb.fn('lower', [eb.val(licenceNumber)]));
  const sameNameAddress = (eb: EstablishmentUnitBuilder): Condition => duplicateKey === null
    ? eb.lit(false)
    : eb.and([eb('establishments.duplicate_key', '=', duplicateKey), eb('establishments.unit_id', '=', probe.unitId)]);
  let query = db
    .selectFrom('establishments')
    .innerJoin('admin_units', 'admin_units.id', 'establishments.unit_id')
    .select(establishmentColumns)
    .select('admin_units.name as unit_name')
    .select((eb) => [sameLicence(eb).as('same_licence'), sameNameAddress(eb).as('same_name_address')])
    .where('establishments.deleted_at', 'is', null)
    .where((eb) => eb.or([sameLicence(eb), sameNameAddress(eb)]));
  if (probe.exceptId) query = query.where('establishments.id', '!=', probe.exceptId);
  const rows = await query.orderBy('establishments.created_at').limit(10).execute();
  const strip = ({ same_licence: _licence, same_name_address: _nameAddress, ...row }: (typeof rows)[number]) => row;
  const byLicence = rows.find((row) => row.same_licence);
  const byNameAddress = rows.find((row) => row.same_name_address);
  return { byLicence: byLicence && strip(byLicence), byNameAddress: byNameAddress && strip(byNameAddress) };
}
