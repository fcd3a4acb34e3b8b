import { sql, type RawBuilder } from 'kysely';
import { figureTables, type FigureTableDefinition } from '../../core/reports/figures.ts';
import type { Executor } from './executor.ts';
import type { FigureScope, FigureWindow } from './indicator-figures.ts';

/**
 * The statistical figures of a periodic report (core/reports/figures.ts) for a unit's subtree and
 * a report's period, per unit: one query per figure table, each returning a row per unit whose
 * records count (today's units and, through unit_rollup, the pre-reform units that became them),
 * added up here for the unit they count for. Records dated within the period count: a record of
 * 14/06/2024 is in the 6-month report of 2024 (15/12/2023–14/06/2024), one of 15/06/2024 is not.
 * Statistics kept per period (support by month, crime and sanctions by reporting period) count in
 * the report whose period holds their first day, when they are not much longer than it: a month
 * counts once, in one report of each kind, and a year's statistics never in a quarter's report.
 */

export type FigureTableKey = FigureTableDefinition['key'];

export interface UnitTableFigures {
  /** How many records fed the figures: none means the unit has no data for the table in the period. */
  records: number;
  values: Record<string, number>;
}

/** Per table, the figures of each unit the records count for (by the unit's id). */
export type ReportFigures = Record<FigureTableKey, Map<string, UnitTableFigures>>;

type Row = { unit_id: string; records: number | string } & Record<string, number | string | null>;

/**
 * Whose records count, besides the units: an agency's report takes only the records the agency is
 * answerable for (tables that record one: an inspection by the agency alone, a tip assigned to it,
 * communication it led, a course it organised); a consolidator's own row leaves out the records of
 * the agencies that report for themselves, so that no record is counted twice in the total.
 */
export interface FigureAttribution {
  agencyId?: string;
  excludeAgencyIds?: readonly string[];
}

/** The agency a table's records are attributed to, for the tables that record one. */
const agencyColumns: Partial<Record<FigureTableKey, RawBuilder<unknown>>> = {
  inspections: sql`case when i.team_kind = 'single_agency' then i.member_agency_ids[1] end`,
  tips: sql.ref('t.assigned_agency_id'),
  communication: sql.ref('a.lead_agency_id'),
  training: sql.ref('c.organiser_agency_id'),
};

/** The tables an agency's report has: those whose records name an agency. */
export const agencyFigureTableKeys: readonly FigureTableKey[] = Object.keys(agencyColumns) as FigureTableKey[];

function attributed(key: FigureTableKey, attribution: FigureAttribution): RawBuilder<unknown> {
  const column = agencyColumns[key];
  if (!column) return sql`true`;
  if (attribution.agencyId) return sql`${column} = ${attribution.agencyId}::uuid`;
  if (attribution.excludeAgencyIds?.length) return sql`(${column} is null or not (${column} = any(${[...attribution.excludeAgencyIds]}::uuid[])))`;
  return sql`true`;
}

/** The record units of the scope, as a join that keeps a table's rows of those units. */
function scoped(column: RawBuilder<unknown>, scope: FigureScope): RawBuilder<unknown> {
  return sql`join unnest(${scope.recordUnitIds}::text[]) as scoped(unit_id) on scoped.unit_id = ${column}`;
}

function queries(scope: FigureScope, window: FigureWindow, attribution: FigureAttribution): Record<FigureTableKey, RawBuilder<Row>> {
  const { start, end } = window;
  const by = (key: FigureTableKey) => attributed(key, attribution);
  // Statistics of a period [first, last] count when the first day is in the window and the last
  // no more than a month after the window's end (a calendar half year in a 6-month report).
  const statisticsIn = (first: RawBuilder<unknown>, last: RawBuilder<unknown>) =>
    sql`${first} between ${start}::date and ${end}::date and ${last} <= ${end}::date + 31`;
  return {
    // A state at the end of the period (establishments operating, hotspots still active) and what
    // happened in it (hotspots eliminated). The registry is the table's data.
    establishments: sql<Row>`
      select unit_id, sum(records) as records, sum(establishments_operating) as establishments_operating,
             sum(hotspots_active) as hotspots_active, sum(hotspots_eliminated) as hotspots_eliminated
        from (
          select e.unit_id, count(*) as records, count(*) as establishments_operating, 0 as hotspots_active, 0 as hotspots_eliminated
            from establishments e ${scoped(sql.ref('e.unit_id'), scope)}
           where e.deleted_at is null
             and (e.opened_on is null or e.opened_on <= ${end}::date)
             and (e.closed_on is null or e.closed_on > ${end}::date)
             and not (e.status = 'suspended' and coalesce(e.status_changed_on, e.opened_on, ${start}::date) <= ${end}::date)
             and not (e.status = 'closed' and coalesce(e.status_changed_on, e.closed_on, ${start}::date) <= ${end}::date)
           group by e.unit_id
          union all
          select h.unit_id, count(*) as records, 0,
                 count(*) filter (where h.status = 'active' or h.eliminated_on > ${end}::date),
                 count(*) filter (where h.eliminated_on between ${start}::date and ${end}::date)
            from hotspots h ${scoped(sql.ref('h.unit_id'), scope)}
           where h.deleted_at is null
             and (h.identified_on is null or h.identified_on <= ${end}::date)
             and (h.status = 'active' or h.eliminated_on >= ${start}::date)
           group by h.unit_id
        ) figures
       group by unit_id`,
    // The inspections a unit's teams made in the period, with the establishments they visited.
    inspections: sql<Row>`
      select i.unit_id, count(distinct i.id) as records, count(distinct i.id) as inspections,
             count(v.establishment_id) as establishments_inspected,
             count(v.establishment_id) filter (where v.outcome <> 'no_violation') as violations,
             count(v.establishment_id) filter (where v.outcome = 'fine') as fines,
             coalesce(sum(v.fine_amount), 0) as fine_amount
        from inspections i ${scoped(sql.ref('i.unit_id'), scope)}
        left join inspection_visits v on v.inspection_id = i.id
       where i.deleted_at is null and i.inspected_on between ${start}::date and ${end}::date and ${by('inspections')}
       group by i.unit_id`,
    // Tips the unit holds: received or resolved in the period, and those overdue and unresolved at its end.
    tips: sql<Row>`
      select t.unit_id, count(*) as records,
             count(*) filter (where t.received_on >= ${start}::date) as tips_received,
             count(*) filter (where t.resolved_on between ${start}::date and ${end}::date) as tips_resolved,
             count(*) filter (where t.resolved_on between ${start}::date and ${end}::date and t.resolved_on <= t.due_on) as tips_resolved_on_time,
             count(*) filter (where t.due_on < ${end}::date and (t.resolved_on is null or t.resolved_on > ${end}::date)) as tips_overdue
        from tips t ${scoped(sql.ref('t.unit_id'), scope)}
       where t.deleted_at is null and t.received_on <= ${end}::date and ${by('tips')}
         and (t.received_on >= ${start}::date or t.resolved_on is null or t.resolved_on >= ${start}::date)
       group by t.unit_id`,
    communication: sql<Row>`
      select a.unit_id, count(*) as records, count(*) as communication_activities, coalesce(sum(reach.people), 0) as people_reached
        from communication_activities a ${scoped(sql.ref('a.unit_id'), scope)}
        left join lateral (select sum(r.people_reached) as people from communication_reach r where r.activity_id = a.id) reach on true
       where a.deleted_at is null and a.occurred_on between ${start}::date and ${end}::date and ${by('communication')}
       group by a.unit_id`,
    training: sql<Row>`
      select c.unit_id, count(*) as records, count(*) as training_courses, coalesce(sum(taking.people), 0) as training_participants
        from training_courses c ${scoped(sql.ref('c.unit_id'), scope)}
        left join lateral (select sum(p.participants) as people from training_participants p where p.course_id = c.id) taking on true
       where c.deleted_at is null and c.held_on between ${start}::date and ${end}::date and ${by('training')}
       group by c.unit_id`,
    support: sql<Row>`
      select s.unit_id, count(*) as records, sum(s.people_served) as people_served, sum(s.people_newly_served) as people_newly_served
        from support_statistics s ${scoped(sql.ref('s.unit_id'), scope)}
       where s.deleted_at is null and ${statisticsIn(sql.ref('s.month'), sql`(s.month + interval '1 month' - interval '1 day')::date`)}
       group by s.unit_id`,
    // Criminal lines give the cases and defendants; the administrative line the sanctions.
    crime: sql<Row>`
      select c.unit_id, count(*) as records,
             coalesce(sum(c.cases_handled) filter (where c.article <> 'administrative'), 0) as cases_handled,
             coalesce(sum(c.defendants) filter (where c.article <> 'administrative'), 0) as defendants,
             sum(c.people_fined) as people_fined, sum(c.establishments_fined) as establishments_fined, sum(c.amount_fined) as amount_fined
        from crime_statistics c ${scoped(sql.ref('c.unit_id'), scope)}
       where c.deleted_at is null and ${statisticsIn(sql.ref('c.period_start'), sql.ref('c.period_end'))}
       group by c.unit_id`,
  };
}

/**
 * Every figure of every table for the scope's units over the window, per unit the records count
 * for. Units without records in a table have no entry in it; for an agency, neither have the
 * tables whose records name no agency.
 */
export async function loadReportFigures(db: Executor, scope: FigureScope, window: FigureWindow, attribution: FigureAttribution = {}): Promise<ReportFigures> {
  const built = queries(scope, window, attribution);
  const results = await Promise.all(figureTables.map(async (table) => {
    const skipped = scope.recordUnitIds.length === 0 || (attribution.agencyId !== undefined && !agencyColumns[table.key]);
    const rows = skipped ? [] : (await built[table.key].execute(db)).rows;
    const byUnit = new Map<string, UnitTableFigures>();
    for (const row of rows) {
      const counted = scope.countedFor.get(row.unit_id);
      if (!counted) continue;
      let entry = byUnit.get(counted.id);
      if (!entry) {
        entry = { records: 0, values: Object.fromEntries(table.figures.map((figure) => [figure.key, 0])) };
        byUnit.set(counted.id, entry);
      }
      entry.records += Number(row.records);
      for (const figure of table.figures) entry.values[figure.key]! += Number(row[figure.key] ?? 0);
    }
    return [table.key, byUnit] as const;
  }));
  return Object.fromEntries(results) as ReportFigures;
}
