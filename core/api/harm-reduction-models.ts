import { z } from 'zod';
import { isoDate, userText } from './common.ts';
import { calendarDate } from './establishments.ts';
import { unitCode } from './units.ts';

/**
 * Kinds of pilot support and harm-reduction model (mô hình thí điểm), from what the seed plans ask
 * communes to build ("mô hình phòng ngừa mại dâm, hỗ trợ can thiệp giảm hại, phòng, chống bạo lực
 * trên cơ sở giới, đảm bảo quyền của người lao động…, cung cấp dịch vụ hỗ trợ hòa nhập cộng đồng",
 * Triệu Sơn 2021–2025):
 * - community_support_group: self-help groups and clubs, community-based organisations ("nhóm tự
 *   lực, câu lạc bộ, các tổ chức dựa vào cộng đồng");
 * - peer_educator_group: peer groups and peer educators ("nhóm đồng đẳng");
 * - counselling_point: a drop-in or counselling point giving psychological, legal and health advice
 *   ("tư vấn hỗ trợ y tế, pháp lý", "hỗ trợ tư vấn tâm lý");
 * - integrated_health_services: harm reduction with HIV/STI testing and treatment, condoms,
 *   methadone ("can thiệp giảm hại về HIV/AIDS");
 * - livelihood_support: vocational training, jobs, loans for community reintegration ("dạy nghề
 *   tạo việc làm", "giới thiệu việc làm");
 * - workplace_rights: preventing gender-based violence and securing the rights of workers at
 *   at-risk establishments;
 * - other.
 */
export const harmReductionModelKinds = [
  'community_support_group', 'peer_educator_group', 'counselling_point', 'integrated_health_services', 'livelihood_support',
  'workplace_rights', 'other',
] as const;
export const harmReductionModelKind = z.enum(harmReductionModelKinds);
export type HarmReductionModelKind = z.infer<typeof harmReductionModelKind>;

const modelFields = {
  /** The unit that runs the model: a current province or commune. */
  unitId: unitCode,
  name: userText(300),
  kind: harmReductionModelKind,
  /** The agency of the unit that manages it; null: the unit's People's Committee itself. */
  agencyId: z.uuid().nullable(),
  description: userText(4000).nullable(),
  startedOn: calendarDate,
  /** The day the model stopped; null while it runs. Ending a model is setting this day. */
  endedOn: calendarDate.nullable(),
};

export const harmReductionModelCreate = z.strictObject({
  ...modelFields,
  agencyId: modelFields.agencyId.default(null),
  description: modelFields.description.default(null),
  endedOn: modelFields.endedOn.default(null),
});
export type HarmReductionModelCreate = z.infer<typeof harmReductionModelCreate>;

/** Any of the fields; `null` clears an optional one (`endedOn: null` starts an ended model again). */
export const harmReductionModelUpdate = z
  .strictObject(modelFields)
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'Cần ít nhất một trường để sửa | Give at least one field to change');
export type HarmReductionModelUpdate = z.infer<typeof harmReductionModelUpdate>;

export const harmReductionModelDelete = z.strictObject({ reason: userText(500) });

export const harmReductionModel = z
  .object({
    id: z.uuid(),
    unitId: z.string(),
    unitName: z.string(),
    name: z.string(),
    kind: harmReductionModelKind,
    agencyId: z.string().nullable(),
    /** The managing agency's name; null when the People's Committee itself manages the model. */
    agencyName: z.string().nullable(),
    description: z.string().nullable(),
    startedOn: isoDate,
    endedOn: isoDate.nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'HarmReductionModel' });
export type HarmReductionModel = z.infer<typeof harmReductionModel>;

export const harmReductionModelListQuery = z.strictObject({
  /** Only this unit's subtree (and the pre-reform units that became part of it). */
  unit: unitCode.optional(),
  /** Only models running at some time in this year: started by its end, not ended before its start. */
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  kind: harmReductionModelKind.optional(),
  /** Words of the name or description, without accents or case mattering. */
  q: z.string().max(100).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type HarmReductionModelListQuery = z.infer<typeof harmReductionModelListQuery>;

export const harmReductionModelPage = z.object({
  items: z.array(harmReductionModel),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type HarmReductionModelPage = z.infer<typeof harmReductionModelPage>;

export const harmReductionModelParams = z.strictObject({ id: z.uuid() });
