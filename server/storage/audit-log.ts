import { sql } from 'kysely';
import type { Scope } from '../../core/auth/scope.ts';
import { escapeLikePattern } from '../../core/text/search-text.ts';
import type { Executor } from './executor.ts';

export interface NewAuditEntry {
  actorUserId: string | null;
  actorUsername: string | null;
  actorRole: string | null;
  unitId: string | null;
  action: string;
  outcome: 'success' | 'denied' | 'failed';
  targetType?: string | null;
  targetId?: string | null;
  summary?: Record<string, unknown>;
}

/** Appends one entry. The table refuses updates and deletes, so this is the only write there is. */
export async function appendAuditEntry(db: Executor, entry: NewAuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      actor_user_id: entry.actorUserId,
      actor_username: entry.actorUsername,
      actor_role: entry.actorRole,
      unit_id: entry.unitId,
      action: entry.action,
      outcome: entry.outcome,
      target_type: entry.targetType ?? null,
      target_id: entry.targetId ?? null,
      summary: JSON.stringify(entry.summary ?? {}),
    })
    .execute();
}

export interface AuditFilter {
  scope: Scope;
  action?: string | undefined;
  outcome?: 'success' | 'denied' | 'failed' | undefined;
  unitId?: string | undefined;
  actor?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  before?: number | undefined;
  limit: number;
}

export async function listAuditEntries(db: Executor, filter: AuditFilter) {
  let query = db
    .selectFrom('audit_log')
    .leftJoin('admin_units', 'admin_units.id', 'audit_log.unit_id')
    .select([
      'audit_log.id', 'audit_log.occurred_at', 'audit_log.actor_username', 'audit_log.actor_role',
      'audit_log.unit_id', 'admin_units.name as unit_name', 'audit_log.action', 'audit_log.outcome',
      'audit_log.target_type', 'audit_log.target_id', 'audit_log.summary',
    ]);
  if (filter.scope.kind === 'subtree') {
    query = query.where('admin_units.path', 'like', `${escapeLikePattern(filter.scope.unitPath)}%`);
  }
  if (filter.action) {
    query = filter.action.includes('.')
      ? query.where('audit_log.action', '=', filter.action)
      : query.where('audit_log.action', 'like', `${escapeLikePattern(filter.action)}.%`);
  }
  if (filter.outcome) query = query.where('audit_log.outcome', '=', filter.outcome);
  if (filter.unitId) query = query.where('audit_log.unit_id', '=', filter.unitId);
  if (filter.actor) query = query.where((eb) => eb(eb.fn('lower', ['audit_log.actor_username']), '=', filter.actor!.toLowerCase()));
  // Dates are days in Vietnam's time zone, as the user means them.
  if (filter.from) query = query.where('audit_log.occurred_at', '>=', sql<Date>`(${filter.from}::date)::timestamp at time zone 'Asia/Ho_Chi_Minh'`);
  if (filter.to) query = query.where('audit_log.occurred_at', '<', sql<Date>`(${filter.to}::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh'`);
  if (filter.before) query = query.where('audit_log.id', '<', filter.before);
  return query.orderBy('audit_log.id', 'desc').limit(filter.limit).execute();
}
