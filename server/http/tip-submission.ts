import type { FastifyRequest } from 'fastify';
import type {} from '@fastify/multipart';
import type { z } from 'zod';
import { attachmentLimits, submissionKeyPattern } from '../../core/api/tips.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { tooLarge } from '../services/tips/attachments.ts';
import { unquoteSubmissionKey } from '../services/tips/submission-keys.ts';
import { RequestValidationError } from './request-validation.ts';

/** The most a tip submission may weigh: every file at its limit, and the form around them. */
export const TIP_SUBMISSION_BODY_LIMIT = attachmentLimits.maxTotalBytes + 1024 * 1024;

export interface TipSubmission {
  /** The form's `tip` field, parsed from JSON, still to be validated by the route's schema. */
  fields: unknown;
  files: { fileName: string; content: Buffer }[];
}

/**
 * Reads a tip sent as multipart/form-data: a `tip` field (or `fieldName`: a reporter's addition
 * comes as `addition`) holding the JSON of the form, and up to
 * five `attachments`. A JSON body (no files) is accepted too. Limits are enforced while reading,
 * so an oversized file is cut off before it is held in memory whole.
 */
export async function readTipSubmission(
  request: FastifyRequest, fieldName = 'tip', options: { fieldRequired?: boolean } = {},
): Promise<TipSubmission> {
  if (!request.isMultipart()) return { fields: request.body, files: [] };
  let fields: unknown;
  const files: TipSubmission['files'] = [];
  try {
    const parts = request.parts({
      limits: { fileSize: attachmentLimits.maxFileBytes, files: attachmentLimits.maxFiles, fields: 4, fieldSize: 64 * 1024, parts: attachmentLimits.maxFiles + 4 },
    });
    for await (const part of parts) {
      if (part.type === 'file') {
        if (part.fieldname !== 'attachments') throw unexpectedPart(part.fieldname);
        files.push({ fileName: part.filename, content: await part.toBuffer() });
      } else if (part.fieldname === fieldName) {
        fields = parseJsonField(String(part.value), fieldName);
      } else {
        throw unexpectedPart(part.fieldname);
      }
    }
  } catch (error) {
    throw toAppError(error, files.length);
  }
  // Files alone (an officer adding attachments to a tip) need no form field.
  if (fields === undefined && options.fieldRequired !== false) throw new RequestValidationError([{ code: 'custom', path: [fieldName], message: 'Thiếu nội dung tin báo | The tip\'s form is missing', input: undefined }], 'body');
  return { fields, files };
}

function parseJsonField(value: string, fieldName: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    throw new RequestValidationError([{ code: 'custom', path: [fieldName], message: 'Nội dung tin báo không phải JSON hợp lệ | The tip\'s form is not valid JSON', input: value.slice(0, 20) }], 'body');
  }
}

function unexpectedPart(name: string) {
  return new RequestValidationError([{ code: 'custom', path: [name], message: 'Trường không được hỗ trợ | Unsupported field', input: name }], 'body');
}

function toAppError(error: unknown, filesRead: number): unknown {
  if (error instanceof AppError || error instanceof RequestValidationError) return error;
  const code = (error as { code?: string }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return new AppError('attachment_too_large', 413, tooLarge(`#${filesRead + 1}`));
  if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT') return new AppError('attachment_too_many', 400, { max: attachmentLimits.maxFiles });
  return error;
}

/** Validates the form's fields with the route's schema, as Fastify would a JSON body. */
export function parseTipFields<T extends z.ZodType>(schema: T, fields: unknown): z.output<T> {
  const result = schema.safeParse(fields, { reportInput: true });
  if (!result.success) throw new RequestValidationError(result.error.issues, 'body');
  return result.data;
}

/**
 * The submission's `Idempotency-Key` header, unquoted; undefined when there is none. A malformed
 * one is undefined here too: the route's header schema refuses it with 400 (this also runs before
 * validation, for the rate limiter).
 */
export function submissionKeyOf(request: FastifyRequest): string | undefined {
  const value = request.headers['idempotency-key'];
  return typeof value === 'string' && submissionKeyPattern.test(value) ? unquoteSubmissionKey(value) : undefined;
}
