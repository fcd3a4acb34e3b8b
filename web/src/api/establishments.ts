import type {
  Establishment, EstablishmentCreate, EstablishmentListQuery, EstablishmentPage, EstablishmentUpdate,
} from '../../../core/api/establishments.ts';
import { apiRequest } from './client.ts';

export type { Establishment, EstablishmentPage };

const establishmentPath = (id: string) => `/api/establishments/${encodeURIComponent(id)}`;

/** The filters of the list; `q` ignores accents and case on the server. */
export type EstablishmentFilters = Partial<Omit<EstablishmentListQuery, 'page' | 'pageSize'>> & { page?: number; pageSize?: number };

export const searchEstablishments = (query: EstablishmentFilters, signal?: AbortSignal) =>
  apiRequest<EstablishmentPage>('/api/establishments', { query: { ...query }, signal });

export const fetchEstablishment = (id: string, signal?: AbortSignal) => apiRequest<Establishment>(establishmentPath(id), { signal });

export const createEstablishment = (input: EstablishmentCreate) =>
  apiRequest<Establishment>('/api/establishments', { method: 'POST', body: input });

export const updateEstablishment = (id: string, input: EstablishmentUpdate) =>
  apiRequest<Establishment>(establishmentPath(id), { method: 'PATCH', body: input });

/** Soft deletion: the record leaves the registry, the audit log keeps it with the reason. */
export const deleteEstablishment = (id: string, reason: string) =>
  apiRequest<undefined>(establishmentPath(id), { method: 'DELETE', body: { reason } });
