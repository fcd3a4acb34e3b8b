import type { ErrorResponse } from '../../../core/api/common.ts';

/** One problem with one field, as the server names it ('username', 'query.from', '(body)'). */
export interface FieldDetail {
  field: string;
  message: string;
}

/** A refused or failed request, carrying the server's localised message and per-field details. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: FieldDetail[];

  constructor(status: number, code: string, message: string, details: FieldDetail[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** The server's messages for one field, joined for display next to it. */
  fieldMessage(field: string): string | undefined {
    const messages = this.details.filter((detail) => detail.field === field).map((detail) => detail.message);
    return messages.length > 0 ? messages.join(' ') : undefined;
  }
}

interface ClientState {
  csrfToken: string | null;
  language: () => string;
  onUnauthenticated: () => void;
}

const state: ClientState = {
  csrfToken: null,
  language: () => 'vi',
  onUnauthenticated: () => undefined,
};

/** Remembers the CSRF token of the current session; every write sends it back. */
export function setCsrfToken(token: string | null): void {
  state.csrfToken = token;
}

/** Wires the client to the UI: the language for Accept-Language and what to do when the session ends. */
export function configureApiClient(options: Partial<Omit<ClientState, 'csrfToken'>>): void {
  Object.assign(state, options);
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined | null>;
  signal?: AbortSignal;
  /** A 401 here is a wrong password, not an ended session: do not send the user back to sign-in. */
  isSignIn?: boolean;
}

function buildUrl(path: string, query: RequestOptions['query']): string {
  const parameters = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') parameters.set(key, String(value));
  }
  const text = parameters.toString();
  return text ? `${path}?${text}` : path;
}

async function readError(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as Partial<ErrorResponse>;
    if (body.error && typeof body.error.message === 'string') {
      return new ApiError(response.status, body.error.code, body.error.message, body.error.details ?? []);
    }
  } catch {
    // Not our JSON shape (a proxy's HTML error page, a cut connection): fall through.
  }
  return new ApiError(response.status, 'http_error', `HTTP ${response.status} ${response.statusText}`.trim());
}

/** Calls the PCMD API. Resolves with the parsed JSON body (undefined for 204); rejects with ApiError. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': state.language() };
  if (method !== 'GET') {
    headers['Content-Type'] = 'application/json';
    if (state.csrfToken) headers['X-CSRF-Token'] = state.csrfToken;
  }
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network', '');
  }
  if (!response.ok) {
    const error = await readError(response);
    if (response.status === 401 && !options.isSignIn) state.onUnauthenticated();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/**
 * For the one request apiRequest cannot make, an upload that reports its progress (XMLHttpRequest):
 * the headers a write carries, and what to do when the server says the session has ended.
 */
export function writeRequestContext(): { headers: Record<string, string>; onUnauthenticated: () => void } {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': state.language() };
  if (state.csrfToken) headers['X-CSRF-Token'] = state.csrfToken;
  return { headers, onUnauthenticated: state.onUnauthenticated };
}

/** Whether a rejection is only the cancellation of a request nobody waits for any more. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
