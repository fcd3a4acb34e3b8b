import type {
  HarmReductionModel, HarmReductionModelCreate, HarmReductionModelListQuery, HarmReductionModelPage, HarmReductionModelUpdate,
} from '../../../core/api/harm-reduction-models.ts';
import { apiRequest } from './client.ts';

export type { HarmReductionModel, HarmReductionModelPage };

const modelPath = (id: string) => `/api/harm-reduction-models/${encodeURIComponent(id)}`;

/** The filters of the list; `year` keeps the models running in that year, `q` ignores accents and case. */
export type HarmReductionModelFilters = Partial<Omit<HarmReductionModelListQuery, 'page' | 'pageSize'>> & { page?: number; pageSize?: number };

export const searchHarmReductionModels = (query: HarmReductionModelFilters, signal?: AbortSignal) =>
  apiRequest<HarmReductionModelPage>('/api/harm-reduction-models', { query: { ...query }, signal });

export const fetchHarmReductionModel = (id: string, signal?: AbortSignal) => apiRequest<HarmReductionModel>(modelPath(id), { signal });

export const createHarmReductionModel = (input: HarmReductionModelCreate) =>
  apiRequest<HarmReductionModel>('/api/harm-reduction-models', { method: 'POST', body: input });

/** Any change; ending a model is `{ endedOn }`. */
export const updateHarmReductionModel = (id: string, input: HarmReductionModelUpdate) =>
  apiRequest<HarmReductionModel>(modelPath(id), { method: 'PATCH', body: input });

/** Soft deletion: the record leaves lists and indicators, the audit log keeps it with the reason. */
export const deleteHarmReductionModel = (id: string, reason: string) =>
  apiRequest<undefined>(modelPath(id), { method: 'DELETE', body: { reason } });
