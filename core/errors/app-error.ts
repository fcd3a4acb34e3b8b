import type { ErrorCode } from './messages.ts';

/** One problem with one field of a request, already in the request's language. */
export interface FieldIssue {
  field: string;
  message: string;
}

/** A parameter worded in each language (a status, an action), picked in the request's language. */
export interface LocalText {
  vi: string;
  en: string;
}
export type ErrorParams = Record<string, string | number | LocalText>;

/** The one error shape of the whole system: a code, an HTTP status, message parameters, details. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly params: ErrorParams;
  readonly details: FieldIssue[];

  constructor(
    code: ErrorCode,
    status: number,
    params: ErrorParams = {},
    details: FieldIssue[] = [],
  ) {
    super(code);
    this.name = 'AppError';
    this.code = code;
    this.status = status;
    this.params = params;
    this.details = details;
  }
}

export const notFound = (entity: string, id: string) => new AppError('not_found', 404, { entity, id });
export const forbidden = () => new AppError('forbidden', 403);
