/**
 * An indicator: a named, versioned measure that a target is set on. The kinds are every kind of
 * target the seed plans set (DOMAIN.md §3); each kind fixes how the value is computed from its
 * numerator and denominator and how it adds up across child units.
 */
export const indicatorKinds = [
  /** Share of child units (communes of a province) that did something. */
  'share_of_child_units',
  /** Share of a population reached; the denominator is a reference figure the unit declares. */
  'share_of_population',
  /** Share of cases (tips, complaints) handled within their deadline. */
  'share_on_time',
  /** Change against the previous period, in percent. */
  'year_on_year_growth',
  /** Share of a registry (at-risk establishments) covered within the period. */
  'share_of_registry',
  /** Share of a registry covered at least once over a multi-year phase: distinct items, not a sum of yearly shares. */
  'cumulative_distinct_coverage',
  /** A count, or a range of counts (10–15 inspections). */
  'count',
  /** Number of months of the period with at least one occurrence (press items "at least once a month"). */
  'monthly_frequency',
  /** Done or not done (the plan is issued; the annual plan is approved in January). */
  'done',
] as const;
export type IndicatorKind = (typeof indicatorKinds)[number];

export type IndicatorUnit = 'percent' | 'count' | 'months' | 'boolean';

/** Where the numerator's (and denominator's) figures come from: the records of the field-records issue. */
export const recordSources = [
  'communication_activities',
  'press_items',
  'plans',
  'programme_integrations',
  'harm_reduction_models',
  'tips',
  'crime_cases',
  'inspections',
  'establishments',
  'support_services',
  'training_participants',
  'reference_figures',
] as const;
export type RecordSource = (typeof recordSources)[number];

/** The reference figures a unit declares for a year, used as denominators. */
export const referenceFigureKinds = [
  'officials_province',
  'officials_district',
  'officials_commune',
  'establishment_workers',
  'industrial_zone_workers',
  'students',
  'sex_workers_in_need',
] as const;
export type ReferenceFigureKind = (typeof referenceFigureKinds)[number];

export interface Bilingual {
  vi: string;
  en: string;
}

export interface IndicatorDefinition {
  code: string;
  version: number;
  kind: IndicatorKind;
  unit: IndicatorUnit;
  name: Bilingual;
  /** What is counted. */
  numerator: Bilingual;
  /** What it is divided by, for shares. */
  denominator: Bilingual | null;
  source: RecordSource;
  /** For shares of a population: the reference figure that is the denominator. */
  referenceFigure?: ReferenceFigureKind;
}
