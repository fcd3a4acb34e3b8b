import type { RecordHistory, RecordType } from '../../../core/api/record-history.ts';
import { hasPermission, type Permission } from '../../../core/auth/roles.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import { findRecordUnitId, listRecordWrites, recordTables } from '../../storage/record-history.ts';
import type { ServiceContext } from '../context.ts';
import { getVisibleUnit } from '../units/unit-service.ts';

interface RecordTypeRule {
  /** Who may read records of this kind (and so their history); `null`: anyone whose scope holds the unit. */
  readPermission: Permission | null;
  /** Fields only users of the record's own unit may see, e.g. the optional names of training participants. */
  unitPrivateFields: readonly string[];
}

const rules: Record<RecordType, RecordTypeRule> = {
  establishment: { readPermission: 'enforcement.read', unitPrivateFields: [] },
  inspection: { readPermission: 'enforcement.read', unitPrivateFields: [] },
  inspection_plan: { readPermission: 'enforcement.read', unitPrivateFields: [] },
  hotspot: { readPermission: 'enforcement.read', unitPrivateFields: [] },
  crime_statistics: { readPermission: 'enforcement.read', unitPrivateFields: [] },
  support_statistics: { readPermission: 'support.read', unitPrivateFields: [] },
  communication_activity: { readPermission: null, unitPrivateFields: [] },
  training_course: { readPermission: null, unitPrivateFields: ['participantNames'] },
  programme_integration: { readPermission: null, unitPrivateFields: [] },
  harm_reduction_model: { readPermission: null, unitPrivateFields: [] },
};

function withoutFields(values: unknown, hidden: readonly string[]): Record<string, unknown> {
  if (typeof values !== 'object' || values === null) return {};
  return Object.fromEntries(Object.entries(values).filter(([key]) => !hidden.includes(key)));
}

/** Who created, changed and deleted a record, and what each change was, from the audit log. */
export async function getRecordHistory(context: ServiceContext, type: RecordType, id: string): Promise<RecordHistory> {
  const rule = rules[type];
  if (rule.readPermission && !hasPermission(context.actor.role, rule.readPermission)) throw new AppError('forbidden', 403);
  const db = context.database.db;
  const unitId = await findRecordUnitId(db, recordTables[type], id);
  if (!unitId) throw new AppError('not_found', 404, { entity: type, id });
  await getVisibleUnit(context, unitId);
  const hidden = context.actor.unitId === unitId ? [] : rule.unitPrivateFields;
  const rows = await listRecordWrites(db, type, id);
  return {
    entries: rows.map((row) => {
      const change = row.action.slice(type.length + 1) as 'create' | 'update' | 'delete';
      const summary = row.summary as { before?: unknown; after?: unknown; reason?: unknown };
      return {
        occurredAt: row.occurred_at.toISOString(),
        actorUsername: row.actor_username,
        change,
        before: withoutFields(summary.before, hidden),
        after: withoutFields(summary.after, hidden),
        reason: typeof summary.reason === 'string' ? summary.reason : null,
      };
    }),
  };
}
