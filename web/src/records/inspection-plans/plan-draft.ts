import type { InspectionPlanCreate, InspectionPlanItem } from '../../../../core/api/inspection-plans.ts';
import { parseVietnameseDate } from '../../../../core/dates/format.ts';
import type { InspectionPlan } from '../../api/inspection-plans.ts';
import { dateText } from '../inspections/inspection-labels.ts';

/** One planned establishment as the user sets it: a month or a window typed dd/mm/yyyy, and who inspects. */
export interface PlanItemDraft {
  establishmentId: string;
  establishmentName: string;
  establishmentDetail: string;
  mode: 'month' | 'window';
  plannedMonth: string;
  windowStart: string;
  windowEnd: string;
  /** '' for the unit's inter-agency team, otherwise the id of the agency inspecting alone. */
  agencyId: string;
  /** The agency's name as the server last gave it, for an agency no longer in the unit's list. */
  agencyName: string | null;
}

export interface PlanDraft {
  unit: { id: string; name: string } | null;
  year: string;
  title: string;
  notes: string;
  items: PlanItemDraft[];
}

export type FieldErrors = Record<string, string>;

export const newPlanItem = (establishment: { id: string; name: string; address: string; unitName: string }, month: number): PlanItemDraft => ({
  establishmentId: establishment.id,
  establishmentName: establishment.name,
  establishmentDetail: [establishment.address, establishment.unitName].filter(Boolean).join(', '),
  mode: 'month', plannedMonth: String(month), windowStart: '', windowEnd: '', agencyId: '', agencyName: null,
});

function itemDraftOf(item: InspectionPlanItem): PlanItemDraft {
  return {
    establishmentId: item.establishmentId,
    establishmentName: item.establishmentName,
    establishmentDetail: [item.establishmentAddress, item.establishmentUnitName].filter(Boolean).join(', '),
    mode: item.plannedMonth === null ? 'window' : 'month',
    plannedMonth: item.plannedMonth === null ? '' : String(item.plannedMonth),
    windowStart: dateText(item.windowStart),
    windowEnd: dateText(item.windowEnd),
    agencyId: item.agencyId ?? '',
    agencyName: item.agencyName,
  };
}

export const planDraftOf = (plan: InspectionPlan): PlanDraft => ({
  unit: { id: plan.unitId, name: plan.unitName },
  year: String(plan.year),
  title: plan.title,
  notes: plan.notes ?? '',
  items: plan.items.map(itemDraftOf),
});

export interface PlanDraftMessages {
  required: string;
  yearInvalid: string;
  monthRequired: string;
  dateInvalid: string;
  dateOutsideYear: string;
  windowBackwards: string;
}

/**
 * Reads the draft into what the API takes, with the problems the browser can see by itself, keyed
 * like the server's field errors ('items.2.windowEnd'). The server checks them again, and the registry.
 */
export function readPlanDraft(draft: PlanDraft, messages: PlanDraftMessages): { values: InspectionPlanCreate; errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (!draft.unit) errors.unitId = messages.required;
  const year = /^\d{4}$/.test(draft.year.trim()) ? Number(draft.year.trim()) : NaN;
  if (!(year >= 2000 && year <= 2100)) errors.year = messages.yearInvalid;
  if (draft.title.trim() === '') errors.title = messages.required;

  const items = draft.items.map((item, index) => {
    const field = (name: string) => `items.${index}.${name}`;
    const isMonth = item.mode === 'month';
    const plannedMonth = isMonth && item.plannedMonth !== '' ? Number(item.plannedMonth) : null;
    if (isMonth && plannedMonth === null) errors[field('plannedMonth')] = messages.monthRequired;
    const window = { windowStart: null as string | null, windowEnd: null as string | null };
    if (!isMonth) {
      for (const name of ['windowStart', 'windowEnd'] as const) {
        const text = item[name].trim();
        const parsed = parseVietnameseDate(text);
        if (text === '') errors[field(name)] = messages.required;
        else if (!parsed) errors[field(name)] = messages.dateInvalid;
        else if (Number.isFinite(year) && !parsed.startsWith(`${year}-`)) errors[field(name)] = messages.dateOutsideYear;
        else window[name] = parsed;
      }
      if (window.windowStart && window.windowEnd && window.windowStart > window.windowEnd) errors[field('windowEnd')] = messages.windowBackwards;
    }
    return {
      establishmentId: item.establishmentId,
      plannedMonth,
      ...window,
      teamKind: item.agencyId ? 'single_agency' as const : 'inter_agency' as const,
      agencyId: item.agencyId || null,
    };
  });

  const values: InspectionPlanCreate = {
    unitId: draft.unit?.id ?? '',
    year,
    title: draft.title.trim(),
    notes: draft.notes.trim() === '' ? null : draft.notes.trim(),
    items,
  };
  return { values, errors };
}
