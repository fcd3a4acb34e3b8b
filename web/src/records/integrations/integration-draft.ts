import type { ProgrammeIntegrationCreate, ProgrammeKind } from '../../../../core/api/programme-integrations.ts';
import { formatDate, parseVietnameseDate } from '../../../../core/dates/format.ts';
import type { ProgrammeIntegration } from '../../api/programme-integrations.ts';
import { textOrNull, type FieldErrors } from './changes.ts';

/** What the user types: every field as text, the date as dd/mm/yyyy; agencyId '' is the People's Committee. */
export interface IntegrationDraft {
  unit: { id: string; name: string } | null;
  year: string;
  agencyId: string;
  programme: string;
  programmeKind: ProgrammeKind | '';
  documentNumber: string;
  documentDate: string;
  notes: string;
}

export const emptyIntegrationDraft = (unit: IntegrationDraft['unit'], year: number): IntegrationDraft => ({
  unit, year: String(year), agencyId: '', programme: '', programmeKind: '', documentNumber: '', documentDate: '', notes: '',
});

export function integrationDraftOf(item: ProgrammeIntegration): IntegrationDraft {
  return {
    unit: { id: item.unitId, name: item.unitName },
    year: String(item.year),
    agencyId: item.agencyId ?? '',
    programme: item.programme,
    programmeKind: item.programmeKind,
    documentNumber: item.documentNumber ?? '',
    documentDate: item.documentDate ? formatDate(item.documentDate) : '',
    notes: item.notes ?? '',
  };
}

export interface IntegrationDraftMessages {
  required: string;
  yearInvalid: string;
  /** The year is after next year. */
  yearTooLate: string;
  dateInvalid: string;
  dateFuture: string;
}

/**
 * Reads the draft into what the API takes, with the problems the browser can see by itself (the
 * same rules as the server: a year up to next year, no document dated after today). The server
 * checks them again, and the agency and duplicates too.
 */
export function readIntegrationDraft(draft: IntegrationDraft, today: string, messages: IntegrationDraftMessages): { values: ProgrammeIntegrationCreate; errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (!draft.unit) errors.unitId = messages.required;
  const yearText = draft.year.trim();
  const year = Number(yearText);
  if (yearText === '') errors.year = messages.required;
  else if (!/^\d{4}$/.test(yearText) || year < 2000) errors.year = messages.yearInvalid;
  else if (year > Number(today.slice(0, 4)) + 1) errors.year = messages.yearTooLate;
  if (draft.programme.trim() === '') errors.programme = messages.required;
  if (draft.programmeKind === '') errors.programmeKind = messages.required;
  let documentDate: string | null = null;
  if (draft.documentDate.trim() !== '') {
    const parsed = parseVietnameseDate(draft.documentDate);
    if (!parsed) errors.documentDate = messages.dateInvalid;
    else if (parsed > today) errors.documentDate = messages.dateFuture;
    else documentDate = parsed;
  }
  const values: ProgrammeIntegrationCreate = {
    unitId: draft.unit?.id ?? '',
    year,
    agencyId: draft.agencyId === '' ? null : draft.agencyId,
    programme: draft.programme.trim(),
    programmeKind: (draft.programmeKind || 'other') as ProgrammeKind,
    documentNumber: textOrNull(draft.documentNumber),
    documentDate,
    notes: textOrNull(draft.notes),
  };
  return { values, errors };
}
