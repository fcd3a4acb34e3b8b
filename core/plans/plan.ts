import { z } from 'zod';
import { agencyKinds } from '../agencies/agency-catalogue.ts';
import { isoDate, userText } from '../api/common.ts';

/**
 * A plan (Kế hoạch) as its issuer writes it: the structure every seed plan follows (DOMAIN.md §2).
 * This is the document's content; ids, status and versions belong to the stored plan.
 */

export const planStatuses = ['draft', 'issued', 'superseded'] as const;
export const planStatus = z.enum(planStatuses);
export type PlanStatus = z.infer<typeof planStatus>;

export const comparators = ['gte', 'lte', 'eq', 'range'] as const;
export const comparator = z.enum(comparators);
export type Comparator = z.infer<typeof comparator>;

const paragraph = userText(20_000);

/** One numbered section of "Nhiệm vụ, giải pháp" with its bullet-point tasks. */
export const taskGroup = z.strictObject({
  title: userText(500),
  tasks: z.array(userText(5_000)).max(200),
});
export type TaskGroup = z.infer<typeof taskGroup>;

/**
 * A target (chỉ tiêu): an indicator from the catalogue, a comparator and value(s), and the period
 * it is judged over. `text` keeps the sentence as the plan words it.
 */
export const planTarget = z
  .strictObject({
    key: z.string().regex(/^[a-z0-9-]{1,60}$/),
    indicatorCode: z.string().regex(/^[a-z0-9_.]{2,80}$/),
    comparator,
    value: z.number().finite(),
    valueHigh: z.number().finite().nullable().default(null),
    periodCode: z.string().min(4).max(20),
    text: userText(2_000),
    /** The section of the plan it stands in, e.g. "1. Truyền thông, tuyên truyền". */
    section: userText(300).nullable().default(null),
    /** Set when the target was copied from a parent plan's target. */
    parentTargetKey: z.string().max(60).nullable().default(null),
    /** Required when a child target is looser than its parent's. */
    looserReason: userText(2_000).nullable().default(null),
  });
// Values that depend on the indicator (shares within 0–100%, a range's ends in order) are checked
// with the rest of the plan in one pass, so that every bad target is reported at once.
export type PlanTarget = z.infer<typeof planTarget>;

/** "Tổ chức thực hiện": one agency's duties, led or supported; "đề nghị" for bodies the issuer cannot command. */
export const planAssignment = z.strictObject({
  agencyKind: z.enum(agencyKinds),
  agencyName: userText(300),
  role: z.enum(['lead', 'support']),
  isRequest: z.boolean().default(false),
  duties: z.array(userText(5_000)).max(100),
});
export type PlanAssignment = z.infer<typeof planAssignment>;

export const budgetSources = ['central', 'province', 'district', 'commune', 'socialised', 'aid', 'other'] as const;
export const budgetLine = z.strictObject({
  source: z.enum(budgetSources),
  /** In đồng; null when the plan names the source without an amount ("trong dự toán được giao"). */
  amount: z.number().int().nonnegative().nullable().default(null),
  notes: userText(2_000).nullable().default(null),
});
export type BudgetLine = z.infer<typeof budgetLine>;

const dayOfYear = z.strictObject({ day: z.number().int().min(1).max(31), month: z.number().int().min(1).max(12) });

/** "Chế độ báo cáo": which reports, how often, by when for reporters and for the consolidator. */
export const reportingRule = z.strictObject({
  kind: z.enum(['monthly', 'quarterly', 'half_year', 'annual', 'phase_end', 'ad_hoc']),
  /** Deadline for the agencies and lower units, each year (or on a date for phase-end reports). */
  reporterDeadline: dayOfYear.nullable(),
  consolidatorDeadline: dayOfYear.nullable(),
  /** For a one-off report (phase end): the exact date. */
  reporterDeadlineDate: isoDate.nullable().default(null),
  recipients: z.array(userText(300)).max(30).default([]),
  notes: userText(2_000).nullable().default(null),
});
export type ReportingRule = z.infer<typeof reportingRule>;

export const signer = z.strictObject({
  /** 'TM. ỦY BAN NHÂN DÂN' */
  authority: userText(200),
  /** 'KT. CHỦ TỊCH' or null when the chair signs in person. */
  onBehalf: userText(200).nullable().default(null),
  /** 'PHÓ CHỦ TỊCH' */
  position: userText(200),
  name: userText(200).nullable().default(null),
});
export type Signer = z.infer<typeof signer>;

/** The whole content of a plan, as entered or imported. */
export const planContent = z.strictObject({
  issuerUnitId: z.string().min(1).max(120),
  /** 'Số: 249/KH-UBND'; null while the number is not yet given. */
  number: z.string().max(60).regex(/^[0-9A-Za-zĐđ/.-]*$/).nullable().default(null),
  issueDate: isoDate.nullable().default(null),
  issuePlace: userText(100),
  title: userText(500),
  periodCode: z.string().min(4).max(20),
  /** "Căn cứ": references to other documents, as written. */
  legalBasis: z.array(userText(1_000)).max(30).default([]),
  purpose: z.array(paragraph).max(50).default([]),
  requirements: z.array(paragraph).max(50).default([]),
  objectives: z.array(paragraph).max(50).default([]),
  targets: z.array(planTarget).max(200).default([]),
  taskGroups: z.array(taskGroup).max(50).default([]),
  budget: z.array(budgetLine).max(30).default([]),
  budgetNotes: z.array(paragraph).max(20).default([]),
  assignments: z.array(planAssignment).max(80).default([]),
  reportingRules: z.array(reportingRule).max(20).default([]),
  recipients: z.array(userText(300)).max(60).default([]),
  signer,
});
export type PlanContent = z.infer<typeof planContent>;
export type PlanContentInput = z.input<typeof planContent>;
