import { z } from 'zod';
import { isoDate } from './common.ts';

export const unitLevels = ['province', 'district', 'commune'] as const;
export const unitLevel = z.enum(unitLevels);
export type UnitLevel = z.infer<typeof unitLevel>;

/** Unit codes are official codes ('40', '16681') or ids of pre-reform units ('pre2025-…'). */
export const unitCode = z.string().min(1).max(120).regex(/^[A-Za-z0-9-]+$/);

export const adminUnit = z
  .object({
    id: z.string(),
    code: z.string().nullable(),
    name: z.string(),
    shortName: z.string(),
    level: unitLevel,
    kind: z.string(),
    parentId: z.string().nullable(),
    validFrom: isoDate.nullable(),
    validTo: isoDate.nullable(),
    childCount: z.number().int(),
  })
  .meta({ id: 'AdminUnit' });
export type AdminUnit = z.infer<typeof adminUnit>;

export const adminUnitDetail = adminUnit
  .extend({
    ancestors: z.array(adminUnit.pick({ id: true, name: true, level: true })),
    predecessors: z.array(adminUnit.pick({ id: true, name: true, level: true, validTo: true }).extend({ parentName: z.string().nullable() })),
    successors: z.array(adminUnit.pick({ id: true, name: true, level: true }).extend({ isPrimary: z.boolean() })),
  })
  .meta({ id: 'AdminUnitDetail' });
export type AdminUnitDetail = z.infer<typeof adminUnitDetail>;

export const unitListQuery = z.strictObject({
  level: unitLevel.optional(),
  q: z.string().max(100).optional(),
  former: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type UnitListQuery = z.infer<typeof unitListQuery>;

export const unitList = z.object({ units: z.array(adminUnit.extend({ parentName: z.string().nullable() })) });
export type UnitList = z.infer<typeof unitList>;

export const unitParams = z.strictObject({ code: unitCode });
