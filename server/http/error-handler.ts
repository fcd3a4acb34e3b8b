import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type FieldIssue } from '../../core/errors/app-error.ts';
import { formatErrorMessage, type ErrorCode } from '../../core/errors/messages.ts';
import { pickLanguage, toFieldIssues } from '../../core/errors/validation-issues.ts';
import type { Database } from '../storage/database.ts';
import { auditDenial } from '../services/audit/audit-service.ts';
import { requestLanguage } from './language.ts';
import { RequestValidationError } from './request-validation.ts';

const fastifyCodes: Record<string, { code: ErrorCode; status: number }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'payload_too_large', status: 413 },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'unsupported_media_type', status: 415 },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'invalid_json', status: 400 },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'invalid_json', status: 400 },
};

/** Turns every error into the one JSON shape, in the request's language; a 500 never shows internals. */
export function registerErrorHandler(app: FastifyInstance, database: Database): void {
  app.setErrorHandler(async (error: FastifyError | AppError | RequestValidationError, request, reply) => {
    const language = requestLanguage(request);
    if (error instanceof RequestValidationError) {
      const details = toFieldIssues(language, error.issues).map((issue) => ({
        ...issue,
        field: error.part === 'body' ? issue.field : `${error.part}.${issue.field}`,
      }));
      return send(reply, 400, 'validation_failed', formatErrorMessage(language, 'validation_failed'), details);
    }
    if (error instanceof AppError) {
      if (error.status === 403) await recordDenial(database, request, error);
      const details = error.details.map((issue) => ({ field: issue.field, message: pickLanguage(language, issue.message) }));
      return send(reply, error.status, error.code, formatErrorMessage(language, error.code, error.params), details);
    }
    const known = 'code' in error ? fastifyCodes[error.code] : undefined;
    if (known) {
      const params = { limit: '1 MB', type: String(request.headers['content-type'] ?? ''), reason: error.message };
      return send(reply, known.status, known.code, formatErrorMessage(language, known.code, params), []);
    }
    if ('statusCode' in error && typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      return send(reply, error.statusCode, 'invalid_json', formatErrorMessage(language, 'invalid_json', { reason: error.message }), []);
    }
    request.log.error({ err: error, route: request.routeOptions.url }, 'unexpected error');
    return send(reply, 500, 'internal', formatErrorMessage(language, 'internal'), []);
  });

  app.setNotFoundHandler((request, reply) => {
    const language = requestLanguage(request);
    const url = request.url.split('?')[0] ?? '';
    return send(reply, 404, 'route_not_found', formatErrorMessage(language, 'route_not_found', { method: request.method, url }), []);
  });
}

function send(reply: FastifyReply, status: number, code: string, message: string, details: FieldIssue[]) {
  return reply.status(status).type('application/json; charset=utf-8').send({ error: { code, message, details } });
}

async function recordDenial(database: Database, request: FastifyRequest, error: AppError): Promise<void> {
  const action = request.routeOptions.config.auditAction ?? 'request.denied';
  try {
    await auditDenial(database.db, request.actor, {
      action,
      unitId: typeof error.params.unitId === 'string' && error.params.unitId ? error.params.unitId : undefined,
      reason: error.code,
      summary: { method: request.method, route: request.routeOptions.url ?? null },
    });
  } catch (auditError) {
    request.log.error({ err: auditError }, 'could not record a denial in the audit log');
  }
}
