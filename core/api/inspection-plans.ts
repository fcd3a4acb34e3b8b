import { z } from 'zod';
import { isoDate, userText } from './common.ts';
import { calendarDate } from './establishments.ts';
import { inspectionOutcome, teamKind } from './inspections.ts';
import { unitCode } from './units.ts';

const planYear = z.number().int().min(2000, 'Năm từ 2000 đến 2100 | A year from 2000 to 2100').max(2100, 'Năm từ 2000 đến 2100 | A year from 2000 to 2100');

/**
 * One establishment the plan puts on the inspection list: when (a month of the plan's year, or a
 * window of days within it; the service checks that exactly one is given, naming the field) and
 * by whom (the unit's inter-agency team, or one agency inspecting alone).
 */
export const inspectionPlanItemInput = z.strictObject({
  establishmentId: z.uuid(),
  plannedMonth: z.number().int().min(1, 'Tháng từ 1 đến 12 | A month from 1 to 12').max(12, 'Tháng từ 1 đến 12 | A month from 1 to 12').nullable().default(null),
  windowStart: calendarDate.nullable().default(null),
  windowEnd: calendarDate.nullable().default(null),
  teamKind: teamKind.default('inter_agency'),
  /** Required for a single agency, and only then. */
  agencyId: z.uuid().nullable().default(null),
});
export type InspectionPlanItemInput = z.infer<typeof inspectionPlanItemInput>;

const planFields = {
  /** A current province or commune: the plan covers the establishments of its subtree. */
  unitId: unitCode,
  year: planYear,
  title: userText(200),
  notes: userText(4000).nullable(),
  /** Each establishment at most once. */
  items: z.array(inspectionPlanItemInput).max(2000),
};

export const inspectionPlanCreate = z.strictObject({
  ...planFields,
  notes: planFields.notes.default(null),
  items: planFields.items.default([]),
});
export type InspectionPlanCreate = z.infer<typeof inspectionPlanCreate>;

/** Any field but the unit; `items`, when given, replaces the whole list. */
const { unitId: _unitId, ...changeableFields } = planFields;
export const inspectionPlanUpdate = z
  .strictObject(changeableFields)
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'Cần ít nhất một trường để sửa | Give at least one field to change');
export type InspectionPlanUpdate = z.infer<typeof inspectionPlanUpdate>;

export const inspectionPlanDelete = z.strictObject({ reason: userText(500) });

export const inspectionPlanItem = z.object({
  establishmentId: z.uuid(),
  establishmentName: z.string(),
  establishmentAddress: z.string(),
  /** The commune the establishment trades in (useful in a province's plan). */
  establishmentUnitName: z.string(),
  establishmentStatus: z.enum(['active', 'suspended', 'closed']),
  plannedMonth: z.number().int().nullable(),
  windowStart: isoDate.nullable(),
  windowEnd: isoDate.nullable(),
  teamKind,
  agencyId: z.uuid().nullable(),
  agencyName: z.string().nullable(),
});
export type InspectionPlanItem = z.infer<typeof inspectionPlanItem>;

const visitSummary = z.object({ inspectionId: z.uuid(), inspectedOn: isoDate, outcome: inspectionOutcome });

export const inspectionPlanTotals = z.object({
  planned: z.number().int(),
  done: z.number().int(),
  late: z.number().int(),
  upcoming: z.number().int(),
  /** done / planned, from 0 to 1; null for an empty plan. */
  shareDone: z.number().nullable(),
  /** Establishments inspected in the year that the plan did not name. */
  unplanned: z.number().int(),
});
export type InspectionPlanTotals = z.infer<typeof inspectionPlanTotals>;

/** Computed on every read from the inspections of the year made by teams of the plan's unit subtree. */
export const inspectionPlanProgress = z.object({
  asOf: isoDate,
  totals: inspectionPlanTotals,
  items: z.array(z.object({
    establishmentId: z.uuid(),
    state: z.enum(['done', 'late', 'upcoming']),
    dueBy: isoDate,
    visits: z.array(visitSummary),
  })),
  unplanned: z.array(z.object({
    establishmentId: z.uuid(),
    establishmentName: z.string(),
    unitName: z.string(),
    visits: z.array(visitSummary),
  })),
}).meta({ id: 'InspectionPlanProgress' });
export type InspectionPlanProgress = z.infer<typeof inspectionPlanProgress>;

export const inspectionPlan = z
  .object({
    id: z.uuid(),
    unitId: z.string(),
    unitName: z.string(),
    year: z.number().int(),
    title: z.string(),
    notes: z.string().nullable(),
    items: z.array(inspectionPlanItem),
    progress: inspectionPlanProgress,
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'InspectionPlan' });
export type InspectionPlan = z.infer<typeof inspectionPlan>;

export const inspectionPlanSummary = z.object({
  id: z.uuid(),
  unitId: z.string(),
  unitName: z.string(),
  year: z.number().int(),
  title: z.string(),
  totals: inspectionPlanTotals,
  updatedAt: z.string(),
});
export type InspectionPlanSummary = z.infer<typeof inspectionPlanSummary>;

export const inspectionPlanListQuery = z.strictObject({
  /** Only plans of this unit's subtree. */
  unit: unitCode.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type InspectionPlanListQuery = z.infer<typeof inspectionPlanListQuery>;

export const inspectionPlanPage = z.object({
  items: z.array(inspectionPlanSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type InspectionPlanPage = z.infer<typeof inspectionPlanPage>;

export const inspectionPlanParams = z.strictObject({ id: z.uuid() });
