import { z } from 'zod';
import { isoDate, userText } from './common.ts';
import { calendarDate } from './establishments.ts';
import { unitCode } from './units.ts';

/**
 * What prostitution prevention is integrated into (lồng ghép), as the seed plans list it:
 * - socio_economic_development: "các chương trình phát triển kinh tế - xã hội" (every seed);
 * - social_protection: "các chương trình an sinh, trợ giúp xã hội", with the poverty-reduction,
 *   vocational-training, job and loan programmes the plans name beside it ("an sinh xã hội như:
 *   giảm nghèo, dạy nghề, tạo việc làm…", Triệu Sơn);
 * - drug_prevention: "chương trình phòng, chống ma túy";
 * - hiv_aids: "chương trình phòng, chống HIV/AIDS";
 * - human_trafficking: "chương trình phòng, chống mua bán người" (Triệu Sơn);
 * - crime_prevention: "chương trình phòng, chống tội phạm" (Triệu Sơn, the police's duties);
 * - cultural_movement: the movements of the Fatherland Front and mass organisations, "phong trào
 *   xây dựng gia đình văn hóa", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" (Phú Thứ);
 * - other: any other programme, plan or project ("các chương trình, kế hoạch, dự án khác", Nghệ An).
 */
export const programmeKinds = [
  'socio_economic_development', 'social_protection', 'drug_prevention', 'hiv_aids', 'human_trafficking', 'crime_prevention',
  'cultural_movement', 'other',
] as const;
export const programmeKind = z.enum(programmeKinds);
export type ProgrammeKind = z.infer<typeof programmeKind>;

/**
 * Integration plans are made for a year, the coming year's late in the current one: a year up to
 * next year is accepted (the service knows the current year in Vietnam); older years back to 2000.
 */
const year = z
  .number()
  .int('Năm phải là số nguyên | The year must be a whole number')
  .min(2000, 'Năm không được trước năm 2000 | The year cannot be before 2000')
  .max(2100, 'Năm không hợp lệ | The year is not valid');

const integrationFields = {
  /** The unit that integrates: a current province or commune. */
  unitId: unitCode,
  year,
  /** The integrating body, one of the unit's agencies; null: the unit's People's Committee itself. */
  agencyId: z.uuid().nullable(),
  /** The programme or plan integrated into, by name, e.g. "Chương trình phòng, chống ma túy năm 2026". */
  programme: userText(300),
  programmeKind,
  /** The number of the integration plan or document, e.g. "45/KH-MTTQ". */
  documentNumber: userText(60).nullable(),
  documentDate: calendarDate.nullable(),
  notes: userText(2000).nullable(),
};

export const programmeIntegrationCreate = z.strictObject({
  ...integrationFields,
  agencyId: integrationFields.agencyId.default(null),
  documentNumber: integrationFields.documentNumber.default(null),
  documentDate: integrationFields.documentDate.default(null),
  notes: integrationFields.notes.default(null),
});
export type ProgrammeIntegrationCreate = z.infer<typeof programmeIntegrationCreate>;

/** Any of the fields; `null` clears an optional one. A new unit needs an agency of that unit (or none). */
export const programmeIntegrationUpdate = z
  .strictObject(integrationFields)
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'Cần ít nhất một trường để sửa | Give at least one field to change');
export type ProgrammeIntegrationUpdate = z.infer<typeof programmeIntegrationUpdate>;

export const programmeIntegrationDelete = z.strictObject({ reason: userText(500) });

export const programmeIntegration = z
  .object({
    id: z.uuid(),
    unitId: z.string(),
    unitName: z.string(),
    year: z.number().int(),
    agencyId: z.string().nullable(),
    /** The agency's name; null when the People's Committee itself integrates. */
    agencyName: z.string().nullable(),
    programme: z.string(),
    programmeKind,
    documentNumber: z.string().nullable(),
    documentDate: isoDate.nullable(),
    notes: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ProgrammeIntegration' });
export type ProgrammeIntegration = z.infer<typeof programmeIntegration>;

export const programmeIntegrationListQuery = z.strictObject({
  /** Only this unit's subtree (and the pre-reform units that became part of it). */
  unit: unitCode.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  kind: programmeKind.optional(),
  /** Words of the programme, the agency, the document number or the notes, without accents or case mattering. */
  q: z.string().max(100).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type ProgrammeIntegrationListQuery = z.infer<typeof programmeIntegrationListQuery>;

export const programmeIntegrationPage = z.object({
  items: z.array(programmeIntegration),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type ProgrammeIntegrationPage = z.infer<typeof programmeIntegrationPage>;

export const programmeIntegrationParams = z.strictObject({ id: z.uuid() });
