import type { HarmReductionModelCreate, HarmReductionModelKind } from '../../../../core/api/harm-reduction-models.ts';
import { formatDate, parseVietnameseDate } from '../../../../core/dates/format.ts';
import type { HarmReductionModel } from '../../api/harm-reduction-models.ts';
import { textOrNull, type FieldErrors } from '../integrations/changes.ts';

/** What the user types: every field as text, dates as dd/mm/yyyy; agencyId '' is the People's Committee. */
export interface ModelDraft {
  unit: { id: string; name: string } | null;
  name: string;
  kind: HarmReductionModelKind | '';
  agencyId: string;
  description: string;
  startedOn: string;
  endedOn: string;
}

export const emptyModelDraft = (unit: ModelDraft['unit']): ModelDraft => ({
  unit, name: '', kind: '', agencyId: '', description: '', startedOn: '', endedOn: '',
});

export function modelDraftOf(item: HarmReductionModel): ModelDraft {
  return {
    unit: { id: item.unitId, name: item.unitName },
    name: item.name,
    kind: item.kind,
    agencyId: item.agencyId ?? '',
    description: item.description ?? '',
    startedOn: formatDate(item.startedOn),
    endedOn: item.endedOn ? formatDate(item.endedOn) : '',
  };
}

export interface ModelDraftMessages {
  required: string;
  dateInvalid: string;
  dateFuture: string;
  endBeforeStart: string;
}

/** A day typed dd/mm/yyyy: its ISO form, or the problem with it. */
function readDay(text: string, today: string, messages: ModelDraftMessages): { value: string } | { error: string } {
  const parsed = parseVietnameseDate(text);
  if (!parsed) return { error: messages.dateInvalid };
  if (parsed > today) return { error: messages.dateFuture };
  return { value: parsed };
}

/**
 * Reads the draft into what the API takes, with the problems the browser can see by itself (no
 * day after today, no end before the start). The server checks them again, and the agency too.
 */
export function readModelDraft(draft: ModelDraft, today: string, messages: ModelDraftMessages): { values: HarmReductionModelCreate; errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (!draft.unit) errors.unitId = messages.required;
  if (draft.name.trim() === '') errors.name = messages.required;
  if (draft.kind === '') errors.kind = messages.required;
  let startedOn = '';
  if (draft.startedOn.trim() === '') errors.startedOn = messages.required;
  else {
    const day = readDay(draft.startedOn, today, messages);
    if ('error' in day) errors.startedOn = day.error;
    else startedOn = day.value;
  }
  let endedOn: string | null = null;
  if (draft.endedOn.trim() !== '') {
    const day = readDay(draft.endedOn, today, messages);
    if ('error' in day) errors.endedOn = day.error;
    else if (startedOn !== '' && day.value < startedOn) errors.endedOn = messages.endBeforeStart;
    else endedOn = day.value;
  }
  const values: HarmReductionModelCreate = {
    unitId: draft.unit?.id ?? '',
    name: draft.name.trim(),
    kind: (draft.kind || 'other') as HarmReductionModelKind,
    agencyId: draft.agencyId === '' ? null : draft.agencyId,
    description: textOrNull(draft.description),
    startedOn,
    endedOn,
  };
  return { values, errors };
}
