import { z } from 'zod';
import { roles } from '../auth/roles.ts';

export const role = z.enum(roles);

export const loginRequest = z.strictObject({
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(200),
});
export type LoginRequest = z.infer<typeof loginRequest>;

export const currentUser = z
  .object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string(),
    role,
    unit: z.object({ id: z.string(), name: z.string(), level: z.string() }).nullable(),
    agencyId: z.string().nullable(),
  })
  .meta({ id: 'CurrentUser' });
export type CurrentUser = z.infer<typeof currentUser>;

/** The CSRF token goes back in the X-CSRF-Token header of every write made with the session cookie. */
export const sessionResponse = z.object({ user: currentUser, csrfToken: z.string(), expiresAt: z.string() });
export type SessionResponse = z.infer<typeof sessionResponse>;
