import { z } from 'zod';
import { isoDate } from './common.ts';
import { unitCode } from './units.ts';
import { planContent, planStatus } from '../plans/plan.ts';

export const planWrite = z.strictObject({
  content: planContent,
  /** The plans this one implements ("Căn cứ Kế hoạch số … của UBND tỉnh"). */
  parentPlanIds: z.array(z.uuid()).max(5).default([]),
});
export type PlanWrite = z.infer<typeof planWrite>;

export const planIssue = z.strictObject({
  /** As printed after "Số:", e.g. '249/KH-UBND'. */
  number: z
    .string()
    .trim()
    .regex(/^\d{1,5}\/KH-[A-Za-zĐđ.-]{2,20}$/, 'Số kế hoạch có dạng 249/KH-UBND | A plan number looks like 249/KH-UBND'),
  issueDate: isoDate,
});
export type PlanIssue = z.infer<typeof planIssue>;

export const childPlanCreate = z.strictObject({ unitId: unitCode });

export const planParams = z.strictObject({ id: z.uuid() });

const planReference = z.object({ id: z.uuid(), title: z.string(), number: z.string().nullable(), issueDate: z.string().nullable(), issuerUnitId: z.string() });

export const planSummary = z
  .object({
    id: z.uuid(),
    status: planStatus,
    version: z.number().int(),
    issuerUnitId: z.string(),
    issuerName: z.string(),
    number: z.string().nullable(),
    issueDate: z.string().nullable(),
    title: z.string(),
    periodCode: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'PlanSummary' });
export type PlanSummary = z.infer<typeof planSummary>;

export const planDetail = planSummary
  .extend({
    amendsPlanId: z.uuid().nullable(),
    parents: z.array(planReference),
    // The content as validated by `planContent`; described loosely here because its text fields normalise on input.
    content: z.record(z.string(), z.unknown()),
    issuedAt: z.string().nullable(),
  })
  .meta({ id: 'PlanDetail' });

export const planList = z.object({ plans: z.array(planSummary) });

export const planListQuery = z.strictObject({
  unit: unitCode.optional(),
  status: planStatus.optional(),
  q: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type PlanListQuery = z.infer<typeof planListQuery>;

export const childPlanStatus = z.object({
  children: z.array(z.object({
    unitId: z.string(),
    unitName: z.string(),
    planId: z.uuid().nullable(),
    status: planStatus.nullable(),
    number: z.string().nullable(),
    issueDate: z.string().nullable(),
  })),
  issuedCount: z.number().int(),
  childCount: z.number().int(),
});
