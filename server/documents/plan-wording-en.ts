import { formatDate } from '../../core/dates/format.ts';
import { findIndicator } from '../../core/indicators/catalogue.ts';
import { isShareKind } from '../../core/indicators/measurement.ts';
import type { PlanTarget, ReportingRule } from '../../core/plans/plan.ts';
import type { Issuer } from './document-header.ts';
import { upper, withTerminal } from './docx-styles.ts';
import { englishFigure, englishPeriod, englishPlace, englishSignerTitle } from './english-terms.ts';
import type { PlanReportingContext, PlanWording } from './plan-language.ts';
import { leadAgency } from './plan-sections.ts';
import { englishWording } from './report-wording-en.ts';
import { shortDate } from './report-wording.ts';

/**
 * The plan's unofficial English translation: the same document, marked as a translation (with the
 * reports' notice, header and foot), the system's own words in English. What the issuer wrote stays
 * as written; under each target's sentence a note says, in English, what the target sets (the
 * indicator's English name from core/indicators/catalogue.ts and its value). Dates d/m/yyyy.
 */

const committee = (issuer: Issuer) => `People's Committee of ${englishPlace(issuer)}`;
const quoted = (title: string) => `“${title.trim().replace(/[.;]+$/, '')}”`;
const fold = (text: string) => text.normalize('NFC').trim().toLocaleLowerCase('vi');

/** Who reports to the issuer (reporting-section.ts's reportersOf, in English). */
function reportersOf(issuer: Issuer, periodStart: string): string {
  switch (issuer.level) {
    case 'province':
      return periodStart < '2025-07-01'
        ? "the provincial departments, agencies, sectors and mass organisations and the district-level People's Committees"
        : "the provincial departments, agencies, sectors and mass organisations and the commune-level People's Committees";
    case 'district':
      return "the district-level offices, agencies, sectors and mass organisations and the commune-level People's Committees";
    default:
      return `the agencies, sectors and mass organisations of ${englishPlace(issuer)}`;
  }
}

const reportNames: Record<ReportingRule['kind'], string> = {
  monthly: 'Monthly report',
  quarterly: 'Quarterly report',
  half_year: '6-month report',
  annual: 'Annual report',
  phase_end: 'Final report on the implementation of the Plan',
  ad_hoc: 'Ad hoc report',
};

function ordinal(day: number): string {
  const suffix = day % 100 >= 11 && day % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[day % 10] ?? 'th';
  return `${day}${suffix}`;
}

type DayOfYear = NonNullable<ReportingRule['reporterDeadline']>;

/** "by 20/6 each year", "by the 20th of each month", "by 05/11/2025". */
function deadlineText(kind: ReportingRule['kind'], deadline: DayOfYear | null, date: string | null): string | null {
  if (date) return `by ${formatDate(date)}`;
  if (!deadline) return null;
  switch (kind) {
    case 'monthly':
      return `by the ${ordinal(deadline.day)} of each month`;
    case 'quarterly':
      return `by the ${ordinal(deadline.day)} of the last month of each quarter`;
    case 'phase_end':
    case 'ad_hoc':
      return `by ${deadline.day}/${deadline.month}`;
    default:
      return `by ${deadline.day}/${deadline.month} each year`;
  }
}

function reportingSentence(rule: ReportingRule, context: PlanReportingContext): string {
  const reporters = reportersOf(context.issuer, context.periodStart);
  const lead = leadAgency(context.content) ?? 'the lead agency';
  const addressees = rule.recipients.length > 0 ? rule.recipients.join(', ') : `the ${committee(context.issuer)}`;
  const reporterDeadline = deadlineText(rule.kind, rule.reporterDeadline, rule.reporterDeadlineDate);
  const consolidatorDeadline = deadlineText(rule.kind, rule.consolidatorDeadline, null);
  const reporting = reporterDeadline
    ? `${reporters} report ${reporterDeadline}`
    : rule.kind === 'ad_hoc'
      ? `when requested, ${reporters} send their reports to ${lead}`
      : `${reporters} send their reports to ${lead}`;
  const consolidating = `${lead} consolidates them and reports to ${addressees}${consolidatorDeadline ? ` ${consolidatorDeadline}` : ''}`;
  const notes = rule.notes?.trim() ? ` ${withTerminal(rule.notes.trim(), '.')}` : '';
  return `${reportNames[rule.kind]}: ${reporting}; ${consolidating}.${notes}`;
}

/** "≥ 70%", "5–8%" with "growth", "≥ 12 months", "≥ 1", "done": the value as the indicator measures it. */
function targetGoal(target: PlanTarget): string {
  const indicator = findIndicator(target.indicatorCode);
  if (indicator?.kind === 'done') return 'done';
  const figures = target.comparator === 'range' && target.valueHigh !== null
    ? `${englishFigure(target.value)}–${englishFigure(target.valueHigh)}`
    : englishFigure(target.value);
  const kind = indicator?.kind;
  const measured = kind && (isShareKind(kind) || kind === 'year_on_year_growth') ? `${figures}%`
    : kind === 'monthly_frequency' ? `${figures}\u00a0${figures === '1' ? 'month' : 'months'}`
      : figures;
  // A no-break space keeps "≥ 12" on one line.
  const symbol = { gte: '≥\u00a0', lte: '≤\u00a0', eq: '=\u00a0', range: '' }[target.comparator];
  return `${kind === 'year_on_year_growth' ? 'growth ' : ''}${symbol}${measured}`;
}

function targetNote(target: PlanTarget, planPeriodCode: string): string {
  const name = findIndicator(target.indicatorCode)?.name.en ?? target.indicatorCode;
  const period = target.periodCode !== planPeriodCode ? englishPeriod(target.periodCode) : null;
  return `Indicator: ${name}. Target: ${targetGoal(target)}${period ? ` in ${period}` : ''}.`;
}

/**
 * The words the seed plans use to head their own lists of targets ("2. Các chỉ tiêu cụ thể"): the
 * plan's structure rather than its content, so translated, their numbering kept.
 */
const targetGroupHeadings: Record<string, string> = {
  'các chỉ tiêu cụ thể': 'Specific targets',
  'chỉ tiêu cụ thể': 'Specific targets',
  'chỉ tiêu': 'Targets',
  'các chỉ tiêu': 'Targets',
};

function targetGroupHeading(section: string): string {
  const match = /^((?:[0-9]+|[a-zđ])[.)]\s*)?(.*)$/iu.exec(section.trim());
  const english = targetGroupHeadings[fold(match?.[2] ?? '')];
  return english ? `${match?.[1] ?? ''}${english}` : section;
}

/** The reports' titles (english-terms.ts), and the committee of a named level ("TM. ỦY BAN NHÂN DÂN PHƯỜNG"). */
function signerTitle(line: string): string {
  const english = englishSignerTitle(line);
  if (english !== line) return english;
  return /^TM\.\s*(ỦY|UỶ) BAN NHÂN DÂN\b/u.test(upper(line.trim())) ? "ON BEHALF OF THE PEOPLE'S COMMITTEE" : line;
}

export const englishPlanWording: PlanWording = {
  language: 'en',
  languageTag: 'en-GB',
  translationNotice: englishWording.translationNotice,
  header: { ...englishWording.header, numberLine: (number, code = 'KH-UBND') => englishWording.header.numberLine(number, code) },
  signature: { ...englishWording.signature, signerTitle },
  committeeLines: (issuer) => ["PEOPLE'S COMMITTEE OF", upper(englishPlace(issuer))],
  documentKind: 'PLAN',
  metadataTitle: (title) => `${title.trim()} (unofficial English translation)`,
  authority: committee,
  // A basis that says its own verb ("Căn cứ …", "Thực hiện …") is printed as written.
  basis: (basis) => (/^(căn cứ|thực hiện|để)(?=\s)/iu.test(basis) ? basis : `Pursuant to ${basis}`),
  parentPlan: (parent) => `Plan No. ${parent.number}${parent.issueDate ? ` of ${shortDate(parent.issueDate)}` : ''}, ${quoted(parent.title)}`,
  enactment: (issuer, title) => `The ${committee(issuer)} issues the Plan ${quoted(title)} as follows:`,
  sections: {
    purpose: 'PURPOSE AND REQUIREMENTS',
    objectives: 'OBJECTIVES AND TARGETS',
    tasks: 'TASKS AND SOLUTIONS',
    budget: 'FUNDING',
    implementation: 'ORGANISATION OF IMPLEMENTATION',
    reporting: 'REPORTING REGIME',
  },
  parts: { purpose: 'Purpose', requirements: 'Requirements', objectives: 'Objectives', targets: 'Specific targets' },
  targetNote,
  targetGroupHeading,
  budgetSource: {
    central: 'Central budget',
    province: 'Provincial budget',
    district: 'District budget',
    commune: 'Commune budget',
    socialised: 'Contributions from organisations and individuals',
    aid: 'Aid and sponsorship',
    other: 'Other lawful sources',
  },
  money: (amount) => `VND ${englishFigure(Math.trunc(amount))}`,
  assignmentTitle: (assignment) => assignment.agencyName.trim(),
  assignmentRole: (assignment) => {
    const role = assignment.role === 'lead' ? 'lead' : 'support';
    return assignment.isRequest ? ` (requested to ${role})` : ` (${role})`;
  },
  reporting: reportingSentence,
  closing: ({ content, issuer }) => {
    const lead = leadAgency(content);
    return `The above is the Plan ${quoted(content.title)}. Should any difficulty or obstacle arise during implementation, agencies and units ` +
      `should report it promptly to the ${committee(issuer)}${lead ? ` (through ${lead})` : ''} for consideration and appropriate adjustment./.`;
  },
  fileName: (number, periodCode) => `plan-${number ? number.replace(/[^0-9A-Za-z]+/g, '-') : 'draft'}-${periodCode}.docx`,
};
