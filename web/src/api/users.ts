import type { UserCreate, UserSummary } from '../../../core/api/users.ts';
import { apiRequest } from './client.ts';

export const fetchUsers = (signal?: AbortSignal) => apiRequest<{ users: UserSummary[] }>('/api/users', { signal });

export const createUser = (input: UserCreate) => apiRequest<UserSummary>('/api/users', { method: 'POST', body: input });
