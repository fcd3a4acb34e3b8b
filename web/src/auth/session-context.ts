import { createContext, useContext } from 'react';
import type { CurrentUser, LoginRequest } from '../../../core/api/auth.ts';
import { hasPermission, type Permission } from '../../../core/auth/roles.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out'; reason?: 'expired' | 'signed-out' }
  | { status: 'signed-in'; user: CurrentUser };

export interface SessionValue {
  session: SessionState;
  signIn(credentials: LoginRequest): Promise<void>;
  signOut(): Promise<void>;
}

export const SessionContext = createContext<SessionValue | null>(null);

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/** The signed-in user; only for pages behind <RequireSession>. */
export function useCurrentUser(): CurrentUser {
  const { session } = useSession();
  if (session.status !== 'signed-in') throw new Error('useCurrentUser needs a signed-in session');
  return session.user;
}

export function useHasPermission(permission: Permission): boolean {
  return hasPermission(useCurrentUser().role, permission);
}
