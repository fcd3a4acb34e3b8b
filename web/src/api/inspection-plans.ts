import type {
  InspectionPlan, InspectionPlanCreate, InspectionPlanListQuery, InspectionPlanPage, InspectionPlanSummary, InspectionPlanUpdate,
} from '../../../core/api/inspection-plans.ts';
import { apiRequest } from './client.ts';

export type { InspectionPlan, InspectionPlanPage, InspectionPlanSummary };

const planPath = (id: string) => `/api/inspection-plans/${encodeURIComponent(id)}`;

export type InspectionPlanFilters = Partial<Omit<InspectionPlanListQuery, 'page' | 'pageSize'>> & { page?: number; pageSize?: number };

export const searchInspectionPlans = (query: InspectionPlanFilters, signal?: AbortSignal) =>
  apiRequest<InspectionPlanPage>('/api/inspection-plans', { query: { ...query }, signal });

/** The plan with its progress as of today, computed by the server from the year's inspections. */
export const fetchInspectionPlan = (id: string, signal?: AbortSignal) => apiRequest<InspectionPlan>(planPath(id), { signal });

export const createInspectionPlan = (input: InspectionPlanCreate) =>
  apiRequest<InspectionPlan>('/api/inspection-plans', { method: 'POST', body: input });

export const updateInspectionPlan = (id: string, input: InspectionPlanUpdate) =>
  apiRequest<InspectionPlan>(planPath(id), { method: 'PATCH', body: input });

export const deleteInspectionPlan = (id: string, reason: string) =>
  apiRequest<undefined>(planPath(id), { method: 'DELETE', body: { reason } });
