import type { AdminUnitDetail, UnitList, UnitListQuery } from '../../../core/api/units.ts';
import { apiRequest } from './client.ts';

export type UnitListItem = UnitList['units'][number];

const unitPath = (id: string) => `/api/units/${encodeURIComponent(id)}`;

export const fetchRootUnits = (signal?: AbortSignal) => apiRequest<UnitList>('/api/units/roots', { signal });

export const fetchChildUnits = (id: string, signal?: AbortSignal) =>
  apiRequest<UnitList>(`${unitPath(id)}/children`, { signal });

export const fetchUnitDetail = (id: string, signal?: AbortSignal) => apiRequest<AdminUnitDetail>(unitPath(id), { signal });

/** Accent-insensitive search within the user's scope. */
export const searchUnits = (query: Partial<UnitListQuery>, signal?: AbortSignal) =>
  apiRequest<UnitList>('/api/units', { query: { ...query }, signal });
