import type {
  CrimeStatistics, CrimeStatisticsCreate, CrimeStatisticsListQuery, CrimeStatisticsPage, CrimeStatisticsUpdate,
} from '../../../core/api/crime-statistics.ts';
import { apiRequest } from './client.ts';

export type { CrimeStatistics, CrimeStatisticsPage };

const recordPath = (id: string) => `/api/crime-statistics/${encodeURIComponent(id)}`;

export type CrimeStatisticsFilters = Partial<Omit<CrimeStatisticsListQuery, 'page' | 'pageSize'>> & { page?: number; pageSize?: number };

export const searchCrimeStatistics = (query: CrimeStatisticsFilters, signal?: AbortSignal) =>
  apiRequest<CrimeStatisticsPage>('/api/crime-statistics', { query: { ...query }, signal });

export const fetchCrimeStatistics = (id: string, signal?: AbortSignal) => apiRequest<CrimeStatistics>(recordPath(id), { signal });

export const createCrimeStatistics = (input: CrimeStatisticsCreate) =>
  apiRequest<CrimeStatistics>('/api/crime-statistics', { method: 'POST', body: input });

export const updateCrimeStatistics = (id: string, input: CrimeStatisticsUpdate) =>
  apiRequest<CrimeStatistics>(recordPath(id), { method: 'PATCH', body: input });

/** Soft deletion: the line leaves lists and indicators, the audit log keeps it with the reason. */
export const deleteCrimeStatistics = (id: string, reason: string) =>
  apiRequest<undefined>(recordPath(id), { method: 'DELETE', body: { reason } });
