/**
 * The rules of a hotspot's life, pure so they can be tested without a database: dates, the
 * elimination and its watch visits, coordinates inside Vietnam.
 */
import { vietnamBounds, type HotspotUpdate, type WatchVisitCreate } from '../../../core/api/hotspots.ts';
import { formatDate } from '../../../core/dates/format.ts';
import type { FieldIssue } from '../../../core/errors/app-error.ts';
import type { HotspotValues } from '../../storage/hotspots.ts';

export const issue = (field: string, vi: string, en: string): FieldIssue => ({ field, message: `${vi} | ${en}` });

/** A watch visit as the rules need it. */
export interface VisitFact {
  visitedOn: string;
  reformed: boolean;
}

const dateFields = ['identifiedOn', 'eliminatedOn', 'statusChangedOn'] as const;

function coordinateIssues(values: Pick<HotspotValues, 'latitude' | 'longitude'>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const { latitude, longitude } = values;
  const lat = vietnamBounds.latitude;
  const lng = vietnamBounds.longitude;
  if (latitude !== null && (latitude < lat.min || latitude > lat.max)) {
    issues.push(issue('latitude',
      `Vĩ độ phải từ ${lat.min} đến ${lat.max} (độ thập phân, ví dụ 18.6796); hãy xem có nhập nhầm chỗ vĩ độ với kinh độ không`,
      `The latitude must be between ${lat.min} and ${lat.max} (decimal degrees, e.g. 18.6796); check that latitude and longitude are not swapped`));
  }
  if (longitude !== null && (longitude < lng.min || longitude > lng.max)) {
    issues.push(issue('longitude',
      `Kinh độ phải từ ${lng.min} đến ${lng.max} (độ thập phân, ví dụ 105.6813); hãy xem có nhập nhầm chỗ vĩ độ với kinh độ không`,
      `The longitude must be between ${lng.min} and ${lng.max} (decimal degrees, e.g. 105.6813); check that latitude and longitude are not swapped`));
  }
  if (latitude !== null && longitude === null) {
    issues.push(issue('longitude', 'Hãy nhập kinh độ cùng với vĩ độ, hoặc bỏ trống cả hai', 'Give the longitude with the latitude, or leave both empty'));
  }
  if (latitude === null && longitude !== null) {
    issues.push(issue('latitude', 'Hãy nhập vĩ độ cùng với kinh độ, hoặc bỏ trống cả hai', 'Give the latitude with the longitude, or leave both empty'));
  }
  return issues;
}

/**
 * An elimination date fits the watch visits already recorded: not before a visit that found the
 * hotspot re-formed (it was eliminated after re-forming), and, when the date of the current
 * elimination changes, before the visits made since that elimination.
 */
function eliminationIssues(values: HotspotValues, previousEliminatedOn: string | null, visits: readonly VisitFact[]): FieldIssue[] {
  const eliminatedOn = values.eliminatedOn;
  if (values.status !== 'eliminated' || eliminatedOn === null) return [];
  const issues: FieldIssue[] = [];
  const lastReformed = visits.filter((visit) => visit.reformed).map((visit) => visit.visitedOn).sort().at(-1);
  if (lastReformed !== undefined && eliminatedOn < lastReformed) {
    issues.push(issue('eliminatedOn',
      `Ngày triệt xóa không được trước lần theo dõi ngày ${formatDate(lastReformed)} đã phát hiện tụ điểm hoạt động trở lại`,
      `The elimination date cannot be before the watch visit of ${formatDate(lastReformed)} that found the hotspot re-formed`));
  }
  if (previousEliminatedOn !== null) {
    const firstWatched = visits.map((visit) => visit.visitedOn).filter((day) => day > previousEliminatedOn).sort()[0];
    if (firstWatched !== undefined && eliminatedOn >= firstWatched) {
      issues.push(issue('eliminatedOn',
        `Đã có lần theo dõi ngày ${formatDate(firstWatched)} sau khi triệt xóa; ngày triệt xóa phải trước ngày đó`,
        `A watch visit on ${formatDate(firstWatched)} followed the elimination; the elimination date must be before it`));
    }
  }
  return issues;
}

/**
 * Every rule of the record at once, one issue per field and problem: no day after today, an
 * elimination date exactly when eliminated and not before the hotspot was found, coordinates in
 * Vietnam and in pairs, and an elimination date that fits the watch visits.
 */
export function hotspotIssues(
  values: HotspotValues,
  today: string,
  history: { previousEliminatedOn: string | null; visits: readonly VisitFact[] } = { previousEliminatedOn: null, visits: [] },
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const field of dateFields) {
    // An eliminated hotspot's status date is its elimination date: one message is enough.
    if (field === 'statusChangedOn' && values.status === 'eliminated') continue;
    const value = values[field];
    if (value !== null && value > today) {
      issues.push(issue(field, `Ngày không được sau hôm nay (${formatDate(today)})`, `The date cannot be after today (${formatDate(today)})`));
    }
  }
  if (values.status === 'eliminated' && values.eliminatedOn === null) {
    issues.push(issue('eliminatedOn', 'Tụ điểm đã triệt xóa phải có ngày triệt xóa', 'An eliminated hotspot needs the date it was eliminated'));
  }
  if (values.status !== 'eliminated' && values.eliminatedOn !== null) {
    issues.push(issue('eliminatedOn', 'Chỉ tụ điểm đã triệt xóa mới có ngày triệt xóa; hãy bỏ ngày này hoặc chuyển trạng thái sang "đã triệt xóa"',
      'Only an eliminated hotspot has an elimination date; remove it or set the status to "eliminated"'));
  }
  if (values.identifiedOn !== null && values.eliminatedOn !== null && values.eliminatedOn < values.identifiedOn) {
    issues.push(issue('eliminatedOn', 'Ngày triệt xóa không được trước ngày phát hiện tụ điểm', 'The elimination date cannot be before the date the hotspot was found'));
  }
  issues.push(...coordinateIssues(values), ...eliminationIssues(values, history.previousEliminatedOn, history.visits));
  return issues;
}

/** An eliminated hotspot's status began the day it was eliminated: the two dates never disagree. */
function withStatusDate(values: HotspotValues): HotspotValues {
  return values.status === 'eliminated' ? { ...values, statusChangedOn: values.eliminatedOn } : values;
}

/** The record as first written: an eliminated one is dated by its elimination. */
export function newHotspotValues(values: HotspotValues): HotspotValues {
  return withStatusDate(values);
}

/** What a change makes of the record: a new status dates itself (today unless told), leaving elimination drops its date. */
export function applyHotspotChange(existing: HotspotValues, input: HotspotUpdate, today: string): HotspotValues {
  const values: HotspotValues = { ...existing };
  for (const [key, value] of Object.entries(input) as [keyof HotspotValues, unknown][]) {
    if (value !== undefined) (values as unknown as Record<string, unknown>)[key] = value;
  }
  if (input.status !== undefined && input.status !== existing.status) {
    if (existing.status === 'eliminated' && input.eliminatedOn === undefined) values.eliminatedOn = null;
    if (input.statusChangedOn === undefined) values.statusChangedOn = today;
  }
  return withStatusDate(values);
}

/** A watch visit's own rules: not after today, and after the elimination it watches. */
export function watchVisitIssues(eliminatedOn: string, visit: Pick<WatchVisitCreate, 'visitedOn'>, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (visit.visitedOn > today) {
    issues.push(issue('visitedOn', `Ngày theo dõi không được sau hôm nay (${formatDate(today)})`, `The visit date cannot be after today (${formatDate(today)})`));
  } else if (visit.visitedOn <= eliminatedOn) {
    issues.push(issue('visitedOn',
      `Lần theo dõi phải sau ngày triệt xóa (${formatDate(eliminatedOn)})`,
      `A watch visit must come after the elimination date (${formatDate(eliminatedOn)})`));
  }
  return issues;
}

/**
 * The hotspot after a watch visit: found re-formed, it is active again from the day of the visit
 * and no longer has an elimination date (the visit keeps the story); otherwise nothing changes.
 */
export function afterWatchVisit(values: HotspotValues, visit: VisitFact): HotspotValues {
  if (!visit.reformed) return values;
  return { ...values, status: 'active', eliminatedOn: null, statusChangedOn: visit.visitedOn };
}
