/**
 * Day arithmetic on 'YYYY-MM-DD' strings. Everything is done on UTC Date objects so that no local
 * time zone (or daylight-saving change) can shift a day.
 */

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of an ISO date, or undefined when the text is not a real calendar date. */
export function findDayNumber(date: string): number | undefined {
  if (typeof date !== 'string') return undefined;
  const match = ISO_DATE.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const value = new Date(0);
  value.setUTCFullYear(year, month - 1, day);
  if (value.getUTCFullYear() !== year || value.getUTCMonth() !== month - 1 || value.getUTCDate() !== day) return undefined;
  return Math.round(value.getTime() / MS_PER_DAY);
}

/** Days since 1970-01-01 of an ISO date; throws a RangeError when it is not a real calendar date. */
export function dayNumber(date: string): number {
  const day = findDayNumber(date);
  if (day === undefined) throw new RangeError(`Not a calendar date in the form YYYY-MM-DD: ${String(date)}`);
  return day;
}

/** The ISO date of a day number. */
export function isoDateOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The number of days in a month (1–12), leap years included. */
export function daysInMonth(year: number, month: number): number {
  const value = new Date(0);
  value.setUTCFullYear(year, month, 0);
  return value.getUTCDate();
}

/** Months are counted as year × 12 + (month − 1), so that month arithmetic crosses years simply. */
export function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

/** The year and month (1–12) of a month index. */
export function yearMonthOf(index: number): { year: number; month: number } {
  const year = Math.floor(index / 12);
  return { year, month: index - year * 12 + 1 };
}

/** 'YYYY-MM-DD' of a given day of the month with that index; the day must exist. */
export function isoDateInMonth(index: number, day: number): string {
  const { year, month } = yearMonthOf(index);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
