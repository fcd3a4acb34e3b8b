import { z } from 'zod';
import { agencyKinds } from '../agencies/agency-catalogue.ts';
import { userText } from './common.ts';

export const agency = z
  .object({
    id: z.uuid(),
    unitId: z.string(),
    kind: z.string(),
    name: z.string(),
    isLead: z.boolean(),
    isRequestOnly: z.boolean(),
    isActive: z.boolean(),
    sortOrder: z.number().int(),
  })
  .meta({ id: 'Agency' });
export type Agency = z.infer<typeof agency>;

export const agencyList = z.object({ agencies: z.array(agency) });

export const agencyCreate = z.strictObject({
  kind: z.enum(agencyKinds),
  name: userText(200),
  isLead: z.boolean().default(false),
  /** Defaults to what the catalogue says of the kind (procuracy, court, mass organisations: requested). */
  isRequestOnly: z.boolean().optional(),
});
export type AgencyCreate = z.infer<typeof agencyCreate>;

export const agencyUpdate = z
  .strictObject({
    name: userText(200).optional(),
    isLead: z.boolean().optional(),
    isRequestOnly: z.boolean().optional(),
    isActive: z.boolean().optional(),
  })
  .refine((value) => Object.keys(value).length > 0, 'Cần ít nhất một trường để sửa | Give at least one field to change');
export type AgencyUpdate = z.infer<typeof agencyUpdate>;

export const agencyParams = z.strictObject({ id: z.uuid() });
