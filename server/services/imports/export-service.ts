import { PassThrough, type Readable } from 'node:stream';
import { hasPermission } from '../../../core/auth/roles.ts';
import { todayInVietnam } from '../../../core/dates/format.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import { importLimits } from '../../../core/imports/limits.ts';
import { writeExport } from '../../imports/export-writer.ts';
import type { AnyImportKind } from '../../imports/import-kinds.ts';
import { auditSuccess } from '../audit/audit-service.ts';
import type { ServiceContext } from '../context.ts';

/**
 * A filtered list of a kind as an XLSX stream, limited to the caller's scope like the list itself.
 * Scope and filters are checked, and the export audited, before the first byte: errors still come
 * as the usual JSON. The file holds the records' own fields, nothing about the people who wrote them.
 */
export async function exportRecords(context: ServiceContext, kind: AnyImportKind, filters: unknown): Promise<{ fileName: string; stream: Readable }> {
  if (kind.readPermission && !hasPermission(context.actor.role, kind.readPermission)) throw new AppError('forbidden', 403);
  const source = await kind.export.open(context, filters);
  if (source.total > importLimits.maxExportRows) {
    throw new AppError('export_too_many_rows', 400, { count: source.total, limit: importLimits.maxExportRows });
  }
  await auditSuccess(context.database.db, context.actor, {
    action: `${kind.recordType}.export`, targetType: kind.recordType,
    summary: { kind: kind.kind, filters: filters as Record<string, unknown>, rows: source.total },
  });
  const stream = new PassThrough();
  writeExport(kind, source.pages(), stream).catch((error: unknown) => stream.destroy(error instanceof Error ? error : new Error(String(error))));
  return { fileName: `${kind.fileStem}-${todayInVietnam()}.xlsx`, stream };
}
