import type {
  Hotspot, HotspotCreate, HotspotKind, HotspotListQuery, HotspotPage, HotspotUpdate, WatchVisitCreate,
} from '../../../core/api/hotspots.ts';
import { hasPermission } from '../../../core/auth/roles.ts';
import { todayInVietnam } from '../../../core/dates/format.ts';
import { AppError, type FieldIssue } from '../../../core/errors/app-error.ts';
import {
  countHotspots, findHotspot, insertHotspot, insertWatchVisit, listHotspots, listWatchVisits, softDeleteHotspot, updateHotspot,
  type HotspotRow, type HotspotValues, type WatchVisitRow,
} from '../../storage/hotspots.ts';
import type { Executor } from '../../storage/executor.ts';
import type { UnitRow } from '../../storage/units.ts';
import type { ServiceContext } from '../context.ts';
import { auditCreated, auditUpdated, softDeleteAudited } from '../records/record-audit.ts';
import { getLiveRecord, listScope, pagedRecords } from '../records/record-reads.ts';
import { getVisibleUnit } from '../units/unit-service.ts';
import {
  afterWatchVisit, applyHotspotChange, hotspotIssues, issue, newHotspotValues, watchVisitIssues,
} from './hotspot-rules.ts';

function toHotspot(row: HotspotRow, unitName: string, visits: readonly WatchVisitRow[]): Hotspot {
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName,
    address: row.address,
    kind: row.kind as HotspotKind,
    latitude: row.latitude,
    longitude: row.longitude,
    description: row.description,
    identifiedOn: row.identified_on,
    status: row.status,
    eliminatedOn: row.eliminated_on,
    statusChangedOn: row.status_changed_on,
    watchVisits: visits.map((visit) => ({
      id: visit.id,
      visitedOn: visit.visited_on,
      reformed: visit.reformed,
      notes: visit.notes,
      createdAt: visit.created_at.toISOString(),
    })),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

function toValues(row: HotspotRow): HotspotValues {
  return {
    unitId: row.unit_id,
    address: row.address,
    kind: row.kind,
    latitude: row.latitude,
    longitude: row.longitude,
    description: row.description,
    identifiedOn: row.identified_on,
    status: row.status,
    eliminatedOn: row.eliminated_on,
    statusChangedOn: row.status_changed_on,
  };
}

/**
 * The hotspot as the audit log keeps it: its own fields. Watch visits are audited one by one as
 * they are written (`watchVisit`), not as the whole list again with every change.
 */
function auditContent({ watchVisits: _visits, ...record }: Hotspot): Omit<Hotspot, 'watchVisits'> {
  return record;
}

function assertMayWrite(context: ServiceContext): void {
  if (!hasPermission(context.actor.role, 'enforcement.write')) throw new AppError('forbidden', 403);
}

/** Hotspots are recorded by the commune (xã, phường, đặc khu) where the place is, as it is today. */
function assertCurrentCommune(unit: UnitRow): void {
  if (unit.level !== 'commune' || unit.valid_to !== null) {
    throw new AppError('validation_failed', 400, {}, [
      issue('unitId', `Tụ điểm được ghi ở cấp xã: hãy chọn một xã, phường hoặc đặc khu hiện hành thay vì "${unit.name}"`,
        `Hotspots are recorded at commune level: choose a current commune, ward or special zone instead of "${unit.name}"`),
    ]);
  }
}

function assertNoIssues(issues: FieldIssue[]): void {
  if (issues.length > 0) throw new AppError('validation_failed', 400, {}, issues);
}

/** The same caller, every query in the transaction (PGlite has one connection: a query beside it would wait forever). */
function inTransaction(context: ServiceContext, trx: Executor): ServiceContext {
  return { actor: context.actor, database: { ...context.database, db: trx } };
}

/**
 * A live hotspot the caller may see, with its watch visits. `lock` (in a transaction) holds the row
 * until the transaction ends, so that a change or a watch visit judges the status the previous one left.
 */
async function getLiveHotspot(
  context: ServiceContext,
  id: string,
  options: { lock?: boolean } = {},
): Promise<{ row: HotspotRow; unit: UnitRow; visits: WatchVisitRow[] }> {
  const { row, unit } = await getLiveRecord(context, 'hotspot', id, (db, hotspotId) => findHotspot(db, hotspotId, options));
  return { row, unit, visits: await listWatchVisits(context.database.db, [id]) };
}

const visitFacts = (visits: readonly WatchVisitRow[]) =>
  visits.map((visit) => ({ visitedOn: visit.visited_on, reformed: visit.reformed }));

export async function searchHotspots(context: ServiceContext, query: HotspotListQuery): Promise<HotspotPage> {
  const filter = {
    ...(await listScope(context, query.unit)),
    query: query.q,
    kind: query.kind,
    status: query.status,
  };
  const db = context.database.db;
  return pagedRecords(db, query, filter, { list: listHotspots, count: countHotspots }, async (rows) => {
    const visits = await listWatchVisits(db, rows.map((row) => row.id));
    return rows.map((row) => toHotspot(row, row.unit_name, visits.filter((visit) => visit.hotspot_id === row.id)));
  });
}

export async function getHotspot(context: ServiceContext, id: string): Promise<Hotspot> {
  const { row, unit, visits } = await getLiveHotspot(context, id);
  return toHotspot(row, unit.name, visits);
}

export async function createHotspot(context: ServiceContext, input: HotspotCreate): Promise<Hotspot> {
  assertMayWrite(context);
  const unit = await getVisibleUnit(context, input.unitId);
  assertCurrentCommune(unit);
  const values = newHotspotValues({ ...input, unitId: unit.id });
  assertNoIssues(hotspotIssues(values, todayInVietnam()));
  return context.database.db.transaction().execute(async (trx) => {
    const created = toHotspot(await insertHotspot(trx, values), unit.name, []);
    await auditCreated(trx, context, { type: 'hotspot', id: created.id, unitId: unit.id }, auditContent(created));
    return created;
  });
}

export async function changeHotspot(context: ServiceContext, id: string, input: HotspotUpdate): Promise<Hotspot> {
  assertMayWrite(context);
  return context.database.db.transaction().execute(async (trx) => {
    const scoped = inTransaction(context, trx);
    const { row: existing, unit: currentUnit, visits } = await getLiveHotspot(scoped, id, { lock: true });
    let unit = currentUnit;
    if (input.unitId !== undefined && input.unitId !== existing.unit_id) {
      unit = await getVisibleUnit(scoped, input.unitId);
      assertCurrentCommune(unit);
    }
    const today = todayInVietnam();
    const values = { ...applyHotspotChange(toValues(existing), input, today), unitId: unit.id };
    assertNoIssues(hotspotIssues(values, today, { previousEliminatedOn: existing.eliminated_on, visits: visitFacts(visits) }));
    const before = toHotspot(existing, currentUnit.name, visits);
    const updated = toHotspot(await updateHotspot(trx, id, values), unit.name, visits);
    await auditUpdated(trx, context, { type: 'hotspot', id, unitId: unit.id }, auditContent(before), auditContent(updated));
    return updated;
  });
}

/**
 * Records a watch visit of an eliminated hotspot. A visit that finds it re-formed makes it active
 * again from that day. Audited as a change of the hotspot (`hotspot.update`): the history shows
 * the visit and, when it re-formed, the status it changed, in one entry.
 */
export async function recordWatchVisit(context: ServiceContext, id: string, input: WatchVisitCreate): Promise<Hotspot> {
  assertMayWrite(context);
  return context.database.db.transaction().execute(async (trx) => {
    // Locked: a concurrent visit or change waits, then judges the status this one leaves.
    const { row: existing, unit, visits } = await getLiveHotspot(inTransaction(context, trx), id, { lock: true });
    if (existing.status !== 'eliminated' || existing.eliminated_on === null) {
      throw new AppError('hotspot_not_eliminated', 409, { address: existing.address });
    }
    assertNoIssues(watchVisitIssues(existing.eliminated_on, input, todayInVietnam()));
    const visit = await insertWatchVisit(trx, { hotspotId: id, ...input });
    const row = input.reformed ? await updateHotspot(trx, id, afterWatchVisit(toValues(existing), input)) : existing;
    const before = toHotspot(existing, unit.name, visits);
    const after = toHotspot(row, unit.name, await listWatchVisits(trx, [id]));
    const recorded = { visitedOn: visit.visited_on, reformed: visit.reformed, notes: visit.notes };
    await auditUpdated(trx, context, { type: 'hotspot', id, unitId: unit.id },
      { ...auditContent(before), watchVisit: null }, { ...auditContent(after), watchVisit: recorded });
    return after;
  });
}

/** Soft deletion with the reason: the record leaves every list, the audit log keeps what it held. */
export async function deleteHotspot(context: ServiceContext, id: string, reason: string): Promise<void> {
  assertMayWrite(context);
  const { row, unit, visits } = await getLiveHotspot(context, id);
  await softDeleteAudited(context, { type: 'hotspot', id, unitId: unit.id }, auditContent(toHotspot(row, unit.name, visits)), reason,
    (trx) => softDeleteHotspot(trx, id, reason));
}
