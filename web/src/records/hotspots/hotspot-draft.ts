import type { HotspotCreate, HotspotUpdate } from '../../../../core/api/hotspots.ts';
import { formatDate, parseVietnameseDate } from '../../../../core/dates/format.ts';
import type { Hotspot } from '../../api/hotspots.ts';
import type { PickedUnit } from '../../users/UnitPicker.tsx';

/** What the user types: every field as text, dates as dd/mm/yyyy, coordinates as decimals. */
export interface HotspotDraft {
  unit: PickedUnit | null;
  address: string;
  kind: string;
  latitude: string;
  longitude: string;
  description: string;
  identifiedOn: string;
  status: string;
  eliminatedOn: string;
  statusChangedOn: string;
}

export type HotspotValues = HotspotCreate;
export type HotspotFieldErrors = Partial<Record<keyof HotspotValues, string>>;

/** The messages the browser can give by itself, already translated. */
export interface DraftMessages {
  required: string;
  dateInvalid: string;
  coordinateInvalid: string;
  coordinatePair: string;
  eliminatedOnRequired: string;
}

/** 'YYYY-MM-DD' (or null) as the form shows it: dd/mm/yyyy, or empty. */
export const dateText = (value: string | null) => (value ? formatDate(value) : '');

/**
 * A decimal degree as people type it: '18.6796', '18,6796' (the Vietnamese decimal comma), with
 * spaces around. `undefined` when it is not a number; range checks are the server's.
 */
export function parseCoordinate(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^-?\d{1,3}([.,]\d+)?$/.test(trimmed)) return undefined;
  return Number(trimmed.replace(',', '.'));
}

export function draftOf(item: Hotspot): HotspotDraft {
  return {
    unit: { id: item.unitId, name: item.unitName },
    address: item.address,
    kind: item.kind,
    latitude: item.latitude === null ? '' : String(item.latitude),
    longitude: item.longitude === null ? '' : String(item.longitude),
    description: item.description ?? '',
    identifiedOn: dateText(item.identifiedOn),
    status: item.status,
    eliminatedOn: dateText(item.eliminatedOn),
    statusChangedOn: dateText(item.statusChangedOn),
  };
}

export const emptyDraft = (unit: PickedUnit | null): HotspotDraft => ({
  unit, address: '', kind: 'other', latitude: '', longitude: '', description: '', identifiedOn: '', status: 'active',
  eliminatedOn: '', statusChangedOn: '',
});

const dateFields = ['identifiedOn', 'eliminatedOn', 'statusChangedOn'] as const;

/** Reads the draft into what the API takes, with the problems the browser can see by itself. */
export function readDraft(draft: HotspotDraft, messages: DraftMessages): { values: HotspotValues; errors: HotspotFieldErrors } {
  const errors: HotspotFieldErrors = {};
  if (!draft.unit) errors.unitId = messages.required;
  if (draft.address.trim() === '') errors.address = messages.required;
  const dates: Partial<Record<(typeof dateFields)[number], string | null>> = {};
  for (const field of dateFields) {
    const text = draft[field].trim();
    if (text === '') dates[field] = null;
    else {
      const parsed = parseVietnameseDate(text);
      if (parsed) dates[field] = parsed;
      else errors[field] = messages.dateInvalid;
    }
  }
  const coordinates = { latitude: null as number | null, longitude: null as number | null };
  for (const field of ['latitude', 'longitude'] as const) {
    if (draft[field].trim() === '') continue;
    const parsed = parseCoordinate(draft[field]);
    if (parsed === undefined) errors[field] = messages.coordinateInvalid;
    else coordinates[field] = parsed;
  }
  const hasLatitude = draft.latitude.trim() !== '';
  const hasLongitude = draft.longitude.trim() !== '';
  if (hasLatitude !== hasLongitude) errors[hasLatitude ? 'longitude' : 'latitude'] = messages.coordinatePair;
  const isEliminated = draft.status === 'eliminated';
  if (isEliminated && draft.eliminatedOn.trim() === '') errors.eliminatedOn = messages.eliminatedOnRequired;
  const values: HotspotValues = {
    unitId: draft.unit?.id ?? '',
    address: draft.address.trim(),
    kind: draft.kind as HotspotValues['kind'],
    latitude: coordinates.latitude,
    longitude: coordinates.longitude,
    description: draft.description.trim() === '' ? null : draft.description.trim(),
    identifiedOn: dates.identifiedOn ?? null,
    status: draft.status as HotspotValues['status'],
    eliminatedOn: isEliminated ? dates.eliminatedOn ?? null : null,
    // An eliminated hotspot is dated by its elimination (the server keeps them equal).
    statusChangedOn: isEliminated ? null : dates.statusChangedOn ?? null,
  };
  return { values, errors };
}

/** Only the fields that changed, so the server keeps its own bookkeeping (the status date) for the rest. */
export function changes(before: HotspotValues, after: HotspotValues): HotspotUpdate {
  const update: Record<string, unknown> = {};
  for (const key of Object.keys(after) as Array<keyof HotspotValues>) {
    if (after[key] !== before[key]) update[key] = after[key];
  }
  // The status date of an eliminated hotspot is not the form's to send.
  if (after.status === 'eliminated') delete update.statusChangedOn;
  return update as HotspotUpdate;
}
