import { z } from 'zod';
import { agencyKinds } from '../agencies/agency-catalogue.ts';
import { isoDate, userText } from './common.ts';
import { calendarDate } from './establishments.ts';
import { unitCode } from './units.ts';

/**
 * The level of a course and of its participants. Districts were abolished on 1/7/2025: 'district'
 * stays for courses held before then (the service refuses it for later dates).
 */
export const trainingLevels = ['province', 'district', 'commune'] as const;
export const trainingLevel = z.enum(trainingLevels);
export type TrainingLevel = z.infer<typeof trainingLevel>;

const participantCount = z
  .number()
  .int('Số người phải là số nguyên | The number of participants must be a whole number')
  .min(0, 'Số người tham gia không được âm | Participants cannot be below zero')
  .max(1_000_000);

/**
 * Participants of one level from one kind of agency (police, health, Women's Union…): a
 * province course gathers officials of many communes, so they are counted by kind, not by office.
 */
export const trainingParticipantsInput = z.strictObject({
  level: trainingLevel,
  agencyKind: z.enum(agencyKinds),
  participants: participantCount,
});
export type TrainingParticipantsInput = z.infer<typeof trainingParticipantsInput>;

/** Names are optional and stay inside the unit that holds the course. */
const participantNames = z.array(userText(200)).max(2000);

const courseFields = {
  /** The unit that held the course: a current province or commune. */
  unitId: unitCode,
  heldOn: calendarDate,
  /** The agency of that unit that organised it (see GET /api/units/{code}/agencies). */
  organiserAgencyId: z.uuid(),
  /** A commune holds commune-level courses; a province holds province- or commune-level ones. */
  level: trainingLevel,
  topic: userText(500),
  participants: z
    .array(trainingParticipantsInput)
    .min(1, 'Hãy ghi số người tham gia theo cấp và cơ quan | Give the participants by level and agency')
    .max(200),
  /** Only users of the course's own unit may write or read them. */
  participantNames: participantNames.nullable(),
};

export const trainingCourseCreate = z.strictObject({
  ...courseFields,
  participantNames: courseFields.participantNames.default(null),
});
export type TrainingCourseCreate = z.infer<typeof trainingCourseCreate>;

/** Any of the fields; `participants` and `participantNames`, when given, replace the whole list. */
export const trainingCourseUpdate = z
  .strictObject(courseFields)
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'Cần ít nhất một trường để sửa | Give at least one field to change');
export type TrainingCourseUpdate = z.infer<typeof trainingCourseUpdate>;

export const trainingCourseDelete = z.strictObject({ reason: userText(500) });

export const trainingCourse = z
  .object({
    id: z.uuid(),
    unitId: z.string(),
    unitName: z.string(),
    heldOn: isoDate,
    /** Null only for courses recorded before organisers were kept. */
    organiserAgencyId: z.string().nullable(),
    organiserName: z.string().nullable(),
    level: trainingLevel,
    topic: z.string(),
    participants: z.array(z.object({
      level: trainingLevel,
      /** Null only for participants recorded before agencies were kept. */
      agencyKind: z.enum(agencyKinds).nullable(),
      participants: z.number().int(),
    })),
    totalParticipants: z.number().int(),
    /** How many names are recorded: visible to everyone who may read the course. */
    namedParticipants: z.number().int(),
    /** The names themselves: present only for users of the course's own unit. */
    participantNames: z.array(z.string()).nullable().optional(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'TrainingCourse' });
export type TrainingCourse = z.infer<typeof trainingCourse>;

export const trainingCourseListQuery = z.strictObject({
  /** Only this unit's subtree (and the pre-reform units that became part of it). */
  unit: unitCode.optional(),
  from: calendarDate.optional(),
  to: calendarDate.optional(),
  level: trainingLevel.optional(),
  /** Words of the topic, without accents or case mattering. */
  q: z.string().max(100).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type TrainingCourseListQuery = z.infer<typeof trainingCourseListQuery>;

export const trainingCoursePage = z.object({
  items: z.array(trainingCourse),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type TrainingCoursePage = z.infer<typeof trainingCoursePage>;

export const trainingCourseParams = z.strictObject({ id: z.uuid() });
