import type {
  CommunicationActivity, CommunicationActivityCreate, CommunicationActivityListQuery, CommunicationActivityPage,
  CommunicationActivityUpdate,
} from '../../../core/api/communication-activities.ts';
import { apiRequest } from './client.ts';

export type { CommunicationActivity, CommunicationActivityPage };

const activityPath = (id: string) => `/api/communication-activities/${encodeURIComponent(id)}`;

/** The filters of the list: dates as 'YYYY-MM-DD', a unit's subtree, a form; `q` ignores accents and case on the server. */
export type CommunicationActivityFilters = Partial<Omit<CommunicationActivityListQuery, 'page' | 'pageSize'>> & { page?: number; pageSize?: number };

export const searchCommunicationActivities = (query: CommunicationActivityFilters, signal?: AbortSignal) =>
  apiRequest<CommunicationActivityPage>('/api/communication-activities', { query: { ...query }, signal });

export const fetchCommunicationActivity = (id: string, signal?: AbortSignal) =>
  apiRequest<CommunicationActivity>(activityPath(id), { signal });

export const createCommunicationActivity = (input: CommunicationActivityCreate) =>
  apiRequest<CommunicationActivity>('/api/communication-activities', { method: 'POST', body: input });

export const updateCommunicationActivity = (id: string, input: CommunicationActivityUpdate) =>
  apiRequest<CommunicationActivity>(activityPath(id), { method: 'PATCH', body: input });

/** Soft deletion: the activity leaves lists and indicators, the audit log keeps it with the reason. */
export const deleteCommunicationActivity = (id: string, reason: string) =>
  apiRequest<undefined>(activityPath(id), { method: 'DELETE', body: { reason } });
