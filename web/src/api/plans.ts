import type { PlanSummary, PlanWrite } from '../../../core/api/plans.ts';
import type { PlanProgress } from '../../../core/api/progress.ts';
import type { PlanContent, PlanContentInput, PlanStatus } from '../../../core/plans/plan.ts';
import { apiRequest } from './client.ts';

export type { PlanSummary, PlanProgress };

/** A plan as GET /api/plans/{id} returns it; the server has already normalised its content. */
export interface PlanDetail extends PlanSummary {
  amendsPlanId: string | null;
  parents: Array<{ id: string; title: string; number: string | null; issueDate: string | null; issuerUnitId: string }>;
  content: PlanContent;
  issuedAt: string | null;
}

export interface ChildPlanStatus {
  children: Array<{ unitId: string; unitName: string; planId: string | null; status: PlanStatus | null; number: string | null; issueDate: string | null }>;
  issuedCount: number;
  childCount: number;
}

/** What the editor sends: the content as entered, defaults filled in by the server. */
export interface PlanWriteInput {
  content: PlanContentInput;
  parentPlanIds: PlanWrite['parentPlanIds'];
}

const planPath = (id: string) => `/api/plans/${encodeURIComponent(id)}`;

export const searchPlans = (query: { status?: string; q?: string; unit?: string }, signal?: AbortSignal) =>
  apiRequest<{ plans: PlanSummary[] }>('/api/plans', { query, signal });

export const fetchPlan = (id: string, signal?: AbortSignal) => apiRequest<PlanDetail>(planPath(id), { signal });

export const createPlan = (input: PlanWriteInput) => apiRequest<PlanDetail>('/api/plans', { method: 'POST', body: input });

export const updatePlan = (id: string, input: PlanWriteInput) => apiRequest<PlanDetail>(planPath(id), { method: 'PUT', body: input });

export const issuePlan = (id: string, input: { number: string; issueDate: string }) =>
  apiRequest<PlanDetail>(`${planPath(id)}/issue`, { method: 'POST', body: input });

export const amendPlan = (id: string) => apiRequest<PlanDetail>(`${planPath(id)}/amend`, { method: 'POST' });

export const fetchChildPlans = (id: string, signal?: AbortSignal) => apiRequest<ChildPlanStatus>(`${planPath(id)}/children`, { signal });

/** A draft for a unit below the issuer, derived from this plan; `omitted` says what could not be carried over. */
export const createChildPlan = (id: string, unitId: string) =>
  apiRequest<PlanDetail & { omitted: string[] }>(`${planPath(id)}/children`, { method: 'POST', body: { unitId } });

export const fetchPlanProgress = (id: string, query: { unit?: string; period?: string; asOf?: string }, signal?: AbortSignal) =>
  apiRequest<PlanProgress>(`${planPath(id)}/progress`, { query, signal });

/** The signed-document form of the plan (Decree 30/2020 layout). */
export const planDocumentUrl = (id: string) => `${planPath(id)}/document.docx`;
