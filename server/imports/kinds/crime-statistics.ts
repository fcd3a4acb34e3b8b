import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  crimeStatisticsCreate, crimeStatisticsListQuery, statisticsPeriodCode, type CrimeCountField, type CrimeStatisticsCreate,
} from '../../../core/api/crime-statistics.ts';
import { formatDate } from '../../../core/dates/format.ts';
import type { FieldIssue } from '../../../core/errors/app-error.ts';
import { crimeCountLabels, crimeStatisticsColumns, parsePeriodCell } from '../../../core/imports/kinds/crime-statistics-columns.ts';
import type { CellValues } from '../../../core/imports/row-parsing.ts';
import { unitLabel } from '../../../core/imports/unit-directory.ts';
import { formatPeriod } from '../../../core/periods/format-period.ts';
import { parsePeriod } from '../../../core/periods/period.ts';
import { crimeLineIssues, crimeLineNames, crimePeriodIssues } from '../../../core/statistics/crime-rules.ts';
import {
  crimeStatisticsFilter, overlapError, toCrimeStatistics, valuesForCreate,
} from '../../services/crime-statistics/crime-statistics-service.ts';
import { countCrimeStatistics, listCrimeStatistics, type CrimeStatisticsUnitRow } from '../../storage/crime-statistics.ts';
import {
  findCrimeLineCollisions, insertManyCrimeStatistics, lockUnitLines, type CrimeLineCollision,
} from '../../storage/crime-statistics-imports.ts';
import type { ImportKindDefinition } from '../import-kind.ts';

const exportQuery = crimeStatisticsListQuery.omit({ page: true, pageSize: true });
export type CrimeStatisticsExportFilters = z.infer<typeof exportQuery>;

const EXPORT_PAGE = 2000;

const countFields = Object.keys(crimeCountLabels) as CrimeCountField[];

/**
 * The create schema, its period refused in the words of the file: a period cell the mapping could
 * not read reaches the schema as typed, and the API's message only speaks of codes.
 */
const importSchema = crimeStatisticsCreate.extend({
  period: z.string().refine((code) => statisticsPeriodCode.safeParse(code).success, {
    error: 'Không đọc được kỳ thống kê; hãy ghi ví dụ "Tháng 03/2026", "Quý 1/2026", "6 tháng đầu năm 2026", "Năm 2026" hoặc mã kỳ Q2026-1 '
      + '| The period cannot be read; write e.g. "Tháng 03/2026", "Quý 1/2026", "6 tháng đầu năm 2026", "Năm 2026" or a code such as Q2026-1',
  }),
});

/**
 * A period as the half months it covers (1st–14th, 15th–end). Periods start on the 1st (calendar)
 * or the 15th (reporting basis) and end on the 14th or a month's last day, so two periods share a
 * day exactly when they share a half month, whatever their kind or basis.
 */
function halfMonths(start: string, end: string): number[] {
  const halfOf = (date: string) => {
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    return (year * 12 + month - 1) * 2 + (day >= 15 ? 1 : 0);
  };
  const halves: number[] = [];
  for (let half = halfOf(start); half <= halfOf(end); half++) halves.push(half);
  return halves;
}

function periodText(row: { periodCode: string | null; periodStart: string; periodEnd: string }): string {
  return row.periodCode ? formatPeriod(parsePeriod(row.periodCode), 'vi') : `${formatDate(row.periodStart)}–${formatDate(row.periodEnd)}`;
}

function toCells(row: CrimeStatisticsUnitRow): CellValues {
  const record = toCrimeStatistics(row, row.unit_name);
  return {
    unitId: unitLabel({ id: record.unitId, name: record.unitName }),
    period: periodText(record),
    article: record.article,
    ...Object.fromEntries(countFields.map((field) => [field, record[field]])),
  };
}

/** Crime and sanction statistics: a row per unit, period and line, as police and justice registers keep them. */
export const crimeStatisticsImport: ImportKindDefinition<CrimeStatisticsCreate, CrimeStatisticsExportFilters> = {
  kind: 'crime-statistics',
  recordType: 'crime_statistics',
  writePermission: 'enforcement.write',
  readPermission: 'enforcement.read',
  title: { vi: 'Số liệu tội phạm, xử phạt', en: 'Crime and sanction figures' },
  fileStem: 'so-lieu-toi-pham-xu-phat',
  columns: crimeStatisticsColumns,
  schema: importSchema,

  // Empty counts are left out so that the schema's zeros apply.
  toInput(values) {
    const period = values.period ?? null;
    return {
      ...Object.fromEntries(Object.entries(values).filter(([, value]) => value !== null)),
      period: period === null ? undefined : (parsePeriodCell(period) ?? String(period)),
    };
  },
  unitOf: (input) => input.unitId,
  check: (input, today) => [...crimePeriodIssues(parsePeriod(input.period).start, today), ...crimeLineIssues(input)],

  uniqueKeys(input) {
    const period = parsePeriod(input.period);
    const line = crimeLineNames[input.article];
    const describe = { vi: `thời gian (kỳ chồng lấn) của ${line.vi} cùng đơn vị`, en: `time (overlapping periods) of ${line.en} for the same unit` };
    return halfMonths(period.start, period.end).map((half) => ({ key: `${input.unitId}|${input.article}|${half}`, field: 'period', describe }));
  },

  /** The create service's rule: no live line of the same unit and article shares a day with the row's period. */
  async findConflicts(db, _context, rows) {
    const issues = new Map<number, FieldIssue[]>();
    if (rows.length === 0) return issues;
    // At commit (in the import's transaction) the lines are locked as the create service locks one.
    if (db.isTransaction) await lockUnitLines(db, rows.map(({ input }) => ({ unitId: input.unitId, article: input.article })));
    const periods = rows.map(({ input }) => parsePeriod(input.period));
    const collisions = await findCrimeLineCollisions(db, {
      unitIds: rows.map(({ input }) => input.unitId),
      articles: rows.map(({ input }) => input.article),
      from: periods.map((period) => period.start).sort()[0]!,
      to: periods.map((period) => period.end).sort().at(-1)!,
    });
    const byLine = new Map<string, CrimeLineCollision[]>();
    for (const collision of collisions) {
      const key = `${collision.unit_id}|${collision.article}`;
      byLine.set(key, [...(byLine.get(key) ?? []), collision]);
    }
    rows.forEach(({ rowNumber, input }, index) => {
      const period = periods[index]!;
      const existing = byLine.get(`${input.unitId}|${input.article}`)
        ?.find((line) => line.period_start <= period.end && period.start <= line.period_end);
      if (existing) {
        const values = { article: input.article, periodStart: period.start, periodEnd: period.end };
        issues.set(rowNumber, overlapError(values, { name: existing.unit_name }, existing).details);
      }
    });
    return issues;
  },

  async insert(db, rows) {
    const records = rows.map(({ input }) => ({ id: randomUUID(), values: valuesForCreate(input, input.unitId) }));
    const saved = await insertManyCrimeStatistics(db, records);
    return saved.map((row) => ({ id: row.id, unitId: row.unit_id, after: { ...toCrimeStatistics(row, '') } }));
  },

  export: {
    query: exportQuery,
    async open(context, filters) {
      const filter = await crimeStatisticsFilter(context, filters);
      const db = context.database.db;
      const total = await countCrimeStatistics(db, filter);
      return {
        total,
        async *pages() {
          for (let offset = 0; offset < total; offset += EXPORT_PAGE) {
            const rows = await listCrimeStatistics(db, { ...filter, limit: EXPORT_PAGE, offset });
            if (rows.length === 0) return;
            yield rows.map(toCells);
          }
        },
      };
    },
  },
};
