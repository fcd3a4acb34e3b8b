import type { InspectionCreate, InspectionOutcome, TeamKind } from '../../../../core/api/inspections.ts';
import { parseVietnameseDate } from '../../../../core/dates/format.ts';
import type { Inspection } from '../../api/inspections.ts';
import { dateText, parseMoney } from './inspection-labels.ts';

/** One establishment visited, as the user types it. */
export interface VisitDraft {
  establishmentId: string;
  establishmentName: string;
  findings: string;
  violations: string;
  outcome: InspectionOutcome | '';
  fineAmount: string;
  legalBasis: string;
  followUpDue: string;
}

/** What the user types: every field as text, dates as dd/mm/yyyy. */
export interface InspectionDraft {
  unit: { id: string; name: string } | null;
  inspectedOn: string;
  teamKind: TeamKind;
  team: string;
  memberAgencyIds: string[];
  notes: string;
  visits: VisitDraft[];
}

/** Field errors keyed as the server names the fields: 'inspectedOn', 'visits.0.fineAmount'. */
export type FieldErrors = Record<string, string>;

export const emptyVisit = (establishment: { id: string; name: string }): VisitDraft => ({
  establishmentId: establishment.id, establishmentName: establishment.name, findings: '', violations: '', outcome: '',
  fineAmount: '', legalBasis: '', followUpDue: '',
});

export const emptyInspectionDraft = (unit: InspectionDraft['unit']): InspectionDraft => ({
  unit, inspectedOn: '', teamKind: 'inter_agency', team: '', memberAgencyIds: [], notes: '', visits: [],
});

export function inspectionDraftOf(item: Inspection): InspectionDraft {
  return {
    unit: { id: item.unitId, name: item.unitName },
    inspectedOn: dateText(item.inspectedOn),
    teamKind: item.teamKind,
    team: item.team,
    memberAgencyIds: item.memberAgencyIds,
    notes: item.notes ?? '',
    visits: item.visits.map((visit) => ({
      establishmentId: visit.establishmentId,
      establishmentName: visit.establishmentName,
      findings: visit.findings,
      violations: visit.violations ?? '',
      outcome: visit.outcome,
      fineAmount: visit.fineAmount === null ? '' : String(visit.fineAmount),
      legalBasis: visit.legalBasis ?? '',
      followUpDue: dateText(visit.followUpDue),
    })),
  };
}

const textOrNull = (text: string) => (text.trim() === '' ? null : text.trim());

export interface DraftMessages {
  required: string;
  dateInvalid: string;
  dateFuture: string;
  followUpBefore: string;
  amountInvalid: string;
  agenciesSingle: string;
  agenciesInter: string;
  visitsRequired: string;
  violationsRequired: string;
}

/**
 * Reads the draft into what the API takes, with the problems the browser can see by itself, keyed
 * like the server's field errors so both show in the same place. The server checks them again.
 */
export function readInspectionDraft(draft: InspectionDraft, today: string, messages: DraftMessages): { values: InspectionCreate; errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (!draft.unit) errors.unitId = messages.required;
  const inspectedOn = parseVietnameseDate(draft.inspectedOn);
  if (draft.inspectedOn.trim() === '') errors.inspectedOn = messages.required;
  else if (!inspectedOn) errors.inspectedOn = messages.dateInvalid;
  else if (inspectedOn > today) errors.inspectedOn = messages.dateFuture;
  if (draft.team.trim() === '') errors.team = messages.required;
  if (draft.teamKind === 'single_agency' && draft.memberAgencyIds.length !== 1) errors.memberAgencyIds = messages.agenciesSingle;
  if (draft.teamKind === 'inter_agency' && draft.memberAgencyIds.length < 2) errors.memberAgencyIds = messages.agenciesInter;
  if (draft.visits.length === 0) errors.visits = messages.visitsRequired;

  const visits = draft.visits.map((visit, index) => {
    const field = (name: string) => `visits.${index}.${name}`;
    if (visit.outcome === '') errors[field('outcome')] = messages.required;
    const isFine = visit.outcome === 'fine';
    let fineAmount: number | null = null;
    if (isFine) {
      const amount = parseMoney(visit.fineAmount);
      if (amount === undefined || amount <= 0) errors[field('fineAmount')] = messages.amountInvalid;
      else fineAmount = amount;
      if (visit.legalBasis.trim() === '') errors[field('legalBasis')] = messages.required;
    }
    if (visit.outcome !== '' && visit.outcome !== 'no_violation' && visit.violations.trim() === '') {
      errors[field('violations')] = messages.violationsRequired;
    }
    let followUpDue: string | null = null;
    if (visit.followUpDue.trim() !== '') {
      const parsed = parseVietnameseDate(visit.followUpDue);
      if (!parsed) errors[field('followUpDue')] = messages.dateInvalid;
      else if (inspectedOn && parsed < inspectedOn) errors[field('followUpDue')] = messages.followUpBefore;
      else followUpDue = parsed;
    }
    return {
      establishmentId: visit.establishmentId,
      findings: visit.findings.trim(),
      violations: textOrNull(visit.violations),
      outcome: (visit.outcome || 'no_violation') as InspectionOutcome,
      fineAmount,
      legalBasis: isFine ? textOrNull(visit.legalBasis) : null,
      followUpDue,
    };
  });

  const values: InspectionCreate = {
    unitId: draft.unit?.id ?? '',
    inspectedOn: inspectedOn ?? '',
    team: draft.team.trim(),
    teamKind: draft.teamKind,
    memberAgencyIds: draft.memberAgencyIds,
    notes: textOrNull(draft.notes),
    visits,
  };
  return { values, errors };
}
