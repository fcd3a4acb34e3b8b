import type { TFunction } from 'i18next';
import type { AgencyKind } from '../../../../core/agencies/agency-catalogue.ts';
import type { Comparator, PlanAssignment, PlanContent, PlanContentInput, ReportingRule } from '../../../../core/plans/plan.ts';
import type { FieldDetail } from '../../api/client.ts';
import { linesOf } from '../plan-format.ts';

/**
 * The plan editor's form: the plan content with lists of paragraphs as one textarea each (one
 * paragraph per line) and numbers as typed. Parts the form does not edit (budget lines, report
 * recipients and notes) ride along unchanged.
 */
export interface TargetRow {
  rowId: string; key: string; indicatorCode: string; comparator: Comparator; value: string; valueHigh: string;
  periodCode: string; text: string; section: string; parentTargetKey: string | null; looserReason: string;
}
export interface TaskGroupRow { rowId: string; title: string; tasks: string }
export interface AssignmentRow { rowId: string; agencyKind: AgencyKind; agencyName: string; role: 'lead' | 'support'; isRequest: boolean; duties: string }
export interface ReportingRow {
  rowId: string; kind: ReportingRule['kind']; reporterDeadline: string; consolidatorDeadline: string;
  kept: Pick<ReportingRule, 'reporterDeadlineDate' | 'recipients' | 'notes'>;
}
export interface PlanForm {
  issuer: { id: string; name: string } | null;
  title: string; issuePlace: string; periodCode: string;
  legalBasis: string; purpose: string; requirements: string; objectives: string; budgetNotes: string; recipients: string;
  targets: TargetRow[]; taskGroups: TaskGroupRow[]; assignments: AssignmentRow[]; reportingRules: ReportingRow[];
  signer: { authority: string; onBehalf: string; position: string; name: string };
  kept: Pick<PlanContent, 'number' | 'issueDate' | 'budget'>;
  parentPlanIds: string[];
}

let rowCounter = 0;
export const newRowId = () => `row-${++rowCounter}`;

const joinLines = (lines: readonly string[]) => lines.join('\n');
const dayMonthText = (value: { day: number; month: number } | null) =>
  value ? `${String(value.day).padStart(2, '0')}/${String(value.month).padStart(2, '0')}` : '';

export function emptyForm(issuer: { id: string; name: string } | null, issuePlace = ''): PlanForm {
  return {
    issuer, title: '', issuePlace, periodCode: '', legalBasis: '', purpose: '', requirements: '', objectives: '', budgetNotes: '', recipients: '',
    targets: [], taskGroups: [], assignments: [], reportingRules: [],
    signer: { authority: 'TM. ỦY BAN NHÂN DÂN', onBehalf: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: '' },
    kept: { number: null, issueDate: null, budget: [] }, parentPlanIds: [],
  };
}

export function toForm(content: PlanContent, issuer: { id: string; name: string }, parentPlanIds: string[]): PlanForm {
  return {
    issuer, title: content.title, issuePlace: content.issuePlace, periodCode: content.periodCode,
    legalBasis: joinLines(content.legalBasis), purpose: joinLines(content.purpose), requirements: joinLines(content.requirements),
    objectives: joinLines(content.objectives), budgetNotes: joinLines(content.budgetNotes), recipients: joinLines(content.recipients),
    targets: content.targets.map((target) => ({
      rowId: newRowId(), key: target.key, indicatorCode: target.indicatorCode, comparator: target.comparator,
      value: String(target.value), valueHigh: target.valueHigh === null ? '' : String(target.valueHigh), periodCode: target.periodCode,
      text: target.text, section: target.section ?? '', parentTargetKey: target.parentTargetKey, looserReason: target.looserReason ?? '',
    })),
    taskGroups: content.taskGroups.map((group) => ({ rowId: newRowId(), title: group.title, tasks: joinLines(group.tasks) })),
    assignments: content.assignments.map((assignment) => ({ rowId: newRowId(), ...assignment, duties: joinLines(assignment.duties) })),
    reportingRules: content.reportingRules.map((rule) => ({
      rowId: newRowId(), kind: rule.kind, reporterDeadline: dayMonthText(rule.reporterDeadline), consolidatorDeadline: dayMonthText(rule.consolidatorDeadline),
      kept: { reporterDeadlineDate: rule.reporterDeadlineDate, recipients: rule.recipients, notes: rule.notes },
    })),
    signer: { authority: content.signer.authority, onBehalf: content.signer.onBehalf ?? '', position: content.signer.position, name: content.signer.name ?? '' },
    kept: { number: content.number, issueDate: content.issueDate, budget: content.budget },
    parentPlanIds,
  };
}

/** A number as typed, with a decimal comma or point; undefined when it is not one. */
export function parseNumber(text: string): number | undefined {
  const cleaned = text.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return undefined;
  return Number(cleaned);
}

/** 'dd/mm' into a day of the year; null when empty, undefined when not a day of the year. */
export function parseDayMonth(text: string): { day: number; month: number } | null | undefined {
  if (!text.trim()) return null;
  const match = /^\s*(\d{1,2})\/(\d{1,2})\s*$/.exec(text);
  if (!match) return undefined;
  const [day, month] = [Number(match[1]), Number(match[2])];
  const daysIn = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return daysIn !== undefined && day >= 1 && day <= daysIn ? { day, month } : undefined;
}

export interface LocalMessages { notANumber: string; badDayMonth: string; chooseIndicator: string }

const orNull = (text: string) => (text.trim() ? text.trim() : null);

/** The content to send, and the problems found before sending (named like the server names fields). */
export function toContent(form: PlanForm, messages: LocalMessages): { content: PlanContentInput; problems: FieldDetail[] } {
  const problems: FieldDetail[] = [];
  const number = (text: string, field: string): number => {
    const value = parseNumber(text);
    if (value === undefined) problems.push({ field, message: messages.notANumber });
    return value ?? Number.NaN;
  };
  const dayMonth = (text: string, field: string) => {
    const value = parseDayMonth(text);
    if (value === undefined) problems.push({ field, message: messages.badDayMonth });
    return value ?? null;
  };
  const content: PlanContentInput = {
    issuerUnitId: form.issuer?.id ?? '', number: form.kept.number, issueDate: form.kept.issueDate,
    issuePlace: form.issuePlace, title: form.title, periodCode: form.periodCode.trim(),
    legalBasis: linesOf(form.legalBasis), purpose: linesOf(form.purpose), requirements: linesOf(form.requirements),
    objectives: linesOf(form.objectives), budget: form.kept.budget, budgetNotes: linesOf(form.budgetNotes), recipients: linesOf(form.recipients),
    targets: form.targets.map((row, index) => {
      const field = (name: string) => `content.targets.${index}.${name}`;
      if (!row.indicatorCode) problems.push({ field: field('indicatorCode'), message: messages.chooseIndicator });
      return {
        key: row.key, indicatorCode: row.indicatorCode, comparator: row.comparator, value: number(row.value, field('value')),
        valueHigh: row.comparator === 'range' ? number(row.valueHigh, field('valueHigh')) : null,
        periodCode: row.periodCode.trim(), text: row.text, section: orNull(row.section),
        parentTargetKey: row.parentTargetKey, looserReason: row.parentTargetKey ? orNull(row.looserReason) : null,
      };
    }),
    taskGroups: form.taskGroups.map((group) => ({ title: group.title, tasks: linesOf(group.tasks) })),
    assignments: form.assignments.map(({ rowId: _rowId, duties, ...assignment }): PlanAssignment => ({ ...assignment, duties: linesOf(duties) })),
    reportingRules: form.reportingRules.map((rule, index) => ({
      kind: rule.kind, ...rule.kept,
      reporterDeadline: dayMonth(rule.reporterDeadline, `content.reportingRules.${index}.reporterDeadline`),
      consolidatorDeadline: dayMonth(rule.consolidatorDeadline, `content.reportingRules.${index}.consolidatorDeadline`),
    })),
    signer: { authority: form.signer.authority, onBehalf: orNull(form.signer.onBehalf), position: form.signer.position, name: orNull(form.signer.name) },
  };
  return { content, problems };
}

/** A key no other target of the form uses: chi-tieu-1, chi-tieu-2, … */
export function nextTargetKey(rows: readonly Pick<TargetRow, 'key'>[]): string {
  const used = new Set(rows.map((row) => row.key));
  let counter = rows.length + 1;
  while (used.has(`chi-tieu-${counter}`)) counter += 1;
  return `chi-tieu-${counter}`;
}

/** The messages for a field and everything inside it ('content.targets.2' also takes '…2.value'). */
export function messagesFor(details: readonly FieldDetail[], field: string): string | undefined {
  const messages = details.filter((detail) => detail.field === field || detail.field.startsWith(`${field}.`)).map((detail) => detail.message);
  return messages.length > 0 ? messages.join(' ') : undefined;
}

/** The messages about a row that name none of the given fields: a row-level problem or one about a hidden field. */
export function otherMessages(details: readonly FieldDetail[], row: string, shownFields: readonly string[]): string | undefined {
  const shown = (field: string) => shownFields.some((name) => field === `${row}.${name}` || field.startsWith(`${row}.${name}.`));
  const messages = details
    .filter((detail) => (detail.field === row || detail.field.startsWith(`${row}.`)) && !shown(detail.field))
    .map((detail) => detail.message);
  return messages.length > 0 ? messages.join(' ') : undefined;
}

const rowLabels: Record<string, string> = { targets: 'targetRow', taskGroups: 'taskGroupRow', assignments: 'assignmentRow', reportingRules: 'reportingRow' };

/** Where a field is, in the user's words: 'content.targets.2.value' → 'Chỉ tiêu 3 – Giá trị'. */
export function describeField(field: string, t: TFunction): string {
  const parts = field.split('.');
  if (parts[0] !== 'content') return field === 'parentPlanIds' ? t('plans.editor.fields.parentPlanIds') : field;
  const [, section, index, name] = parts;
  if (section === undefined) return field;
  const row = rowLabels[section];
  if (row && index !== undefined && /^\d+$/.test(index)) {
    const where = t(`plans.editor.${row}`, { number: Number(index) + 1 });
    if (section === 'taskGroups' && name === 'title') return `${where} – ${t('plans.editor.fields.groupTitle')}`;
    return name ? `${where} – ${t(`plans.editor.fields.${name}`, { defaultValue: name })}` : where;
  }
  if (section === 'signer' && index) return `${t('plans.editor.fields.signer')} – ${t(`plans.editor.fields.${index}`, { defaultValue: index })}`;
  return t(`plans.editor.fields.${section}`, { defaultValue: section });
}
