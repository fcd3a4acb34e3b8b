import { z } from 'zod';
import { isoDate, userText } from './common.ts';
import { calendarDate } from './establishments.ts';
import { unitCode } from './units.ts';

/**
 * What an inspection found at one establishment (Decree 144/2021/NĐ-CP and Decree 96/2016/NĐ-CP):
 * nothing wrong, a warning, a fine, a suspension, the licence withdrawn, or the case handed to the police.
 */
export const inspectionOutcomes = ['no_violation', 'warning', 'fine', 'suspension', 'licence_withdrawal', 'police_referral'] as const;
export const inspectionOutcome = z.enum(inspectionOutcomes);
export type InspectionOutcome = z.infer<typeof inspectionOutcome>;

/** A province or commune inter-agency team (đoàn kiểm tra liên ngành), or a single agency. */
export const teamKinds = ['inter_agency', 'single_agency'] as const;
export const teamKind = z.enum(teamKinds);
export type TeamKind = z.infer<typeof teamKind>;

/** Fines are whole đồng; the largest administrative fine is far below this bound. */
const fineAmount = z
  .number()
  .int()
  .min(0, 'Số tiền phạt không được âm | The fine cannot be below zero')
  .max(10_000_000_000);

/** Free text a user may leave empty: trimmed, NFC-normalised. */
const optionalText = (max: number) => z.string().transform((value) => value.normalize('NFC').trim()).pipe(z.string().max(max));

/** One establishment visited. Whether a fine carries its amount and legal basis is checked by the service, naming the field. */
export const inspectionVisitInput = z.strictObject({
  establishmentId: z.uuid(),
  findings: optionalText(4000).default(''),
  violations: userText(4000).nullable().default(null),
  outcome: inspectionOutcome,
  /** Required, above zero, when the outcome is 'fine', and only then. */
  fineAmount: fineAmount.nullable().default(null),
  /** The legal basis of the sanction, e.g. 'Nghị định 144/2021/NĐ-CP'; required for a fine. */
  legalBasis: userText(300).nullable().default(null),
  /** When the team comes back to check the establishment has corrected what was found. */
  followUpDue: calendarDate.nullable().default(null),
});
export type InspectionVisitInput = z.infer<typeof inspectionVisitInput>;

const inspectionFields = {
  /** The unit whose team inspected: a current province or commune. */
  unitId: unitCode,
  inspectedOn: calendarDate,
  /** The team's name, e.g. 'Đoàn kiểm tra liên ngành phường Thành Vinh'. */
  team: userText(200),
  teamKind,
  /** The agencies of the team: exactly one for a single agency, at least two for an inter-agency team. */
  memberAgencyIds: z.array(z.uuid()).max(30),
  notes: userText(4000).nullable(),
  visits: z.array(inspectionVisitInput).min(1, 'Cần ít nhất một cơ sở được kiểm tra | Give at least one establishment visited').max(200),
};

export const inspectionCreate = z.strictObject({
  ...inspectionFields,
  notes: inspectionFields.notes.default(null),
});
export type InspectionCreate = z.infer<typeof inspectionCreate>;

/** Any of the fields but the unit; `visits`, when given, replaces the whole list. */
const { unitId: _unitId, ...changeableFields } = inspectionFields;
export const inspectionUpdate = z
  .strictObject(changeableFields)
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'Cần ít nhất một trường để sửa | Give at least one field to change');
export type InspectionUpdate = z.infer<typeof inspectionUpdate>;

export const inspectionDelete = z.strictObject({ reason: userText(500) });
export type InspectionDelete = z.infer<typeof inspectionDelete>;

export const inspectionVisit = z.object({
  establishmentId: z.uuid(),
  establishmentName: z.string(),
  findings: z.string(),
  violations: z.string().nullable(),
  outcome: inspectionOutcome,
  fineAmount: z.number().int().nullable(),
  legalBasis: z.string().nullable(),
  followUpDue: isoDate.nullable(),
});
export type InspectionVisit = z.infer<typeof inspectionVisit>;

export const inspection = z
  .object({
    id: z.uuid(),
    unitId: z.string(),
    unitName: z.string(),
    inspectedOn: isoDate,
    team: z.string(),
    teamKind,
    memberAgencyIds: z.array(z.string()),
    notes: z.string().nullable(),
    visits: z.array(inspectionVisit),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Inspection' });
export type Inspection = z.infer<typeof inspection>;

export const inspectionListQuery = z.strictObject({
  /** Only this unit's subtree (and the pre-reform units that became part of it). */
  unit: unitCode.optional(),
  from: calendarDate.optional(),
  to: calendarDate.optional(),
  /** Inspections with at least one visit of this outcome. */
  outcome: inspectionOutcome.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type InspectionListQuery = z.infer<typeof inspectionListQuery>;

export const inspectionPage = z.object({
  items: z.array(inspection),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type InspectionPage = z.infer<typeof inspectionPage>;

export const inspectionParams = z.strictObject({ id: z.uuid() });
