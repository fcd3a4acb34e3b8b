import { z } from 'zod';
import { userText } from './common.ts';
import { unitCode } from './units.ts';

/**
 * Support and harm-reduction services as monthly aggregates of one unit (issue 4, item 6). Only
 * counts leave the unit that serves a person (DOMAIN.md §4): no name, age or case of anyone.
 *
 * Each service is counted once per person who received it in the month. A person may receive
 * several services, so the service counts overlap and are never added up: `peopleServed`, the
 * people who received at least one service, is given explicitly.
 */
export const supportServices = [
  'hivStiTesting', 'hivStiTreatment', 'methadone', 'condoms', 'counselling', 'legalAid', 'vocationalTraining',
  'jobPlacement', 'loans', 'socialAssistance',
] as const;
export type SupportService = (typeof supportServices)[number];

/** The counts of a month besides the services, in the order the form shows them. */
export const supportCountFields = [
  'peopleReached', 'peopleInNeed', 'peopleEligible', 'peopleServed', 'peopleNewlyServed', 'referralsMade',
  'referralsCompleted', 'peerGroupsActive', 'pilotModelsRunning',
] as const;
export type SupportCountField = (typeof supportCountFields)[number];

/** A count of people or groups in one unit and month. */
export const supportCount = z
  .number()
  .int('Phải là số nguyên | Must be a whole number')
  .min(0, 'Không được là số âm | Cannot be below zero')
  .max(1_000_000, 'Số quá lớn cho một đơn vị trong một tháng (tối đa 1.000.000) | Too large for one unit in one month (at most 1,000,000)');

/** 'YYYY-MM': the month the figures are for. */
export const supportMonth = z
  .string()
  .regex(/^(20\d\d|2100)-(0[1-9]|1[0-2])$/, 'Tháng phải có dạng YYYY-MM, ví dụ 2026-03 | The month must look like 2026-03 (YYYY-MM)');

const serviceCounts = z.strictObject({
  hivStiTesting: supportCount.default(0),
  hivStiTreatment: supportCount.default(0),
  methadone: supportCount.default(0),
  condoms: supportCount.default(0),
  counselling: supportCount.default(0),
  legalAid: supportCount.default(0),
  vocationalTraining: supportCount.default(0),
  jobPlacement: supportCount.default(0),
  loans: supportCount.default(0),
  socialAssistance: supportCount.default(0),
});
export type SupportServiceCounts = Record<SupportService, number>;

const countFields = {
  /** People contacted by outreach (tiếp cận cộng đồng) in the month. */
  peopleReached: supportCount,
  /** People found to need support (sàng lọc nhu cầu). */
  peopleInNeed: supportCount,
  /** Of those in need, people who qualify for the support: never more than `peopleInNeed`. */
  peopleEligible: supportCount,
  /** People who received at least one service in the month: at least each service's count. */
  peopleServed: supportCount,
  /**
   * Of `peopleServed`, those served for the first time in the calendar year. Added up over the
   * months of a year they give the distinct people served that year, which is what the
   * support.access_share indicator compares with the people in need (monthly `peopleServed`
   * would count a person served every month twelve times).
   */
  peopleNewlyServed: supportCount,
  /** Referrals (chuyển gửi) made to services of other providers. */
  referralsMade: supportCount,
  /** Of those, referrals where the person reached the service: never more than `referralsMade`. */
  referralsCompleted: supportCount,
  /** Peer and self-help groups (nhóm đồng đẳng, tự lực) active in the month. */
  peerGroupsActive: supportCount,
  /** Pilot support or harm-reduction models (mô hình thí điểm) running in the month. */
  pilotModelsRunning: supportCount,
};

export const supportStatisticsCreate = z.strictObject({
  /** A unit as it is today, within the caller's scope. */
  unitId: unitCode,
  month: supportMonth,
  peopleReached: countFields.peopleReached.default(0),
  peopleInNeed: countFields.peopleInNeed.default(0),
  peopleEligible: countFields.peopleEligible.default(0),
  peopleServed: countFields.peopleServed.default(0),
  peopleNewlyServed: countFields.peopleNewlyServed.default(0),
  services: serviceCounts.default({
    hivStiTesting: 0, hivStiTreatment: 0, methadone: 0, condoms: 0, counselling: 0, legalAid: 0, vocationalTraining: 0,
    jobPlacement: 0, loans: 0, socialAssistance: 0,
  }),
  referralsMade: countFields.referralsMade.default(0),
  referralsCompleted: countFields.referralsCompleted.default(0),
  peerGroupsActive: countFields.peerGroupsActive.default(0),
  pilotModelsRunning: countFields.pilotModelsRunning.default(0),
});
export type SupportStatisticsCreate = z.infer<typeof supportStatisticsCreate>;

/** Any of the figures, or the month; `services` changes only the services it names. The unit stays. */
export const supportStatisticsUpdate = z
  .strictObject({
    month: supportMonth,
    ...countFields,
    services: z.strictObject({
      hivStiTesting: supportCount, hivStiTreatment: supportCount, methadone: supportCount, condoms: supportCount,
      counselling: supportCount, legalAid: supportCount, vocationalTraining: supportCount, jobPlacement: supportCount,
      loans: supportCount, socialAssistance: supportCount,
    }).partial(),
  })
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'Cần ít nhất một trường để sửa | Give at least one field to change');
export type SupportStatisticsUpdate = z.infer<typeof supportStatisticsUpdate>;

export const supportStatisticsDelete = z.strictObject({ reason: userText(500) });
export type SupportStatisticsDelete = z.infer<typeof supportStatisticsDelete>;

const countOutput = z.number().int();

export const supportStatistics = z
  .object({
    id: z.uuid(),
    unitId: z.string(),
    unitName: z.string(),
    month: z.string(),
    peopleReached: countOutput,
    peopleInNeed: countOutput,
    peopleEligible: countOutput,
    peopleServed: countOutput,
    peopleNewlyServed: countOutput,
    services: z.object({
      hivStiTesting: countOutput, hivStiTreatment: countOutput, methadone: countOutput, condoms: countOutput,
      counselling: countOutput, legalAid: countOutput, vocationalTraining: countOutput, jobPlacement: countOutput,
      loans: countOutput, socialAssistance: countOutput,
    }),
    referralsMade: countOutput,
    referralsCompleted: countOutput,
    peerGroupsActive: countOutput,
    pilotModelsRunning: countOutput,
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'SupportStatistics' });
export type SupportStatistics = z.infer<typeof supportStatistics>;

export const supportStatisticsListQuery = z.strictObject({
  /** Only this unit's records, with its subtree's unless `subtree` is 'false'. */
  unit: unitCode.optional(),
  /** 'false': the unit's own months only (the month-by-month table of one unit). */
  subtree: z.enum(['true', 'false']).default('true'),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  month: supportMonth.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type SupportStatisticsListQuery = z.infer<typeof supportStatisticsListQuery>;

export const supportStatisticsPage = z.object({
  items: z.array(supportStatistics),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type SupportStatisticsPage = z.infer<typeof supportStatisticsPage>;

export const supportStatisticsParams = z.strictObject({ id: z.uuid() });
