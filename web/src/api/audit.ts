import type { AuditPage, AuditQuery } from '../../../core/api/audit.ts';
import { apiRequest } from './client.ts';

export type AuditFilter = Partial<Omit<AuditQuery, 'before' | 'limit'>>;

export const fetchAuditPage = (filter: AuditFilter, before: number | null, signal?: AbortSignal) =>
  apiRequest<AuditPage>('/api/audit', { query: { ...filter, before, limit: 50 }, signal });
