import type { Agency, AgencyCreate, AgencyUpdate } from '../../../core/api/agencies.ts';
import { apiRequest } from './client.ts';

export const fetchUnitAgencies = (unitId: string, signal?: AbortSignal) =>
  apiRequest<{ agencies: Agency[] }>(`/api/units/${encodeURIComponent(unitId)}/agencies`, { signal });

export const createAgency = (unitId: string, input: Partial<AgencyCreate>) =>
  apiRequest<Agency>(`/api/units/${encodeURIComponent(unitId)}/agencies`, { method: 'POST', body: input });

export const updateAgency = (agencyId: string, change: AgencyUpdate) =>
  apiRequest<Agency>(`/api/agencies/${encodeURIComponent(agencyId)}`, { method: 'PATCH', body: change });
