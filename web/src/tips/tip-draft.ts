import type { TipCreate } from '../../../core/api/tips.ts';
import type { TipChannel, TipSubject } from '../../../core/tips/tip-kinds.ts';
import type { PickedUnit } from '../users/UnitPicker.tsx';
import { nowInVietnam, receivedAtOf } from './tip-format.ts';

/** What the officer types: dates and times as text, the picked records with their names for display. */
export interface TipDraft {
  unit: PickedUnit | null;
  channel: Exclude<TipChannel, 'public_form'> | '';
  receivedOn: string;
  receivedTime: string;
  subjects: TipSubject[];
  establishment: { id: string; name: string } | null;
  hotspot: { id: string; address: string } | null;
  address: string;
  onlineAccount: string;
  description: string;
  anonymous: boolean;
  fullName: string;
  phone: string;
  email: string;
  reporterAddress: string;
  wantsFeedback: boolean;
}

/** Errors keyed by the API's field names ('receivedAt', 'reporter.phone'), as the server names them. */
export type TipFieldErrors = Partial<Record<string, string>>;

export interface TipDraftMessages {
  required: string;
  channelRequired: string;
  dateInvalid: string;
  timeInvalid: string;
  inFuture: string;
  subjectsRequired: string;
  concernRequired: string;
  reporterEmpty: string;
  emailInvalid: string;
}

/** A new draft: received now, at the officer's own unit; anonymous until the reporter agrees to give a name. */
export function emptyTipDraft(unit: PickedUnit | null, now: number = Date.now()): TipDraft {
  const { date, time } = nowInVietnam(now);
  return {
    unit, channel: '', receivedOn: date, receivedTime: time, subjects: [], establishment: null, hotspot: null,
    address: '', onlineAccount: '', description: '', anonymous: true,
    fullName: '', phone: '', email: '', reporterAddress: '', wantsFeedback: false,
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** Reads the draft into what the API takes, with the problems the browser can see by itself. */
export function readTipDraft(draft: TipDraft, messages: TipDraftMessages, now: number = Date.now()): { values: TipCreate; errors: TipFieldErrors } {
  const errors: TipFieldErrors = {};
  if (!draft.unit) errors.unitId = messages.required;
  if (!draft.channel) errors.channel = messages.channelRequired;
  const receivedAt = receivedAtOf(draft.receivedOn, draft.receivedTime);
  if (!receivedAt) errors.receivedAt = receivedAtOf(draft.receivedOn, '00:00') ? messages.timeInvalid : messages.dateInvalid;
  // A minute's grace: the clock of the officer's computer may run a little ahead of the server's.
  else if (Date.parse(receivedAt) > now + 60_000) errors.receivedAt = messages.inFuture;
  if (draft.subjects.length === 0) errors.subjects = messages.subjectsRequired;
  const address = orNull(draft.address);
  const onlineAccount = orNull(draft.onlineAccount);
  if (!draft.establishment && !draft.hotspot && !address && !onlineAccount) errors.concerns = messages.concernRequired;
  if (draft.description.trim() === '') errors.description = messages.required;
  const reporter = draft.anonymous ? null : {
    fullName: orNull(draft.fullName),
    phone: orNull(draft.phone),
    email: orNull(draft.email),
    address: orNull(draft.reporterAddress),
    wantsFeedback: draft.wantsFeedback,
  };
  if (reporter && !reporter.fullName && !reporter.phone && !reporter.email && !reporter.address) errors['reporter.fullName'] = messages.reporterEmpty;
  if (reporter?.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(reporter.email)) errors['reporter.email'] = messages.emailInvalid;
  const values: TipCreate = {
    unitId: draft.unit?.id ?? '',
    channel: (draft.channel || 'hotline') as TipCreate['channel'],
    receivedAt: receivedAt ?? '',
    subjects: draft.subjects,
    establishmentId: draft.establishment?.id ?? null,
    hotspotId: draft.hotspot?.id ?? null,
    address,
    onlineAccount,
    description: draft.description.trim(),
    anonymous: draft.anonymous,
    reporter,
  };
  return { values, errors };
}
