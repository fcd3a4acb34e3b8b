import type { Language } from '../errors/messages.ts';
import type { IndicatorKind } from './indicator.ts';

/**
 * A measurement: the value of one indicator for one unit and one period, with the figures it was
 * computed from. Values are kept raw (72.72727…); rounding happens only in `formatMeasurement`, so
 * that targets are judged and parents consolidated on exact figures.
 */
export interface Measurement {
  /** Percent for shares and growth, a count, a number of months, or 1/0 for done; null when it cannot be computed. */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** For year-on-year growth: the figure of the previous period. */
  previous?: number | null;
  /** Why there is no value, as codes (see `missingCodes`); empty when there is a value. */
  missing: string[];
}

/** The codes `Measurement.missing` uses. */
export const missingCodes = [
  /** The denominator is 0 or unknown: a share of nothing is not 0%, it is no figure. */
  'no_denominator',
  /** Growth needs the previous period's figure, and it is unknown or 0. */
  'no_previous_period',
  /** A share of a population whose reference figure the unit has not declared. */
  'no_reference_figure',
  /** The numerator itself is unknown (nothing reported). */
  'no_numerator',
  /** Consolidation: no child had figures. */
  'no_child_data',
  /** Consolidation of `done`: a parent's done is its own record, never built from its children. */
  'own_record_only',
] as const;
export type MissingCode = (typeof missingCodes)[number];

/** Kinds whose value is numerator / denominator × 100. */
export const shareKinds = [
  'share_of_child_units',
  'share_of_population',
  'share_on_time',
  'share_of_registry',
  'cumulative_distinct_coverage',
] as const satisfies readonly IndicatorKind[];
export type ShareKind = (typeof shareKinds)[number];

export function isShareKind(kind: IndicatorKind): kind is ShareKind {
  return (shareKinds as readonly IndicatorKind[]).includes(kind);
}

export interface MeasurementFigures {
  numerator: number | null;
  denominator?: number | null;
  previous?: number | null;
}

function checkFigure(name: string, figure: number | null | undefined): void {
  if (figure === null || figure === undefined) return;
  if (!Number.isFinite(figure) || figure < 0) throw new RangeError(`${name} must be a finite number ≥ 0, got ${figure}`);
}

/**
 * Computes an indicator's value from its figures, per kind:
 * - shares: numerator / denominator × 100. A 0 or unknown denominator gives no value (not 0%): for a
 *   share of a population an unknown denominator means the reference figure was not declared.
 *   A numerator above the denominator is kept as is (above 100%): it shows an underestimated
 *   reference figure rather than hiding it.
 * - year_on_year_growth: (current − previous) / previous × 100, current being the numerator.
 * - count: the numerator.
 * - monthly_frequency: the numerator (months with at least one item); the denominator is the number
 *   of months in the period.
 * - done: 1 when the numerator is above 0, else 0. "Not done" is 0, not missing: pass 0 when there
 *   is no record; null only when nothing was reported at all.
 * Figures must be finite and ≥ 0 (they are counts); anything else is a programming error.
 */
export function computeMeasurement(kind: IndicatorKind, figures: MeasurementFigures): Measurement {
  const numerator = figures.numerator;
  const denominator = figures.denominator ?? null;
  const previous = figures.previous ?? null;
  checkFigure('numerator', numerator);
  checkFigure('denominator', denominator);
  checkFigure('previous', previous);

  if (isShareKind(kind)) {
    const missing: string[] = [];
    if (denominator === null) missing.push(kind === 'share_of_population' ? 'no_reference_figure' : 'no_denominator');
    else if (denominator === 0) missing.push('no_denominator');
    if (numerator === null) missing.push('no_numerator');
    const value = missing.length === 0 ? (numerator! / denominator!) * 100 : null;
    return { value, numerator, denominator, missing };
  }

  switch (kind) {
    case 'year_on_year_growth': {
      const missing: string[] = [];
      if (previous === null || previous === 0) missing.push('no_previous_period');
      if (numerator === null) missing.push('no_numerator');
      const value = missing.length === 0 ? ((numerator! - previous!) / previous!) * 100 : null;
      return { value, numerator, denominator: null, previous, missing };
    }
    case 'count':
      return { value: numerator, numerator, denominator: null, missing: numerator === null ? ['no_numerator'] : [] };
    case 'monthly_frequency':
      return { value: numerator, numerator, denominator, missing: numerator === null ? ['no_numerator'] : [] };
    case 'done':
      return {
        value: numerator === null ? null : numerator > 0 ? 1 : 0,
        numerator,
        denominator: null,
        missing: numerator === null ? ['no_numerator'] : [],
      };
  }
}

const locales: Record<Language, string> = { vi: 'vi-VN', en: 'en-US' };

/** A number as the language writes it, at most 2 decimals: 72,5 / 1.234 (vi), 72.5 / 1,234 (en). */
// Building an Intl.NumberFormat costs far more than using one; a progress board formats thousands of values.
const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, language: Language, signed = false): string {
  const key = `${language}:${signed}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locales[language], { maximumFractionDigits: 2, signDisplay: signed ? 'exceptZero' : 'auto' });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/**
 * Formats a value for display: '72,5%' (vi) / '72.5%' (en); '12 lượt' / '12'; '8/12 tháng' /
 * '8 of 12 months' (the months of the period come from the measurement's denominator, when a
 * measurement is passed); 'Đã thực hiện' / 'Done'; growth with its sign, '+4,2%'.
 */
export function formatMeasurement(
  kind: IndicatorKind,
  value: number | null | Pick<Measurement, 'value' | 'denominator'>,
  language: Language,
): string {
  const raw = typeof value === 'object' && value !== null ? value.value : value;
  const months = typeof value === 'object' && value !== null ? value.denominator : null;
  const vi = language === 'vi';
  if (raw === null) return vi ? 'Chưa có số liệu' : 'No data';
  if (isShareKind(kind)) return `${formatNumber(raw, language)}%`;
  switch (kind) {
    case 'year_on_year_growth':
      return `${formatNumber(raw, language, true)}%`;
    case 'count':
      return vi ? `${formatNumber(raw, language)} lượt` : formatNumber(raw, language);
    case 'monthly_frequency': {
      const count = formatNumber(raw, language);
      if (months === null) return vi ? `${count} tháng` : `${count} ${raw === 1 ? 'month' : 'months'}`;
      return vi ? `${count}/${formatNumber(months, language)} tháng` : `${count} of ${formatNumber(months, language)} months`;
    }
    case 'done':
      if (raw > 0) return vi ? 'Đã thực hiện' : 'Done';
      return vi ? 'Chưa thực hiện' : 'Not done';
  }
}
