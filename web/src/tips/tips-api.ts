import type { ErrorResponse } from '../../../core/api/common.ts';
import type {
  PublicUnit, Tip, TipActionRequest, TipAssignmentOptions, TipCreate, TipListQuery, TipPage, TipReporterView, TipSummary,
} from '../../../core/api/tips.ts';
import { ApiError, apiRequest, writeRequestContext } from '../api/client.ts';

export type { PublicUnit, Tip, TipActionRequest, TipAssignmentOptions, TipCreate, TipPage, TipReporterView, TipSummary };

const tipPath = (id: string) => `/api/tips/${encodeURIComponent(id)}`;

/** The queue's filters; `q` (reference or words of the place) ignores accents and case on the server. */
export type TipFilters = Partial<TipListQuery>;

export const searchTips = (query: TipFilters, signal?: AbortSignal) =>
  apiRequest<TipPage>('/api/tips', { query: { ...query }, signal });

export const fetchTip = (id: string, signal?: AbortSignal) => apiRequest<Tip>(tipPath(id), { signal });

/** One step of the workflow; the answer is the tip as it now stands. */
export const postTipAction = (id: string, action: TipActionRequest) =>
  apiRequest<Tip>(`${tipPath(id)}/actions`, { method: 'POST', body: action });

export const fetchAssignmentOptions = (id: string, signal?: AbortSignal) =>
  apiRequest<TipAssignmentOptions>(`${tipPath(id)}/assignment-options`, { signal });

/** The reporter's identity: asked for only when the custodian presses the button; every call is audited. */
export const fetchTipReporter = (id: string) => apiRequest<TipReporterView>(`${tipPath(id)}/reporter`);

/** A plain link: the session cookie goes along and the browser saves the file. */
export const attachmentUrl = (tipId: string, attachmentId: string) =>
  `${tipPath(tipId)}/attachments/${encodeURIComponent(attachmentId)}`;

/** Today's units by name (any unit of the country, for a transfer); names are public. */
export const searchPublicUnits = (q: string, signal?: AbortSignal) =>
  apiRequest<PublicUnit[]>('/api/public/units', { query: { q }, signal });

/**
 * Sends a multipart form with the session's write headers (CSRF, language). An XMLHttpRequest
 * rather than fetch: only it reports the upload's progress, which matters for a 10 MB recording
 * on a weak connection (`onProgress` gets 0 to 1). The browser sets the multipart boundary itself.
 */
function postMultipart<T>(path: string, form: FormData, onProgress?: (share: number) => void, signal?: AbortSignal): Promise<T> {
  const { headers, onUnauthenticated } = writeRequestContext();
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
    for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded / event.total);
    };
    request.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        body = undefined;
      }
      if (request.status >= 200 && request.status < 300) {
        resolve(body as T);
        return;
      }
      if (request.status === 401) onUnauthenticated();
      const error = (body as Partial<ErrorResponse> | undefined)?.error;
      reject(error && typeof error.message === 'string'
        ? new ApiError(request.status, error.code, error.message, error.details ?? [])
        : new ApiError(request.status, request.status === 0 ? 'network' : 'http_error', ''));
    };
    request.onerror = () => reject(new ApiError(0, 'network', ''));
    request.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));
    signal?.addEventListener('abort', () => request.abort());
    request.send(form);
  });
}

/** Records a tip received by staff: field `tip` holds the JSON of the form, files go under `attachments`. */
export function createTip(input: TipCreate, files: readonly File[], onProgress?: (share: number) => void): Promise<Tip> {
  const form = new FormData();
  form.append('tip', JSON.stringify(input));
  for (const file of files) form.append('attachments', file, file.name);
  return postMultipart<Tip>('/api/tips', form, onProgress);
}

/** Files an officer adds to a tip (a record of a call, a photo taken on site). */
export function addTipAttachments(id: string, files: readonly File[], onProgress?: (share: number) => void): Promise<Tip> {
  const form = new FormData();
  for (const file of files) form.append('attachments', file, file.name);
  return postMultipart<Tip>(`${tipPath(id)}/attachments`, form, onProgress);
}
