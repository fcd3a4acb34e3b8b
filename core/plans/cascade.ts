import { defaultAgenciesFor, findAgencyName, type UnitForAgencies } from '../agencies/agency-catalogue.ts';
import { formatDate } from '../dates/format.ts';
import { findIndicator } from '../indicators/catalogue.ts';
import type { PlanAssignment, PlanContent } from './plan.ts';

export interface CascadeUnit extends UnitForAgencies {
  id: string;
  name: string;
  /** Whether the unit has units below it: a commune cannot be set targets about its communes. */
  hasChildren: boolean;
}

export interface ParentPlan {
  content: PlanContent;
  number: string | null;
  issueDate: string | null;
}

/** 'tỉnh Nghệ An', 'huyện Triệu Sơn', 'phường Thành Vinh': the unit as it is named inside a sentence. */
export function unitInSentence(unit: Pick<CascadeUnit, 'kind' | 'shortName'>): string {
  return `${unit.kind.charAt(0).toLowerCase()}${unit.kind.slice(1)} ${unit.shortName}`;
}

/**
 * The draft a child unit starts from when it implements its parent's plan: the parent's targets
 * (linked to theirs, so the child may tighten them and must explain loosening them), its tasks,
 * its assignments mapped to the child's own agencies, and a legal basis citing the parent plan.
 * Returns also what it left out and why, for the user to see.
 */
export function deriveChildPlanContent(parent: ParentPlan, parentUnit: CascadeUnit, child: CascadeUnit): { content: PlanContent; omitted: string[] } {
  const omitted: string[] = [];
  const parentName = unitInSentence(parentUnit);
  const childName = unitInSentence(child);
  const title = parent.content.title.includes(parentName)
    ? parent.content.title.replace(parentName, childName)
    : `${parent.content.title} trên địa bàn ${childName}`;
  const reference = parent.number
    ? `Kế hoạch số ${parent.number}${parent.issueDate ? ` ngày ${formatDate(parent.issueDate)}` : ''} của UBND ${parentName} về ${parent.content.title.charAt(0).toLowerCase()}${parent.content.title.slice(1)}`
    : `Kế hoạch của UBND ${parentName} về ${parent.content.title.charAt(0).toLowerCase()}${parent.content.title.slice(1)}`;

  const targets = parent.content.targets.filter((target) => {
    const keep = child.hasChildren || findIndicator(target.indicatorCode)?.kind !== 'share_of_child_units';
    if (!keep) omitted.push(`target:${target.key}`);
    return keep;
  }).map((target) => ({ ...target, parentTargetKey: target.key, looserReason: null }));

  const lead = defaultAgenciesFor(child).find((agency) => agency.isLead);
  const assignments: PlanAssignment[] = [];
  for (const assignment of parent.content.assignments) {
    if (assignment.role === 'lead' && lead) {
      assignments.push({ ...assignment, agencyKind: lead.kind, agencyName: lead.name, isRequest: false });
      continue;
    }
    const name = assignment.agencyKind === 'other' ? undefined : findAgencyName(assignment.agencyKind, child);
    if (!name) {
      omitted.push(`assignment:${assignment.agencyName}`);
      continue;
    }
    if (assignments.some((existing) => existing.agencyName === name)) continue;
    assignments.push({ ...assignment, agencyName: name });
  }

  return {
    content: {
      ...parent.content,
      issuerUnitId: child.id,
      number: null,
      issueDate: null,
      issuePlace: child.shortName,
      title,
      legalBasis: [reference],
      targets,
      assignments,
      budget: parent.content.budget.map((line) => ({ ...line, amount: null })),
      recipients: [],
      signer: { authority: 'TM. ỦY BAN NHÂN DÂN', onBehalf: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: null },
    },
    omitted,
  };
}
