import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Loading } from '../common/ErrorMessage.tsx';
import { useSession } from './session-context.ts';

/** Shows its pages only to a signed-in user; sends anyone else to sign in, remembering where they were going. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const location = useLocation();
  if (session.status === 'loading') return <Loading />;
  if (session.status === 'signed-out') {
    return <Navigate to="/sign-in" replace state={{ from: `${location.pathname}${location.search}`, reason: session.reason }} />;
  }
  return children;
}
