import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  supportCountFields, supportMonth, supportServices, supportStatisticsCreate, supportStatisticsListQuery, type SupportStatisticsCreate,
} from '../../../core/api/support-statistics.ts';
import type { FieldIssue } from '../../../core/errors/app-error.ts';
import { parseMonthCell, supportStatisticsColumns } from '../../../core/imports/kinds/support-statistics-columns.ts';
import type { CellValues } from '../../../core/imports/row-parsing.ts';
import { unitLabel } from '../../../core/imports/unit-directory.ts';
import { monthText, referenceFigureIssues, supportFigureIssues, supportMonthIssues } from '../../../core/statistics/support-rules.ts';
import {
  auditRecord, monthTaken, supportStatisticsFilter, toSupportStatistics, valuesForCreate,
} from '../../services/support/support-statistics-service.ts';
import { countSupportStatistics, listSupportStatistics, type SupportStatisticsUnitRow } from '../../storage/support-statistics.ts';
import { findPeopleInNeedFigures, findSupportMonthCollisions, insertManySupportStatistics } from '../../storage/support-statistics-imports.ts';
import type { ImportKindDefinition } from '../import-kind.ts';

const exportQuery = supportStatisticsListQuery.omit({ page: true, pageSize: true });
export type SupportStatisticsExportFilters = z.infer<typeof exportQuery>;

const EXPORT_PAGE = 2000;

/**
 * The create schema, its month refused in the words of the file (mm/yyyy) rather than the API's
 * YYYY-MM: a month cell the mapping could not read reaches the schema as typed.
 */
const importSchema = supportStatisticsCreate.extend({
  month: z.string().refine((month) => supportMonth.safeParse(month).success, {
    error: 'Không đọc được tháng; hãy ghi dạng mm/yyyy, ví dụ 03/2026 | The month cannot be read; write it as mm/yyyy, e.g. 03/2026',
  }),
});

/** A rule's field as the column that holds it: the services are columns of their own ('services.condoms' → 'condoms'). */
const toColumnField = (issue: FieldIssue): FieldIssue => ({ ...issue, field: issue.field.replace(/^services\./, '') });

const monthStartOf = (input: SupportStatisticsCreate) => `${input.month}-01`;

function toCells(row: SupportStatisticsUnitRow): CellValues {
  const record = toSupportStatistics(row, row.unit_name);
  return {
    unitId: unitLabel({ id: record.unitId, name: record.unitName }),
    month: monthText(record.month),
    ...Object.fromEntries(supportCountFields.map((field) => [field, record[field]])),
    ...record.services,
  };
}

/** A unit's support and harm-reduction figures of a month, as units keep them in a sheet with a row per month. */
export const supportStatisticsImport: ImportKindDefinition<SupportStatisticsCreate, SupportStatisticsExportFilters> = {
  kind: 'support-statistics',
  recordType: 'support_statistics',
  writePermission: 'support.write',
  readPermission: 'support.read',
  title: { vi: 'Số liệu dịch vụ hỗ trợ', en: 'Support service figures' },
  fileStem: 'so-lieu-dich-vu-ho-tro',
  columns: supportStatisticsColumns,
  schema: importSchema,

  // Empty counts are left out so that the schema's zeros apply; the services go under `services`.
  toInput(values) {
    const present = (key: string) => values[key] !== null && values[key] !== undefined;
    const month = values.month ?? null;
    return {
      unitId: values.unitId,
      month: month === null ? undefined : (parseMonthCell(month) ?? String(month)),
      ...Object.fromEntries(supportCountFields.filter(present).map((field) => [field, values[field]])),
      services: Object.fromEntries(supportServices.filter(present).map((service) => [service, values[service]])),
    };
  },
  unitOf: (input) => input.unitId,
  check: (input, today) => [...supportMonthIssues(input.month, today), ...supportFigureIssues(input)].map(toColumnField),

  uniqueKeys: (input) => [{
    key: `${input.unitId}|${input.month}`,
    field: 'month',
    describe: { vi: `đơn vị và tháng ${monthText(input.month)}`, en: `unit and month ${monthText(input.month)}` },
  }],

  /**
   * The create service's rules that need the database: one live record per unit and month, and
   * people in need or served not above the unit's reference figure for the year.
   */
  async findConflicts(db, _context, rows) {
    const issues = new Map<number, FieldIssue[]>();
    if (rows.length === 0) return issues;
    const unitIds = rows.map(({ input }) => input.unitId);
    const [taken, figures] = await Promise.all([
      findSupportMonthCollisions(db, { unitIds, months: rows.map(({ input }) => monthStartOf(input)) }),
      findPeopleInNeedFigures(db, { unitIds, years: rows.map(({ input }) => Number(input.month.slice(0, 4))) }),
    ]);
    const takenBy = new Map(taken.map((row) => [`${row.unit_id}|${row.month}`, row]));
    const figureOf = new Map(figures.map((row) => [`${row.unit_id}|${row.year}`, row.value]));
    for (const { rowNumber, input } of rows) {
      const year = Number(input.month.slice(0, 4));
      const found = referenceFigureIssues(input, year, figureOf.get(`${input.unitId}|${year}`));
      const existing = takenBy.get(`${input.unitId}|${monthStartOf(input)}`);
      if (existing) found.push(...monthTaken({ month: existing.month }, { name: existing.unit_name }).details);
      if (found.length > 0) issues.set(rowNumber, found);
    }
    return issues;
  },

  async insert(db, rows) {
    const records = rows.map(({ input }) => ({ id: randomUUID(), values: valuesForCreate(input, input.unitId) }));
    const saved = await insertManySupportStatistics(db, records);
    return saved.map((row) => ({ id: row.id, unitId: row.unit_id, after: auditRecord(toSupportStatistics(row, '')) }));
  },

  export: {
    query: exportQuery,
    async open(context, filters) {
      const filter = await supportStatisticsFilter(context, filters);
      const db = context.database.db;
      const total = await countSupportStatistics(db, filter);
      return {
        total,
        async *pages() {
          for (let offset = 0; offset < total; offset += EXPORT_PAGE) {
            const rows = await listSupportStatistics(db, { ...filter, limit: EXPORT_PAGE, offset });
            if (rows.length === 0) return;
            yield rows.map(toCells);
          }
        },
      };
    },
  },
};
