import type { TFunction } from 'i18next';
import { findIndicator } from '../../../core/indicators/catalogue.ts';
import type { IndicatorKind, IndicatorUnit } from '../../../core/indicators/indicator.ts';
import { formatNumber } from '../../../core/indicators/measurement.ts';
import type { TargetStatus } from '../../../core/indicators/status.ts';
import { formatPeriod } from '../../../core/periods/format-period.ts';
import { findPeriod } from '../../../core/periods/period.ts';
import type { Comparator } from '../../../core/plans/plan.ts';

export type UiLanguage = 'vi' | 'en';

/** The period as officials write it ('năm 2026'); an unknown code shows as typed. */
export function periodLabel(code: string, language: UiLanguage): string {
  const period = findPeriod(code);
  return period ? formatPeriod(period, language) : code;
}

const unitOfKind: Record<IndicatorKind, IndicatorUnit> = {
  share_of_child_units: 'percent',
  share_of_population: 'percent',
  share_on_time: 'percent',
  year_on_year_growth: 'percent',
  share_of_registry: 'percent',
  cumulative_distinct_coverage: 'percent',
  count: 'count',
  monthly_frequency: 'months',
  done: 'boolean',
};

export interface TargetValue {
  indicatorCode: string;
  kind?: string;
  comparator: Comparator | string;
  value: number;
  valueHigh: number | null;
}

/** The indicator's kind: from the catalogue, else what the server said. */
export function kindOf(target: TargetValue): IndicatorKind | undefined {
  return findIndicator(target.indicatorCode)?.kind ?? (target.kind as IndicatorKind | undefined);
}

/** Whether results of this target are percentages of a whole (0–100%), drawn as a bar. */
export function isShareTarget(target: TargetValue): boolean {
  const kind = kindOf(target);
  return kind !== undefined && kind !== 'year_on_year_growth' && unitOfKind[kind] === 'percent';
}

/** The target in words as plans write it: '≥ 70%', '3–5%', '= 100%', '≥ 10 lượt', 'tăng 3–5%'. */
export function targetInWords(target: TargetValue, t: TFunction, language: UiLanguage): string {
  const kind = kindOf(target);
  if (kind === 'done') return t('plans.targetWords.done');
  const unit = kind ? unitOfKind[kind] : 'count';
  const number = (value: number) => formatNumber(value, language);
  const figures = target.comparator === 'range' && target.valueHigh !== null
    ? `${number(target.value)}–${number(target.valueHigh)}`
    : number(target.value);
  const withUnit = t(`plans.targetWords.unit.${unit}`, { value: figures });
  const words = target.comparator === 'range' ? withUnit : `${t(`plans.comparatorSymbol.${target.comparator}`)} ${withUnit}`;
  return kind === 'year_on_year_growth' ? t('plans.targetWords.growth', { text: words }) : words;
}

/** Worst first: what needs attention comes to the top when a list is sorted by status. */
export const statusOrder: readonly TargetStatus[] = ['not_met', 'at_risk', 'no_data', 'on_track', 'met'];

export function compareStatus(a: TargetStatus, b: TargetStatus): number {
  return statusOrder.indexOf(a) - statusOrder.indexOf(b);
}

/** Splits a textarea into paragraphs: one per non-empty line. */
export function linesOf(text: string): string[] {
  return text.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);
}
