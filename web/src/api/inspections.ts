import type {
  Inspection, InspectionCreate, InspectionListQuery, InspectionPage, InspectionUpdate,
} from '../../../core/api/inspections.ts';
import { apiRequest } from './client.ts';

export type { Inspection, InspectionPage };

const inspectionPath = (id: string) => `/api/inspections/${encodeURIComponent(id)}`;

/** The filters of the list: dates as 'YYYY-MM-DD', a unit's subtree, an outcome found on at least one visit. */
export type InspectionFilters = Partial<Omit<InspectionListQuery, 'page' | 'pageSize'>> & { page?: number; pageSize?: number };

export const searchInspections = (query: InspectionFilters, signal?: AbortSignal) =>
  apiRequest<InspectionPage>('/api/inspections', { query: { ...query }, signal });

export const fetchInspection = (id: string, signal?: AbortSignal) => apiRequest<Inspection>(inspectionPath(id), { signal });

export const createInspection = (input: InspectionCreate) =>
  apiRequest<Inspection>('/api/inspections', { method: 'POST', body: input });

export const updateInspection = (id: string, input: InspectionUpdate) =>
  apiRequest<Inspection>(inspectionPath(id), { method: 'PATCH', body: input });

/** Soft deletion: the inspection leaves lists and indicators, the audit log keeps it with the reason. */
export const deleteInspection = (id: string, reason: string) =>
  apiRequest<undefined>(inspectionPath(id), { method: 'DELETE', body: { reason } });
