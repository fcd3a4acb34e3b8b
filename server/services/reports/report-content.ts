import type { FigureCorrection, FigureRow, FigureTable, ReportContent } from '../../../core/api/reports.ts';
import type { TargetProgress } from '../../../core/api/progress.ts';
import type { Language } from '../../../core/errors/messages.ts';
import { getIndicator } from '../../../core/indicators/catalogue.ts';
import { formatNumber, isShareKind } from '../../../core/indicators/measurement.ts';
import { planContent } from '../../../core/plans/plan.ts';
import { figureTables, sumFigure, type FigureTableDefinition } from '../../../core/reports/figures.ts';
import { dutiesOf } from '../../../core/reports/reporting-agencies.ts';
import { findAgency } from '../../storage/agencies.ts';
import { loadFigureScope, type FigureScope } from '../../storage/indicator-figures.ts';
import { findPlan } from '../../storage/plans.ts';
import { agencyFigureTableKeys, loadReportFigures, type FigureAttribution, type UnitTableFigures } from '../../storage/report-figures.ts';
import { listLatestContents, listRequestReports, type ReportDetailRow } from '../../storage/reports.ts';
import { findUnit, type UnitRow } from '../../storage/units.ts';
import type { ServiceContext } from '../context.ts';
import { computePlanProgress } from '../progress/progress-service.ts';

/**
 * A report's content: the narrative and corrections the unit wrote (the latest version), the
 * figure tables computed from the records of the report's period, and the plan's targets. A
 * consolidated report's tables add up the accepted reports of its units and of its unit's agencies,
 * its own records (less those of the agencies that report for themselves), and list whose report
 * is missing. An agency's report has the tables whose records name an agency, and its duties.
 */

export type StoredCorrection = ReportContent['corrections'][number];

export const emptyNarrative = (): ReportContent['narrative'] => ({ results: '', difficulties: '', proposals: '' });

/** The content of a stored version, as far as it has one (versions are written by this module only). */
export function asContent(stored: unknown): ReportContent | undefined {
  if (!stored || typeof stored !== 'object') return undefined;
  const content = stored as Partial<ReportContent>;
  // Versions stored before agencies reported have no agency fields: they were units' rows.
  return {
    narrative: content.narrative ?? emptyNarrative(),
    corrections: content.corrections ?? [],
    tables: (content.tables ?? []).map((table) => ({ ...table, rows: table.rows.map((row) => ({ ...row, agencyId: row.agencyId ?? null })) })),
    targets: content.targets ?? [],
    missingUnits: (content.missingUnits ?? []).map((entry) => ({ ...entry, agencyId: entry.agencyId ?? null })),
    duties: content.duties ?? [],
    computedAt: content.computedAt ?? new Date(0).toISOString(),
  };
}

/** Stored tables carry their titles as computed; they are worded again in the reader's language. */
export function relabel(content: ReportContent, language: Language): ReportContent {
  return {
    ...content,
    tables: content.tables.map((table) => {
      const definition = figureTables.find((candidate) => candidate.key === table.key);
      if (!definition) return table;
      return {
        ...table,
        title: definition.title[language],
        columns: table.columns.map((column) => ({ ...column, label: definition.figures.find((figure) => figure.key === column.key)?.label[language] ?? column.label })),
      };
    }),
  };
}

const columnsOf = (definition: FigureTableDefinition, language: Language) =>
  definition.figures.map((figure) => ({ key: figure.key, label: figure.label[language], kind: figure.kind }));

const zeros = (definition: FigureTableDefinition): Record<string, number> => Object.fromEntries(definition.figures.map((figure) => [figure.key, 0]));
const unknowns = (definition: FigureTableDefinition): Record<string, number | null> => Object.fromEntries(definition.figures.map((figure) => [figure.key, null]));

function totalOf(definition: FigureTableDefinition, rows: readonly FigureRow[]): Record<string, number | null> {
  return Object.fromEntries(definition.figures.map((figure) => [figure.key, sumFigure(rows.map((row) => row.values[figure.key] ?? null))]));
}

/** Adds up units' figures for one table (a reporter's whole subtree). */
function addUp(definition: FigureTableDefinition, entries: Iterable<UnitTableFigures>): UnitTableFigures {
  const sum: UnitTableFigures = { records: 0, values: zeros(definition) };
  for (const entry of entries) {
    sum.records += entry.records;
    for (const figure of definition.figures) sum.values[figure.key]! += entry.values[figure.key] ?? 0;
  }
  return sum;
}

/**
 * Applies the unit's corrections to its own row: each replaces a computed figure (kept as
 * `computed`) with the unit's value and note. A correction of an unknown table or figure is dropped.
 */
function applyCorrections(
  definition: FigureTableDefinition,
  own: Record<string, number | null>,
  corrections: readonly Pick<FigureCorrection, 'table' | 'figure' | 'value' | 'note'>[],
): StoredCorrection[] {
  const applied: StoredCorrection[] = [];
  for (const correction of corrections) {
    if (correction.table !== definition.key || !definition.figures.some((figure) => figure.key === correction.figure)) continue;
    applied.push({ table: correction.table, figure: correction.figure, value: correction.value, computed: own[correction.figure] ?? null, note: correction.note });
    own[correction.figure] = correction.value;
  }
  return applied;
}

/** The target as plans write it: "≥ 70%", "3–5%", "= 100%", "≥ 10 lượt", "tăng 3–5%". */
function targetWords(target: TargetProgress, language: Language): string {
  const indicator = getIndicator(target.indicatorCode);
  if (indicator.kind === 'done') return language === 'vi' ? 'Hoàn thành' : 'Done';
  const number = (value: number) => formatNumber(value, language);
  const figures = target.comparator === 'range' && target.valueHigh !== null ? `${number(target.value)}–${number(target.valueHigh)}` : number(target.value);
  const unit = isShareKind(indicator.kind) || indicator.kind === 'year_on_year_growth' ? `${figures}%`
    : indicator.kind === 'monthly_frequency' ? (language === 'vi' ? `${figures} tháng` : `${figures} months`)
      : language === 'vi' ? `${figures} lượt` : figures;
  const symbol = { gte: '≥ ', lte: '≤ ', eq: '= ', range: '' }[target.comparator as 'gte' | 'lte' | 'eq' | 'range'] ?? '';
  const words = `${symbol}${unit}`;
  if (indicator.kind !== 'year_on_year_growth') return words;
  return language === 'vi' ? `tăng ${words}` : `growth ${words}`;
}

/**
 * The plan's targets for the report's unit, judged over the report's period. A plan the unit
 * does not stand under (an ad hoc request, a unit outside the plan's issuer) gives none.
 */
async function targetLines(context: ServiceContext, report: ReportDetailRow, language: Language): Promise<ReportContent['targets']> {
  // The targets are the unit's; an agency reports against its duties.
  if (!report.plan_id || report.agency_id) return [];
  try {
    const progress = await computePlanProgress(context, report.plan_id, { unit: report.unit_id, period: report.period_code }, language);
    return progress.targets.map((target) => ({
      key: target.key, text: target.text, indicatorName: target.indicatorName, target: targetWords(target, language),
      result: target.result.display, status: target.result.status,
    }));
  } catch {
    return [];
  }
}

/** Keeps the scope's record units that count for the unit itself (a consolidator's own records). */
function ownOnly(scope: FigureScope): FigureScope {
  const recordUnitIds = scope.recordUnitIds.filter((id) => scope.countedFor.get(id)?.id === scope.id);
  return { ...scope, recordUnitIds, countedFor: new Map(recordUnitIds.map((id) => [id, scope.countedFor.get(id)!])) };
}

interface UnitReportTables {
  unitId: string;
  /** The unit's name, or the agency's for an agency's report. */
  unitName: string;
  agencyId: string | null;
  tables: ReadonlyMap<string, FigureTable> | null;
}

/** The reporter reports of a consolidator's request (units', then agencies'), with the tables of the accepted ones' latest versions. */
async function unitReports(context: ServiceContext, report: ReportDetailRow): Promise<UnitReportTables[]> {
  const db = context.database.db;
  const reporters = (await listRequestReports(db, report.request_id)).filter((row) => row.role === 'reporter');
  const accepted = reporters.filter((row) => row.status === 'accepted');
  const contents = await listLatestContents(db, accepted.map((row) => row.id));
  return reporters.map((row) => {
    const content = row.status === 'accepted' ? asContent(contents.get(row.id)) : undefined;
    return {
      unitId: row.unit_id, unitName: row.agency_name ?? row.unit_name, agencyId: row.agency_id,
      tables: content ? new Map(content.tables.map((table) => [table.key, table])) : null,
    };
  });
}

/** An agency's duties in the plan its report answers (none for an ad hoc request). */
async function agencyDuties(context: ServiceContext, report: ReportDetailRow): Promise<string[]> {
  if (!report.agency_id || !report.plan_id) return [];
  const db = context.database.db;
  const [agency, plan] = await Promise.all([findAgency(db, report.agency_id), findPlan(db, report.plan_id)]);
  const content = plan ? planContent.partial().safeParse(plan.content) : undefined;
  if (!agency || !content?.success) return [];
  return dutiesOf(agency, content.data.assignments ?? []);
}

export interface ContentInput {
  narrative: ReportContent['narrative'];
  corrections: readonly Pick<FigureCorrection, 'table' | 'figure' | 'value' | 'note'>[];
}

/**
 * Computes a report's content now, with the narrative and corrections given. A unit's table has
 * one row: its unit, over its whole subtree (pre-reform units included). An agency's has one row:
 * the records of its unit it is answerable for. A consolidator's has a row per reporting unit and
 * agency (its accepted report's figures, or nothing when missing), and its own records' row,
 * without the records of those agencies; the total is the exact sum of the rows.
 */
export async function computeContent(context: ServiceContext, report: ReportDetailRow, input: ContentInput, language: Language): Promise<ReportContent> {
  const db = context.database.db;
  const unit: UnitRow | undefined = await findUnit(db, report.unit_id);
  if (!unit) throw new RangeError(`Unknown unit ${report.unit_id}`);
  const consolidating = report.role === 'consolidator';
  const fullScope = await loadFigureScope(db, unit);
  const scope = consolidating || report.agency_id ? ownOnly(fullScope) : fullScope;
  const window = { start: report.period_start, end: report.period_end };
  const reports = consolidating ? await unitReports(context, report) : [];
  const attribution: FigureAttribution = report.agency_id
    ? { agencyId: report.agency_id }
    : { excludeAgencyIds: reports.flatMap((entry) => (entry.agencyId ? [entry.agencyId] : [])) };
  const [figures, targets, duties] = await Promise.all([
    loadReportFigures(db, scope, window, attribution),
    targetLines(context, report, language),
    agencyDuties(context, report),
  ]);
  const definitions = report.agency_id ? figureTables.filter((definition) => agencyFigureTableKeys.includes(definition.key)) : figureTables;
  const ownName = report.agency_name ?? unit.name;

  const corrections: StoredCorrection[] = [];
  const tables = definitions.map((definition): FigureTable => {
    const own = addUp(definition, figures[definition.key].values());
    const ownValues: Record<string, number | null> = { ...own.values };
    const applied = applyCorrections(definition, ownValues, input.corrections);
    corrections.push(...applied);
    // A correction states a figure, even a zero: the table then has data.
    let hasData = own.records > 0 || applied.length > 0;
    const rows: FigureRow[] = [];
    for (const unitReport of reports) {
      // An agency's report has no table whose records name no agency: it has no row there.
      if (unitReport.agencyId && !agencyFigureTableKeys.includes(definition.key)) continue;
      const { unitId, unitName, agencyId } = unitReport;
      const table = unitReport.tables?.get(definition.key);
      if (!unitReport.tables) {
        rows.push({ unitId, unitName, agencyId, source: 'missing', values: unknowns(definition) });
        continue;
      }
      const values = Object.fromEntries(definition.figures.map((figure) => [figure.key, table ? (table.total[figure.key] ?? null) : 0]));
      if (table && !table.noData) hasData = true;
      rows.push({ unitId, unitName, agencyId, source: 'report', values });
    }
    rows.push({ unitId: unit.id, unitName: ownName, agencyId: report.agency_id, source: 'own', values: ownValues });
    return {
      key: definition.key, title: definition.title[language], columns: columnsOf(definition, language), rows,
      total: totalOf(definition, rows), noData: !hasData,
    };
  });

  return {
    narrative: input.narrative,
    corrections,
    tables,
    targets,
    missingUnits: reports.filter((entry) => entry.tables === null).map((entry) => ({ unitId: entry.unitId, unitName: entry.unitName, agencyId: entry.agencyId })),
    duties,
    computedAt: new Date().toISOString(),
  };
}
