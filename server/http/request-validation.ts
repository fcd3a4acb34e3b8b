import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';

/** A request part failed its schema. The raw issues are kept so the message can be localised per request. */
export class RequestValidationError extends Error {
  readonly issues: readonly z.core.$ZodIssue[];
  readonly part: string;

  constructor(issues: readonly z.core.$ZodIssue[], part: string) {
    super('request validation failed');
    this.issues = issues;
    this.part = part;
  }
}

export const validatorCompiler: FastifySchemaCompiler<z.ZodType> = ({ schema, httpPart }) => (data) => {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { value: result.data };
  return { error: new RequestValidationError(result.error.issues, httpPart ?? 'body') };
};
