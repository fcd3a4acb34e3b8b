import { useTranslation } from 'react-i18next';
import type { ReportSummary } from '../../../core/api/reports.ts';
import { formatDate } from '../../../core/dates/format.ts';
import { deadlineState, periodDates, periodNameOf, type UiLanguage } from './report-format.ts';

const deadlineClass: Record<ReturnType<typeof deadlineState>['kind'], string> = {
  submitted_on_time: 'deadline-resolved_on_time',
  submitted_late: 'deadline-resolved_late',
  overdue: 'deadline-overdue',
  due_today: 'deadline-due_soon',
  due_soon: 'deadline-due_soon',
  open: 'deadline-open',
};

type DeadlineFields = Pick<ReportSummary, 'status' | 'deadline' | 'daysToDeadline' | 'submittedAt' | 'timeliness'>;

/** The UI's language for numbers and period names. */
export function useUiLanguage(): UiLanguage {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'vi';
}

/** On time, due in N days, overdue N days, submitted late: in words and colour. */
export function ReportDeadlineBadge({ report }: { report: DeadlineFields }) {
  const { t } = useTranslation();
  const state = deadlineState(report);
  const text = 'days' in state ? t(`reports.deadline.${state.kind}`, { count: state.days }) : t(`reports.deadline.${state.kind}`);
  return <span className={`deadline-badge ${deadlineClass[state.kind]}`}>{text}</span>;
}

/** The deadline date and its badge. */
export function ReportDeadline({ report }: { report: DeadlineFields }) {
  return (
    <span className="due-date">
      <span className="nowrap">{formatDate(report.deadline)}</span> <ReportDeadlineBadge report={report} />
    </span>
  );
}

export function ReportStatusBadge({ status }: { status: ReportSummary['status'] }) {
  const { t } = useTranslation();
  return <span className={`report-status report-status-${status}`}>{t(`reports.status.${status}`)}</span>;
}

/** On time / late / missing / not yet due, as a consolidator's board shows each expected report. */
export function TimelinessBadge({ timeliness }: { timeliness: ReportSummary['timeliness'] }) {
  const { t } = useTranslation();
  const className = {
    on_time: 'deadline-resolved_on_time', late: 'deadline-resolved_late', missing: 'deadline-overdue', not_due: 'deadline-open',
  }[timeliness];
  return <span className={`deadline-badge ${className}`}>{t(`reports.timeliness.${timeliness}`)}</span>;
}

/** "6 tháng đầu năm 2024" over "15/12/2023–14/06/2024": the name when the code has one, always the dates. */
export function PeriodText({ report }: { report: Pick<ReportSummary, 'periodCode' | 'periodStart' | 'periodEnd'> }) {
  const name = periodNameOf(report.periodCode, useUiLanguage());
  return (
    <span className="report-period">
      {name && <span className="report-period-name">{name}</span>}
      <span className={name ? 'nowrap report-period-dates' : 'nowrap'}>{periodDates(report.periodStart, report.periodEnd)}</span>
    </span>
  );
}
