import type { AgencyKind } from '../agencies/agency-catalogue.ts';
import type { PlanAssignment } from '../plans/plan.ts';
import { toSearchText } from '../text/search-text.ts';

/**
 * Which of the issuer's agencies report under a plan's regime ("các sở, ban, ngành, đoàn thể …
 * báo cáo kết quả về Sở …"), and what each reports against: its duties in the plan's "Tổ chức
 * thực hiện". The lead agency consolidates, so it never reports to itself.
 */

export interface ReportingAgencyCandidate {
  id: string;
  kind: string;
  name: string;
  isLead: boolean;
  isActive: boolean;
}

type Assignment = Pick<PlanAssignment, 'agencyKind' | 'agencyName' | 'duties'>;

/** An assignment names an agency by its kind; 'other' bodies only by their name, accents and case aside. */
function assigns(assignment: Assignment, agency: Pick<ReportingAgencyCandidate, 'kind' | 'name'>): boolean {
  if (assignment.agencyKind !== (agency.kind as AgencyKind)) return false;
  return agency.kind !== 'other' || toSearchText(assignment.agencyName) === toSearchText(agency.name);
}

/**
 * The agencies that owe a report: the active agencies other than the lead that the plan assigns
 * duties to; every active agency but the lead when the plan assigns none (it then addresses
 * "các cơ quan, đơn vị" as a whole).
 */
export function reportingAgencies<T extends ReportingAgencyCandidate>(agencies: readonly T[], assignments: readonly Assignment[]): T[] {
  const candidates = agencies.filter((agency) => agency.isActive && !agency.isLead);
  if (assignments.length === 0) return candidates;
  return candidates.filter((agency) => assignments.some((assignment) => assigns(assignment, agency)));
}

/** The agency's duties in the plan, in the plan's order (an agency may be assigned in several places). */
export function dutiesOf(agency: Pick<ReportingAgencyCandidate, 'kind' | 'name'>, assignments: readonly Assignment[]): string[] {
  return assignments.filter((assignment) => assigns(assignment, agency)).flatMap((assignment) => assignment.duties);
}
