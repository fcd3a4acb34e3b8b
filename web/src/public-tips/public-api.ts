import type { ErrorResponse } from '../../../core/api/common.ts';
import type {
  PublicTipCreate, PublicTipReceipt, PublicTipStatusView, PublicUnit,
} from '../../../core/api/tips.ts';
import { ApiError } from '../api/client.ts';
import { currentLanguage } from '../i18n/i18n.ts';

/**
 * The public pages' own way to the server. Nobody is signed in there: no session, no CSRF token,
 * no cookies sent (`credentials: 'omit'`, `withCredentials = false`), and a 401 never sends anyone
 * to the staff sign-in page. Types come from the contract (core/api/tips.ts) as types only, so
 * the public pages do not load the schema library.
 */

/** A refusal of a public call; on 429 it also says how long to wait, from `Retry-After`. */
export class PublicApiError extends ApiError {
  readonly retryAfterSeconds: number | null;

  constructor(status: number, code: string, message: string, details: ApiError['details'] = [], retryAfterSeconds: number | null = null) {
    super(status, code, message, details);
    this.name = 'PublicApiError';
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

const networkError = () => new PublicApiError(0, 'network', '');

function retryAfter(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function errorFrom(status: number, statusText: string, bodyText: string, retryAfterHeader: string | null): PublicApiError {
  const wait = retryAfter(retryAfterHeader);
  try {
    const body = JSON.parse(bodyText) as Partial<ErrorResponse>;
    if (body.error && typeof body.error.message === 'string') {
      return new PublicApiError(status, body.error.code, body.error.message, body.error.details ?? [], wait);
    }
  } catch {
    // A proxy's HTML page or a cut connection: fall through to a plain HTTP error.
  }
  return new PublicApiError(status, status === 429 ? 'rate_limited' : 'http_error', `HTTP ${status} ${statusText}`.trim(), [], wait);
}

/** Today's units whose name matches, without accents or case mattering (for the place picker). */
export async function searchPublicUnits(q: string, signal?: AbortSignal): Promise<PublicUnit[]> {
  let response: Response;
  try {
    response = await fetch(`/api/public/units?${new URLSearchParams({ q }).toString()}`, {
      headers: { Accept: 'application/json', 'Accept-Language': currentLanguage() },
      credentials: 'omit',
      signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw networkError();
  }
  if (!response.ok) throw errorFrom(response.status, response.statusText, await response.text().catch(() => ''), response.headers.get('Retry-After'));
  return (await response.json()) as PublicUnit[];
}

export interface SendOptions {
  /** Called as the upload goes, with the share sent (0..1): a weak connection takes a while. */
  onProgress?: (share: number) => void;
  /** Aborting rejects with an AbortError DOMException. */
  signal?: AbortSignal;
  /** Sent as `Idempotency-Key`: the same for every try of one form (see newSubmissionKey). */
  submissionKey?: string;
}

/**
 * POSTs JSON or a multipart form. XMLHttpRequest rather than fetch, for the upload's progress;
 * no timeout, because a phone on a weak connection may need minutes for a few photos.
 */
function post<T>(path: string, body: FormData | object, options: SendOptions = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(new DOMException('Aborted', 'AbortError'));
      return;
    }
    const request = new XMLHttpRequest();
    request.open('POST', path);
    request.withCredentials = false;
    request.setRequestHeader('Accept', 'application/json');
    request.setRequestHeader('Accept-Language', currentLanguage());
    if (options.submissionKey) request.setRequestHeader('Idempotency-Key', options.submissionKey);
    let payload: FormData | string;
    if (body instanceof FormData) {
      payload = body;
    } else {
      request.setRequestHeader('Content-Type', 'application/json');
      payload = JSON.stringify(body);
    }
    const onProgress = options.onProgress;
    if (onProgress) {
      request.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
      };
    }
    const abort = () => request.abort();
    options.signal?.addEventListener('abort', abort, { once: true });
    const settle = () => options.signal?.removeEventListener('abort', abort);
    request.onload = () => {
      settle();
      if (request.status >= 200 && request.status < 300) {
        try {
          resolve(JSON.parse(request.responseText) as T);
        } catch {
          reject(errorFrom(request.status, request.statusText, '', null));
        }
      } else {
        reject(errorFrom(request.status, request.statusText, request.responseText, request.getResponseHeader('Retry-After')));
      }
    };
    request.onerror = () => { settle(); reject(networkError()); };
    request.ontimeout = () => { settle(); reject(networkError()); };
    request.onabort = () => { settle(); reject(new DOMException('Aborted', 'AbortError')); };
    request.send(payload);
  });
}

/**
 * Sends a report: multipart when there are files (`tip` = JSON, files under `attachments`), else
 * JSON. With `options.submissionKey`, a repeat of a report that did arrive gets its first answer.
 */
export function submitPublicTip(tip: PublicTipCreate, files: readonly File[], options?: SendOptions): Promise<PublicTipReceipt> {
  if (files.length === 0) return post<PublicTipReceipt>('/api/public/tips', tip, options);
  const form = new FormData();
  form.append('tip', JSON.stringify(tip));
  for (const file of files) form.append('attachments', file, file.name);
  return post<PublicTipReceipt>('/api/public/tips', form, options);
}

/** The public status of a report. The code travels in the body, never in the address. */
export function lookupPublicTip(receiptCode: string, options?: SendOptions): Promise<PublicTipStatusView> {
  return post<PublicTipStatusView>('/api/public/tips/status', { receiptCode }, options);
}

/** Adds information to a report: multipart (`addition` = JSON, `attachments`) with files, else JSON. */
export function addToPublicTip(receiptCode: string, text: string, files: readonly File[], options?: SendOptions): Promise<PublicTipStatusView> {
  const addition = { receiptCode, text };
  if (files.length === 0) return post<PublicTipStatusView>('/api/public/tips/additions', addition, options);
  const form = new FormData();
  form.append('addition', JSON.stringify(addition));
  for (const file of files) form.append('attachments', file, file.name);
  return post<PublicTipStatusView>('/api/public/tips/additions', form, options);
}

/** Whether a rejection is only a cancelled request. */
export function isAborted(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
