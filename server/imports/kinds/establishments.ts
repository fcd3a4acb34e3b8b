import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { establishmentCreate, establishmentListQuery, type EstablishmentCreate } from '../../../core/api/establishments.ts';
import type { FieldIssue } from '../../../core/errors/app-error.ts';
import { formatErrorMessage, type ErrorCode } from '../../../core/errors/messages.ts';
import { establishmentColumns } from '../../../core/imports/kinds/establishment-columns.ts';
import type { CellValues } from '../../../core/imports/row-parsing.ts';
import { unitLabel } from '../../../core/imports/unit-directory.ts';
import { consistencyIssues, valuesForCreate } from '../../services/establishments/establishment-service.ts';
import { getVisibleUnit } from '../../services/units/unit-service.ts';
import { findEstablishmentCollisions, insertEstablishments, refreshEstablishmentStatistics } from '../../storage/establishment-imports.ts';
import type { Executor } from '../../storage/executor.ts';
import {
  countEstablishments, establishmentDuplicateKey, listEstablishments, type EstablishmentFilter, type EstablishmentUnitRow,
} from '../../storage/establishments.ts';
import { isUnitVisible } from '../../storage/units.ts';
import type { ImportKindDefinition } from '../import-kind.ts';

const exportQuery = establishmentListQuery.omit({ page: true, pageSize: true });
export type EstablishmentExportFilters = z.infer<typeof exportQuery>;

const EXPORT_PAGE = 2000;

/** Folded name and address per row input: the file check and the registry check both need it. */
const placeKeys = new WeakMap<EstablishmentCreate, string>();
function placeKey(input: EstablishmentCreate): string {
  let key = placeKeys.get(input);
  if (key === undefined) placeKeys.set(input, (key = establishmentDuplicateKey(input.name, input.address)));
  return key;
}

/** Rows inserted so far by each import transaction: statistics are refreshed as the registry doubles. */
const insertedBy = new WeakMap<Executor, number>();
const statisticsThresholds = [2_000, 8_000, 32_000, 128_000];

/** The create service's duplicate messages, in both languages, as one row's problem. */
const duplicateIssue = (field: string, code: ErrorCode, params: Record<string, string>): FieldIssue => ({
  field, message: `${formatErrorMessage('vi', code, params)} | ${formatErrorMessage('en', code, params)}`,
});

function toCells(row: EstablishmentUnitRow): CellValues {
  return {
    unitId: unitLabel({ id: row.unit_id, name: row.unit_name }), name: row.name, type: row.type, address: row.address,
    businessOwner: row.business_owner, licenceNumber: row.licence_number, licenceDate: row.licence_date, workers: row.workers,
    openedOn: row.opened_on, status: row.status, statusChangedOn: row.status_changed_on, closedOn: row.closed_on,
    riskClass: row.risk_class, riskReviewedOn: row.risk_reviewed_on, riskReason: row.risk_reason,
  };
}

/** The at-risk establishments registry: what units keep in Excel today. */
export const establishmentImport: ImportKindDefinition<EstablishmentCreate, EstablishmentExportFilters> = {
  kind: 'establishments',
  recordType: 'establishment',
  writePermission: 'enforcement.write',
  readPermission: 'enforcement.read',
  title: { vi: 'Cơ sở kinh doanh', en: 'Establishments' },
  fileStem: 'co-so-kinh-doanh',
  columns: establishmentColumns,
  schema: establishmentCreate,
  // Empty cells are left out, so that the schema's defaults apply (an empty status is 'active').
  toInput: (values) => Object.fromEntries(Object.entries(values).filter(([, value]) => value !== null)),
  unitOf: (input) => input.unitId,
  check: (input, today) => consistencyIssues(valuesForCreate(input, input.unitId), today),

  uniqueKeys(input) {
    const keys = [{
      key: `place:${input.unitId}|${placeKey(input)}`,
      field: 'name',
      describe: { vi: 'tên và địa chỉ trong cùng xã (không tính dấu, chữ hoa)', en: 'name and address in the same commune (ignoring accents and case)' },
    }];
    if (input.licenceNumber !== null) {
      keys.unshift({
        key: `licence:${input.licenceNumber.toLowerCase()}`,
        field: 'licenceNumber',
        describe: { vi: `số giấy phép "${input.licenceNumber}"`, en: `licence number "${input.licenceNumber}"` },
      });
    }
    return keys;
  },

  /** The rules of the create service: a licence once in the country, a name and address once in a commune. */
  async findConflicts(db, context, rows) {
    const keyOf = placeKey;
    const collisions = await findEstablishmentCollisions(db, {
      licenceKeys: rows.flatMap(({ input }) => (input.licenceNumber === null ? [] : [input.licenceNumber.toLowerCase()])),
      duplicateKeys: rows.map(({ input }) => keyOf(input)),
    });
    const issues = new Map<number, FieldIssue[]>();
    if (collisions.length === 0) return issues;
    const visible = new Map<string, boolean>();
    for (const { rowNumber, input } of rows) {
      const licence = input.licenceNumber?.toLowerCase();
      const byLicence = licence === undefined ? undefined : collisions.find((row) => row.licence_key === licence);
      if (byLicence) {
        if (!visible.has(byLicence.unit_id)) visible.set(byLicence.unit_id, await isUnitVisible(db, context.actor.scope, byLicence.unit_id));
        const licenceNumber = input.licenceNumber ?? '';
        issues.set(rowNumber, [visible.get(byLicence.unit_id)
          ? duplicateIssue('licenceNumber', 'establishment_duplicate_licence', { licenceNumber, name: byLicence.name, unit: byLicence.unit_name })
          : duplicateIssue('licenceNumber', 'establishment_duplicate_licence_elsewhere', { licenceNumber })]);
        continue;
      }
      const key = keyOf(input);
      const byPlace = collisions.find((row) => row.duplicate_key === key && row.unit_id === input.unitId);
      if (byPlace) {
        issues.set(rowNumber, [duplicateIssue('name', 'establishment_duplicate_name_address', { name: byPlace.name, address: byPlace.address, unit: byPlace.unit_name })]);
      }
    }
    return issues;
  },

  async insert(db, rows) {
    const records = rows.map(({ input }) => ({ id: randomUUID(), values: valuesForCreate(input, input.unitId) }));
    await insertEstablishments(db, records);
    const before = insertedBy.get(db) ?? 0;
    const after = before + records.length;
    insertedBy.set(db, after);
    if (statisticsThresholds.some((threshold) => before < threshold && after >= threshold)) await refreshEstablishmentStatistics(db);
    return records.map(({ id, values }) => ({ id, unitId: values.unitId, after: { ...values } }));
  },

  export: {
    query: exportQuery,
    async open(context, filters) {
      const within = filters.unit ? await getVisibleUnit(context, filters.unit) : undefined;
      const filter: EstablishmentFilter = {
        scope: context.actor.scope,
        within: within ? { kind: 'subtree', unitId: within.id, unitPath: within.path } : undefined,
        query: filters.q, type: filters.type, status: filters.status, risk: filters.risk,
      };
      const db = context.database.db;
      const total = await countEstablishments(db, filter);
      return {
        total,
        async *pages() {
          for (let offset = 0; offset < total; offset += EXPORT_PAGE) {
            const rows = await listEstablishments(db, { ...filter, limit: EXPORT_PAGE, offset });
            if (rows.length === 0) return;
            yield rows.map(toCells);
          }
        },
      };
    },
  },
};
