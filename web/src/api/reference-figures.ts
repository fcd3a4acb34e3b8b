import type { ReferenceFigureSet } from '../../../core/api/reference-figures.ts';
import { apiRequest } from './client.ts';

const path = (unitId: string, year: number) => `/api/units/${encodeURIComponent(unitId)}/reference-figures/${year}`;

export const fetchReferenceFigures = (unitId: string, year: number, signal?: AbortSignal) =>
  apiRequest<ReferenceFigureSet>(path(unitId, year), { signal });

/** Sends only the kinds that changed; a value the form could not read as a number goes as typed, for the server to explain. */
export const putReferenceFigures = (unitId: string, year: number, figures: Record<string, unknown>) =>
  apiRequest<ReferenceFigureSet>(path(unitId, year), { method: 'PUT', body: { figures } });
