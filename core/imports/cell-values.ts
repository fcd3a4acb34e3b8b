import { formatDate } from '../dates/format.ts';
import { findCodeOption, type Bilingual, type CodeOption } from './columns.ts';
import { looksLikeTcvn3Text } from './text-encoding.ts';

/**
 * A cell as a file reader hands it over. Spreadsheets give numbers, dates and booleans; CSV gives
 * text only. A formula gives the value Excel computed and saved with the file; one saved without a
 * value (a file written by a program that never computed it) comes as `{ formula }` and is refused.
 */
export type RawCell = string | number | boolean | Date | null | { error: string } | { formula: string };

export type Parsed<T> = { value: T | null; issue?: undefined } | { value?: undefined; issue: Bilingual };

const ok = <T>(value: T | null): Parsed<T> => ({ value });
const fail = <T>(vi: string, en: string): Parsed<T> => ({ issue: { vi, en } });

/** Text as typed: NFC (Vietnamese typed on a Mac arrives decomposed), no-break spaces as spaces, trimmed. */
export function cleanText(text: string): string {
  return text.replace(/[\u00a0\u2007\u202f]/g, ' ').replace(/[\u200b-\u200d\ufeff]/g, '').normalize('NFC').trim();
}

/** A cell no formula result or error made unusable, as a problem to report; undefined when it holds a value. */
function unusable(cell: RawCell): Bilingual | undefined {
  if (cell !== null && typeof cell === 'object' && !(cell instanceof Date)) {
    if ('error' in cell) {
      return { vi: `Ô có lỗi công thức ${cell.error}; hãy sửa công thức hoặc nhập giá trị`, en: `The cell holds the formula error ${cell.error}; fix the formula or type the value` };
    }
    return {
      vi: 'Ô có công thức nhưng tệp không lưu kết quả tính; hãy mở tệp bằng Excel rồi lưu lại, hoặc thay công thức bằng giá trị (Dán đặc biệt > Giá trị)',
      en: 'The cell holds a formula whose result was not saved with the file; open and save it in Excel, or replace the formula by its value (Paste Special > Values)',
    };
  }
  return undefined;
}

export function isBlank(cell: RawCell): boolean {
  return cell === null || (typeof cell === 'string' && cleanText(cell) === '');
}

export function parseText(cell: RawCell): Parsed<string> {
  const problem = unusable(cell);
  if (problem) return { issue: problem };
  if (cell === null) return ok(null);
  if (cell instanceof Date) return ok(formatDate(cell.toISOString().slice(0, 10)));
  const text = cleanText(String(cell));
  if (text === '') return ok(null);
  if (looksLikeTcvn3Text(text)) {
    return fail(
      `"${text.slice(0, 40)}" có vẻ được gõ bằng bảng mã TCVN3 (ABC, phông .VnTime); hãy chuyển sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey) rồi nhập lại`,
      `"${text.slice(0, 40)}" seems typed in the TCVN3 (ABC) encoding with a .VnTime font; convert it to Unicode (e.g. with Unikey's converter) and import again`,
    );
  }
  return ok(text);
}

const pad = (value: number) => String(value).padStart(2, '0');
const isoOf = (year: number, month: number, day: number) => `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;

function realDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return isoOf(year, month, day);
}

const DAY_MS = 86_400_000;
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/**
 * An Excel serial day number as a date. Excel counts 1 as 1/1/1900 and keeps Lotus 1-2-3's
 * 29/2/1900, which never existed; workbooks saved with the 1904 system count from 1/1/1904.
 */
export function excelSerialToIsoDate(serial: number, date1904 = false): string | undefined {
  const day = Math.floor(serial);
  if (!Number.isFinite(serial) || day < 1) return undefined;
  let epoch: number;
  if (date1904) epoch = Date.UTC(1904, 0, 1);
  else if (day === 60) return undefined;
  else epoch = day < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const date = new Date(epoch + day * DAY_MS);
  const year = date.getUTCFullYear();
  if (year > MAX_YEAR) return undefined;
  return isoOf(year, date.getUTCMonth() + 1, date.getUTCDate());
}

const dateAdvice = { vi: 'hãy ghi ngày dạng dd/mm/yyyy, ví dụ 15/01/2026', en: 'write the date as dd/mm/yyyy, e.g. 15/01/2026' };

/**
 * A date written as Vietnamese officials write it (dd/mm/yyyy, also with '-' or '.'), as ISO
 * (yyyy-mm-dd), as a spreadsheet date, or as an Excel serial number (45292).
 */
export function parseDate(cell: RawCell, options: { date1904?: boolean } = {}): Parsed<string> {
  const problem = unusable(cell);
  if (problem) return { issue: problem };
  if (cell === null) return ok(null);
  if (cell instanceof Date) {
    return ok(isoOf(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate()));
  }
  if (typeof cell === 'number') return serialDate(cell, options.date1904 ?? false);
  if (typeof cell !== 'string') return fail(`Không phải ngày; ${dateAdvice.vi}`, `Not a date; ${dateAdvice.en}`);
  const text = cleanText(cell);
  if (text === '') return ok(null);
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(text);
  if (dayFirst) {
    const [day, month, year] = [Number(dayFirst[1]), Number(dayFirst[2]), dayFirst[3]!];
    if (year.length === 2) {
      return fail(`Năm "${year}" chỉ có 2 chữ số; hãy ghi đủ 4 chữ số, ví dụ 15/01/2026`, `The year "${year}" has 2 digits; write all 4, e.g. 15/01/2026`);
    }
    return calendarDay(text, Number(year), month, day);
  }
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s].*)?$/.exec(text);
  if (iso) return calendarDay(text, Number(iso[1]), Number(iso[2]), Number(iso[3]));
  if (/^\d{5}(?:\.\d+)?$/.test(text)) return serialDate(Number(text), options.date1904 ?? false);
  return fail(`"${text.slice(0, 40)}" không phải ngày; ${dateAdvice.vi}`, `"${text.slice(0, 40)}" is not a date; ${dateAdvice.en}`);
}

function calendarDay(text: string, year: number, month: number, day: number): Parsed<string> {
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return fail(`Năm ${year} nằm ngoài khoảng ${MIN_YEAR}–${MAX_YEAR}`, `The year ${year} is outside ${MIN_YEAR}–${MAX_YEAR}`);
  }
  const date = realDate(year, month, day);
  if (!date) return fail(`Ngày "${text}" không có trên lịch (ngày/tháng/năm)`, `"${text}" is not a day of the calendar (day/month/year)`);
  return ok(date);
}

function serialDate(serial: number, date1904: boolean): Parsed<string> {
  // A bare year typed into a date column is a mistake to name, not 5 July 1905.
  if (Number.isInteger(serial) && serial >= MIN_YEAR && serial <= MAX_YEAR) {
    return fail(`${serial} là một năm, không phải ngày; ${dateAdvice.vi}`, `${serial} is a year, not a date; ${dateAdvice.en}`);
  }
  const date = excelSerialToIsoDate(serial, date1904);
  if (!date) return fail(`Số ${serial} không phải ngày hợp lệ; ${dateAdvice.vi}`, `${serial} is not a valid date; ${dateAdvice.en}`);
  return ok(date);
}

/** A whole number, typed as a number or as text with thousands separators ('1.200' or '1,200'). */
export function parseInteger(cell: RawCell, range: { min: number; max: number }): Parsed<number> {
  const problem = unusable(cell);
  if (problem) return { issue: problem };
  if (cell === null) return ok(null);
  let value: number;
  if (typeof cell === 'number') {
    value = cell;
  } else if (typeof cell === 'string') {
    const text = cleanText(cell).replace(/\s/g, '');
    if (text === '') return ok(null);
    if (/^[-+]?\d+$/.test(text)) value = Number(text);
    else if (/^\d{1,3}([.,])\d{3}(\1\d{3})*$/.test(text)) value = Number(text.replace(/[.,]/g, ''));
    else return fail(`"${text.slice(0, 40)}" không phải số nguyên`, `"${text.slice(0, 40)}" is not a whole number`);
  } else {
    return fail('Phải là số nguyên', 'Must be a whole number');
  }
  if (!Number.isInteger(value)) return fail(`${value} không phải số nguyên`, `${value} is not a whole number`);
  if (value < range.min) {
    return range.min === 0
      ? fail('Không được là số âm', 'Cannot be below zero')
      : fail(`Phải lớn hơn hoặc bằng ${range.min}`, `Must be at least ${range.min}`);
  }
  if (value > range.max) return fail(`Phải nhỏ hơn hoặc bằng ${range.max}`, `Must be at most ${range.max}`);
  return ok(value);
}

/** A value of a code list, named by its code or its label in either language. */
export function parseCode(cell: RawCell, options: readonly CodeOption[]): Parsed<string> {
  const text = parseText(cell);
  if (text.issue || text.value === null) return text;
  const option = findCodeOption(options, text.value);
  if (option) return ok(option.code);
  return fail(
    `"${text.value.slice(0, 40)}" không có trong danh mục; hãy chọn một trong: ${options.map((candidate) => candidate.label.vi).join('; ')}`,
    `"${text.value.slice(0, 40)}" is not in the list; choose one of: ${options.map((candidate) => candidate.label.en).join('; ')}`,
  );
}
