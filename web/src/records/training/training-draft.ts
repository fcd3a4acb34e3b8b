import { reformEffectiveDate, type AgencyKind } from '../../../../core/agencies/agency-catalogue.ts';
import type { TrainingCourseCreate, TrainingCourseUpdate, TrainingLevel } from '../../../../core/api/training-courses.ts';
import { parseVietnameseDate } from '../../../../core/dates/format.ts';
import type { TrainingCourse } from '../../api/training-courses.ts';
import { dateText, parseCount, type FieldErrors } from '../communication/communication-draft.ts';

/** Participants of one level from one kind of agency, as the user types them. */
export interface ParticipantsDraft {
  level: TrainingLevel | '';
  /** Empty for rows recorded before agencies were kept: the user must choose one to save. */
  agencyKind: AgencyKind | '';
  participants: string;
}

/** What the user types: every field as text, the date as dd/mm/yyyy, the names one per line. */
export interface TrainingDraft {
  unit: { id: string; name: string } | null;
  heldOn: string;
  organiserAgencyId: string;
  level: TrainingLevel | '';
  topic: string;
  participants: ParticipantsDraft[];
  participantNames: string;
}

export type { FieldErrors };

export const emptyParticipants = (level: TrainingLevel | ''): ParticipantsDraft => ({ level, agencyKind: '', participants: '' });

/** A new course: at the level of the user's own unit when it holds courses, with one row of participants. */
export const emptyTrainingDraft = (unit: TrainingDraft['unit'], level: TrainingLevel | ''): TrainingDraft => ({
  unit, heldOn: '', organiserAgencyId: '', level, topic: '', participants: [emptyParticipants(level)], participantNames: '',
});

export function trainingDraftOf(item: TrainingCourse): TrainingDraft {
  return {
    unit: { id: item.unitId, name: item.unitName },
    heldOn: dateText(item.heldOn),
    organiserAgencyId: item.organiserAgencyId ?? '',
    level: item.level,
    topic: item.topic,
    participants: item.participants.map((row) => ({ level: row.level, agencyKind: row.agencyKind ?? '', participants: String(row.participants) })),
    participantNames: (item.participantNames ?? []).join('\n'),
  };
}

/** The names typed one per line, blank lines dropped; null when there are none. */
export function readNames(text: string): string[] | null {
  const names = text.split(/\r?\n/).map((line) => line.normalize('NFC').trim()).filter((line) => line !== '');
  return names.length > 0 ? names : null;
}

export interface TrainingDraftMessages {
  required: string;
  dateInvalid: string;
  dateFuture: string;
  countInvalid: string;
  participantsRequired: string;
  rowTwice: string;
  districtGone: string;
  /** With {{named}} and {{total}} filled in by the caller's translation. */
  tooManyNames: (named: number, total: number) => string;
}

/**
 * Reads the draft into what the API takes, with the problems the browser can see by itself, keyed
 * like the server's field errors so both show in the same place. `withNames` is false for users
 * outside the course's unit: they neither see nor send the names.
 */
export function readTrainingDraft(
  draft: TrainingDraft, today: string, messages: TrainingDraftMessages, withNames: boolean,
): { values: TrainingCourseCreate; errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (!draft.unit) errors.unitId = messages.required;
  if (draft.organiserAgencyId === '') errors.organiserAgencyId = messages.required;
  if (draft.topic.trim() === '') errors.topic = messages.required;
  const heldOn = parseVietnameseDate(draft.heldOn);
  if (draft.heldOn.trim() === '') errors.heldOn = messages.required;
  else if (!heldOn) errors.heldOn = messages.dateInvalid;
  else if (heldOn > today) errors.heldOn = messages.dateFuture;
  const afterReform = heldOn !== undefined && heldOn >= reformEffectiveDate;
  if (draft.level === '') errors.level = messages.required;
  else if (draft.level === 'district' && afterReform) errors.level = messages.districtGone;

  if (draft.participants.length === 0) errors.participants = messages.participantsRequired;
  const seen = new Set<string>();
  const participants = draft.participants.map((row, index) => {
    if (row.level === '') errors[`participants.${index}.level`] = messages.required;
    else if (row.level === 'district' && afterReform) errors[`participants.${index}.level`] = messages.districtGone;
    const key = `${row.level}|${row.agencyKind}`;
    if (row.agencyKind === '') errors[`participants.${index}.agencyKind`] = messages.required;
    else if (seen.has(key)) errors[`participants.${index}.agencyKind`] = messages.rowTwice;
    seen.add(key);
    const count = parseCount(row.participants);
    if (count === undefined) errors[`participants.${index}.participants`] = row.participants.trim() === '' ? messages.required : messages.countInvalid;
    return { level: row.level as TrainingLevel, agencyKind: row.agencyKind as AgencyKind, participants: count ?? 0 };
  });
  const names = withNames ? readNames(draft.participantNames) : null;
  const total = participants.reduce((sum, row) => sum + row.participants, 0);
  if (names && names.length > total) errors.participantNames = messages.tooManyNames(names.length, total);
  const values: TrainingCourseCreate = {
    unitId: draft.unit?.id ?? '',
    heldOn: heldOn ?? '',
    organiserAgencyId: draft.organiserAgencyId,
    level: draft.level as TrainingLevel,
    topic: draft.topic.trim(),
    participants,
    participantNames: names,
  };
  return { values, errors };
}

/**
 * Only the fields that changed, so that the record's history shows what the user really changed;
 * the names only for a user who may see them, since the others never had them to change.
 */
export function trainingChanges(before: TrainingCourseCreate, after: TrainingCourseCreate, withNames: boolean): TrainingCourseUpdate {
  const update: Record<string, unknown> = {};
  for (const key of Object.keys(after) as Array<keyof TrainingCourseCreate>) {
    if (key === 'participantNames' && !withNames) continue;
    if (JSON.stringify(after[key]) !== JSON.stringify(before[key])) update[key] = after[key];
  }
  return update as TrainingCourseUpdate;
}
