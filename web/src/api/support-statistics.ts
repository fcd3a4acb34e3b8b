import type {
  SupportStatistics, SupportStatisticsCreate, SupportStatisticsListQuery, SupportStatisticsPage, SupportStatisticsUpdate,
} from '../../../core/api/support-statistics.ts';
import { apiRequest } from './client.ts';

export type { SupportStatistics, SupportStatisticsPage };

const recordPath = (id: string) => `/api/support-statistics/${encodeURIComponent(id)}`;

export type SupportStatisticsFilters = Partial<Omit<SupportStatisticsListQuery, 'page' | 'pageSize'>> & { page?: number; pageSize?: number };

export const searchSupportStatistics = (query: SupportStatisticsFilters, signal?: AbortSignal) =>
  apiRequest<SupportStatisticsPage>('/api/support-statistics', { query: { ...query }, signal });

export const fetchSupportStatistics = (id: string, signal?: AbortSignal) => apiRequest<SupportStatistics>(recordPath(id), { signal });

export const createSupportStatistics = (input: SupportStatisticsCreate) =>
  apiRequest<SupportStatistics>('/api/support-statistics', { method: 'POST', body: input });

export const updateSupportStatistics = (id: string, input: SupportStatisticsUpdate) =>
  apiRequest<SupportStatistics>(recordPath(id), { method: 'PATCH', body: input });

/** Soft deletion: the month leaves lists and indicators, the audit log keeps it with the reason. */
export const deleteSupportStatistics = (id: string, reason: string) =>
  apiRequest<undefined>(recordPath(id), { method: 'DELETE', body: { reason } });
