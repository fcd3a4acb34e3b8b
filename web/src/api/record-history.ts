import type { RecordHistory, RecordType } from '../../../core/api/record-history.ts';
import { apiRequest } from './client.ts';

export type { RecordHistory, RecordType };

export const fetchRecordHistory = (type: RecordType, id: string, signal?: AbortSignal) =>
  apiRequest<RecordHistory>(`/api/records/${type}/${encodeURIComponent(id)}/history`, { signal });
