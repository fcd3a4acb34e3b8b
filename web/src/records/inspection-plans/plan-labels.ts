import type { TFunction } from 'i18next';
import { formatDate } from '../../../../core/dates/format.ts';
import type { InspectionPlan } from '../../api/inspection-plans.ts';

type Item = InspectionPlan['items'][number];

/** 'Tháng 3' or '01/06/2026 – 30/06/2026'. */
export function plannedTimeText(item: Pick<Item, 'plannedMonth' | 'windowStart' | 'windowEnd'>, t: TFunction): string {
  if (item.plannedMonth !== null) return t('inspections.plans.month', { month: item.plannedMonth });
  if (item.windowStart && item.windowEnd) return t('inspections.plans.window', { from: formatDate(item.windowStart), to: formatDate(item.windowEnd) });
  return '—';
}

/** The share done as a whole percentage ('50%'), or a dash for an empty plan. */
export function shareText(share: number | null, t: TFunction): string {
  return share === null ? t('inspections.plans.noShare') : t('inspections.plans.percent', { value: Math.round(share * 100) });
}

/** The years offered: a few back for the record, and the next one, which is planned in the autumn. */
export function planYears(current: number): number[] {
  return [current + 1, current, current - 1, current - 2, current - 3];
}
