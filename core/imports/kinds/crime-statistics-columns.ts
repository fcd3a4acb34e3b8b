import { crimeArticles, type CrimeArticle, type CrimeCountField } from '../../api/crime-statistics.ts';
import { periodCode, type PeriodSpec, type PeriodBasis, findPeriod } from '../../periods/period.ts';
import { toSearchText } from '../../text/search-text.ts';
import { excelSerialToIsoDate } from '../cell-values.ts';
import type { Bilingual, CodeOption, ImportColumn } from '../columns.ts';

/** The lines as the statistics screens name them (web/src/i18n/modules/crime.*.json: articles.*). */
export const crimeLineLabels: Record<CrimeArticle, Bilingual> = {
  327: { vi: 'Điều 327 – Chứa mại dâm', en: 'Article 327 – Harbouring prostitution' },
  328: { vi: 'Điều 328 – Môi giới mại dâm', en: 'Article 328 – Brokering prostitution' },
  329: { vi: 'Điều 329 – Mua dâm người dưới 18 tuổi', en: 'Article 329 – Buying sex from a person under 18' },
  150: { vi: 'Điều 150 – Mua bán người', en: 'Article 150 – Trafficking in persons' },
  151: { vi: 'Điều 151 – Mua bán người dưới 16 tuổi', en: 'Article 151 – Trafficking in persons under 16' },
  other: { vi: 'Tội phạm khác liên quan đến mại dâm', en: 'Other prostitution-related offences' },
  administrative: { vi: 'Xử phạt vi phạm hành chính', en: 'Administrative sanctions' },
};

export const crimeLineOptions: readonly (CodeOption & { code: CrimeArticle })[] = crimeArticles.map((code) => ({ code, label: crimeLineLabels[code] }));

/** The labels of the entry form (crime.*.json: fields.*). */
export const crimeCountLabels: Record<CrimeCountField, Bilingual> = {
  casesHandled: { vi: 'Số vụ phát hiện, xử lý', en: 'Cases detected and handled' },
  defendants: { vi: 'Số đối tượng', en: 'People concerned' },
  casesProsecuted: { vi: 'Số vụ khởi tố', en: 'Cases prosecuted' },
  defendantsProsecuted: { vi: 'Số bị can khởi tố', en: 'Defendants prosecuted' },
  casesTried: { vi: 'Số vụ đã xét xử', en: 'Cases tried' },
  defendantsTried: { vi: 'Số bị cáo đã xét xử', en: 'Defendants tried' },
  peopleFined: { vi: 'Số người bị phạt tiền', en: 'People fined' },
  establishmentsFined: { vi: 'Số cơ sở bị phạt tiền', en: 'Establishments fined' },
  amountFined: { vi: 'Tổng số tiền phạt (đồng)', en: 'Total amount fined (đồng)' },
};

const criminalOnly = { vi: 'Chỉ ghi ở dòng tội phạm theo điều luật; dòng xử phạt hành chính để trống hoặc 0.', en: 'Criminal Code lines only; empty or 0 on the administrative line.' };
const administrativeOnly = { vi: 'Chỉ ghi ở dòng "Xử phạt vi phạm hành chính"; dòng điều luật để trống hoặc 0.', en: 'The "Administrative sanctions" line only; empty or 0 on an article\'s line.' };

const countDetails: Record<CrimeCountField, { example: string; description: Bilingual; aliases?: string[] }> = {
  casesHandled: {
    example: '3', aliases: ['Số vụ', 'Số vụ vi phạm bị xử lý'],
    description: { vi: 'Ở dòng xử phạt hành chính: số vụ vi phạm bị xử lý. Có đối tượng thì phải có ít nhất một vụ.', en: 'On the administrative line: violations handled. People concerned need at least one case.' },
  },
  defendants: {
    example: '5', aliases: ['Số đối tượng vi phạm bị xử lý'],
    description: { vi: 'Ở dòng xử phạt hành chính: số đối tượng vi phạm bị xử lý.', en: 'On the administrative line: violators handled.' },
  },
  casesProsecuted: { example: '2', description: { vi: `Không lớn hơn số vụ phát hiện, xử lý. ${criminalOnly.vi}`, en: `Not above the cases handled. ${criminalOnly.en}` } },
  defendantsProsecuted: { example: '3', description: { vi: `Không lớn hơn số đối tượng. ${criminalOnly.vi}`, en: `Not above the people concerned. ${criminalOnly.en}` } },
  casesTried: { example: '1', description: { vi: `Có thể gồm vụ của kỳ trước. ${criminalOnly.vi}`, en: `May include cases of earlier periods. ${criminalOnly.en}` } },
  defendantsTried: { example: '2', description: { vi: `Mỗi vụ xét xử có ít nhất một bị cáo. ${criminalOnly.vi}`, en: `At least one per case tried. ${criminalOnly.en}` } },
  peopleFined: { example: '', description: { vi: `Không lớn hơn số đối tượng vi phạm bị xử lý. ${administrativeOnly.vi}`, en: `Not above the violators handled. ${administrativeOnly.en}` } },
  establishmentsFined: { example: '', description: { vi: `Không lớn hơn số vụ vi phạm bị xử lý. ${administrativeOnly.vi}`, en: `Not above the violations handled. ${administrativeOnly.en}` } },
  amountFined: {
    example: '', aliases: ['Số tiền phạt (đồng)', 'Số tiền phạt'],
    description: { vi: `Tính bằng đồng, số nguyên; bắt buộc khi có người hoặc cơ sở bị phạt tiền. ${administrativeOnly.vi}`, en: `In whole đồng; required when people or establishments were fined. ${administrativeOnly.en}` },
  },
};

const countFieldOrder: readonly CrimeCountField[] = [
  'casesHandled', 'defendants', 'casesProsecuted', 'defendantsProsecuted', 'casesTried', 'defendantsTried', 'peopleFined', 'establishmentsFined', 'amountFined',
];

/** One row per unit, period and line (an article, or the administrative line), with the form's counts. */
export const crimeStatisticsColumns: readonly ImportColumn[] = [
  {
    key: 'unitId', header: { vi: 'Đơn vị', en: 'Unit' }, required: true, type: { kind: 'unit', levels: ['province', 'commune'] },
    example: 'Phường Thành Vinh (16681)', aliases: ['Xã, phường', 'Xã/phường', 'Mã đơn vị'],
    description: {
      vi: 'Tỉnh hoặc xã, phường, đặc khu hiện nay có số liệu, chọn trong danh sách (trang "Danh mục"); có thể ghi mã đơn vị.',
      en: 'The current province, commune, ward or special zone the figures are for, from the list (sheet "Danh mục"); the unit code alone also works.',
    },
  },
  {
    key: 'period', header: { vi: 'Kỳ thống kê', en: 'Statistical period' }, required: true, type: { kind: 'text', maxLength: 120 },
    example: 'Quý 1/2026', aliases: ['Kỳ', 'Kỳ báo cáo', 'Mã kỳ'],
    description: {
      vi: 'Tháng, quý, 6 tháng hoặc năm, ví dụ "Tháng 03/2026", "Quý 1/2026" (hoặc "quý I năm 2026"), "6 tháng đầu năm 2026", "Năm 2026"; '
        + 'hoặc mã kỳ M2026-03, Q2026-1, H2026-1, Y2026. Kỳ báo cáo theo Nghị định 09/2019/NĐ-CP (số liệu từ ngày 15 tháng trước đến ngày 14): '
        + 'thêm "Kỳ báo cáo" phía trước, hoặc mã có chữ R (RQ2026-1). Kỳ phải đã bắt đầu; các kỳ của cùng đơn vị và cùng dòng không được trùng thời gian.',
      en: 'A month, quarter, half year or year, e.g. "Tháng 03/2026", "Quý 1/2026" ("quý I năm 2026"), "6 tháng đầu năm 2026", "Năm 2026"; '
        + 'or a period code M2026-03, Q2026-1, H2026-1, Y2026. For the reporting basis of Decree 09/2019 (data from the 15th of the month before to the 14th) '
        + 'put "Kỳ báo cáo" first, or prefix the code with R (RQ2026-1). The period must have begun; periods of one unit and line must not overlap.',
    },
  },
  {
    key: 'article', header: { vi: 'Điều luật / loại', en: 'Article / kind' }, required: true, type: { kind: 'code', options: crimeLineOptions },
    example: 'Điều 327 – Chứa mại dâm', aliases: ['Điều luật', 'Dòng thống kê'],
    description: {
      vi: 'Chọn trong danh sách (có thể ghi số điều: 327, 328, 329, 150, 151). Mỗi dòng của tệp là một điều luật, hoặc dòng xử phạt vi phạm hành chính.',
      en: 'Choose from the list (the article number alone also works). Each row is one article, or the administrative sanctions line.',
    },
  },
  ...countFieldOrder.map((field): ImportColumn => ({
    key: field, header: crimeCountLabels[field], required: false,
    type: field === 'amountFined' ? { kind: 'integer', min: 0, max: 1_000_000_000_000 } : { kind: 'integer', min: 0, max: 1_000_000 },
    example: countDetails[field].example, aliases: countDetails[field].aliases ?? [],
    description: {
      vi: `Số nguyên, không âm; để trống là 0. ${countDetails[field].description.vi}`,
      en: `A whole number, not below zero; empty means 0. ${countDetails[field].description.en}`,
    },
  })),
];

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const ENGLISH_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The period a name describes, folded (no accents, case or punctuation), on a basis. */
function specOfName(name: string, basis: PeriodBasis): PeriodSpec | undefined {
  let match = /^(?:nam |year )?(\d{4})$/.exec(name);
  if (match) return { kind: 'year', year: Number(match[1]), basis };
  match = /^(?:6|sau) thang (dau|cuoi) (?:nam )?(\d{4})$/.exec(name) ?? /^(first|second) half (?:of )?(\d{4})$/.exec(name);
  if (match) return { kind: 'half_year', year: Number(match[2]), half: ['dau', 'first'].includes(match[1]!) ? 1 : 2, basis };
  match = /^(?:quy|quarter|q) ?([1-4]|i|ii|iii|iv) (?:nam )?(\d{4})$/.exec(name);
  if (match) return { kind: 'quarter', year: Number(match[2]), quarter: ROMAN[match[1]!] ?? Number(match[1]), basis };
  match = /^(?:thang |month )?(\d{1,2}) (?:nam )?(\d{4})$/.exec(name);
  if (match) return { kind: 'month', year: Number(match[2]), month: Number(match[1]), basis };
  match = /^([a-z]+) (\d{4})$/.exec(name);
  const english = match ? ENGLISH_MONTHS.indexOf(match[1]!) : -1;
  if (match && english >= 0) return { kind: 'month', year: Number(match[2]), month: english + 1, basis };
  return undefined;
}

const codeOf = (spec: PeriodSpec): string | undefined => {
  try {
    return periodCode(spec);
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
};

/** d/m/yyyy as ISO: the dates formatPeriod writes after a reporting period's name. */
const isoOfDayText = (text: string) => {
  const [day, month, year] = text.split('/');
  return `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
};

/**
 * A period cell as a statistics period code (M2026-03, Q2026-1, H2026-1, Y2026; R… on the
 * reporting basis), or undefined when it names none. Reads the code itself, the names the screens
 * show ("quý I năm 2026", "6 tháng đầu năm 2026", "tháng 3 năm 2026", "năm 2026", with
 * "(số liệu từ 15/12/2025 đến 14/3/2026)" after a reporting period), the ways registers write them
 * ("Quý 1/2026", "Tháng 03/2026", "03/2026", "Kỳ báo cáo quý 1/2026"), and a date cell Excel made
 * of "03/2026" (the first of the month).
 */
export function parsePeriodCell(value: string | number): string | undefined {
  const text = String(value).normalize('NFC').trim();
  const code = /^(R?)([YHQM])(\d{4})(?:-(\d{1,2}))?$/i.exec(text.replace(/\s+/g, ''));
  if (code) {
    const normalised = `${code[1]!.toUpperCase()}${code[2]!.toUpperCase()}${code[3]}${code[4] === undefined ? '' : `-${code[2]!.toUpperCase() === 'M' ? code[4].padStart(2, '0') : code[4]}`}`;
    return findPeriod(normalised)?.code;
  }
  if (/^\d{5}$/.test(text)) {
    const date = excelSerialToIsoDate(Number(text));
    return date?.endsWith('-01') ? codeOf({ kind: 'month', year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) }) : undefined;
  }
  const suffix = /^(.*?)\s*\(([^)]*)\)$/.exec(text);
  let name = toSearchText(suffix ? suffix[1]! : text);
  let basis: PeriodBasis = 'calendar';
  let days: string[] = [];
  if (suffix) {
    const note = toSearchText(suffix[2]!);
    if (!/^(so lieu tu|data from) /.test(note)) return undefined;
    basis = 'reporting';
    days = [...suffix[2]!.matchAll(/\d{1,2}\/\d{1,2}\/\d{4}/g)].map((match) => isoOfDayText(match[0]));
  }
  const reporting = /^(ky bao cao|reporting) (.*)$/.exec(name);
  if (reporting) {
    basis = 'reporting';
    name = reporting[2]!;
  }
  const spec = specOfName(name, basis);
  const found = spec && codeOf(spec);
  if (!found) return undefined;
  // Dates written after the name must be the period's own: "quý I năm 2026 (số liệu từ 15/12/2025 đến 14/3/2026)".
  if (days.length > 0) {
    const period = findPeriod(found)!;
    if (days.length !== 2 || days[0] !== period.start || days[1] !== period.end) return undefined;
  }
  return found;
}
