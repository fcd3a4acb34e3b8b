import { z } from 'zod';

/**
 * The kinds of field record whose history can be read. Each is a table with an `id` and a
 * `unit_id`, written through `<type>.create/update/delete` audit actions.
 */
export const recordTypes = [
  'establishment', 'inspection', 'inspection_plan', 'hotspot', 'communication_activity', 'training_course',
  'support_statistics', 'crime_statistics', 'programme_integration', 'harm_reduction_model',
] as const;
export const recordType = z.enum(recordTypes);
export type RecordType = z.infer<typeof recordType>;

export const recordHistoryParams = z.strictObject({ type: recordType, id: z.uuid() });

export const recordHistoryEntry = z
  .object({
    occurredAt: z.string(),
    actorUsername: z.string().nullable(),
    /** What was done: the record created, changed, or deleted (with its reason). */
    change: z.enum(['create', 'update', 'delete']),
    /** Only the fields the change touched; fields private to the record's unit are left out for others. */
    before: z.record(z.string(), z.unknown()),
    after: z.record(z.string(), z.unknown()),
    reason: z.string().nullable(),
  })
  .meta({ id: 'RecordHistoryEntry' });
export type RecordHistoryEntry = z.infer<typeof recordHistoryEntry>;

export const recordHistory = z.object({ entries: z.array(recordHistoryEntry) }).meta({ id: 'RecordHistory' });
export type RecordHistory = z.infer<typeof recordHistory>;
