import { UnitDirectory } from '../../../core/imports/unit-directory.ts';
import type { AnyImportKind } from '../../imports/import-kinds.ts';
import { buildTemplate } from '../../imports/template.ts';
import { listDirectoryUnits } from '../../storage/imports.ts';
import type { ServiceContext } from '../context.ts';
import { assertMayImport } from './import-service.ts';

/** The kind's XLSX template, its unit drop-down holding the units of the caller's scope. */
export async function importTemplate(context: ServiceContext, kind: AnyImportKind): Promise<{ fileName: string; content: Buffer }> {
  assertMayImport(context, kind);
  const levels = [...new Set(kind.columns.flatMap((column) => (column.type.kind === 'unit' ? column.type.levels : [])))];
  const units = levels.length > 0 ? new UnitDirectory(await listDirectoryUnits(context.database.db, context.actor.scope)).listInScope(levels) : [];
  return { fileName: `mau-nhap-${kind.fileStem}.xlsx`, content: await buildTemplate(kind, units) };
}
