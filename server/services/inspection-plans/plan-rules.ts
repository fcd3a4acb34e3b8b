import { formatDate, todayInVietnam } from '../../../core/dates/format.ts';
import type { FieldIssue } from '../../../core/errors/app-error.ts';
import type { Executor } from '../../storage/executor.ts';
import { findPlannedEstablishments, type InspectionPlanItemValues, type InspectionPlanValues } from '../../storage/inspection-plans.ts';
import { findTeamAgencies } from '../../storage/inspections.ts';
import type { UnitRow } from '../../storage/units.ts';

const issue = (field: string, vi: string, en: string): FieldIssue => ({ field, message: `${vi} | ${en}` });

/** When the item is planned: a month, or a window of days within the plan's year, never both. */
function timeIssues(item: InspectionPlanItemValues, year: number, field: (name: string) => string): FieldIssue[] {
  const hasWindow = item.windowStart !== null || item.windowEnd !== null;
  if (item.plannedMonth === null && !hasWindow) {
    return [issue(field('plannedMonth'), 'Hãy chọn tháng dự kiến kiểm tra hoặc ghi khoảng thời gian', 'Choose the planned month or give a window of days')];
  }
  if (item.plannedMonth !== null && hasWindow) {
    return [issue(field('plannedMonth'), 'Chỉ ghi tháng dự kiến hoặc khoảng thời gian, không ghi cả hai', 'Give the planned month or a window, not both')];
  }
  if (!hasWindow) return [];
  const issues: FieldIssue[] = [];
  for (const name of ['windowStart', 'windowEnd'] as const) {
    const value = item[name];
    if (value === null) {
      issues.push(issue(field(name), 'Khoảng thời gian cần cả ngày bắt đầu và ngày kết thúc', 'A window needs both its first and its last day'));
    } else if (!value.startsWith(`${year}-`)) {
      issues.push(issue(field(name), `Ngày phải thuộc năm ${year} của kế hoạch`, `The day must fall in the plan's year ${year}`));
    }
  }
  if (issues.length === 0 && item.windowStart! > item.windowEnd!) {
    issues.push(issue(field('windowEnd'), 'Ngày kết thúc không được trước ngày bắt đầu', 'The last day cannot be before the first day'));
  }
  return issues;
}

/** Who inspects: the unit's inter-agency team, or one named agency. */
function teamIssues(item: InspectionPlanItemValues, field: (name: string) => string): FieldIssue[] {
  if (item.teamKind === 'single_agency' && item.agencyId === null) {
    return [issue(field('agencyId'), 'Hãy chọn cơ quan thực hiện kiểm tra', 'Choose the agency that inspects')];
  }
  if (item.teamKind === 'inter_agency' && item.agencyId !== null) {
    return [issue(field('agencyId'), 'Chỉ chọn cơ quan khi một cơ quan kiểm tra riêng; đoàn liên ngành thì bỏ trống',
      'Choose an agency only when one agency inspects alone; leave it empty for the inter-agency team')];
  }
  return [];
}

/**
 * Every problem of a plan at once, one per field: the months and windows, the teams, and against
 * the registry, the establishments (live, within the plan unit's subtree, and for those newly
 * added, not closed) and the agencies (of the subtree). `keptIds`: establishments already in the
 * plan, which stay even if they have closed since.
 */
export async function planIssues(db: Executor, values: InspectionPlanValues, unit: UnitRow, keptIds: ReadonlySet<string>): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const within = { kind: 'subtree' as const, unitId: unit.id, unitPath: unit.path };
  const agencyIds = [...new Set(values.items.flatMap((item) => (item.agencyId ? [item.agencyId] : [])))];
  const [establishmentRows, agencyRows] = await Promise.all([
    findPlannedEstablishments(db, values.items.map((item) => item.establishmentId), within),
    findTeamAgencies(db, agencyIds, within),
  ]);
  const establishments = new Map(establishmentRows.map((row) => [row.id, row]));
  const agencies = new Set(agencyRows.map((row) => row.id));
  const today = todayInVietnam();
  const seen = new Set<string>();
  values.items.forEach((item, index) => {
    const field = (name: string) => `items.${index}.${name}`;
    const establishment = establishments.get(item.establishmentId);
    if (seen.has(item.establishmentId)) {
      issues.push(issue(field('establishmentId'), 'Cơ sở này đã có trong kế hoạch; mỗi cơ sở chỉ ghi một lần', 'This establishment is already in the plan; list each establishment once'));
    } else if (!establishment || !establishment.within) {
      // Not named: an establishment outside the unit may be outside the caller's scope too.
      issues.push(issue(field('establishmentId'), `Cơ sở không có trong danh sách cơ sở của ${unit.name}`, `The establishment is not in the registry of ${unit.name}`));
    } else if (!keptIds.has(item.establishmentId) && (establishment.status === 'closed' || (establishment.closed_on !== null && establishment.closed_on <= today))) {
      const closedOn = establishment.closed_on ? formatDate(establishment.closed_on) : '';
      issues.push(issue(field('establishmentId'),
        `Cơ sở "${establishment.name}" đã đóng cửa${closedOn ? ` từ ngày ${closedOn}` : ''}; không đưa vào kế hoạch kiểm tra`,
        `"${establishment.name}" has closed${closedOn ? ` on ${closedOn}` : ''}; it cannot be planned for inspection`));
    }
    seen.add(item.establishmentId);
    issues.push(...timeIssues(item, values.year, field), ...teamIssues(item, field));
    if (item.agencyId !== null && !agencies.has(item.agencyId)) {
      issues.push(issue(field('agencyId'), `Không có cơ quan này thuộc ${unit.name}`, `No such agency belongs to ${unit.name}`));
    }
  });
  return issues;
}
