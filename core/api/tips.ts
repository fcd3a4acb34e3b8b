import { z } from 'zod';
import { tipActionTypes } from '../tips/workflow.ts';
import {
  publicTipStatuses, tipChannels, tipClassifications, tipOutcomes, tipStatuses, tipSubjects,
} from '../tips/tip-kinds.ts';
import { isoDate, userText } from './common.ts';
import { calendarDate } from './establishments.ts';
import { unitCode } from './units.ts';

export const tipChannel = z.enum(tipChannels);
export const tipSubject = z.enum(tipSubjects);
export const tipClassification = z.enum(tipClassifications);
export const tipStatus = z.enum(tipStatuses);
export const tipOutcome = z.enum(tipOutcomes);
export const publicTipStatus = z.enum(publicTipStatuses);

/** Free text a user may leave empty: trimmed, NFC-normalised, empty becomes null. */
const optionalText = (max: number) =>
  z.string().transform((value) => value.normalize('NFC').trim()).pipe(z.string().max(max))
    .transform((value) => (value === '' ? null : value)).nullable();

/** Attachments: images, PDF and audio, judged by their content, never by their name. */
export const attachmentMediaTypes = [
  'image/jpeg', 'image/png', 'image/webp', 'image/heic', 'application/pdf', 'audio/mpeg', 'audio/mp4', 'audio/ogg', 'audio/wav', 'audio/webm', 'audio/aac',
] as const;
export const attachmentLimits = { maxFiles: 5, maxFileBytes: 10 * 1024 * 1024, maxTotalBytes: 25 * 1024 * 1024 } as const;

/**
 * Who or what the tip concerns. Any mix, at least one: an establishment of the registry, a
 * hotspot, an address, an online account or web address (for advertising online).
 */
const concerns = {
  establishmentId: z.uuid().nullable().default(null),
  hotspotId: z.uuid().nullable().default(null),
  address: optionalText(300).default(null),
  onlineAccount: optionalText(500).default(null),
};

/**
 * The reporter, when they give their identity. Kept apart from the tip: only a custodian of the
 * unit holding the tip sees it, and each view is audited.
 */
export const tipReporter = z.strictObject({
  fullName: optionalText(200).default(null),
  phone: optionalText(30).default(null),
  email: optionalText(200).default(null),
  address: optionalText(300).default(null),
  /** Whether and how they want to be told the outcome. */
  wantsFeedback: z.boolean().default(false),
});
export type TipReporter = z.infer<typeof tipReporter>;

/** A tip recorded by staff: the channel, when and where it was received, what it is about. */
export const tipCreate = z.strictObject({
  /** The receiving unit; today's unit, in the officer's scope. */
  unitId: unitCode,
  channel: tipChannel.exclude(['public_form']),
  /** Date and time of receipt, ISO 8601 with offset; not in the future. */
  receivedAt: z.iso.datetime({ offset: true }),
  subjects: z.array(tipSubject).min(1).max(tipSubjects.length),
  ...concerns,
  description: userText(10_000),
  /** Anonymous, or the reporter's identity and contact. */
  anonymous: z.boolean(),
  reporter: tipReporter.nullable().default(null),
});
export type TipCreate = z.infer<typeof tipCreate>;

/** What a citizen sends from the public page: no internal fields. */
export const publicTipCreate = z.strictObject({
  /** The commune (or province) where it happens, picked from the list of today's units. */
  unitId: unitCode,
  subjects: z.array(tipSubject).min(1).max(tipSubjects.length),
  address: optionalText(300).default(null),
  onlineAccount: optionalText(500).default(null),
  description: userText(5_000),
  /** When it happened or was seen, if the reporter knows. */
  happenedOn: calendarDate.nullable().default(null),
  anonymous: z.boolean().default(true),
  reporter: tipReporter.nullable().default(null),
});
export type PublicTipCreate = z.infer<typeof publicTipCreate>;

/**
 * The `Idempotency-Key` of a public submission: a random value the form makes once per filled-in
 * form (the public page sends a UUID), so that sending it again after a lost answer records the
 * tip once. 16 to 100 letters, digits, `-` or `_`; it may come quoted, as a structured-field
 * string (`"…"`), as the IETF draft on the header writes it.
 */
export const submissionKeyPattern = /^(?:[A-Za-z0-9_-]{16,100}|"[A-Za-z0-9_-]{16,100}")$/;
export const publicTipSubmissionHeaders = z.looseObject({
  'idempotency-key': z.string()
    .regex(submissionKeyPattern, 'Khóa gửi (Idempotency-Key) phải gồm 16 đến 100 chữ cái, chữ số, dấu "-" hoặc "_", ví dụ một UUID | '
      + 'The Idempotency-Key must be 16 to 100 letters, digits, "-" or "_", such as a UUID')
    .optional()
    .meta({ description: 'Optional. The same value for every try of one filled-in form (e.g. crypto.randomUUID()); a new one for the next form.' }),
});

export const tipActionRequest = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('classify'), classification: tipClassification, remoteArea: z.boolean().default(false), note: optionalText(2000).default(null) }),
  z.strictObject({ type: z.literal('assign'), agencyId: z.uuid(), assigneeUserId: z.uuid().nullable().default(null), note: optionalText(2000).default(null) }),
  z.strictObject({ type: z.literal('start_verification'), note: optionalText(2000).default(null) }),
  /** An extension is granted by a decision; its number and date go in `decisionReference`. */
  z.strictObject({ type: z.literal('extend'), decisionReference: userText(200), reason: userText(2000) }),
  z.strictObject({ type: z.literal('resolve'), substantiated: z.boolean(), outcome: tipOutcome, resolvedOn: calendarDate, note: userText(5000) }),
  z.strictObject({ type: z.literal('transfer'), toUnitId: unitCode, reason: userText(2000) }),
  z.strictObject({ type: z.literal('reopen'), reason: userText(2000) }),
]);
export type TipActionRequest = z.infer<typeof tipActionRequest>;
export const tipActionType = z.enum(tipActionTypes);

export const tipAttachment = z.object({
  id: z.uuid(),
  fileName: z.string(),
  mediaType: z.string(),
  byteSize: z.number().int(),
  sha256: z.string(),
  /** `reporter`: sent with the tip or added with the receipt code; `staff`: added by an officer. */
  source: z.enum(['reporter', 'staff']),
  createdAt: z.string(),
}).meta({ id: 'TipAttachment' });
export type TipAttachment = z.infer<typeof tipAttachment>;

/** One step of a tip's history, as the timeline shows it. */
export const tipEvent = z.object({
  id: z.uuid(),
  at: z.string(),
  action: z.enum([...tipActionTypes, 'receive', 'reporter_addition', 'attachment_added']),
  actorName: z.string().nullable(),
  fromStatus: tipStatus.nullable(),
  toStatus: tipStatus.nullable(),
  fromUnitName: z.string().nullable(),
  toUnitName: z.string().nullable(),
  /** The action's particulars: classification, agency, decision reference, outcome, reason. */
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  note: z.string().nullable(),
}).meta({ id: 'TipEvent' });
export type TipEvent = z.infer<typeof tipEvent>;

const tipFields = {
  id: z.uuid(),
  /** The tip's number, e.g. TB-2026-000042: not secret, unlike the receipt code. */
  reference: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  receivedByUnitName: z.string(),
  channel: tipChannel,
  receivedAt: z.string(),
  subjects: z.array(tipSubject),
  status: tipStatus,
  classification: tipClassification.nullable(),
  remoteArea: z.boolean(),
  dueOn: isoDate,
  /** Why the due date is what it is (the legal basis). */
  deadlineBasis: z.string(),
  extensionsGranted: z.number().int(),
  extensionsLeft: z.number().int(),
  deadlineState: z.enum(['resolved_on_time', 'resolved_late', 'overdue', 'due_soon', 'open']),
  assignedAgencyId: z.uuid().nullable(),
  assignedAgencyName: z.string().nullable(),
  assigneeUserId: z.uuid().nullable(),
  assigneeName: z.string().nullable(),
  resolvedOn: isoDate.nullable(),
  substantiated: z.boolean().nullable(),
  outcome: tipOutcome.nullable(),
  anonymous: z.boolean(),
  updatedAt: z.string(),
};

/** A row of the queue: never the description, the reporter or the attachments. */
export const tipSummary = z.object(tipFields).meta({ id: 'TipSummary' });
export type TipSummary = z.infer<typeof tipSummary>;

/** The tip's page, for users who may read it. The reporter's identity is fetched apart. */
export const tip = z.object({
  ...tipFields,
  establishmentId: z.uuid().nullable(),
  establishmentName: z.string().nullable(),
  hotspotId: z.uuid().nullable(),
  hotspotAddress: z.string().nullable(),
  address: z.string().nullable(),
  onlineAccount: z.string().nullable(),
  happenedOn: isoDate.nullable(),
  description: z.string(),
  /** True when a reporter left identity or contact; reading it is `GET /api/tips/{id}/reporter`. */
  hasReporterIdentity: z.boolean(),
  attachments: z.array(tipAttachment),
  events: z.array(tipEvent),
  /** The actions the caller may take now, for the page's buttons. */
  availableActions: z.array(tipActionType),
}).meta({ id: 'Tip' });
export type Tip = z.infer<typeof tip>;

export const tipListQuery = z.strictObject({
  unit: unitCode.optional(),
  status: tipStatus.optional(),
  classification: z.union([tipClassification, z.literal('unclassified')]).optional(),
  channel: tipChannel.optional(),
  /** `overdue`: past due unresolved; `due_soon`: due within `withinDays` (default 5) and unresolved. */
  due: z.enum(['overdue', 'due_soon']).optional(),
  withinDays: z.coerce.number().int().min(0).max(120).default(5),
  /** The reference number or words of the place, without accents or case mattering. */
  q: z.string().max(100).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type TipListQuery = z.infer<typeof tipListQuery>;

export const tipPage = z.object({
  items: z.array(tipSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** For the dashboard and the queue's heading, over the same scope and unit, whatever the other filters. */
  counts: z.object({ open: z.number().int(), overdue: z.number().int(), dueSoon: z.number().int() }),
});
export type TipPage = z.infer<typeof tipPage>;

export const tipParams = z.strictObject({ id: z.uuid() });
export const tipAttachmentParams = z.strictObject({ id: z.uuid(), attachmentId: z.uuid() });

/** A response: plain fields, since a response schema cannot run the input's trimming transforms backwards. */
export const tipReporterView = z.object({
  fullName: z.string().nullable(), phone: z.string().nullable(), email: z.string().nullable(), address: z.string().nullable(),
  wantsFeedback: z.boolean(), anonymous: z.boolean(),
}).meta({ id: 'TipReporter' });
export type TipReporterView = z.infer<typeof tipReporterView>;

/** The reporter's receipt: shown once, never stored in clear. */
export const publicTipReceipt = z.object({
  receiptCode: z.string(),
  receivedAt: z.string(),
}).meta({ id: 'PublicTipReceipt' });
export type PublicTipReceipt = z.infer<typeof publicTipReceipt>;

/** A receipt code travels in the body, never in a URL. */
export const publicTipLookup = z.strictObject({ receiptCode: z.string().min(1).max(64) });
export const publicTipAddition = z.strictObject({ receiptCode: z.string().min(1).max(64), text: userText(5_000) });

/** What a reporter may know: the status and dates, nothing internal. */
export const publicTipStatusView = z.object({
  status: publicTipStatus,
  receivedOn: isoDate,
  updatedOn: isoDate,
  additions: z.number().int(),
}).meta({ id: 'PublicTipStatus' });
export type PublicTipStatusView = z.infer<typeof publicTipStatusView>;

export const deadlineRuleBody = z.strictObject({
  baseDays: z.number().int().min(1).max(365),
  remoteBaseDays: z.number().int().min(1).max(365).nullable(),
  extensions: z.array(z.strictObject({
    mode: z.enum(['total', 'additional']),
    days: z.number().int().min(1).max(365).optional(),
    months: z.number().int().min(1).max(12).optional(),
    remoteDays: z.number().int().min(1).max(365).optional(),
  })).max(5),
  workingDaysOnly: z.boolean(),
  basis: z.strictObject({ vi: userText(500), en: userText(500) }),
});
export type DeadlineRuleBody = z.infer<typeof deadlineRuleBody>;

/** Who a tip can be assigned to: the agencies of its unit and the units below, and its unit's officers who handle tips. */
export const tipAssignmentOptions = z.object({
  agencies: z.array(z.object({ id: z.uuid(), name: z.string(), unitName: z.string() })),
  users: z.array(z.object({ id: z.uuid(), displayName: z.string() })),
}).meta({ id: 'TipAssignmentOptions' });
export type TipAssignmentOptions = z.infer<typeof tipAssignmentOptions>;

/** The body's fields as plain output (no trimming transforms, which a response cannot run backwards). */
export const deadlineRuleView = z.object({
  baseDays: z.number().int(),
  remoteBaseDays: z.number().int().nullable(),
  extensions: z.array(z.object({
    mode: z.enum(['total', 'additional']), days: z.number().int().optional(), months: z.number().int().optional(), remoteDays: z.number().int().optional(),
  })),
  workingDaysOnly: z.boolean(),
  basis: z.object({ vi: z.string(), en: z.string() }),
  classification: z.enum([...tipClassifications, 'unclassified']),
  /** True while the law's default applies. */
  isDefault: z.boolean(),
}).meta({ id: 'TipDeadlineRule' });
export type DeadlineRuleView = z.infer<typeof deadlineRuleView>;
export const deadlineRuleParams = z.strictObject({ classification: z.enum([...tipClassifications, 'unclassified']) });

/** Today's units by name, for the public page's place picker and for transfers: names are public. */
export const publicUnitQuery = z.strictObject({
  q: z.string().min(1).max(100),
  level: z.enum(['province', 'commune']).optional(),
});
export const publicUnit = z.object({ id: z.string(), name: z.string(), level: z.string(), parentName: z.string().nullable() }).meta({ id: 'PublicUnit' });
export type PublicUnit = z.infer<typeof publicUnit>;
