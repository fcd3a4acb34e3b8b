import { z } from 'zod';
import { isoDate, userText } from './common.ts';
import { unitCode } from './units.ts';

/**
 * Businesses that can be misused for prostitution (Decree 96/2016/NĐ-CP): accommodation (hotel,
 * guesthouse, motel), karaoke, dance club, bar, massage and relaxation, spa, hair-wash/barber,
 * restaurant.
 */
export const establishmentTypes = ['accommodation', 'karaoke', 'dance_club', 'bar', 'massage', 'spa', 'barber', 'restaurant', 'other'] as const;
export const establishmentType = z.enum(establishmentTypes);
export type EstablishmentType = z.infer<typeof establishmentType>;

export const riskClasses = ['low', 'medium', 'high'] as const;
export const riskClass = z.enum(riskClasses);
export type RiskClass = z.infer<typeof riskClass>;

export const establishmentStatuses = ['active', 'suspended', 'closed'] as const;
export const establishmentStatus = z.enum(establishmentStatuses);
export type EstablishmentStatus = z.infer<typeof establishmentStatus>;

/** A day of the calendar: '2025-02-30' has the right shape and still does not exist. */
export const calendarDate = isoDate.refine((value) => {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return Number.isNaN(date.getTime()) || (date.getUTCMonth() === month - 1 && date.getUTCDate() === day);
}, 'Ngày không có trên lịch | This day does not exist');

const workers = z
  .number()
  .int()
  .min(0, 'Số người lao động không được âm | The number of workers cannot be below zero')
  .max(100_000);

/** The fields a user writes. Dates in the future are refused by the service, which knows today in Vietnam. */
const establishmentFields = {
  /** A current commune-level unit (xã, phường, đặc khu). */
  unitId: unitCode,
  name: userText(200),
  type: establishmentType,
  address: userText(300),
  /** The business that runs it (company or household business) and its representative's title; no personal identity data. */
  businessOwner: userText(200).nullable(),
  licenceNumber: userText(60).nullable(),
  licenceDate: calendarDate.nullable(),
  workers: workers.nullable(),
  openedOn: calendarDate.nullable(),
  /** Required when the status is 'closed', and only then. */
  closedOn: calendarDate.nullable(),
  /** Set together with the day of the review that classified it. */
  riskClass: riskClass.nullable(),
  riskReviewedOn: calendarDate.nullable(),
  riskReason: userText(1000).nullable(),
  status: establishmentStatus,
  statusChangedOn: calendarDate.nullable(),
};

export const establishmentCreate = z.strictObject({
  unitId: establishmentFields.unitId,
  name: establishmentFields.name,
  type: establishmentFields.type,
  address: establishmentFields.address,
  businessOwner: establishmentFields.businessOwner.default(null),
  licenceNumber: establishmentFields.licenceNumber.default(null),
  licenceDate: establishmentFields.licenceDate.default(null),
  workers: establishmentFields.workers.default(null),
  openedOn: establishmentFields.openedOn.default(null),
  closedOn: establishmentFields.closedOn.default(null),
  riskClass: establishmentFields.riskClass.default(null),
  riskReviewedOn: establishmentFields.riskReviewedOn.default(null),
  riskReason: establishmentFields.riskReason.default(null),
  status: establishmentFields.status.default('active'),
  statusChangedOn: establishmentFields.statusChangedOn.default(null),
});
export type EstablishmentCreate = z.infer<typeof establishmentCreate>;

/** Any of the fields; `null` clears an optional one. Changing `unitId` moves the record to another commune. */
export const establishmentUpdate = z
  .strictObject(establishmentFields)
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'Cần ít nhất một trường để sửa | Give at least one field to change');
export type EstablishmentUpdate = z.infer<typeof establishmentUpdate>;

export const establishmentDelete = z.strictObject({ reason: userText(500) });
export type EstablishmentDelete = z.infer<typeof establishmentDelete>;

export const establishment = z
  .object({
    id: z.uuid(),
    unitId: z.string(),
    unitName: z.string(),
    name: z.string(),
    type: establishmentType,
    address: z.string(),
    businessOwner: z.string().nullable(),
    licenceNumber: z.string().nullable(),
    licenceDate: isoDate.nullable(),
    workers: z.number().int().nullable(),
    openedOn: isoDate.nullable(),
    closedOn: isoDate.nullable(),
    riskClass: riskClass.nullable(),
    riskReviewedOn: isoDate.nullable(),
    riskReason: z.string().nullable(),
    status: establishmentStatus,
    statusChangedOn: isoDate.nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Establishment' });
export type Establishment = z.infer<typeof establishment>;

export const establishmentListQuery = z.strictObject({
  /** Only this unit's subtree (and the pre-reform units that became part of it). */
  unit: unitCode.optional(),
  /** Words of the name, address, business or licence, without accents or case mattering. */
  q: z.string().max(100).optional(),
  type: establishmentType.optional(),
  status: establishmentStatus.optional(),
  risk: z.enum([...riskClasses, 'unclassified']).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type EstablishmentListQuery = z.infer<typeof establishmentListQuery>;

export const establishmentPage = z.object({
  items: z.array(establishment),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type EstablishmentPage = z.infer<typeof establishmentPage>;

export const establishmentParams = z.strictObject({ id: z.uuid() });
