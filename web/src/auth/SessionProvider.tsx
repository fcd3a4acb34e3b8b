import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { LoginRequest } from '../../../core/api/auth.ts';
import { fetchSession, signIn as requestSignIn, signOut as requestSignOut } from '../api/auth.ts';
import { configureApiClient, isAbort, setCsrfToken } from '../api/client.ts';
import { currentLanguage } from '../i18n/i18n.ts';
import { SessionContext, type SessionState, type SessionValue } from './session-context.ts';

/** Holds who is signed in. Asks the server once at start; a 401 anywhere later ends the session here too. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionState>({ status: 'loading' });

  useEffect(() => {
    configureApiClient({
      language: currentLanguage,
      onUnauthenticated: () => {
        setCsrfToken(null);
        setSession({ status: 'signed-out', reason: 'expired' });
      },
    });
    const controller = new AbortController();
    fetchSession(controller.signal).then(
      (response) => {
        setCsrfToken(response.csrfToken);
        setSession({ status: 'signed-in', user: response.user });
      },
      (error: unknown) => {
        if (!isAbort(error)) setSession({ status: 'signed-out' });
      },
    );
    return () => controller.abort();
  }, []);

  const signIn = useCallback(async (credentials: LoginRequest) => {
    const response = await requestSignIn(credentials);
    setCsrfToken(response.csrfToken);
    setSession({ status: 'signed-in', user: response.user });
  }, []);

  const signOut = useCallback(async () => {
    try {
      await requestSignOut();
    } finally {
      setCsrfToken(null);
      setSession({ status: 'signed-out', reason: 'signed-out' });
    }
  }, []);

  const value = useMemo<SessionValue>(() => ({ session, signIn, signOut }), [session, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
