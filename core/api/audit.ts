import { z } from 'zod';
import { isoDate } from './common.ts';
import { unitCode } from './units.ts';

export const auditEntry = z
  .object({
    id: z.string(),
    occurredAt: z.string(),
    actorUsername: z.string().nullable(),
    actorRole: z.string().nullable(),
    unitId: z.string().nullable(),
    unitName: z.string().nullable(),
    action: z.string(),
    outcome: z.enum(['success', 'denied', 'failed']),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    summary: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof auditEntry>;

export const auditQuery = z.strictObject({
  action: z.string().regex(/^[a-z_.]+$/).max(60).optional(),
  outcome: z.enum(['success', 'denied', 'failed']).optional(),
  unit: unitCode.optional(),
  actor: z.string().max(60).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.infer<typeof auditQuery>;

export const auditPage = z.object({ entries: z.array(auditEntry), nextBefore: z.number().nullable() });
export type AuditPage = z.infer<typeof auditPage>;
