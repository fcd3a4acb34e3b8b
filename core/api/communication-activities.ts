import { z } from 'zod';
import { isoDate, userText } from './common.ts';
import { calendarDate } from './establishments.ts';
import { unitCode } from './units.ts';

/**
 * Forms of communication (hình thức tuyên truyền) the seed plans name: a training session, a
 * banner or panel, a poster, a mobile loudspeaker, a leaflet or booklet, the commune radio, TV, a
 * press article, a social-media post, a school activity, a residential meeting, a club.
 */
export const communicationForms = [
  'training_session', 'banner', 'poster', 'loudspeaker', 'leaflet', 'commune_radio', 'television', 'press_article',
  'social_media', 'school_activity', 'residential_meeting', 'club', 'other',
] as const;
export const communicationForm = z.enum(communicationForms);
export type CommunicationForm = z.infer<typeof communicationForm>;

/**
 * Items in the press and on air: what the monthly-frequency target ("thông tin được đăng tải trên
 * báo chí ít nhất một tháng một lần", indicator communication.press_monthly) counts.
 */
export const pressForms: readonly CommunicationForm[] = ['press_article', 'television', 'commune_radio'];

/**
 * Audience groups: those the reach targets measure (students, industrial-zone workers, workers at
 * at-risk establishments), the groups the plans single out (youth, ethnic minorities, migrants,
 * officials and party members, members of the mass organisations, owners of establishments, people
 * who sell sex, reached by outreach) and the public.
 */
export const communicationAudiences = [
  'students', 'industrial_zone_workers', 'establishment_workers', 'youth', 'ethnic_minorities', 'migrants', 'public',
  'officials', 'union_members', 'establishment_owners', 'sex_workers',
] as const;
export const communicationAudience = z.enum(communicationAudiences);
export type CommunicationAudience = z.infer<typeof communicationAudience>;

/** The audiences with a reference figure of the same name: one activity cannot reach more people than the unit declared. */
export const audiencesWithReferenceFigure = ['students', 'industrial_zone_workers', 'establishment_workers'] as const satisfies readonly CommunicationAudience[];

const peopleReached = z
  .number()
  .int('Số người phải là số nguyên | The number of people must be a whole number')
  .min(0, 'Số người được tuyên truyền không được âm | People reached cannot be below zero')
  .max(10_000_000);

const materials = z
  .number()
  .int('Số tài liệu phải là số nguyên | The number of materials must be a whole number')
  .min(0, 'Số tài liệu phát ra không được âm | Materials handed out cannot be below zero')
  .max(10_000_000);

export const communicationReachInput = z.strictObject({
  audience: communicationAudience,
  peopleReached,
});
export type CommunicationReachInput = z.infer<typeof communicationReachInput>;

const activityFields = {
  /** The unit that held the activity: a current province or commune. */
  unitId: unitCode,
  occurredOn: calendarDate,
  /** The agency of that unit that led it (see GET /api/units/{code}/agencies). */
  leadAgencyId: z.uuid(),
  form: communicationForm,
  title: userText(300),
  description: userText(4000).nullable(),
  /** People reached per audience group, each group at most once. */
  reach: z.array(communicationReachInput).max(communicationAudiences.length),
  materials,
  /** What was handed out, e.g. 'tờ rơi, sách mỏng'. */
  materialsKind: userText(200).nullable(),
};

export const communicationActivityCreate = z.strictObject({
  ...activityFields,
  description: activityFields.description.default(null),
  reach: activityFields.reach.default([]),
  materials: activityFields.materials.default(0),
  materialsKind: activityFields.materialsKind.default(null),
});
export type CommunicationActivityCreate = z.infer<typeof communicationActivityCreate>;

/** Any of the fields; `reach`, when given, replaces the whole list; a new unit needs a lead agency of that unit. */
export const communicationActivityUpdate = z
  .strictObject(activityFields)
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'Cần ít nhất một trường để sửa | Give at least one field to change');
export type CommunicationActivityUpdate = z.infer<typeof communicationActivityUpdate>;

export const communicationActivityDelete = z.strictObject({ reason: userText(500) });

export const communicationActivity = z
  .object({
    id: z.uuid(),
    unitId: z.string(),
    unitName: z.string(),
    occurredOn: isoDate,
    /** Null only for activities recorded before lead agencies were kept. */
    leadAgencyId: z.string().nullable(),
    leadAgencyName: z.string().nullable(),
    form: communicationForm,
    /** Whether the item counts for the monthly press target. */
    isPress: z.boolean(),
    title: z.string(),
    description: z.string().nullable(),
    reach: z.array(z.object({ audience: communicationAudience, peopleReached: z.number().int() })),
    materials: z.number().int(),
    materialsKind: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'CommunicationActivity' });
export type CommunicationActivity = z.infer<typeof communicationActivity>;

export const communicationActivityListQuery = z.strictObject({
  /** Only this unit's subtree (and the pre-reform units that became part of it). */
  unit: unitCode.optional(),
  from: calendarDate.optional(),
  to: calendarDate.optional(),
  form: communicationForm.optional(),
  /** Words of the title or description, without accents or case mattering. */
  q: z.string().max(100).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type CommunicationActivityListQuery = z.infer<typeof communicationActivityListQuery>;

export const communicationActivityPage = z.object({
  items: z.array(communicationActivity),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type CommunicationActivityPage = z.infer<typeof communicationActivityPage>;

export const communicationActivityParams = z.strictObject({ id: z.uuid() });
