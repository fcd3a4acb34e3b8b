import { formatDate } from '../../core/dates/format.ts';
import { figureTables } from '../../core/reports/figures.ts';
import { BLANK } from './document-header.ts';
import { lowerFirst, upper, withTerminal } from './docx-styles.ts';
import {
  englishFigure, englishIndicatorName, englishMeasure, englishPeriod, englishPlace, englishPlaceOfName, englishSignerTitle,
} from './english-terms.ts';
import type { ReportWording } from './report-language.ts';
import { fileNamesOf, shortDate, titleAsSubject, type ReportRequestInfo, type ReportUnit } from './report-wording.ts';

/**
 * The report's unofficial English translation: the same document, marked as a translation, with
 * the system's own words in English. The figure tables take their English titles and labels from
 * core/reports/figures.ts; an ad hoc request's title, narratives, the plan's targets and recipients,
 * and names stay as written. Figures are written 1,234,567 and dates d/m/yyyy, as in the original.
 */

const SUBJECT = 'Results of prostitution prevention and control';
const NOTICE = 'Unofficial English translation — the Vietnamese document is the official one';
const NO_DATA = 'No data in the period.';
const TARGETS = 'Results against the targets';

const capitalise = (text: string) => `${text.charAt(0).toLocaleUpperCase('en')}${text.slice(1)}`;
const committee = (place: string) => `People's Committee of ${place}`;
const unitAuthority = (unit: ReportUnit) => `the ${committee(englishPlace(unit))}`;
const isTitled = (request: Pick<ReportRequestInfo, 'kind' | 'title'>) => request.kind === 'ad_hoc' && request.title.trim() !== '';

function subject(request: ReportRequestInfo): string {
  if (isTitled(request)) return titleAsSubject(request.title);
  const period = englishPeriod(request.periodCode);
  return period ? `${SUBJECT} in ${period}` : `${SUBJECT} from ${shortDate(request.periodStart)} to ${shortDate(request.periodEnd)}`;
}

/** The subject inside a sentence: "the results of … in 2024"; an ad hoc request's own title in quotes. */
function subjectInSentence(request: ReportRequestInfo): string {
  return isTitled(request) ? `“${subject(request)}”` : `the ${lowerFirst(subject(request))}`;
}

const tableOf = (key: string) => figureTables.find((table) => table.key === key);

export const englishWording: ReportWording = {
  language: 'en',
  languageTag: 'en-GB',
  translationNotice: NOTICE,
  header: {
    nation: 'SOCIALIST REPUBLIC OF VIET NAM',
    motto: 'Independence - Freedom - Happiness',
    numberLine: (number, code = 'BC-UBND') => (number ? `No.: ${number}` : `No.:${BLANK}/${code}`),
    placeDateLine: (place, issueDate, draftYear) => (issueDate ? `${place}, ${formatDate(issueDate)}` : `${place}, ${BLANK}/${BLANK}/${draftYear}`),
  },
  signature: { recipientsLabel: 'Recipients:', archive: 'Archived: VT', signerTitle: englishSignerTitle },
  committeeLines: (unit) => ["PEOPLE'S COMMITTEE OF", upper(englishPlace(unit))],
  documentKind: 'REPORT',
  subject,
  dataPeriod: (periodStart, periodEnd) => `Figures from ${shortDate(periodStart)} to ${shortDate(periodEnd)}`,
  authority: (input) => input.agency?.name ?? unitAuthority(input.unit),
  unitAuthority,
  opening: ({ request, issuerName, authority }) => {
    const asked = issuerName ? `the ${committee(englishPlaceOfName(issuerName))}` : null;
    const basis = asked ? (request.kind === 'ad_hoc' ? `At the request of ${asked}, ` : `Pursuant to the reporting regime of ${asked}, `) : '';
    return `${basis}${basis ? authority : capitalise(authority)} reports on ${subjectInSentence(request)} as follows:`;
  },
  closing: ({ request, authority }) => `The above is the report of ${authority} on ${subjectInSentence(request)}./.`,
  metadata: (request, consolidated) => ({
    title: `Report on ${subjectInSentence(request)} (unofficial English translation)`,
    description: consolidated ? 'Consolidated report (unofficial English translation)' : 'Report (unofficial English translation)',
  }),
  sections: { results: 'RESULTS', difficulties: 'DIFFICULTIES AND OBSTACLES', proposals: 'PROPOSALS AND RECOMMENDATIONS' },
  parts: { duties: 'Duties assigned by the plan', implementation: 'Implementation', specificResults: 'Specific results', targets: TARGETS },
  letters: 'abcdefghijklmnopqrstuvwxyz',
  formatFigure: englishFigure,
  tableTitle: (table) => tableOf(table.key)?.title.en ?? table.title,
  figureLabel: (tableKey, column) => tableOf(tableKey)?.figures.find((figure) => figure.key === column.key)?.label.en ?? column.label,
  noData: NO_DATA,
  figureHeaders: (consolidated) => ['No.', 'Item', consolidated ? 'Total' : 'Figure'],
  correctionNote: ({ index, label, computed, value, reason }) =>
    `(${index}) ${label}: figure corrected from ${englishFigure(computed)} to ${englishFigure(value)}. ${withTerminal(reason, '.')}`,
  targetHeaders: ['No.', 'Target', 'Result', 'Assessment'],
  targetStatus: { met: 'Met', on_track: 'On track', at_risk: 'At risk of not being met', not_met: 'Not met', no_data: 'No data yet' },
  measure: englishMeasure,
  indicatorName: englishIndicatorName,
  consolidation: ({ reported, expected, ownAuthority, withAgencies }) => {
    const own = ownAuthority ? ` and the figures of ${ownAuthority}` : '';
    const who = withAgencies ? 'units and agencies' : 'units';
    return `Figures consolidated from the accepted reports of ${reported}/${expected} ${who}${own}; the figures of each are in the attached statistical annex.`;
  },
  missingUnits: (names, withAgencies) => {
    const noun = withAgencies ? (names.length === 1 ? 'unit or agency' : 'units and agencies') : (names.length === 1 ? 'unit' : 'units');
    return `${withAgencies ? 'Units and agencies' : 'Units'} without an accepted report, whose figures are not included (${names.length} ${noun}): ${names.join(', ')}.`;
  },
  none: 'None.',
  notWritten: '(Nothing written yet.)',
  reportStatus: { not_started: 'Not started', draft: 'Draft', submitted: 'Submitted, awaiting review', returned: 'Returned for completion', accepted: 'Accepted' },
  annex: {
    coverSheet: 'General information',
    targetsSheet: 'Targets',
    total: 'Total',
    noData: NO_DATA,
    sheetNames: {
      establishments: 'Establishments, hotspots',
      inspections: 'Inspections, sanctions',
      tips: 'Tips, denunciations',
      communication: 'Communication',
      training: 'Training',
      support: 'Support, harm reduction',
      crime: 'Crimes, sanctions',
    },
    fallbackSheet: 'Table',
    sourceNotes: { own: 'Figures of the consolidating unit', report: '', missing: 'No accepted report' },
    tableTitle: (index, title, noData) => `Table ${index}. ${title}${noData ? ` — ${NO_DATA}` : ''}`,
    figureHeaders: { number: 'No.', unit: 'Unit', notes: 'Notes' },
    targetsTitle: (hasTargets) => (hasTargets ? TARGETS : `${TARGETS} — the reporting period is not tied to a plan's targets`),
    targetHeaders: ['No.', 'Target', 'Indicator', 'Goal', 'Result', 'Assessment'],
    heading: 'STATISTICAL ANNEX',
    attachedTo: (request, authority) => `Attached to the report on ${subjectInSentence(request)} of ${authority}`,
    labels: {
      report: 'Report', period: 'Reporting period', dataRange: 'Data range', unit: 'Reporting unit', kind: 'Type of report', status: 'Status',
      deadline: 'Deadline', reported: 'Units reported', missing: 'Units without an accepted report', computedAt: 'Figures as of',
      exportedAt: 'File exported', tables: 'Tables', targets: 'Targets',
    },
    unitName: englishPlace,
    tableLabel: (index) => `Table ${index}`,
    periodLine: (request) => `${capitalise(englishPeriod(request.periodCode)?.replace(/^the /, '') ?? request.title)} (${request.periodCode})`,
    kindOf: (consolidated) => (consolidated ? 'Consolidated report' : "The unit's own report"),
    statusLine: (status, version) => `${status} (version ${version})`,
    none: 'None',
    tableLine: (title, sheet) => `${title} (sheet "${sheet}")`,
    targetsLine: (sheet) => `${TARGETS} (sheet "${sheet}")`,
    workbookTitle: (text) => `Statistical annex — ${text} (unofficial English translation)`,
  },
  addresses: {
    committeeOf: (unitName) => committee(englishPlaceOfName(unitName)),
    // Printed over an office's name in a narrow column: the place is kept on one line.
    committeeOver: (unitName) => committee(englishPlaceOfName(unitName).replace(/ /g, '\u00a0')),
    forConsolidation: (recipient) => `${recipient} (for consolidation)`,
    forReport: (recipient) => `${recipient} (for reporting)`,
  },
  fileNames: (input, format) => {
    const { request } = input;
    const phrase = isTitled(request) ? titleAsSubject(request.title) : englishPeriod(request.periodCode)?.replace(/^the /, '') ?? request.periodCode;
    const suffix = format === 'docx' ? 'Report' : 'Statistical annex';
    return fileNamesOf(`${suffix} ${phrase} ${input.agency?.name ?? englishPlace(input.unit)}`, format, 'report');
  },
};
