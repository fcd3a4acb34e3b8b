import { attachmentLimits, attachmentMediaTypes } from '../../../core/api/tips.ts';
import { formatDate, formatDateTime, parseVietnameseDate } from '../../../core/dates/format.ts';
import { daysBetween } from '../../../core/tips/deadlines.ts';

/** A moment sent by the server (ISO 8601) as officials read it: dd/mm/yyyy HH:mm, Vietnam's time. */
export function formatMoment(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatDateTime(date);
}

/** A file's size for people: 512 B, 34 KB, 2,4 MB (the decimal comma in Vietnamese). */
export function formatBytes(bytes: number, language: string): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  const megabytes = (bytes / (1024 * 1024)).toFixed(1);
  return `${language === 'en' ? megabytes : megabytes.replace('.', ',')} MB`;
}

/** Days from today to the due date: positive while time is left, negative once late, 0 on the day. */
export const daysToDue = (dueOn: string, today: string) => daysBetween(today, dueOn);

/** The current date and time in Vietnam (UTC+7, no daylight saving), as the intake form's fields show them. */
export function nowInVietnam(now: number = Date.now()): { date: string; time: string } {
  const local = new Date(now + 7 * 3_600_000).toISOString();
  return { date: formatDate(local.slice(0, 10)), time: local.slice(11, 16) };
}

/** 'HH:mm' from what people type: 14:30, 9:05, 14h30, 14.30. */
export function parseTime(text: string): string | undefined {
  const match = /^\s*(\d{1,2})\s*[:hH.]\s*(\d{2})\s*$/.exec(text);
  if (!match) return undefined;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** A date typed dd/mm/yyyy and a time typed HH:mm, read as Vietnam's time, as ISO 8601 with its offset. */
export function receivedAtOf(dateText: string, timeText: string): string | undefined {
  const date = parseVietnameseDate(dateText);
  const time = parseTime(timeText);
  return date && time ? `${date}T${time}:00+07:00` : undefined;
}

export type FileProblem = { file: string; kind: 'too_large' | 'type' } | { file: null; kind: 'too_many' | 'total' };

const acceptedTypes: readonly string[] = attachmentMediaTypes;
const acceptedExtensions = /\.(jpe?g|png|webp|heic|heif|pdf|mp3|m4a|mp4|aac|ogg|oga|opus|wav|weba|webm)$/i;

/** What the file input offers; the server judges each file by its content anyway. */
export const attachmentAccept = 'image/jpeg,image/png,image/webp,image/heic,.heic,application/pdf,audio/*,.m4a,.mp3';

/**
 * The problems the browser can see before sending (too many, too big, plainly not an image, PDF or
 * recording). Only a first check: the server looks at each file's content and decides.
 */
export function checkFiles(files: readonly { name: string; size: number; type: string }[]): FileProblem[] {
  const problems: FileProblem[] = [];
  if (files.length > attachmentLimits.maxFiles) problems.push({ file: null, kind: 'too_many' });
  let total = 0;
  for (const file of files) {
    total += file.size;
    if (file.size > attachmentLimits.maxFileBytes) problems.push({ file: file.name, kind: 'too_large' });
    // Some browsers give no type (HEIC photos, some recordings): the name must then say what it is.
    const typeKnown = file.type !== '' && file.type !== 'application/octet-stream';
    const accepted = typeKnown
      ? acceptedTypes.includes(file.type) || file.type.startsWith('audio/') || file.type === 'image/heif'
      : acceptedExtensions.test(file.name);
    if (!accepted) problems.push({ file: file.name, kind: 'type' });
  }
  if (total > attachmentLimits.maxTotalBytes) problems.push({ file: null, kind: 'total' });
  return problems;
}
