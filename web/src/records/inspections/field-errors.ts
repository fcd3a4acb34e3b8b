import { ApiError } from '../../api/client.ts';

/**
 * The server's messages for a field and for its list entries ('memberAgencyIds' and
 * 'memberAgencyIds.1'), joined for display next to it; not those of nested fields ('visits.0.outcome').
 */
export function serverFieldMessage(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const messages = error.details
    .filter((detail) => detail.field === field || new RegExp(`^${field.replace(/\./g, '\\.')}\\.\\d+$`).test(detail.field))
    .map((detail) => detail.message);
  return messages.length > 0 ? [...new Set(messages)].join(' ') : undefined;
}
