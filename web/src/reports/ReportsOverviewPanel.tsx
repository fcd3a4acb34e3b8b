import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { todayInVietnam } from '../../../core/dates/format.ts';
import { useHasPermission } from '../auth/session-context.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { useApi } from '../common/useApi.ts';
import { ReportDeadline } from './ReportBadges.tsx';
import { DUE_SOON_DAYS, isOpen } from './report-format.ts';
import { fetchIssuedRequests, searchReports } from './reports-api.ts';

const SHOWN = 5;

/**
 * The overview's reports panel: the unit's reports not yet submitted that are overdue or due within
 * a week, most urgent first, each a link to the report; and how many there are of each. A
 * consolidator also sees its requests whose deadline has passed with reports still missing.
 */
export function ReportsOverviewPanel() {
  const { t } = useTranslation();
  const mayReview = useHasPermission('report.review');
  const page = useApi('reports-overview', (signal) => searchReports({ pageSize: 200 }, signal));
  const open = (page.data?.items ?? []).filter((item) => isOpen(item.status));
  const overdue = open.filter((item) => item.daysToDeadline < 0);
  const dueSoon = open.filter((item) => item.daysToDeadline >= 0 && item.daysToDeadline <= DUE_SOON_DAYS);
  const urgent = [...overdue, ...dueSoon].sort((a, b) => a.daysToDeadline - b.daysToDeadline).slice(0, SHOWN);
  return (
    <section className="overview-panel reports-overview" aria-labelledby="reports-overview-heading">
      <h2 id="reports-overview-heading">{t('reports.overview.title')}</h2>
      <ErrorMessage error={page.error} onRetry={page.reload} />
      {!page.data && !page.error && <p className="muted">{t('common.loading')}</p>}
      {page.data && (
        <>
          <ul className="overview-counts">
            <li className={overdue.length > 0 ? 'overview-count-warning' : undefined}>
              <Link to="/reports"><span className="overview-count">{overdue.length}</span> {t('reports.overview.overdue')}</Link>
            </li>
            <li className={dueSoon.length > 0 ? 'overview-count-soon' : undefined}>
              <Link to="/reports"><span className="overview-count">{dueSoon.length}</span> {t('reports.overview.dueSoon', { days: DUE_SOON_DAYS })}</Link>
            </li>
          </ul>
          {urgent.length === 0 && <p className="muted small">{t('reports.overview.nothingUrgent')}</p>}
          {urgent.length > 0 && (
            <ul className="plain-list overview-reports">
              {urgent.map((item) => (
                <li key={item.id}>
                  <Link to={`/reports/${item.id}`}>{item.title}</Link>{' '}
                  <span className="muted small">({item.agencyName ?? item.unitName})</span> <ReportDeadline report={item} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {mayReview && <OverdueReporters />}
    </section>
  );
}

/** The unit's requests past the reporters' deadline with reports not in: the consolidator's reminder. */
function OverdueReporters() {
  const { t } = useTranslation();
  const requests = useApi('reports-overview:issued', (signal) => fetchIssuedRequests({ pageSize: 20 }, signal));
  const today = todayInVietnam();
  const late = (requests.data?.items ?? [])
    .filter((request) => request.reporterDeadline < today && request.submitted < request.expected)
    .slice(0, SHOWN);
  if (late.length === 0) return null;
  return (
    <ul className="plain-list overview-reports overview-overdue-reporters" aria-label={t('reports.overview.overdueReporters')}>
      {late.map((request) => (
        <li key={request.id}>
          <span className="overview-count-warning">{t('reports.overview.missingCount', { count: request.expected - request.submitted })}</span>{' '}
          <Link to={`/reports/requests/${request.id}`}>{request.title}</Link>
        </li>
      ))}
    </ul>
  );
}
