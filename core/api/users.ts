import { z } from 'zod';
import { userText } from './common.ts';
import { role } from './auth.ts';
import { unitCode } from './units.ts';

export const MIN_PASSWORD_LENGTH = 10;

export const username = z
  .string()
  .min(3)
  .max(60)
  .regex(/^[a-z0-9._-]+$/, 'Chỉ dùng chữ thường không dấu, số và . _ - | Use lower-case letters without accents, digits and . _ -');

/**
 * A user's e-mail address, for report reminders: trimmed and lower-cased so that one address is
 * stored one way; at most 254 characters (RFC 5321). Null clears it.
 */
export const emailAddress = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email('Địa chỉ e-mail không hợp lệ, ví dụ: ten@donvi.gov.vn | Not a valid e-mail address, e.g. name@agency.gov.vn'));

export const userCreate = z.strictObject({
  username,
  displayName: userText(120),
  password: z.string().min(MIN_PASSWORD_LENGTH).max(200),
  role,
  unitId: unitCode.nullable(),
  agencyId: z.uuid().nullable().default(null),
  /** Where report reminders go; none by default. */
  email: emailAddress.nullable().optional(),
});
export type UserCreate = z.infer<typeof userCreate>;

export const userSummary = z
  .object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string(),
    role,
    unitId: z.string().nullable(),
    unitName: z.string().nullable(),
    /** The agency of the unit the account writes reports for (an agency officer always has one). */
    agencyId: z.uuid().nullable(),
    agencyName: z.string().nullable(),
    email: z.string().nullable(),
    isDisabled: z.boolean(),
    isDemo: z.boolean(),
    lockedUntil: z.string().nullable(),
    lastLoginAt: z.string().nullable(),
  })
  .meta({ id: 'UserSummary' });
export type UserSummary = z.infer<typeof userSummary>;

export const userList = z.object({ users: z.array(userSummary) });

export const userUpdate = z
  .strictObject({
    displayName: userText(120).optional(),
    role: role.optional(),
    /** Another agency of the account's unit (people move between agencies); null: none. */
    agencyId: z.uuid().nullable().optional(),
    /** A new e-mail address for report reminders; null removes it. */
    email: emailAddress.nullable().optional(),
    isDisabled: z.boolean().optional(),
    /** Clears a lock-out after repeated failed sign-ins. */
    unlock: z.literal(true).optional(),
    /** A new password set by an admin; the user's open sessions end. */
    password: z.string().min(MIN_PASSWORD_LENGTH).max(200).optional(),
  })
  .refine((value) => Object.keys(value).length > 0, 'Cần ít nhất một trường để sửa | Give at least one field to change');
export type UserUpdate = z.infer<typeof userUpdate>;

export const userParams = z.strictObject({ id: z.uuid() });
