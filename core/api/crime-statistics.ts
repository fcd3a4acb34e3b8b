import { z } from 'zod';
import { findPeriod, periodBases, periodCodeSchema, periodContaining, type Period } from '../periods/period.ts';
import { userText } from './common.ts';
import { unitCode } from './units.ts';

/**
 * Crime and sanction statistics of one unit for one period (issue 4, item 7), entered by police
 * and justice officers. One record is one line of the statistics table:
 * - a Criminal Code article (Bộ luật Hình sự 2015): 327 harbouring prostitution, 328 brokering
 *   prostitution, 329 buying sex from a person under 18, 150 and 151 trafficking in persons
 *   (adults, under 16), or other offences related to prostitution: cases and defendants handled,
 *   prosecuted (khởi tố) and tried (xét xử);
 * - 'administrative': administrative violations related to prostitution (Decree 144/2021/NĐ-CP),
 *   the cases and violators handled, the people and establishments fined and the amount fined.
 * Lines of one unit never overlap in time: a month inside a stored quarter would count twice.
 */
export const crimeArticles = ['327', '328', '329', '150', '151', 'other', 'administrative'] as const;
export const crimeArticle = z.enum(crimeArticles);
export type CrimeArticle = z.infer<typeof crimeArticle>;

/** Counts every line has: cases (vụ) and the people concerned (đối tượng). */
export const commonCountFields = ['casesHandled', 'defendants'] as const;
/** Counts only Criminal Code lines have. */
export const criminalCountFields = ['casesProsecuted', 'defendantsProsecuted', 'casesTried', 'defendantsTried'] as const;
/** Counts only the administrative line has. */
export const sanctionFields = ['peopleFined', 'establishmentsFined', 'amountFined'] as const;
export type CrimeCountField = (typeof commonCountFields)[number] | (typeof criminalCountFields)[number] | (typeof sanctionFields)[number];

export const isCriminalArticle = (article: CrimeArticle): boolean => article !== 'administrative';

const crimeCount = z
  .number()
  .int('Phải là số nguyên | Must be a whole number')
  .min(0, 'Không được là số âm | Cannot be below zero')
  .max(1_000_000, 'Số quá lớn cho một đơn vị trong một kỳ (tối đa 1.000.000) | Too large for one unit in one period (at most 1,000,000)');

/** Whole đồng. */
const amountFined = z
  .number()
  .int('Số tiền phạt tính bằng đồng, là số nguyên | The amount is in whole đồng')
  .min(0, 'Số tiền phạt không được âm | The amount fined cannot be below zero')
  .max(1_000_000_000_000, 'Số tiền phạt quá lớn (tối đa 1.000 tỷ đồng) | The amount is too large (at most 1,000 billion đồng)');

/** The kinds of period statistics are kept for: a month, a quarter, a half year or a year. */
const statisticsPeriodKinds = ['month', 'quarter', 'half_year', 'year'] as const;

/**
 * A period code of a month, quarter, half year or year (core/periods), on the calendar basis or
 * on the reporting basis of Decree 09/2019 that police statistics often follow (RQ2026-1 runs
 * from 15/12/2025 to 14/3/2026).
 */
export const statisticsPeriodCode = z.string().refine((code) => {
  const period = findPeriod(code);
  return period !== undefined && period.kind !== 'phase';
}, 'Kỳ phải là tháng, quý, 6 tháng hoặc năm, ví dụ M2026-03, Q2026-1, H2026-1, Y2026 (thêm R cho kỳ báo cáo: RQ2026-1) | '
  + 'The period must be a month, quarter, half year or year, e.g. M2026-03, Q2026-1, H2026-1, Y2026 (prefix R for the reporting basis: RQ2026-1)');

/** The period whose first and last days these are, if any: rows written before period codes existed may match none. */
export function statisticsPeriodOfDates(start: string, end: string): Period | undefined {
  for (const kind of statisticsPeriodKinds) {
    for (const basis of periodBases) {
      try {
        const period = periodContaining(start, kind, basis);
        if (period.start === start && period.end === end) return period;
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
      }
    }
  }
  return undefined;
}

const countFields = {
  /** Cases detected and handled in the period (phát hiện, xử lý); for the administrative line, violations handled. */
  casesHandled: crimeCount,
  /** People concerned (đối tượng); for the administrative line, the violators handled. */
  defendants: crimeCount,
  /** Cases prosecuted (khởi tố vụ án): part of the cases handled. */
  casesProsecuted: crimeCount,
  /** Defendants prosecuted (bị can): part of the people concerned. */
  defendantsProsecuted: crimeCount,
  /** Cases tried in first instance (xét xử sơ thẩm), which may have been handled in an earlier period. */
  casesTried: crimeCount,
  /** Defendants tried (bị cáo): at least one per case tried. */
  defendantsTried: crimeCount,
  /** People fined (administrative line only). */
  peopleFined: crimeCount,
  /** Establishments fined (administrative line only). */
  establishmentsFined: crimeCount,
  /** Total amount fined in đồng (administrative line only). */
  amountFined,
};

export const crimeStatisticsCreate = z.strictObject({
  /** A unit as it is today, within the caller's scope. */
  unitId: unitCode,
  period: statisticsPeriodCode,
  article: crimeArticle,
  casesHandled: countFields.casesHandled.default(0),
  defendants: countFields.defendants.default(0),
  casesProsecuted: countFields.casesProsecuted.default(0),
  defendantsProsecuted: countFields.defendantsProsecuted.default(0),
  casesTried: countFields.casesTried.default(0),
  defendantsTried: countFields.defendantsTried.default(0),
  peopleFined: countFields.peopleFined.default(0),
  establishmentsFined: countFields.establishmentsFined.default(0),
  amountFined: countFields.amountFined.default(0),
});
export type CrimeStatisticsCreate = z.infer<typeof crimeStatisticsCreate>;

/** Any of the figures, the period or the line; the unit stays. */
export const crimeStatisticsUpdate = z
  .strictObject({ period: statisticsPeriodCode, article: crimeArticle, ...countFields })
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'Cần ít nhất một trường để sửa | Give at least one field to change');
export type CrimeStatisticsUpdate = z.infer<typeof crimeStatisticsUpdate>;

export const crimeStatisticsDelete = z.strictObject({ reason: userText(500) });
export type CrimeStatisticsDelete = z.infer<typeof crimeStatisticsDelete>;

const countOutput = z.number().int();

export const crimeStatistics = z
  .object({
    id: z.uuid(),
    unitId: z.string(),
    unitName: z.string(),
    /** Null only for rows stored before period codes whose dates match no period. */
    periodCode: z.string().nullable(),
    periodStart: z.string(),
    periodEnd: z.string(),
    article: crimeArticle,
    casesHandled: countOutput,
    defendants: countOutput,
    casesProsecuted: countOutput,
    defendantsProsecuted: countOutput,
    casesTried: countOutput,
    defendantsTried: countOutput,
    peopleFined: countOutput,
    establishmentsFined: countOutput,
    amountFined: countOutput,
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'CrimeStatistics' });
export type CrimeStatistics = z.infer<typeof crimeStatistics>;

export const crimeStatisticsListQuery = z.strictObject({
  /** Only this unit's records, with its subtree's unless `subtree` is 'false'. */
  unit: unitCode.optional(),
  subtree: z.enum(['true', 'false']).default('true'),
  /** Lines whose period ends in this year (a reporting year RY2026 starts on 15/12/2025). */
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  /** Lines whose period lies within this one: Y2026 lists its months, quarters and halves too; a phase its years. */
  period: periodCodeSchema.optional(),
  article: crimeArticle.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type CrimeStatisticsListQuery = z.infer<typeof crimeStatisticsListQuery>;

export const crimeStatisticsPage = z.object({
  items: z.array(crimeStatistics),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type CrimeStatisticsPage = z.infer<typeof crimeStatisticsPage>;

export const crimeStatisticsParams = z.strictObject({ id: z.uuid() });
