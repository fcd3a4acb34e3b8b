import {
  supportCountFields, supportServices,
  type SupportCountField, type SupportService, type SupportStatistics, type SupportStatisticsCreate, type SupportStatisticsUpdate,
} from '../../../../core/api/support-statistics.ts';
import type { Language } from '../../../../core/errors/messages.ts';
import { pickLanguage } from '../../../../core/errors/validation-issues.ts';
import { supportFigureIssues, supportMonthIssues } from '../../../../core/statistics/support-rules.ts';

/** What the user types: every count as text ('' is 0), the month as year and month number. */
export interface SupportDraft {
  unit: { id: string; name: string } | null;
  year: string;
  /** '01'–'12'. */
  month: string;
  counts: Record<SupportCountField, string>;
  services: Record<SupportService, string>;
}

const blank = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((key) => [key, ''])) as Record<K, string>;

export function emptySupportDraft(unit: SupportDraft['unit'], month: string): SupportDraft {
  return { unit, year: month.slice(0, 4), month: month.slice(5, 7), counts: blank(supportCountFields), services: blank(supportServices) };
}

export function supportDraftOf(record: SupportStatistics): SupportDraft {
  return {
    unit: { id: record.unitId, name: record.unitName },
    year: record.month.slice(0, 4),
    month: record.month.slice(5, 7),
    counts: Object.fromEntries(supportCountFields.map((field) => [field, String(record[field])])) as Record<SupportCountField, string>,
    services: Object.fromEntries(supportServices.map((service) => [service, String(record.services[service])])) as Record<SupportService, string>,
  };
}

export interface SupportDraftTexts {
  required: string;
  countInvalid: string;
  servedAboveReached: string;
}

export interface ReadSupportDraft {
  values: SupportStatisticsCreate;
  /** By field ('peopleServed', 'services.condoms', 'month', 'unitId'): what stops the figures being saved. */
  errors: Record<string, string>;
  /** By field: what may be right but is worth a second look. */
  warnings: Record<string, string>;
}

/** A count as typed: digits, with dots or spaces between thousands allowed ('1.200'). */
export function readCount(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  if (!/^(\d+|\d{1,3}([.\s]\d{3})+)$/.test(trimmed)) return undefined;
  return Number(trimmed.replace(/[.\s]/g, ''));
}

/**
 * Reads the draft into what the API takes, with every problem the server would report (the same
 * rules, from core) so that the form shows them while the user types.
 */
export function readSupportDraft(draft: SupportDraft, today: string, language: Language, texts: SupportDraftTexts): ReadSupportDraft {
  const errors: Record<string, string> = {};
  const warnings: Record<string, string> = {};
  if (!draft.unit) errors.unitId = texts.required;
  const read = <K extends string>(entries: Record<K, string>, prefix: string) => Object.fromEntries(
    (Object.entries(entries) as [K, string][]).map(([key, text]) => {
      const value = readCount(text);
      if (value === undefined) errors[`${prefix}${key}`] = texts.countInvalid;
      return [key, value ?? 0];
    }),
  ) as Record<K, number>;
  const counts = read(draft.counts, '');
  const services = read(draft.services, 'services.');
  const month = `${draft.year}-${draft.month}`;
  const values: SupportStatisticsCreate = { unitId: draft.unit?.id ?? '', month, ...counts, services };
  if (Object.keys(errors).length === 0 || (Object.keys(errors).length === 1 && errors.unitId)) {
    for (const issue of [...supportMonthIssues(month, today), ...supportFigureIssues(values)]) {
      errors[issue.field] ??= pickLanguage(language, issue.message);
    }
  }
  if (values.peopleServed > values.peopleReached && !errors.peopleServed) warnings.peopleServed = texts.servedAboveReached;
  return { values, errors, warnings };
}

/** Only what changed, so that the history of the month shows just that. */
export function supportChanges(before: SupportStatisticsCreate, after: SupportStatisticsCreate): SupportStatisticsUpdate {
  const update: Record<string, unknown> = {};
  if (before.month !== after.month) update.month = after.month;
  for (const field of supportCountFields) if (before[field] !== after[field]) update[field] = after[field];
  const services = Object.fromEntries(supportServices.filter((service) => before.services[service] !== after.services[service])
    .map((service) => [service, after.services[service]]));
  if (Object.keys(services).length > 0) update.services = services;
  return update as SupportStatisticsUpdate;
}
