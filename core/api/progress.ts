import { z } from 'zod';
import { isoDate } from './common.ts';
import { unitCode } from './units.ts';

export const progressQuery = z.strictObject({
  unit: unitCode.optional(),
  /** Judge every target over this period instead of its own (e.g. RH2026-1 for a 6-month report). */
  period: z.string().min(4).max(20).optional(),
  asOf: isoDate.optional(),
});
export type ProgressQuery = z.infer<typeof progressQuery>;

const targetStatus = z.enum(['met', 'on_track', 'at_risk', 'not_met', 'no_data']);

const figures = z.object({
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  previous: z.number().nullable(),
  display: z.string(),
  missing: z.array(z.string()),
  status: targetStatus,
});

export const targetProgress = z.object({
  key: z.string(),
  text: z.string(),
  section: z.string().nullable(),
  indicatorCode: z.string(),
  indicatorName: z.string(),
  kind: z.string(),
  comparator: z.string(),
  value: z.number(),
  valueHigh: z.number().nullable(),
  periodCode: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  elapsedShare: z.number(),
  expectedSoFar: z.number().nullable(),
  result: figures,
  /** Which records and reference figures produced the result. */
  explanation: z.object({
    numerator: z.string(), denominator: z.string().nullable(), unitsWithRecords: z.number().int(), childrenWithoutData: z.array(z.string()),
    /** For the on-time share of tips: the late ones (at most 20, latest due first) and how many there are in all. */
    lateTips: z.array(z.object({ reference: z.string(), unitName: z.string(), dueOn: isoDate, resolvedOn: isoDate.nullable(), daysLate: z.number().int() })).optional(),
    lateTipsTotal: z.number().int().optional(),
  }),
  children: z.array(figures.extend({ unitId: z.string(), unitName: z.string() })),
});
export type TargetProgress = z.infer<typeof targetProgress>;

export const planProgress = z
  .object({
    planId: z.uuid(),
    unit: z.object({ id: z.string(), name: z.string(), level: z.string() }),
    asOf: isoDate,
    targets: z.array(targetProgress),
  })
  .meta({ id: 'PlanProgress' });
export type PlanProgress = z.infer<typeof planProgress>;
