import { defaultAgenciesFor, type AdminLevel } from '../../../core/agencies/agency-catalogue.ts';
import type { Database } from '../../storage/database.ts';
import type { Executor } from '../../storage/executor.ts';
import { countAgencies, insertAgencies, type NewAgency } from '../../storage/agencies.ts';
import { appendAuditEntry } from '../../storage/audit-log.ts';

const BATCH_SIZE = 2_000;

/**
 * Gives every current unit that has no agencies yet the default agencies of its level, from the
 * catalogue. Pre-reform units get theirs when something first needs them (see ensureUnitAgencies).
 */
export async function seedDefaultAgencies(database: Database): Promise<number> {
  return database.db.transaction().execute(async (trx) => {
    const units = await trx
      .selectFrom('admin_units')
      .select(['id', 'level', 'kind', 'short_name', 'valid_to'])
      .where('valid_to', 'is', null)
      .where((eb) => eb.not(eb.exists(eb.selectFrom('agencies').select('agencies.id').whereRef('agencies.unit_id', '=', 'admin_units.id'))))
      .execute();
    const rows: NewAgency[] = units.flatMap(defaultsOf);
    for (let start = 0; start < rows.length; start += BATCH_SIZE) {
      await insertAgencies(trx, rows.slice(start, start + BATCH_SIZE));
    }
    if (rows.length > 0) await auditSeeding(trx, units.length, rows.length);
    return rows.length;
  });
}

type UnitForSeeding = { id: string; level: string; kind: string; short_name: string; valid_to: string | null };

function defaultsOf(unit: UnitForSeeding): NewAgency[] {
  return defaultAgenciesFor({ level: unit.level as AdminLevel, kind: unit.kind, shortName: unit.short_name, validTo: unit.valid_to }).map((agency) => ({
    unitId: unit.id,
    kind: agency.kind,
    name: agency.name,
    isLead: agency.isLead,
    isRequestOnly: agency.isRequestOnly,
    sortOrder: agency.sortOrder,
  }));
}

/**
 * Gives a unit (a pre-reform one, typically: a 2021 district's plan) the default agencies of its
 * level and era when it has none, in the caller's transaction. Returns how many were added.
 */
export async function ensureUnitAgencies(db: Executor, unit: UnitForSeeding): Promise<number> {
  if ((await countAgencies(db, unit.id)) > 0) return 0;
  const rows = defaultsOf(unit);
  await insertAgencies(db, rows);
  if (rows.length > 0) await auditSeeding(db, 1, rows.length);
  return rows.length;
}

async function auditSeeding(db: Executor, unitCount: number, agencyCount: number): Promise<void> {
  await appendAuditEntry(db, {
    actorUserId: null,
    actorUsername: 'system:setup',
    actorRole: null,
    unitId: null,
    action: 'agency.seed',
    outcome: 'success',
    summary: { units: unitCount, agencies: agencyCount },
  });
}
