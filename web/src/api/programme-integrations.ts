import type {
  ProgrammeIntegration, ProgrammeIntegrationCreate, ProgrammeIntegrationListQuery, ProgrammeIntegrationPage, ProgrammeIntegrationUpdate,
} from '../../../core/api/programme-integrations.ts';
import { apiRequest } from './client.ts';

export type { ProgrammeIntegration, ProgrammeIntegrationPage };

const integrationPath = (id: string) => `/api/programme-integrations/${encodeURIComponent(id)}`;

/** The filters of the list; `q` ignores accents and case on the server. */
export type ProgrammeIntegrationFilters = Partial<Omit<ProgrammeIntegrationListQuery, 'page' | 'pageSize'>> & { page?: number; pageSize?: number };

export const searchProgrammeIntegrations = (query: ProgrammeIntegrationFilters, signal?: AbortSignal) =>
  apiRequest<ProgrammeIntegrationPage>('/api/programme-integrations', { query: { ...query }, signal });

export const fetchProgrammeIntegration = (id: string, signal?: AbortSignal) => apiRequest<ProgrammeIntegration>(integrationPath(id), { signal });

export const createProgrammeIntegration = (input: ProgrammeIntegrationCreate) =>
  apiRequest<ProgrammeIntegration>('/api/programme-integrations', { method: 'POST', body: input });

export const updateProgrammeIntegration = (id: string, input: ProgrammeIntegrationUpdate) =>
  apiRequest<ProgrammeIntegration>(integrationPath(id), { method: 'PATCH', body: input });

/** Soft deletion: the record leaves lists and indicators, the audit log keeps it with the reason. */
export const deleteProgrammeIntegration = (id: string, reason: string) =>
  apiRequest<undefined>(integrationPath(id), { method: 'DELETE', body: { reason } });
