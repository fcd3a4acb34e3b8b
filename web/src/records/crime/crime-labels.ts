import { useTranslation } from 'react-i18next';
import type { CrimeStatistics } from '../../../../core/api/crime-statistics.ts';
import { formatDate } from '../../../../core/dates/format.ts';
import { formatPeriod } from '../../../../core/periods/format-period.ts';
import { parsePeriod } from '../../../../core/periods/period.ts';

/** The period of a line as officials write it ('quý I năm 2026'), or its days when it matches no period. */
export function usePeriodText(): (item: Pick<CrimeStatistics, 'periodCode' | 'periodStart' | 'periodEnd'>) => string {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'vi';
  return (item) => (item.periodCode
    ? formatPeriod(parsePeriod(item.periodCode), language)
    : t('crime.periodDates', { start: formatDate(item.periodStart), end: formatDate(item.periodEnd) }));
}
