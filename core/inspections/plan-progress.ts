import type { InspectionOutcome } from '../api/inspections.ts';

/** Where a planned establishment stands: inspected this year, its planned time passed without an inspection, or still ahead. */
export type PlanItemState = 'done' | 'late' | 'upcoming';

/** When an establishment is planned: a month of the plan's year, or a window of days within it. */
export interface PlannedTime {
  establishmentId: string;
  plannedMonth: number | null;
  windowStart: string | null;
  windowEnd: string | null;
}

/** One establishment visited by one inspection, as the storage reads it. */
export interface InspectionVisitFact {
  establishmentId: string;
  establishmentName: string;
  unitName: string;
  inspectionId: string;
  inspectedOn: string;
  outcome: InspectionOutcome;
}

export interface VisitSummary {
  inspectionId: string;
  inspectedOn: string;
  outcome: InspectionOutcome;
}

export interface PlanItemProgress {
  establishmentId: string;
  state: PlanItemState;
  /** The last day of the planned month or window: after it, an item not inspected is late. */
  dueBy: string;
  /** The year's inspections of the establishment, oldest first. */
  visits: VisitSummary[];
}

export interface UnplannedInspection {
  establishmentId: string;
  establishmentName: string;
  unitName: string;
  visits: VisitSummary[];
}

export interface PlanTotals {
  planned: number;
  done: number;
  late: number;
  upcoming: number;
  /** done / planned, between 0 and 1; null for a plan with nothing in it. */
  shareDone: number | null;
  /** Establishments inspected in the year that the plan did not name. */
  unplanned: number;
}

export interface PlanProgress {
  asOf: string;
  totals: PlanTotals;
  items: PlanItemProgress[];
  unplanned: UnplannedInspection[];
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The last day of a month, as 'YYYY-MM-DD'. */
export function lastDayOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The day after which an item not yet inspected is late. */
export function dueDate(year: number, item: Omit<PlannedTime, 'establishmentId'>): string {
  if (item.windowEnd !== null) return item.windowEnd;
  // A plan item always has one or the other; an item with neither is due by the end of the year.
  return lastDayOfMonth(year, item.plannedMonth ?? 12);
}

const byDate = (a: VisitSummary, b: VisitSummary) => a.inspectedOn.localeCompare(b.inspectedOn) || a.inspectionId.localeCompare(b.inspectionId);

/**
 * The progress of a year's inspection plan on a day: each planned establishment is done when any
 * inspection of the year visited it (whenever in the year: a visit before the planned month still
 * counts), late when its month or window ended before `asOf` without one, upcoming otherwise; and
 * the establishments inspected that the plan did not name. Visits outside the plan's year are ignored.
 */
export function computePlanProgress(plan: { year: number; items: readonly PlannedTime[] }, visits: readonly InspectionVisitFact[], asOf: string): PlanProgress {
  const inYear = visits.filter((visit) => visit.inspectedOn.startsWith(`${plan.year}-`));
  const byEstablishment = new Map<string, InspectionVisitFact[]>();
  for (const visit of inYear) {
    const list = byEstablishment.get(visit.establishmentId);
    if (list) list.push(visit);
    else byEstablishment.set(visit.establishmentId, [visit]);
  }
  const summaries = (facts: InspectionVisitFact[] | undefined): VisitSummary[] => (facts ?? [])
    .map(({ inspectionId, inspectedOn, outcome }) => ({ inspectionId, inspectedOn, outcome }))
    .sort(byDate);

  const items = plan.items.map((item): PlanItemProgress => {
    const itemVisits = summaries(byEstablishment.get(item.establishmentId));
    const dueBy = dueDate(plan.year, item);
    const state: PlanItemState = itemVisits.length > 0 ? 'done' : dueBy < asOf ? 'late' : 'upcoming';
    return { establishmentId: item.establishmentId, state, dueBy, visits: itemVisits };
  });

  const planned = new Set(plan.items.map((item) => item.establishmentId));
  const unplanned = [...byEstablishment.entries()]
    .filter(([establishmentId]) => !planned.has(establishmentId))
    .map(([establishmentId, facts]): UnplannedInspection => ({
      establishmentId,
      establishmentName: facts[0]!.establishmentName,
      unitName: facts[0]!.unitName,
      visits: summaries(facts),
    }))
    .sort((a, b) => a.establishmentName.localeCompare(b.establishmentName, 'vi') || a.establishmentId.localeCompare(b.establishmentId));

  const count = (state: PlanItemState) => items.filter((item) => item.state === state).length;
  const done = count('done');
  return {
    asOf,
    totals: {
      planned: items.length,
      done,
      late: count('late'),
      upcoming: count('upcoming'),
      shareDone: items.length === 0 ? null : done / items.length,
      unplanned: unplanned.length,
    },
    items,
    unplanned,
  };
}
