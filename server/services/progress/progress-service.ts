import { todayInVietnam } from '../../../core/dates/format.ts';
import { daysBetween } from '../../../core/tips/deadlines.ts';
import type { Executor } from '../../storage/executor.ts';
import type { PlanProgress, ProgressQuery, TargetProgress } from '../../../core/api/progress.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import type { Language } from '../../../core/errors/messages.ts';
import { aggregateMeasurements, type ChildFigures } from '../../../core/indicators/aggregate.ts';
import { getIndicator } from '../../../core/indicators/catalogue.ts';
import type { IndicatorDefinition } from '../../../core/indicators/indicator.ts';
import { computeMeasurement, formatMeasurement, type Measurement } from '../../../core/indicators/measurement.ts';
import { evaluateTarget, type TargetStatus } from '../../../core/indicators/status.ts';
import { elapsedShare, findPeriod, parsePeriod, periodsWithin, previousPeriod, type Period } from '../../../core/periods/period.ts';
import type { PlanTarget } from '../../../core/plans/plan.ts';
import {
  listLateTips, loadDenominatorFigures, loadFigureScope, loadInspectionFigures, loadNumeratorFigures, loadReachFigures, loadReferenceFigures,
  type FigureScope, type KeyedUnitFigure, type UnitFigure,
} from '../../storage/indicator-figures.ts';
import { listUnits, type UnitRow } from '../../storage/units.ts';
import type { ServiceContext } from '../context.ts';
import { getPlanDetail } from '../plans/plan-service.ts';
import { getVisibleUnit } from '../units/unit-service.ts';


/** The figures of one unit (its own records and its subtree's), split for the unit and each child. */
interface Split {
  own: UnitFigure[];
  byChild: Map<string, UnitFigure[]>;
}

function split(rows: UnitFigure[], unit: UnitRow, children: UnitRow[]): Split {
  const byChild = new Map<string, UnitFigure[]>(children.map((child) => [child.id, []]));
  const own: UnitFigure[] = [];
  for (const row of rows) {
    const child = children.find((candidate) => row.unitPath.startsWith(candidate.path));
    if (child) byChild.get(child.id)!.push(row);
    else if (row.unitPath.startsWith(unit.path)) own.push(row);
  }
  return { own, byChild };
}

const total = (rows: UnitFigure[]) => rows.reduce((sum, row) => sum + row.value, 0);

function quarterOf(month: string): string {
  return `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;
}

/** The quarters ('2026-Q1') that a window of dates touches. */
function quartersBetween(start: string, end: string): Set<string> {
  const quarters = new Set<string>();
  let [year, month] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))];
  const [lastYear, lastMonth] = [Number(end.slice(0, 4)), Number(end.slice(5, 7))];
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    quarters.add(quarterOf(`${year}-${String(month).padStart(2, '0')}`));
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return quarters;
}

/**
 * Whether a child unit "did the thing" for a share-of-child-units indicator. Communication must be
 * kept up regularly: an activity in every quarter of the period elapsed so far.
 */
function childSatisfies(indicator: IndicatorDefinition, rows: UnitFigure[], window: { start: string; end: string }): boolean {
  if (indicator.code !== 'communication.child_units_active') return total(rows) > 0;
  const active = new Set(rows.flatMap((row) => row.months).map(quarterOf));
  return [...quartersBetween(window.start, window.end)].every((quarter) => active.has(quarter));
}

/** A unit's measurement from its rows: own records plus its subtree's, with its own reference figure first. */
function measure(indicator: IndicatorDefinition, rows: UnitFigure[], denominators: UnitFigure[] | null, ownPath: string, previous: UnitFigure[] | null, monthsInPeriod: number): Measurement {
  if (indicator.kind === 'monthly_frequency') {
    return computeMeasurement(indicator.kind, { numerator: new Set(rows.flatMap((row) => row.months)).size, denominator: monthsInPeriod });
  }
  let denominator: number | null = null;
  if (denominators) {
    // A unit that declared its own reference figure is measured against it; otherwise its units' figures add up.
    const own = indicator.referenceFigure ? denominators.filter((row) => row.unitPath === ownPath) : [];
    denominator = own.length > 0 ? total(own) : denominators.length > 0 ? total(denominators) : (indicator.referenceFigure ? null : 0);
  }
  return computeMeasurement(indicator.kind, {
    numerator: total(rows),
    denominator,
    previous: previous ? (previous.length > 0 ? total(previous) : null) : undefined,
  });
}

/** Indicators whose figures come from the same query share one load within a progress request. */
function figureKey(indicator: IndicatorDefinition, part: 'numerator' | 'denominator', window: { start: string; end: string }): string {
  const shared: Record<string, string> = {
    'communication.child_units_active': 'communication.activities',
    'inspections.phase_coverage': 'inspections.registry_share',
  };
  const source = part === 'denominator' && indicator.referenceFigure ? `reference:${indicator.referenceFigure}`
    : part === 'denominator' ? `${indicator.source}:${indicator.kind === 'cumulative_distinct_coverage' ? 'share_of_registry' : indicator.kind}`
      : (shared[indicator.code] ?? indicator.code);
  return `${part}|${source}|${window.start}|${window.end}`;
}

type FigureLoader = (indicator: IndicatorDefinition, part: 'numerator' | 'denominator', window: { start: string; end: string }) => Promise<UnitFigure[] | null>;

const reachAudiences: Record<string, string> = {
  'communication.reach_establishment_workers': 'establishment_workers',
  'communication.reach_industrial_workers': 'industrial_zone_workers',
  'communication.reach_students': 'students',
};

function memoisedLoader(context: ServiceContext, unit: FigureScope): FigureLoader {
  const loads = new Map<string, Promise<UnitFigure[] | null>>();
  const keyed = new Map<string, Promise<KeyedUnitFigure[]>>();
  const pick = async (group: string, load: () => Promise<KeyedUnitFigure[]>, key: string) => {
    let rows = keyed.get(group);
    if (!rows) {
      rows = load();
      keyed.set(group, rows);
    }
    return (await rows).filter((row) => row.key === key);
  };
  return (indicator, part, window) => {
    // Figures several targets read from one table come from one query, filtered here.
    const audience = reachAudiences[indicator.code];
    if (part === 'denominator' && indicator.referenceFigure) {
      return pick(`reference|${window.end.slice(0, 4)}`, () => loadReferenceFigures(context.database.db, unit, window), indicator.referenceFigure);
    }
    if (part === 'numerator' && indicator.source === 'inspections') {
      const key = indicator.code === 'inspections.count' ? 'visits' : 'establishments';
      return pick(`inspections|${window.start}|${window.end}`, () => loadInspectionFigures(context.database.db, unit, window), key);
    }
    if (part === 'numerator' && audience) {
      return pick(`reach|${window.start}|${window.end}`, () => loadReachFigures(context.database.db, unit, window), audience);
    }
    const key = figureKey(indicator, part, window);
    let load = loads.get(key);
    if (!load) {
      load = part === 'numerator'
        ? loadNumeratorFigures(context.database.db, indicator, unit, window)
        : loadDenominatorFigures(context.database.db, indicator, unit, window);
      loads.set(key, load);
    }
    return load;
  };
}

export async function computePlanProgress(context: ServiceContext, planId: string, query: ProgressQuery, language: Language): Promise<PlanProgress> {
  const db = context.database.db;
  const plan = await getPlanDetail(context, planId);
  const unit = await getVisibleUnit(context, query.unit ?? plan.issuerUnitId);
  const issuer = await getVisibleUnit(context, plan.issuerUnitId).catch(() => undefined);
  if (issuer && !unit.path.startsWith(issuer.path)) {
    throw new AppError('not_a_child_unit', 400, { unit: unit.name });
  }
  const override = query.period ? findPeriod(query.period) : undefined;
  if (query.period && !override) {
    throw new AppError('validation_failed', 400, {}, [{ field: 'querystring.period', message: 'Mã kỳ không hợp lệ (ví dụ: Y2024, RH2024-1) | Invalid period code (e.g. Y2024, RH2024-1)' }]);
  }
  const asOf = query.asOf ?? todayInVietnam();
  const children = (await listUnits(db, { scope: { kind: 'country' }, parentId: unit.id, includeFormer: unit.valid_to !== null, limit: 5000 }))
    .filter((child) => (unit.valid_to === null ? child.valid_to === null : true));

  // Targets are independent: on PostgreSQL their queries run side by side over the pool.
  const figureScope = await loadFigureScope(db, unit);
  const load = memoisedLoader(context, figureScope);
  const targets = await Promise.all(plan.content.targets.map(async (target) => {
    const period = override ?? parsePeriod(target.periodCode);
    const progress = await progressOfTarget(load, target, unit, children, period, asOf, language);
    return target.indicatorCode === 'tips.handled_on_time' ? withLateTips(db, progress, figureScope, period, asOf) : progress;
  }));
  return { planId, unit: { id: unit.id, name: unit.name, level: unit.level }, asOf, targets };
}

/** The on-time share of tips explains itself with the late ones, so a unit knows which to chase. */
async function withLateTips(db: Executor, progress: TargetProgress, scope: FigureScope, period: Period, asOf: string): Promise<TargetProgress> {
  const window = { start: period.start, end: period.end < asOf ? period.end : asOf };
  const late = await listLateTips(db, scope, window, asOf, 20);
  const lateTips = late.rows.map((row) => ({
    reference: row.reference, unitName: row.unit_name, dueOn: row.due_on, resolvedOn: row.resolved_on,
    daysLate: daysBetween(row.due_on, row.resolved_on ?? asOf),
  }));
  return { ...progress, explanation: { ...progress.explanation, lateTips, lateTipsTotal: late.total } };
}

async function progressOfTarget(
  load: FigureLoader, target: PlanTarget, unit: UnitRow, children: UnitRow[], period: Period, asOf: string, language: Language,
): Promise<TargetProgress> {
  const indicator = getIndicator(target.indicatorCode);
  const window = { start: period.start, end: period.end < asOf ? period.end : asOf };
  const monthsInPeriod = period.kind === 'month' ? 1 : periodsWithin(period, 'month').length;
  const before = indicator.kind === 'year_on_year_growth' ? previousPeriod(period) : null;
  const [numeratorRows, denominators, previous] = await Promise.all([
    load(indicator, 'numerator', window),
    load(indicator, 'denominator', window),
    before ? load(indicator, 'numerator', { start: before.start, end: before.end }) : Promise.resolve(null),
  ]);
  const numerators = numeratorRows ?? [];
  const numeratorSplit = split(numerators, unit, children);
  const denominatorSplit = denominators ? split(denominators, unit, children) : null;
  const previousSplit = previous ? split(previous, unit, children) : null;
  const elapsed = elapsedShare(period, asOf);
  const bounds = { kind: indicator.kind, comparator: target.comparator, value: target.value, valueHigh: target.valueHigh };

  let result: Measurement;
  let childrenWithoutData: string[] = [];
  const childEntries: TargetProgress['children'] = [];
  if (indicator.kind === 'share_of_child_units') {
    const figures: ChildFigures[] = children.map((child) => ({ unitId: child.id, satisfied: childSatisfies(indicator, numeratorSplit.byChild.get(child.id) ?? [], window) }));
    const aggregated = aggregateMeasurements(indicator.kind, figures);
    result = aggregated;
    childrenWithoutData = aggregated.childrenWithoutData;
    for (const [index, child] of children.entries()) {
      const done = figures[index]!.satisfied ? 1 : 0;
      childEntries.push({
        unitId: child.id, unitName: child.name, value: done, numerator: done, denominator: null, previous: null, missing: [],
        display: formatMeasurement('done', done, language), status: (done ? 'met' : elapsed >= 1 ? 'not_met' : 'at_risk') as TargetStatus,
      });
    }
  } else if (indicator.kind === 'done') {
    result = computeMeasurement('done', { numerator: total(numeratorSplit.own) });
  } else {
    result = measure(indicator, numerators, denominators, unit.path, previous, monthsInPeriod);
    for (const child of children) {
      const measurement = measure(indicator, numeratorSplit.byChild.get(child.id) ?? [], denominatorSplit?.byChild.get(child.id) ?? (denominators ? [] : null), child.path, previousSplit?.byChild.get(child.id) ?? (previous ? [] : null), monthsInPeriod);
      const evaluation = evaluateTarget({ ...bounds, measurement, elapsedShare: elapsed });
      childEntries.push({
        unitId: child.id, unitName: child.name, value: measurement.value, numerator: measurement.numerator, denominator: measurement.denominator,
        previous: measurement.previous ?? null, missing: measurement.missing, status: evaluation.status,
        display: formatMeasurement(indicator.kind, measurement, language),
      });
    }
  }
  const evaluation = evaluateTarget({ ...bounds, measurement: result, elapsedShare: elapsed });
  return {
    key: target.key, text: target.text, section: target.section, indicatorCode: indicator.code, indicatorName: indicator.name[language],
    kind: indicator.kind, comparator: target.comparator, value: target.value, valueHigh: target.valueHigh,
    periodCode: period.code, periodStart: period.start, periodEnd: period.end, elapsedShare: elapsed, expectedSoFar: evaluation.expectedSoFar,
    result: {
      value: result.value, numerator: result.numerator, denominator: result.denominator, previous: result.previous ?? null,
      missing: result.missing, status: evaluation.status, display: formatMeasurement(indicator.kind, result, language),
    },
    explanation: {
      numerator: indicator.numerator[language],
      denominator: indicator.denominator?.[language] ?? null,
      unitsWithRecords: numerators.length,
      childrenWithoutData,
    },
    children: childEntries,
  };
}
