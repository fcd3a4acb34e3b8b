import type { UserCreate, UserSummary, UserUpdate } from '../../../core/api/users.ts';
import { apiRequest } from './client.ts';

export const fetchUsers = (signal?: AbortSignal) => apiRequest<{ users: UserSummary[] }>('/api/users', { signal });

export const createUser = (input: UserCreate) => apiRequest<UserSummary>('/api/users', { method: 'POST', body: input });

/** Changes one account (disable, lift a lock-out, set a new password…); resolves with the account as it now is. */
export const updateUser = (id: string, input: UserUpdate) =>
  apiRequest<UserSummary>(`/api/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: input });
