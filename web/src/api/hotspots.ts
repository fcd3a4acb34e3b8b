import type {
  Hotspot, HotspotCreate, HotspotListQuery, HotspotPage, HotspotUpdate, WatchVisit, WatchVisitCreate,
} from '../../../core/api/hotspots.ts';
import { apiRequest } from './client.ts';

export type { Hotspot, HotspotPage, WatchVisit };

const hotspotPath = (id: string) => `/api/hotspots/${encodeURIComponent(id)}`;

/** The filters of the list; `q` ignores accents and case on the server. */
export type HotspotFilters = Partial<Omit<HotspotListQuery, 'page' | 'pageSize'>> & { page?: number; pageSize?: number };

export const searchHotspots = (query: HotspotFilters, signal?: AbortSignal) =>
  apiRequest<HotspotPage>('/api/hotspots', { query: { ...query }, signal });

export const fetchHotspot = (id: string, signal?: AbortSignal) => apiRequest<Hotspot>(hotspotPath(id), { signal });

export const createHotspot = (input: HotspotCreate) => apiRequest<Hotspot>('/api/hotspots', { method: 'POST', body: input });

export const updateHotspot = (id: string, input: HotspotUpdate) =>
  apiRequest<Hotspot>(hotspotPath(id), { method: 'PATCH', body: input });

/** Marks the hotspot eliminated (triệt xóa) on a day. */
export const eliminateHotspot = (id: string, eliminatedOn: string) => updateHotspot(id, { status: 'eliminated', eliminatedOn });

/** A watch visit after the elimination; found re-formed, the hotspot comes back as active. */
export const recordWatchVisit = (id: string, input: WatchVisitCreate) =>
  apiRequest<Hotspot>(`${hotspotPath(id)}/watch-visits`, { method: 'POST', body: input });

/** Soft deletion: the hotspot leaves the lists, the audit log keeps it with the reason. */
export const deleteHotspot = (id: string, reason: string) =>
  apiRequest<undefined>(hotspotPath(id), { method: 'DELETE', body: { reason } });
