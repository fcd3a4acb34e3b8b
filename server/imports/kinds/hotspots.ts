import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { hotspotCreate, hotspotListQuery, type HotspotCreate } from '../../../core/api/hotspots.ts';
import { hotspotColumns } from '../../../core/imports/kinds/hotspot-columns.ts';
import type { CellValues } from '../../../core/imports/row-parsing.ts';
import { unitLabel } from '../../../core/imports/unit-directory.ts';
import { hotspotIssues, newHotspotValues } from '../../services/hotspots/hotspot-rules.ts';
import { getVisibleUnit } from '../../services/units/unit-service.ts';
import { insertHotspots } from '../../storage/hotspot-imports.ts';
import { countHotspots, listHotspots, type HotspotFilter, type HotspotUnitRow } from '../../storage/hotspots.ts';
import type { ImportKindDefinition } from '../import-kind.ts';

const exportQuery = hotspotListQuery.omit({ page: true, pageSize: true });
export type HotspotExportFilters = z.infer<typeof exportQuery>;

const EXPORT_PAGE = 2000;

/**
 * The create schema, but with coordinates that say what they need when a cell is not a number:
 * the file gives them as text (the framework has no decimal column), toInput makes numbers of them.
 */
const coordinate = (message: string) => z.number({ error: message }).nullable().default(null);
const importSchema = hotspotCreate.extend({
  latitude: coordinate('Vĩ độ phải là số thập phân (độ), ví dụ 18.6796 | The latitude must be a decimal number of degrees, e.g. 18.6796'),
  longitude: coordinate('Kinh độ phải là số thập phân (độ), ví dụ 105.6813 | The longitude must be a decimal number of degrees, e.g. 105.6813'),
});

/** A coordinate typed with a decimal point or a decimal comma ("18,6796", as Vietnamese Excel shows it); anything else stays text for the schema to refuse. */
function coordinateValue(value: string | number): string | number {
  if (typeof value === 'number') return value;
  const text = value.replace(/\s/g, '');
  return /^[-+]?\d+(?:[.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : value;
}

function toCells(row: HotspotUnitRow): CellValues {
  return {
    unitId: unitLabel({ id: row.unit_id, name: row.unit_name }), address: row.address, kind: row.kind, description: row.description,
    latitude: row.latitude, longitude: row.longitude, identifiedOn: row.identified_on, status: row.status,
    eliminatedOn: row.eliminated_on, statusChangedOn: row.status_changed_on,
  };
}

/**
 * Hotspots (tụ điểm) with their status and elimination date. Watch visits are not imported: each
 * is recorded on the hotspot's page, where it may change the status.
 */
export const hotspotImport: ImportKindDefinition<HotspotCreate, HotspotExportFilters> = {
  kind: 'hotspots',
  recordType: 'hotspot',
  writePermission: 'enforcement.write',
  readPermission: 'enforcement.read',
  title: { vi: 'Tụ điểm', en: 'Hotspots' },
  fileStem: 'tu-diem',
  columns: hotspotColumns,
  schema: importSchema,
  // Empty cells are left out, so that the schema's defaults apply (an empty status is 'active').
  toInput: (values) => Object.fromEntries(Object.entries(values)
    .filter(([, value]) => value !== null)
    .map(([key, value]) => [key, (key === 'latitude' || key === 'longitude') && value !== null ? coordinateValue(value) : value])),
  unitOf: (input) => input.unitId,
  check: (input, today) => hotspotIssues(newHotspotValues(input), today),
  // The create service has no duplicate rule for hotspots: only rows repeated whole are refused (by the framework).
  uniqueKeys: () => [],
  findConflicts: () => Promise.resolve(new Map()),

  async insert(db, rows) {
    const records = rows.map(({ input }) => ({ id: randomUUID(), values: newHotspotValues(input) }));
    await insertHotspots(db, records);
    return records.map(({ id, values }) => ({ id, unitId: values.unitId, after: { ...values } }));
  },

  export: {
    query: exportQuery,
    async open(context, filters) {
      const within = filters.unit ? await getVisibleUnit(context, filters.unit) : undefined;
      const filter: HotspotFilter = {
        scope: context.actor.scope,
        within: within ? { kind: 'subtree', unitId: within.id, unitPath: within.path } : undefined,
        query: filters.q, kind: filters.kind, status: filters.status,
      };
      const db = context.database.db;
      const total = await countHotspots(db, filter);
      return {
        total,
        async *pages() {
          for (let offset = 0; offset < total; offset += EXPORT_PAGE) {
            const rows = await listHotspots(db, { ...filter, limit: EXPORT_PAGE, offset });
            if (rows.length === 0) return;
            yield rows.map(toCells);
          }
        },
      };
    },
  },
};
