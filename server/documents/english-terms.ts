import { indicatorCatalogue } from '../../core/indicators/catalogue.ts';
import { findPeriod, periodSpec } from '../../core/periods/period.ts';
import { upper } from './docx-styles.ts';
import type { ReportUnit } from './report-wording.ts';

/**
 * The English of the words the system itself puts in a report (kinds of units, periods, figures,
 * the indicator engine's results, the default signers' titles), for the report's courtesy
 * translation. Anything else — names, what people wrote — is left as written.
 */

/** Kinds of units, longest first so that "Thị xã" is never read as a kind "Thị". */
const unitKinds: readonly (readonly [string, string])[] = [
  ['Thành phố', 'City'], ['Thị trấn', 'Township'], ['Thị xã', 'Town'], ['Đặc khu', 'Special Zone'],
  ['Phường', 'Ward'], ['Huyện', 'District'], ['Quận', 'District'], ['Tỉnh', 'Province'], ['Xã', 'Commune'],
];

const fold = (text: string) => text.normalize('NFC').trim().toLocaleLowerCase('vi');

/** "Nghệ An Province", "Diễn Châu Commune"; a unit of no known kind keeps its name. */
export function englishPlace(unit: Pick<ReportUnit, 'kind' | 'shortName' | 'name'>): string {
  const kind = unitKinds.find(([vietnamese]) => fold(vietnamese) === fold(unit.kind));
  return kind && unit.shortName.trim() ? `${unit.shortName.trim()} ${kind[1]}` : unit.name.trim();
}

/** The same from a full name ("Tỉnh Nghệ An" → "Nghệ An Province"), as a report names the unit that asked. */
export function englishPlaceOfName(name: string): string {
  const trimmed = name.normalize('NFC').trim();
  const kind = unitKinds.find(([vietnamese]) => fold(trimmed).startsWith(`${fold(vietnamese)} `));
  return kind ? `${trimmed.slice(kind[0].length + 1).trim()} ${kind[1]}` : trimmed;
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ordinals = ['first', 'second', 'third', 'fourth'];

/**
 * The period as the English subject line names it after "in": "the first 6 months of 2024",
 * "2024", "the third quarter of 2024", "June 2024", "the period 2021–2025"; null for a code of no known shape.
 */
export function englishPeriod(periodCode: string): string | null {
  const period = findPeriod(periodCode);
  if (!period) return null;
  const spec = periodSpec(period);
  switch (spec.kind) {
    case 'year':
      return String(spec.year);
    case 'half_year':
      return `the ${spec.half === 1 ? 'first' : 'last'} 6 months of ${spec.year}`;
    case 'quarter':
      return `the ${ordinals[spec.quarter - 1]} quarter of ${spec.year}`;
    case 'month':
      return `${months[spec.month - 1]} ${spec.year}`;
    case 'phase':
      return `the period ${spec.firstYear}–${spec.lastYear}`;
  }
}

const digitGroups = /\B(?=(\d{3})+(?!\d))/g;

/** 1234567 → "1,234,567"; decimals with a point (72.5); unknown → "–". */
export function englishFigure(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const negative = value < 0;
  const [whole, fraction] = Math.abs(Math.round(value * 100) / 100).toString().split('.') as [string, string | undefined];
  const text = `${whole.replace(digitGroups, ',')}${fraction ? `.${fraction}` : ''}`;
  return negative ? `-${text}` : text;
}

/** A number the Vietnamese way (1.234,5) the English way (1,234.5). */
const englishDigits = (text: string) => text.replace(/[.,]/g, (mark) => (mark === '.' ? ',' : '.'));

const measureWords: Record<string, string> = {
  'chưa có số liệu': 'No data', 'đã thực hiện': 'Done', 'chưa thực hiện': 'Not done', 'hoàn thành': 'Done',
};
const NUMBER = String.raw`[+-]?\d+(?:\.\d{3})*(?:,\d+)?`;
const measurePattern = new RegExp(String.raw`^(tăng )?([≥≤=] )?(${NUMBER})(?:–(${NUMBER}))?(%| lượt| tháng|/(${NUMBER}) tháng)?$`, 'u');

/**
 * A target or result as the indicator engine words it in Vietnamese ("≥ 70%", "23,5%", "12 lượt",
 * "8/12 tháng", "tăng 3–5%", "Chưa có số liệu"), in English as the engine words it in English
 * ("23.5%", "12", "8 of 12 months", "growth 3–5%", "No data"). Anything else is left as written.
 */
export function englishMeasure(text: string): string {
  const trimmed = text.normalize('NFC').trim();
  const word = measureWords[fold(trimmed)];
  if (word) return word;
  const match = measurePattern.exec(trimmed);
  if (!match) return text;
  const [, growth, symbol = '', low = '', high, unit = '', months] = match;
  const figures = `${englishDigits(low)}${high ? `–${englishDigits(high)}` : ''}`;
  const measured = unit === '%' ? `${figures}%`
    : unit === ' tháng' ? `${figures} ${figures === '1' ? 'month' : 'months'}`
      : months ? `${figures} of ${englishDigits(months)} months`
        : figures;
  return `${growth ? 'growth ' : ''}${symbol}${measured}`;
}

const indicatorNames = new Map(indicatorCatalogue.map((indicator) => [indicator.name.vi.normalize('NFC'), indicator.name.en]));

/** An indicator's name from the catalogue in English; a name the catalogue does not know is left as written. */
export function englishIndicatorName(name: string): string {
  return indicatorNames.get(name.normalize('NFC').trim()) ?? name;
}

/** The titles of the default signers (report-document.ts and the plan's usual signer); others are the unit's own words. */
const signerTitles: Record<string, string> = {
  'TM. ỦY BAN NHÂN DÂN': "ON BEHALF OF THE PEOPLE'S COMMITTEE",
  'TM. UỶ BAN NHÂN DÂN': "ON BEHALF OF THE PEOPLE'S COMMITTEE",
  'KT. CHỦ TỊCH': 'FOR THE CHAIR',
  'PHÓ CHỦ TỊCH': 'VICE CHAIR',
  'CHỦ TỊCH': 'CHAIR',
  'THỦ TRƯỞNG CƠ QUAN': 'HEAD OF AGENCY',
};

export function englishSignerTitle(line: string): string {
  return signerTitles[upper(line.trim()).replace(/\s+/g, ' ')] ?? line;
}
