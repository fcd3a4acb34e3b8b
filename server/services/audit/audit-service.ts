import type { Executor } from '../../storage/executor.ts';
import { appendAuditEntry, listAuditEntries } from '../../storage/audit-log.ts';
import type { AuditPage, AuditQuery } from '../../../core/api/audit.ts';
import type { Actor, ServiceContext } from '../context.ts';
import { getVisibleUnit } from '../units/unit-service.ts';

export interface AuditEvent {
  action: string;
  unitId?: string | null | undefined;
  targetType?: string;
  targetId?: string | null;
  summary?: Record<string, unknown>;
}

/** Records a successful write by an actor. Call it inside the write's own transaction. */
export async function auditSuccess(db: Executor, actor: Actor, event: AuditEvent): Promise<void> {
  await appendAuditEntry(db, {
    actorUserId: actor.userId,
    actorUsername: actor.username,
    actorRole: actor.role,
    unitId: event.unitId === undefined ? actor.unitId : event.unitId,
    action: event.action,
    outcome: 'success',
    targetType: event.targetType ?? null,
    targetId: event.targetId ?? null,
    summary: event.summary ?? {},
  });
}

/** Records a refused request: who tried what, where. Written outside any failed transaction. */
export async function auditDenial(db: Executor, actor: Actor | undefined, event: AuditEvent & { reason: string }): Promise<void> {
  await appendAuditEntry(db, {
    actorUserId: actor?.userId ?? null,
    actorUsername: actor?.username ?? null,
    actorRole: actor?.role ?? null,
    unitId: event.unitId ?? actor?.unitId ?? null,
    action: event.action,
    outcome: 'denied',
    targetType: event.targetType ?? null,
    targetId: event.targetId ?? null,
    summary: { reason: event.reason, ...event.summary },
  });
}

/** Lists audit entries within the actor's scope, newest first, a page at a time. */
export async function listAuditLog(context: ServiceContext, query: AuditQuery): Promise<AuditPage> {
  if (query.unit) await getVisibleUnit(context, query.unit);
  const rows = await listAuditEntries(context.database.db, {
    scope: context.actor.scope,
    action: query.action,
    outcome: query.outcome,
    unitId: query.unit,
    actor: query.actor,
    from: query.from,
    to: query.to,
    before: query.before,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  return {
    entries: page.map((row) => ({
      id: String(row.id),
      occurredAt: row.occurred_at.toISOString(),
      actorUsername: row.actor_username,
      actorRole: row.actor_role,
      unitId: row.unit_id,
      unitName: row.unit_name ?? null,
      action: row.action,
      outcome: row.outcome,
      targetType: row.target_type,
      targetId: row.target_id,
      summary: row.summary,
    })),
    nextBefore: rows.length > query.limit ? Number(page[page.length - 1]!.id) : null,
  };
}
