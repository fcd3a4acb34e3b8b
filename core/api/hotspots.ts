import { z } from 'zod';
import { isoDate, userText } from './common.ts';
import { calendarDate } from './establishments.ts';
import { unitCode } from './units.ts';

/**
 * Public places where prostitution happens (tụ điểm). What kind of place it is tells a unit where
 * its hotspots gather and how to watch them: streets and pavements, parks and squares, the
 * surroundings of a business (the business itself belongs in the establishments registry), bus
 * and railway stations and ports, anything else.
 */
export const hotspotKinds = ['street', 'park', 'establishment_surroundings', 'transport_hub', 'other'] as const;
export const hotspotKind = z.enum(hotspotKinds);
export type HotspotKind = z.infer<typeof hotspotKind>;

/**
 * `active`: prostitution happens there; `under_watch`: signs of it were reported and the place is
 * being watched and verified; `eliminated` (triệt xóa) on a date, after which watch visits check
 * that it has not re-formed.
 */
export const hotspotStatuses = ['active', 'under_watch', 'eliminated'] as const;
export const hotspotStatus = z.enum(hotspotStatuses);
export type HotspotStatus = z.infer<typeof hotspotStatus>;

/**
 * The box coordinates must fall in: the mainland, the near islands and the special zones of
 * Hoàng Sa and Trường Sa (commune-level units too). It catches swapped or mistyped figures; the
 * service names the field.
 */
export const vietnamBounds = { latitude: { min: 6, max: 24 }, longitude: { min: 102, max: 118 } } as const;

const coordinate = z.number().finite();

/** Free text a user may leave empty: trimmed, NFC-normalised, empty becomes null. */
const optionalText = (max: number) =>
  z
    .string()
    .transform((value) => value.normalize('NFC').trim())
    .pipe(z.string().max(max))
    .transform((value) => (value === '' ? null : value))
    .nullable();

/** The fields a user writes. Dates in the future and coordinates outside Vietnam are refused by the service, naming the field. */
const hotspotFields = {
  /** A current commune-level unit (xã, phường, đặc khu). */
  unitId: unitCode,
  address: userText(300),
  kind: hotspotKind,
  /** Decimal degrees (WGS 84), both or neither. */
  latitude: coordinate.nullable(),
  longitude: coordinate.nullable(),
  /** About the place and what happens there; never the names of people. */
  description: optionalText(2000),
  /** When the unit first found it. */
  identifiedOn: calendarDate.nullable(),
  status: hotspotStatus,
  /** Required when the status is 'eliminated', and only then. */
  eliminatedOn: calendarDate.nullable(),
  statusChangedOn: calendarDate.nullable(),
};

export const hotspotCreate = z.strictObject({
  unitId: hotspotFields.unitId,
  address: hotspotFields.address,
  kind: hotspotFields.kind.default('other'),
  latitude: hotspotFields.latitude.default(null),
  longitude: hotspotFields.longitude.default(null),
  description: hotspotFields.description.default(null),
  identifiedOn: hotspotFields.identifiedOn.default(null),
  status: hotspotFields.status.default('active'),
  eliminatedOn: hotspotFields.eliminatedOn.default(null),
  statusChangedOn: hotspotFields.statusChangedOn.default(null),
});
export type HotspotCreate = z.infer<typeof hotspotCreate>;

/** Any of the fields; `null` clears an optional one. Changing `unitId` moves the record to another commune. */
export const hotspotUpdate = z
  .strictObject(hotspotFields)
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'Cần ít nhất một trường để sửa | Give at least one field to change');
export type HotspotUpdate = z.infer<typeof hotspotUpdate>;

export const hotspotDelete = z.strictObject({ reason: userText(500) });
export type HotspotDelete = z.infer<typeof hotspotDelete>;

/** A visit to an eliminated hotspot, after its elimination, to see whether it has re-formed. */
export const watchVisitCreate = z.strictObject({
  visitedOn: calendarDate,
  /** Found re-formed: the hotspot becomes active again from the day of the visit. */
  reformed: z.boolean(),
  notes: optionalText(2000).default(null),
});
export type WatchVisitCreate = z.infer<typeof watchVisitCreate>;

export const watchVisit = z
  .object({
    id: z.uuid(),
    visitedOn: isoDate,
    reformed: z.boolean(),
    notes: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'HotspotWatchVisit' });
export type WatchVisit = z.infer<typeof watchVisit>;

export const hotspot = z
  .object({
    id: z.uuid(),
    unitId: z.string(),
    unitName: z.string(),
    address: z.string(),
    kind: hotspotKind,
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    description: z.string().nullable(),
    identifiedOn: isoDate.nullable(),
    status: hotspotStatus,
    eliminatedOn: isoDate.nullable(),
    statusChangedOn: isoDate.nullable(),
    /** Every watch visit, oldest first, including those of an earlier elimination. */
    watchVisits: z.array(watchVisit),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Hotspot' });
export type Hotspot = z.infer<typeof hotspot>;

export const hotspotListQuery = z.strictObject({
  /** Only this unit's subtree (and the pre-reform units that became part of it). */
  unit: unitCode.optional(),
  /** Words of the address or description, without accents or case mattering. */
  q: z.string().max(100).optional(),
  kind: hotspotKind.optional(),
  status: hotspotStatus.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type HotspotListQuery = z.infer<typeof hotspotListQuery>;

export const hotspotPage = z.object({
  items: z.array(hotspot),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type HotspotPage = z.infer<typeof hotspotPage>;

export const hotspotParams = z.strictObject({ id: z.uuid() });
