import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { userText } from '../../../core/api/common.ts';
import { harmReductionModelCreate, harmReductionModelListQuery } from '../../../core/api/harm-reduction-models.ts';
import { harmReductionModelColumns } from '../../../core/imports/kinds/harm-reduction-model-columns.ts';
import type { CellValues } from '../../../core/imports/row-parsing.ts';
import { unitLabel } from '../../../core/imports/unit-directory.ts';
import { fieldIssues } from '../../services/harm-reduction-models/harm-reduction-model-service.ts';
import { getVisibleUnit } from '../../services/units/unit-service.ts';
import { insertHarmReductionModels } from '../../storage/harm-reduction-model-imports.ts';
import {
  countHarmReductionModels, listHarmReductionModels, type HarmReductionModelFilter, type HarmReductionModelUnitRow,
  type HarmReductionModelValues,
} from '../../storage/harm-reduction-models.ts';
import type { ImportKindDefinition, ImportRow } from '../import-kind.ts';
import { bodiesOfCheckedRows, resolveUnitBodies } from './unit-agency-names.ts';

const exportQuery = harmReductionModelListQuery.omit({ page: true, pageSize: true });
export type HarmReductionModelExportFilters = z.infer<typeof exportQuery>;

const EXPORT_PAGE = 2000;

/**
 * The create input with the managing body by name instead of by id: a file names the agency as
 * people write it; findConflicts and insert resolve it against the unit's agencies.
 */
const importSchema = harmReductionModelCreate.omit({ agencyId: true }).extend({ agency: userText(200).nullable().default(null) });
export type HarmReductionModelImport = z.infer<typeof importSchema>;

/** The record's values once its body is known (null: the People's Committee). */
function valuesOf(input: HarmReductionModelImport, agencyId: string | null): HarmReductionModelValues {
  return {
    unitId: input.unitId, name: input.name, kind: input.kind, agencyId, description: input.description,
    startedOn: input.startedOn, endedOn: input.endedOn,
  };
}

const probesOf = (rows: readonly ImportRow<HarmReductionModelImport>[]) =>
  rows.map(({ rowNumber, input }) => ({ rowNumber, unitId: input.unitId, agency: input.agency }));

function toCells(row: HarmReductionModelUnitRow): CellValues {
  return {
    unitId: unitLabel({ id: row.unit_id, name: row.unit_name }), name: row.name, kind: row.kind, agency: row.agency_name,
    description: row.description, startedOn: row.started_on, endedOn: row.ended_on,
  };
}

/** Pilot support and harm-reduction models a unit runs: no participant's data, only the model. */
export const harmReductionModelImport: ImportKindDefinition<HarmReductionModelImport, HarmReductionModelExportFilters> = {
  kind: 'harm-reduction-models',
  recordType: 'harm_reduction_model',
  writePermission: 'support.write',
  readPermission: null,
  title: { vi: 'Mô hình hỗ trợ, can thiệp giảm hại', en: 'Support and harm-reduction models' },
  fileStem: 'mo-hinh-ho-tro',
  columns: harmReductionModelColumns,
  schema: importSchema,
  toInput: (values) => Object.fromEntries(Object.entries(values).filter(([, value]) => value !== null)),
  unitOf: (input) => input.unitId,
  // The dates; the body is checked against the database in findConflicts.
  check: (input, today) => fieldIssues(valuesOf(input, null), today),
  // The create service has no duplicate rule for models: only rows repeated whole are refused (by the framework).
  uniqueKeys: () => [],

  /** The create service's rule that needs the database: the body is an active agency of the unit, named in the file. */
  async findConflicts(db, _context, rows) {
    return (await resolveUnitBodies(db, 'agency', probesOf(rows))).issues;
  },

  async insert(db, rows) {
    const bodies = await bodiesOfCheckedRows(db, 'agency', probesOf(rows));
    const records = rows.map(({ rowNumber, input }) => {
      const body = bodies.get(rowNumber) ?? null;
      return { id: randomUUID(), values: valuesOf(input, body?.id ?? null), agencyName: body?.name ?? null };
    });
    await insertHarmReductionModels(db, records);
    // As the create service's audit entry holds it: the agency's name beside its id.
    return records.map(({ id, values, agencyName }) => ({
      id, unitId: values.unitId,
      after: {
        unitId: values.unitId, name: values.name, kind: values.kind, agencyId: values.agencyId, agencyName,
        description: values.description, startedOn: values.startedOn, endedOn: values.endedOn,
      },
    }));
  },

  export: {
    query: exportQuery,
    async open(context, filters) {
      const within = filters.unit ? await getVisibleUnit(context, filters.unit) : undefined;
      const filter: HarmReductionModelFilter = {
        scope: context.actor.scope,
        within: within ? { kind: 'subtree', unitId: within.id, unitPath: within.path } : undefined,
        runningIn: filters.year, kind: filters.kind, query: filters.q,
      };
      const db = context.database.db;
      const total = await countHarmReductionModels(db, filter);
      return {
        total,
        async *pages() {
          for (let offset = 0; offset < total; offset += EXPORT_PAGE) {
            const rows = await listHarmReductionModels(db, { ...filter, limit: EXPORT_PAGE, offset });
            if (rows.length === 0) return;
            yield rows.map(toCells);
          }
        },
      };
    },
  },
};
