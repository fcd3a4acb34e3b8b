/** Formats a date as Vietnamese officials write it: dd/mm/yyyy. Accepts 'YYYY-MM-DD' or a Date. */
export function formatDate(value: string | Date, timeZone = 'Asia/Ho_Chi_Minh'): string {
  if (typeof value === 'string') {
    const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
    if (!match) throw new RangeError(`Not an ISO date: ${value}`);
    return `${match[3]}/${match[2]}/${match[1]}`;
  }
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, day: '2-digit', month: '2-digit', year: 'numeric' })
    .formatToParts(value);
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')}`;
}

/** Formats a moment as dd/mm/yyyy HH:mm in Vietnam's time zone. */
export function formatDateTime(value: Date, timeZone = 'Asia/Ho_Chi_Minh'): string {
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hour12: false })
    .format(value);
  return `${formatDate(value, timeZone)} ${time}`;
}

/** Parses dd/mm/yyyy into 'YYYY-MM-DD', or undefined when it is not a real calendar date. */
export function parseVietnameseDate(text: string): string | undefined {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!match) return undefined;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Today's date in Vietnam (UTC+7, no daylight saving), as 'YYYY-MM-DD': the day a user's "today" means. */
export function todayInVietnam(now: number = Date.now()): string {
  return new Date(now + 7 * 3_600_000).toISOString().slice(0, 10);
}
