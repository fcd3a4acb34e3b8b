import { sql, type RawBuilder } from 'kysely';
import type { IndicatorDefinition } from '../../core/indicators/indicator.ts';
import { escapeLikePattern } from '../../core/text/search-text.ts';
import type { Executor } from './executor.ts';
import type { UnitRow } from './units.ts';

/**
 * The raw figures behind an indicator for one unit's subtree and one period, one row per unit
 * whose records count (today's units; for a pre-reform unit, the old units below it). This is the
 * only place that knows where each indicator's numbers live. It reads committed rows directly,
 * so a progress query always reflects the last write.
 */
export interface UnitFigure {
  unitId: string;
  unitPath: string;
  /** The count or sum the indicator's numerator is made of. */
  value: number;
  /** Months ('YYYY-MM') with at least one occurrence, for monthly frequency and regularity. */
  months: string[];
}

export interface FigureWindow {
  start: string;
  end: string;
}

/**
 * A unit's subtree as the indicator queries need it: the ids of every unit whose records count
 * (today's units and, through unit_rollup, the pre-reform units that became them) and the unit each
 * counts for. Loaded once per progress request, so that each figure query is a plain filter on its
 * own table's unit column instead of a join through the unit tables.
 */
export interface FigureScope extends UnitRow {
  recordUnitIds: string[];
  countedFor: ReadonlyMap<string, { id: string; path: string }>;
}

export async function loadFigureScope(db: Executor, unit: UnitRow): Promise<FigureScope> {
  const prefix = `${escapeLikePattern(unit.path)}%`;
  // A pre-reform unit reads its own old tree; today's units take in the old units that became them.
  const rows = unit.valid_to === null
    ? (await sql<{ unit_id: string; id: string; path: string }>`
        select ru.unit_id, counted.id, counted.path from unit_rollup ru
          join admin_units counted on counted.id = ru.current_unit_id where counted.path like ${prefix}`.execute(db)).rows
    : (await sql<{ unit_id: string; id: string; path: string }>`
        select id as unit_id, id, path from admin_units where path like ${prefix}`.execute(db)).rows;
  return {
    ...unit,
    recordUnitIds: rows.map((row) => row.unit_id),
    countedFor: new Map(rows.map((row) => [row.unit_id, { id: row.id, path: row.path }])),
  };
}

/** Keeps a table's rows whose unit lies in the scope; the unit they count for is resolved afterwards. */
function attributed(table: string, scope: FigureScope, unitColumnName = 'unit_id'): { join: RawBuilder<unknown>; unitColumn: RawBuilder<unknown> } {
  const column = sql.ref(`${table}.${unitColumnName}`);
  return {
    join: sql`join unnest(${scope.recordUnitIds}::text[]) as scoped(unit_id) on scoped.unit_id = ${column}`,
    unitColumn: sql`${column} as unit_id, '' as path`,
  };
}

type FigureRow = { unit_id: string; path: string; value: number | string; months: string[] | null };

/** Adds up rows of units that count for the same unit (a commune and the old wards that became it). */
function countedRows<T extends { unitId: string; unitPath: string; value: number; months: string[] }>(scope: FigureScope, rows: T[], keyOf: (row: T) => string = () => ''): T[] {
  const merged = new Map<string, T>();
  for (const row of rows) {
    const counted = scope.countedFor.get(row.unitId);
    if (!counted) continue;
    const key = `${counted.id}|${keyOf(row)}`;
    const existing = merged.get(key);
    if (existing) {
      existing.value += row.value;
      existing.months = [...new Set([...existing.months, ...row.months])];
    } else {
      merged.set(key, { ...row, unitId: counted.id, unitPath: counted.path });
    }
  }
  return [...merged.values()];
}

async function run(db: Executor, scope: FigureScope, query: RawBuilder<FigureRow>): Promise<UnitFigure[]> {
  const result = await query.execute(db);
  return countedRows(scope, result.rows.map((row) => ({ unitId: row.unit_id, unitPath: row.path, value: Number(row.value), months: row.months ?? [] })));
}

/** The numerator's figures per unit. */
export async function loadNumeratorFigures(db: Executor, indicator: IndicatorDefinition, unit: FigureScope, window: FigureWindow): Promise<UnitFigure[]> {
  const { start, end } = window;
  switch (indicator.code) {
    case 'communication.activities':
    case 'communication.child_units_active': {
      const a = attributed('communication_activities', unit);
      return run(db, unit, sql<FigureRow>`
        select ${a.unitColumn}, count(*) as value,
               array_agg(distinct to_char(communication_activities.occurred_on, 'YYYY-MM')) as months
          from communication_activities ${a.join}
         where communication_activities.deleted_at is null and communication_activities.occurred_on between ${start} and ${end}
         group by 1, 2`);
    }
    case 'communication.press_monthly': {
      const a = attributed('communication_activities', unit);
      return run(db, unit, sql<FigureRow>`
        select ${a.unitColumn}, count(*) as value,
               array_agg(distinct to_char(communication_activities.occurred_on, 'YYYY-MM')) as months
          from communication_activities ${a.join}
         where communication_activities.deleted_at is null and communication_activities.form in ('press_article', 'television', 'commune_radio')
           and communication_activities.occurred_on between ${start} and ${end}
         group by 1, 2`);
    }
    case 'communication.reach_establishment_workers':
    case 'communication.reach_industrial_workers':
    case 'communication.reach_students': {
      const audience = { 'communication.reach_establishment_workers': 'establishment_workers', 'communication.reach_industrial_workers': 'industrial_zone_workers', 'communication.reach_students': 'students' }[indicator.code];
      const a = attributed('communication_activities', unit);
      return run(db, unit, sql<FigureRow>`
        select ${a.unitColumn}, sum(reach.people_reached) as value, null as months
          from communication_activities ${a.join}
          join communication_reach reach on reach.activity_id = communication_activities.id and reach.audience = ${audience}
         where communication_activities.deleted_at is null and communication_activities.occurred_on between ${start} and ${end}
         group by 1, 2`);
    }
    case 'planning.child_units_with_plan':
    case 'planning.annual_plan_on_time': {
      const a = attributed('plans', unit, 'issuer_unit_id');
      const onTime = indicator.code === 'planning.annual_plan_on_time'
        ? sql`and plans.issue_date <= (date_trunc('year', plans.period_start) + interval '1 month' - interval '1 day')::date`
        : sql``;
      return run(db, unit, sql<FigureRow>`
        select ${a.unitColumn}, count(*) as value, null as months
          from plans ${a.join}
         where plans.status in ('issued', 'superseded') and plans.period_start <= ${end} and plans.period_end >= ${start} ${onTime}
         group by 1, 2`);
    }
    case 'planning.child_units_integrating':
    case 'planning.integration_plans': {
      const a = attributed('programme_integrations', unit);
      // "Bodies with an integration plan": the Front or a mass organisation integrating into three
      // programmes is one body, and the People's Committee's own integrations (no agency) are not theirs.
      const counted = indicator.code === 'planning.integration_plans' ? sql`count(distinct programme_integrations.agency_id)` : sql`count(*)`;
      return run(db, unit, sql<FigureRow>`
        select ${a.unitColumn}, ${counted} as value, null as months
          from programme_integrations ${a.join}
         where programme_integrations.deleted_at is null
           and programme_integrations.year between extract(year from ${start}::date)::int and extract(year from ${end}::date)::int
         group by 1, 2`);
    }
    case 'harm_reduction.child_units_with_model': {
      const a = attributed('harm_reduction_models', unit);
      return run(db, unit, sql<FigureRow>`
        select ${a.unitColumn}, count(*) as value, null as months
          from harm_reduction_models ${a.join}
         where harm_reduction_models.deleted_at is null
           and harm_reduction_models.started_on <= ${end} and (harm_reduction_models.ended_on is null or harm_reduction_models.ended_on >= ${start})
         group by 1, 2`);
    }
    case 'enforcement.crimes_handled_growth': {
      const a = attributed('crime_statistics', unit);
      return run(db, unit, sql<FigureRow>`
        select ${a.unitColumn}, sum(crime_statistics.cases_handled) as value, null as months
          from crime_statistics ${a.join}
         where crime_statistics.deleted_at is null and crime_statistics.article <> 'administrative'
           and crime_statistics.period_start >= ${start} and crime_statistics.period_end <= ${end}
         group by 1, 2`);
    }
    case 'inspections.registry_share':
    case 'inspections.phase_coverage':
    case 'inspections.count': {
      const a = attributed('establishments', unit);
      const counted = indicator.code === 'inspections.count' ? sql`count(*)` : sql`count(distinct establishments.id)`;
      return run(db, unit, sql<FigureRow>`
        select ${a.unitColumn}, ${counted} as value, null as months
          from inspection_visits
          join inspections on inspections.id = inspection_visits.inspection_id and inspections.deleted_at is null
          join establishments on establishments.id = inspection_visits.establishment_id ${a.join}
         where inspections.inspected_on between ${start} and ${end}
         group by 1, 2`);
    }
    case 'tips.handled_on_time': {
      const a = attributed('tips', unit);
      return run(db, unit, sql<FigureRow>`
        select ${a.unitColumn}, count(*) filter (where tips.resolved_on is not null and tips.resolved_on <= tips.due_on) as value, null as months
          from tips ${a.join}
         where tips.deleted_at is null and (tips.due_on between ${start} and ${end} or tips.resolved_on between ${start} and ${end})
         group by 1, 2`);
    }
    case 'support.access_share': {
      const a = attributed('support_statistics', unit);
      return run(db, unit, sql<FigureRow>`
        select ${a.unitColumn}, sum(support_statistics.people_newly_served) as value, null as months
          from support_statistics ${a.join}
         where support_statistics.deleted_at is null
           and support_statistics.month between date_trunc('month', ${start}::date) and ${end}
         group by 1, 2`);
    }
    case 'training.officials_province':
    case 'training.officials_district':
    case 'training.officials_commune': {
      const level = indicator.code.replace('training.officials_', '');
      const a = attributed('training_courses', unit);
      return run(db, unit, sql<FigureRow>`
        select ${a.unitColumn}, sum(participants.participants) as value, null as months
          from training_courses ${a.join}
          join training_participants participants on participants.course_id = training_courses.id and participants.level = ${level}
         where training_courses.deleted_at is null and training_courses.held_on between ${start} and ${end}
         group by 1, 2`);
    }
    default:
      throw new RangeError(`No figures are defined for indicator ${indicator.code}`);
  }
}

/** The denominator's figures per unit, for indicators whose denominator is not a count of child units. */
export async function loadDenominatorFigures(db: Executor, indicator: IndicatorDefinition, unit: FigureScope, window: FigureWindow): Promise<UnitFigure[] | null> {
  const { start, end } = window;
  if (indicator.referenceFigure) {
    const a = attributed('reference_figures', unit);
    // The year a period is reported for is the year its end falls in.
    return run(db, unit, sql<FigureRow>`
      select ${a.unitColumn}, sum(reference_figures.value) as value, null as months
        from reference_figures ${a.join}
       where reference_figures.kind = ${indicator.referenceFigure} and reference_figures.year = extract(year from ${end}::date)::int
       group by 1, 2`);
  }
  if (indicator.kind === 'share_of_registry' || indicator.kind === 'cumulative_distinct_coverage') {
    const a = attributed('establishments', unit);
    return run(db, unit, sql<FigureRow>`
      select ${a.unitColumn}, count(*) as value, null as months
        from establishments ${a.join}
       where establishments.deleted_at is null
         and (establishments.opened_on is null or establishments.opened_on <= ${end})
         and (establishments.closed_on is null or establishments.closed_on >= ${start})
         -- Suspended before the period began: not operating in it, so not a place to inspect.
         -- Suspended during the period, it traded for part of it and still counts.
         and not (establishments.status = 'suspended' and establishments.status_changed_on < ${start})
       group by 1, 2`);
  }
  if (indicator.kind === 'share_on_time') {
    const a = attributed('tips', unit);
    return run(db, unit, sql<FigureRow>`
      select ${a.unitColumn}, count(*) as value, null as months
        from tips ${a.join}
       where tips.deleted_at is null and (tips.due_on between ${start} and ${end} or tips.resolved_on between ${start} and ${end})
       group by 1, 2`);
  }
  return null;
}

export interface KeyedUnitFigure extends UnitFigure {
  key: string;
}

/**
 * Every reference figure of the subtree for the year, by kind: one query serves all the
 * population-share targets of a plan.
 */
export async function loadReferenceFigures(db: Executor, unit: FigureScope, window: FigureWindow): Promise<KeyedUnitFigure[]> {
  const a = attributed('reference_figures', unit);
  const result = await sql<FigureRow & { key: string }>`
    select ${a.unitColumn}, reference_figures.kind as key, sum(reference_figures.value) as value, null as months
      from reference_figures ${a.join}
     where reference_figures.year = extract(year from ${window.end}::date)::int
     group by 1, 2, 3`.execute(db);
  return countedRows(unit, result.rows.map((row) => ({ key: row.key, unitId: row.unit_id, unitPath: row.path, value: Number(row.value), months: [] as string[] })), (row) => row.key);
}

/** People reached by communication in the subtree, by audience: one query for all the reach targets. */
export async function loadReachFigures(db: Executor, unit: FigureScope, window: FigureWindow): Promise<KeyedUnitFigure[]> {
  const a = attributed('communication_activities', unit);
  const result = await sql<FigureRow & { key: string }>`
    select ${a.unitColumn}, reach.audience as key, sum(reach.people_reached) as value, null as months
      from communication_activities ${a.join}
      join communication_reach reach on reach.activity_id = communication_activities.id
     where communication_activities.deleted_at is null and communication_activities.occurred_on between ${window.start} and ${window.end}
     group by 1, 2, 3`.execute(db);
  return countedRows(unit, result.rows.map((row) => ({ key: row.key, unitId: row.unit_id, unitPath: row.path, value: Number(row.value), months: [] as string[] })), (row) => row.key);
}

/** Inspection visits and distinct establishments inspected in the subtree: one query for the inspection targets. */
export async function loadInspectionFigures(db: Executor, unit: FigureScope, window: FigureWindow): Promise<KeyedUnitFigure[]> {
  const a = attributed('establishments', unit);
  const result = await sql<FigureRow & { visits: number | string }>`
    select ${a.unitColumn}, count(distinct establishments.id) as value, count(*) as visits, null as months
      from inspection_visits
      join inspections on inspections.id = inspection_visits.inspection_id and inspections.deleted_at is null
      join establishments on establishments.id = inspection_visits.establishment_id ${a.join}
     where inspections.inspected_on between ${window.start} and ${window.end}
     group by 1, 2`.execute(db);
  return countedRows(unit, result.rows.flatMap((row) => [
    { key: 'establishments', unitId: row.unit_id, unitPath: row.path, value: Number(row.value), months: [] as string[] },
    { key: 'visits', unitId: row.unit_id, unitPath: row.path, value: Number(row.visits), months: [] as string[] },
  ]), (row) => row.key);
}


export interface LateTipRow {
  reference: string;
  unit_name: string;
  due_on: string;
  resolved_on: string | null;
}

/**
 * The tips that make the on-time share fall short, latest due first: among those the share
 * counts (due or resolved in the window), the ones resolved after their due date and the ones
 * past due unresolved. References and units only; nothing about the reporter or the content.
 */
export async function listLateTips(db: Executor, unit: FigureScope, window: FigureWindow, asOf: string, limit: number): Promise<{ rows: LateTipRow[]; total: number }> {
  const { start, end } = window;
  const a = attributed('tips', unit);
  const late = sql`tips.deleted_at is null and (tips.due_on between ${start} and ${end} or tips.resolved_on between ${start} and ${end})
    and (tips.resolved_on > tips.due_on or (tips.resolved_on is null and tips.due_on < ${asOf}))`;
  const [rows, count] = await Promise.all([
    sql<LateTipRow>`select tips.reference, units.name as unit_name, tips.due_on, tips.resolved_on
        from tips ${a.join} join admin_units units on units.id = tips.unit_id
       where ${late} order by tips.due_on desc, tips.reference limit ${limit}`.execute(db),
    sql<{ n: number }>`select count(*) as n from tips ${a.join} where ${late}`.execute(db),
  ]);
  return { rows: rows.rows, total: Number(count.rows[0]?.n ?? 0) };
}
