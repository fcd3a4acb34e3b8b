import type { LoginRequest, SessionResponse } from '../../../core/api/auth.ts';
import type { HealthResponse } from '../../../core/api/common.ts';
import { apiRequest } from './client.ts';

export const signIn = (credentials: LoginRequest) =>
  apiRequest<SessionResponse>('/api/auth/login', { method: 'POST', body: credentials, isSignIn: true });

/** The current session, or a 401 ApiError when nobody is signed in. */
export const fetchSession = (signal?: AbortSignal) =>
  apiRequest<SessionResponse>('/api/auth/session', { signal, isSignIn: true });

export const signOut = () => apiRequest<void>('/api/auth/logout', { method: 'POST' });

export const fetchHealth = (signal?: AbortSignal) => apiRequest<HealthResponse>('/api/health', { signal });
