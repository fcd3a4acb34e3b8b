import type { Executor } from '../../storage/executor.ts';
import { auditSuccess } from '../audit/audit-service.ts';
import type { ServiceContext } from '../context.ts';

/** A record as the audit log keeps it: its content, without the bookkeeping every record carries. */
export function auditView<T extends object>(record: T): Record<string, unknown> {
  const { id: _id, unitName: _unitName, createdAt: _createdAt, updatedAt: _updatedAt, ...content } = record as Record<string, unknown>;
  return content;
}

/** Only the fields a change touched, before and after: the history reads as "status: active → closed". */
export function changedFields(before: object, after: object): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const beforeView = auditView(before);
  const afterView = auditView(after);
  const changed = { before: {} as Record<string, unknown>, after: {} as Record<string, unknown> };
  for (const key of new Set([...Object.keys(beforeView), ...Object.keys(afterView)])) {
    if (JSON.stringify(beforeView[key]) !== JSON.stringify(afterView[key])) {
      changed.before[key] = beforeView[key];
      changed.after[key] = afterView[key];
    }
  }
  return changed;
}

/** Which record a write is about, for the audit log and the record's history. */
export interface RecordTarget {
  /** 'establishment', 'inspection', 'hotspot'…: the `<type>.create/update/delete` actions must exist. */
  type: string;
  id: string;
  unitId: string;
}

const action = (type: string, verb: 'create' | 'update' | 'delete') => `${type}.${verb}`;

export async function auditCreated(db: Executor, context: ServiceContext, target: RecordTarget, created: object): Promise<void> {
  await auditSuccess(db, context.actor, {
    action: action(target.type, 'create'), unitId: target.unitId, targetType: target.type, targetId: target.id,
    summary: { after: auditView(created) },
  });
}

export async function auditUpdated(db: Executor, context: ServiceContext, target: RecordTarget, before: object, after: object): Promise<void> {
  await auditSuccess(db, context.actor, {
    action: action(target.type, 'update'), unitId: target.unitId, targetType: target.type, targetId: target.id,
    summary: changedFields(before, after),
  });
}

/**
 * Soft deletion with its reason, in one transaction with its audit entry: the record leaves every
 * list and indicator, the audit log keeps what it held.
 */
export async function softDeleteAudited(
  context: ServiceContext,
  target: RecordTarget,
  record: object,
  reason: string,
  markDeleted: (db: Executor) => Promise<void>,
): Promise<void> {
  await context.database.db.transaction().execute(async (trx) => {
    await markDeleted(trx);
    await auditSuccess(trx, context.actor, {
      action: action(target.type, 'delete'), unitId: target.unitId, targetType: target.type, targetId: target.id,
      summary: { reason, before: auditView(record) },
    });
  });
}

/** Two writers racing past a check meet a unique index (SQLSTATE 23505): callers report it as the check would. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === '23505';
}
