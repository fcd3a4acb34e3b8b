import type {
  CommunicationActivityCreate, CommunicationActivityUpdate, CommunicationAudience, CommunicationForm,
} from '../../../../core/api/communication-activities.ts';
import { formatDate, parseVietnameseDate } from '../../../../core/dates/format.ts';
import type { CommunicationActivity } from '../../api/communication-activities.ts';

/** One audience group and the people reached in it, as the user types them. */
export interface ReachDraft {
  audience: CommunicationAudience | '';
  peopleReached: string;
}

/** What the user types: every field as text, the date as dd/mm/yyyy. */
export interface CommunicationDraft {
  unit: { id: string; name: string } | null;
  occurredOn: string;
  leadAgencyId: string;
  form: CommunicationForm | '';
  title: string;
  description: string;
  reach: ReachDraft[];
  materials: string;
  materialsKind: string;
}

/** Field errors keyed as the server names the fields: 'occurredOn', 'reach.0.peopleReached'. */
export type FieldErrors = Record<string, string>;

/** 'YYYY-MM-DD' (or null) as the form shows it: dd/mm/yyyy, or empty. */
export const dateText = (value: string | null) => (value ? formatDate(value) : '');

/**
 * A count as people type it: '1200', '1.200' or '1 200' (Vietnamese thousands), '1,200' (English);
 * undefined when it is not a whole number of zero or more.
 */
export function parseCount(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed) && !/^\d{1,3}([.,\s]\d{3})+$/.test(trimmed)) return undefined;
  const value = Number(trimmed.replace(/[.,\s]/g, ''));
  return Number.isSafeInteger(value) ? value : undefined;
}

/** The user's own unit, when it can hold activities (a province or a commune), as a new record's first choice. */
export function ownActivityUnit(user: { unit: { id: string; name: string; level: string } | null }): CommunicationDraft['unit'] {
  return user.unit && (user.unit.level === 'province' || user.unit.level === 'commune') ? { id: user.unit.id, name: user.unit.name } : null;
}

export const emptyReach = (): ReachDraft => ({ audience: '', peopleReached: '' });

export const emptyCommunicationDraft = (unit: CommunicationDraft['unit']): CommunicationDraft => ({
  unit, occurredOn: '', leadAgencyId: '', form: '', title: '', description: '', reach: [emptyReach()], materials: '', materialsKind: '',
});

export function communicationDraftOf(item: CommunicationActivity): CommunicationDraft {
  return {
    unit: { id: item.unitId, name: item.unitName },
    occurredOn: dateText(item.occurredOn),
    leadAgencyId: item.leadAgencyId ?? '',
    form: item.form,
    title: item.title,
    description: item.description ?? '',
    reach: item.reach.map((row) => ({ audience: row.audience, peopleReached: String(row.peopleReached) })),
    materials: item.materials === 0 ? '' : String(item.materials),
    materialsKind: item.materialsKind ?? '',
  };
}

export interface DraftMessages {
  required: string;
  dateInvalid: string;
  dateFuture: string;
  countInvalid: string;
  audienceTwice: string;
}

const textOrNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** Whether an audience row was left as added: nothing chosen, nothing typed. Such rows are dropped. */
const isBlank = (row: ReachDraft) => row.audience === '' && row.peopleReached.trim() === '';

/**
 * Reads the draft into what the API takes, with the problems the browser can see by itself, keyed
 * like the server's field errors so both show in the same place. The server checks them again,
 * and alone knows the unit's reference figures and agencies.
 */
export function readCommunicationDraft(
  draft: CommunicationDraft, today: string, messages: DraftMessages,
): { values: CommunicationActivityCreate; errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (!draft.unit) errors.unitId = messages.required;
  if (draft.leadAgencyId === '') errors.leadAgencyId = messages.required;
  if (draft.form === '') errors.form = messages.required;
  if (draft.title.trim() === '') errors.title = messages.required;
  const occurredOn = parseVietnameseDate(draft.occurredOn);
  if (draft.occurredOn.trim() === '') errors.occurredOn = messages.required;
  else if (!occurredOn) errors.occurredOn = messages.dateInvalid;
  else if (occurredOn > today) errors.occurredOn = messages.dateFuture;

  const rows = draft.reach.filter((row) => !isBlank(row));
  const seen = new Set<string>();
  const reach = rows.map((row, index) => {
    if (row.audience === '') errors[`reach.${index}.audience`] = messages.required;
    else if (seen.has(row.audience)) errors[`reach.${index}.audience`] = messages.audienceTwice;
    seen.add(row.audience);
    const peopleReached = parseCount(row.peopleReached);
    if (peopleReached === undefined) errors[`reach.${index}.peopleReached`] = row.peopleReached.trim() === '' ? messages.required : messages.countInvalid;
    return { audience: row.audience as CommunicationAudience, peopleReached: peopleReached ?? 0 };
  });
  let materials = 0;
  if (draft.materials.trim() !== '') {
    const parsed = parseCount(draft.materials);
    if (parsed === undefined) errors.materials = messages.countInvalid;
    else materials = parsed;
  }
  return {
    values: {
      unitId: draft.unit?.id ?? '',
      occurredOn: occurredOn ?? '',
      leadAgencyId: draft.leadAgencyId,
      form: draft.form as CommunicationForm,
      title: draft.title.trim(),
      description: textOrNull(draft.description),
      reach,
      materials,
      materialsKind: textOrNull(draft.materialsKind),
    },
    errors,
  };
}

/** The rows the draft keeps, in the order the errors are keyed by: blank rows are not sent. */
export const keptReachIndexes = (draft: CommunicationDraft) =>
  draft.reach.map((row, index) => (isBlank(row) ? -1 : index)).filter((index) => index >= 0);

/** Only the fields that changed, so that the record's history shows what the user really changed. */
export function communicationChanges(before: CommunicationActivityCreate, after: CommunicationActivityCreate): CommunicationActivityUpdate {
  const update: Record<string, unknown> = {};
  for (const key of Object.keys(after) as Array<keyof CommunicationActivityCreate>) {
    if (JSON.stringify(after[key]) !== JSON.stringify(before[key])) update[key] = after[key];
  }
  return update as CommunicationActivityUpdate;
}
