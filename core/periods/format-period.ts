import { formatDate } from '../dates/format.ts';
import type { Language } from '../errors/messages.ts';
import { findPeriod, periodSpec, type Period } from './period.ts';

const romanQuarters = ['I', 'II', 'III', 'IV'];
const englishMonths = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** A date as Vietnamese official documents write it in running text: d/m/yyyy (14/6/2024). */
function vietnameseDate(isoDate: string): string {
  const [day, month, year] = formatDate(isoDate).split('/');
  return `${Number(day)}/${Number(month)}/${year}`;
}

/** The period's name without its dates: 'quý III năm 2024', 'Q3 2024'. */
export function periodName(period: Period, language: Language): string {
  const spec = periodSpec(period);
  const vi = language === 'vi';
  switch (spec.kind) {
    case 'year':
      return vi ? `năm ${spec.year}` : `year ${spec.year}`;
    case 'half_year':
      if (spec.half === 1) return vi ? `6 tháng đầu năm ${spec.year}` : `first half of ${spec.year}`;
      return vi ? `6 tháng cuối năm ${spec.year}` : `second half of ${spec.year}`;
    case 'quarter':
      return vi ? `quý ${romanQuarters[spec.quarter - 1]} năm ${spec.year}` : `Q${spec.quarter} ${spec.year}`;
    case 'month':
      return vi ? `tháng ${spec.month} năm ${spec.year}` : `${englishMonths[spec.month - 1]} ${spec.year}`;
    case 'phase':
      return vi ? `giai đoạn ${spec.firstYear}–${spec.lastYear}` : `phase ${spec.firstYear}–${spec.lastYear}`;
  }
}

/** The name of the period a code stands for, or null when the code is not a period's (an ad hoc report's dates). */
export function periodNameOfCode(code: string, language: Language): string | null {
  const period = findPeriod(code);
  return period ? periodName(period, language) : null;
}

/**
 * The period as officials write it: 'quý III năm 2024', 'Q3 2024'. A reporting period adds its data
 * cut-off: '6 tháng đầu năm 2024 (số liệu từ 15/12/2023 đến 14/6/2024)',
 * 'first half of 2024 (data from 15/12/2023 to 14/06/2024)'.
 */
export function formatPeriod(period: Period, language: Language): string {
  const name = periodName(period, language);
  if (period.basis !== 'reporting') return name;
  return language === 'vi'
    ? `${name} (số liệu từ ${vietnameseDate(period.start)} đến ${vietnameseDate(period.end)})`
    : `${name} (data from ${formatDate(period.start)} to ${formatDate(period.end)})`;
}
