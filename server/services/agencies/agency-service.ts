import { isRequestOnlyAgencyKind } from '../../../core/agencies/agency-catalogue.ts';
import { hasPermission } from '../../../core/auth/roles.ts';
import type { Agency, AgencyCreate, AgencyUpdate } from '../../../core/api/agencies.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import {
  clearLeadAgency, findAgency, insertAgencies, isAgencyNameTaken, listAgencies, maxAgencySortOrder, updateAgency,
  type AgencyRow,
} from '../../storage/agencies.ts';
import { auditSuccess } from '../audit/audit-service.ts';
import type { ServiceContext } from '../context.ts';
import { getVisibleUnit } from '../units/unit-service.ts';

function toAgency(row: AgencyRow): Agency {
  return {
    id: row.id,
    unitId: row.unit_id,
    kind: row.kind,
    name: row.name,
    isLead: row.is_lead,
    isRequestOnly: row.is_request_only,
    isActive: row.is_active,
    sortOrder: row.sort_order,
  };
}

export async function listUnitAgencies(context: ServiceContext, unitCode: string): Promise<Agency[]> {
  const unit = await getVisibleUnit(context, unitCode);
  return (await listAgencies(context.database.db, unit.id)).map(toAgency);
}

/** Only the unit's own admins (and system admins) edit its agencies; a province admin does not edit a commune's. */
function assertMayEditAgenciesOf(context: ServiceContext, unitId: string): void {
  const { actor } = context;
  if (!hasPermission(actor.role, 'agency.write')) throw new AppError('forbidden', 403);
  if (actor.role !== 'system_admin' && actor.unitId !== unitId) {
    throw new AppError('out_of_scope', 403, { unit: unitId, unitId });
  }
}

export async function createAgency(context: ServiceContext, unitCode: string, input: AgencyCreate): Promise<Agency> {
  const unit = await getVisibleUnit(context, unitCode);
  assertMayEditAgenciesOf(context, unit.id);
  return context.database.db.transaction().execute(async (trx) => {
    if (await isAgencyNameTaken(trx, unit.id, input.name)) throw new AppError('agency_name_taken', 409, { name: input.name });
    const sortOrder = (await maxAgencySortOrder(trx, unit.id)) + 10;
    const [row] = await insertAgencies(trx, [{ unitId: unit.id, kind: input.kind, name: input.name, isLead: input.isLead, isRequestOnly: input.isRequestOnly ?? isRequestOnlyAgencyKind(input.kind), sortOrder }]);
    const created = row!;
    if (input.isLead) await clearLeadAgency(trx, unit.id, created.id);
    await auditSuccess(trx, context.actor, {
      action: 'agency.create',
      unitId: unit.id,
      targetType: 'agency',
      targetId: created.id,
      summary: { after: { kind: created.kind, name: created.name, isLead: created.is_lead } },
    });
    return toAgency(created);
  });
}

export async function changeAgency(context: ServiceContext, agencyId: string, input: AgencyUpdate): Promise<Agency> {
  const existing = await findAgency(context.database.db, agencyId);
  if (!existing) throw new AppError('not_found', 404, { entity: 'agency', id: agencyId });
  const unit = await getVisibleUnit(context, existing.unit_id);
  assertMayEditAgenciesOf(context, unit.id);
  const willLead = input.isLead ?? existing.is_lead;
  const willBeActive = input.isActive ?? existing.is_active;
  if (willLead && !willBeActive) throw new AppError('lead_agency_inactive', 409);
  return context.database.db.transaction().execute(async (trx) => {
    if (input.name !== undefined && (await isAgencyNameTaken(trx, unit.id, input.name, agencyId))) {
      throw new AppError('agency_name_taken', 409, { name: input.name });
    }
    const updated = await updateAgency(trx, agencyId, input);
    if (input.isLead) await clearLeadAgency(trx, unit.id, agencyId);
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const [key, column] of [['name', 'name'], ['isLead', 'is_lead'], ['isRequestOnly', 'is_request_only'], ['isActive', 'is_active']] as const) {
      if (existing[column] !== updated[column]) {
        before[key] = existing[column];
        after[key] = updated[column];
      }
    }
    await auditSuccess(trx, context.actor, {
      action: 'agency.update',
      unitId: unit.id,
      targetType: 'agency',
      targetId: agencyId,
      summary: { before, after },
    });
    return toAgency(updated);
  });
}
