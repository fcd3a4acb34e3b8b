import type { ErrorResponse } from '../../../core/api/common.ts';
import type { ImportCommit, ImportIssuesPage, ImportPreview, ImportResult } from '../../../core/api/imports.ts';
import { ApiError, apiRequest, writeRequestContext } from './client.ts';

export type { ImportIssuesPage, ImportPreview, ImportResult };

/** Where the XLSX template of a kind is downloaded (a plain link: the session cookie goes along). */
export const importTemplateUrl = (kind: string) => `/api/imports/${encodeURIComponent(kind)}/template.xlsx`;

/** The list's filters as an export link; empty filters are left out, as the list leaves them out. */
export function exportUrl(kind: string, filters: Record<string, string | number | undefined | null>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== null && value !== '' && key !== 'page' && key !== 'pageSize') query.set(key, String(value));
  }
  const text = query.toString();
  return `/api/exports/${encodeURIComponent(kind)}.xlsx${text ? `?${text}` : ''}`;
}

const contentTypeOf = (file: File) => {
  if (/\.csv$/i.test(file.name)) return 'text/csv';
  if (/\.xlsx$/i.test(file.name)) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  return file.type || 'application/octet-stream';
};

/**
 * Uploads a file for checking and resolves with its preview. An XMLHttpRequest rather than fetch,
 * because only it reports the upload's progress (`onProgress` gets 0 to 1).
 */
export function uploadImportFile(kind: string, file: File, onProgress: (share: number) => void, signal?: AbortSignal): Promise<ImportPreview> {
  const { headers, onUnauthenticated } = writeRequestContext();
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api/imports/${encodeURIComponent(kind)}`);
    for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value);
    request.setRequestHeader('Content-Type', contentTypeOf(file));
    request.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        body = undefined;
      }
      if (request.status === 200) {
        resolve(body as ImportPreview);
        return;
      }
      if (request.status === 401) onUnauthenticated();
      const error = (body as Partial<ErrorResponse> | undefined)?.error;
      reject(error
        ? new ApiError(request.status, error.code, error.message, error.details)
        : new ApiError(request.status, request.status === 0 ? 'network' : 'http_error', ''));
    };
    request.onerror = () => reject(new ApiError(0, 'network', ''));
    request.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));
    signal?.addEventListener('abort', () => request.abort());
    request.send(file);
  });
}

export const fetchImportPreview = (batchId: string, signal?: AbortSignal) =>
  apiRequest<ImportPreview>(`/api/imports/${encodeURIComponent(batchId)}`, { signal });

export const fetchImportIssues = (batchId: string, page: number, pageSize: number, signal?: AbortSignal) =>
  apiRequest<ImportIssuesPage>(`/api/imports/${encodeURIComponent(batchId)}/issues`, { query: { page, pageSize }, signal });

export const commitImport = (batchId: string, mode: ImportCommit['mode']) =>
  apiRequest<ImportResult>(`/api/imports/${encodeURIComponent(batchId)}/commit`, { method: 'POST', body: { mode } });
