import { formatDate, parseVietnameseDate } from '../../../../core/dates/format.ts';

/** 'YYYY-MM-DD' (or null) as forms show it: dd/mm/yyyy, or empty. */
export const dateText = (value: string | null) => (value ? formatDate(value) : '');

/** An amount of đồng as Vietnamese write it: 3.000.000. */
export const formatMoney = (amount: number) => amount.toLocaleString('vi-VN');

/**
 * A whole amount of đồng as typed: digits, optionally grouped by dots, commas or spaces
 * ('3.000.000', '3 000 000'). Undefined when it is not one.
 */
export function parseMoney(text: string): number | undefined {
  const digits = text.trim().replace(/[.,\s]/g, '');
  if (!/^\d{1,13}$/.test(digits)) return undefined;
  return Number(digits);
}

/**
 * A date typed in a filter: '' when empty (no filter), the ISO date when valid, null when it is
 * not a date, so the filter shows the error and is left out of the query.
 */
export function filterDate(text: string): string | null | '' {
  if (text.trim() === '') return '';
  return parseVietnameseDate(text) ?? null;
}
