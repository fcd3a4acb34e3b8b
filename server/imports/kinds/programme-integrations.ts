import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { userText } from '../../../core/api/common.ts';
import { programmeIntegrationCreate, programmeIntegrationListQuery } from '../../../core/api/programme-integrations.ts';
import { programmeIntegrationColumns } from '../../../core/imports/kinds/programme-integration-columns.ts';
import type { CellValues } from '../../../core/imports/row-parsing.ts';
import { unitLabel } from '../../../core/imports/unit-directory.ts';
import { toSearchText } from '../../../core/text/search-text.ts';
import { duplicateIntegrationIssue, fieldIssues } from '../../services/programme-integrations/programme-integration-service.ts';
import { getVisibleUnit } from '../../services/units/unit-service.ts';
import { findProgrammeIntegrationCollisions, insertProgrammeIntegrations } from '../../storage/programme-integration-imports.ts';
import {
  countProgrammeIntegrations, listProgrammeIntegrations, type ProgrammeIntegrationFilter, type ProgrammeIntegrationUnitRow,
  type ProgrammeIntegrationValues,
} from '../../storage/programme-integrations.ts';
import type { ImportKindDefinition, ImportRow } from '../import-kind.ts';
import { agencyKey, bodiesOfCheckedRows, resolveUnitBodies } from './unit-agency-names.ts';

const exportQuery = programmeIntegrationListQuery.omit({ page: true, pageSize: true });
export type ProgrammeIntegrationExportFilters = z.infer<typeof exportQuery>;

const EXPORT_PAGE = 2000;

/**
 * The create input with the integrating body by name instead of by id: a file names the agency as
 * people write it; findConflicts and insert resolve it against the unit's agencies.
 */
const importSchema = programmeIntegrationCreate.omit({ agencyId: true }).extend({ agency: userText(200).nullable().default(null) });
export type ProgrammeIntegrationImport = z.infer<typeof importSchema>;

/** The record's values once its body is known (null: the People's Committee). */
function valuesOf(input: ProgrammeIntegrationImport, agencyId: string | null): ProgrammeIntegrationValues {
  return {
    unitId: input.unitId, year: input.year, agencyId, programme: input.programme, programmeKind: input.programmeKind,
    documentNumber: input.documentNumber, documentDate: input.documentDate, notes: input.notes,
  };
}

const probesOf = (rows: readonly ImportRow<ProgrammeIntegrationImport>[]) =>
  rows.map(({ rowNumber, input }) => ({ rowNumber, unitId: input.unitId, agency: input.agency }));

function toCells(row: ProgrammeIntegrationUnitRow): CellValues {
  return {
    unitId: unitLabel({ id: row.unit_id, name: row.unit_name }), year: row.year, agency: row.agency_name, programme: row.programme,
    programmeKind: row.programme_kind, documentNumber: row.document_number, documentDate: row.document_date, notes: row.notes,
  };
}

/** Integrations of prostitution prevention into other programmes, by year and integrating body. */
export const programmeIntegrationImport: ImportKindDefinition<ProgrammeIntegrationImport, ProgrammeIntegrationExportFilters> = {
  kind: 'programme-integrations',
  recordType: 'programme_integration',
  writePermission: 'activity.write',
  readPermission: null,
  title: { vi: 'Lồng ghép', en: 'Programme integrations' },
  fileStem: 'long-ghep',
  columns: programmeIntegrationColumns,
  schema: importSchema,
  toInput: (values) => Object.fromEntries(Object.entries(values).filter(([, value]) => value !== null)),
  unitOf: (input) => input.unitId,
  // The year and the document date; the body is checked against the database in findConflicts.
  check: (input, today) => fieldIssues(valuesOf(input, null), today),

  uniqueKeys: (input) => [{
    key: `${input.unitId}|${input.year}|${agencyKey(input.agency)}|${toSearchText(input.programme)}`,
    field: 'programme',
    describe: {
      vi: 'đơn vị, năm, cơ quan lồng ghép và chương trình (không tính dấu, chữ hoa)',
      en: 'unit, year, integrating body and programme (ignoring accents and case)',
    },
  }],

  /**
   * The create service's rules that need the database: the body is an active agency of the unit
   * (named in the file, resolved here), and one live integration per unit, body, programme and year.
   */
  async findConflicts(db, _context, rows) {
    const { bodies, issues } = await resolveUnitBodies(db, 'agency', probesOf(rows));
    const probes = rows.flatMap(({ rowNumber, input }) => {
      const body = bodies.get(rowNumber);
      return body === undefined ? [] : [{ rowNumber, unitId: input.unitId, year: input.year, agencyId: body?.id ?? null, programme: input.programme }];
    });
    const seen = new Set<number>();
    for (const collision of await findProgrammeIntegrationCollisions(db, probes)) {
      if (seen.has(collision.row_number)) continue;
      seen.add(collision.row_number);
      issues.set(collision.row_number, [duplicateIntegrationIssue(collision, { kind: collision.unit_kind, short_name: collision.unit_short_name })]);
    }
    return issues;
  },

  async insert(db, rows) {
    const bodies = await bodiesOfCheckedRows(db, 'agency', probesOf(rows));
    const records = rows.map(({ rowNumber, input }) => {
      const body = bodies.get(rowNumber) ?? null;
      return { id: randomUUID(), values: valuesOf(input, body?.id ?? null), agencyName: body?.name ?? null };
    });
    await insertProgrammeIntegrations(db, records);
    // As the create service's audit entry holds it: the agency's name beside its id.
    return records.map(({ id, values, agencyName }) => ({
      id, unitId: values.unitId,
      after: {
        unitId: values.unitId, year: values.year, agencyId: values.agencyId, agencyName, programme: values.programme,
        programmeKind: values.programmeKind, documentNumber: values.documentNumber, documentDate: values.documentDate, notes: values.notes,
      },
    }));
  },

  export: {
    query: exportQuery,
    async open(context, filters) {
      const within = filters.unit ? await getVisibleUnit(context, filters.unit) : undefined;
      const filter: ProgrammeIntegrationFilter = {
        scope: context.actor.scope,
        within: within ? { kind: 'subtree', unitId: within.id, unitPath: within.path } : undefined,
        year: filters.year, kind: filters.kind, query: filters.q,
      };
      const db = context.database.db;
      const total = await countProgrammeIntegrations(db, filter);
      return {
        total,
        async *pages() {
          for (let offset = 0; offset < total; offset += EXPORT_PAGE) {
            const rows = await listProgrammeIntegrations(db, { ...filter, limit: EXPORT_PAGE, offset });
            if (rows.length === 0) return;
            yield rows.map(toCells);
          }
        },
      };
    },
  },
};
