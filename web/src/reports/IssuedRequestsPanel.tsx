import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../core/dates/format.ts';
import { PagedTable } from '../common/PagedTable.tsx';
import { useApi } from '../common/useApi.ts';
import { PeriodText, ReportStatusBadge } from './ReportBadges.tsx';
import { fetchIssuedRequests, type ReportRequestSummary } from './reports-api.ts';

const PAGE_SIZE = 20;

/**
 * The requests the user's unit issued (by its plans' regimes or ad hoc), newest period first: how
 * many of the expected reports of units and agencies are in and on time, with links to each
 * request's completeness board and its consolidated report. `sent` counts the requests sent from
 * the page, so that the list loads again after one.
 */
export function IssuedRequestsPanel({ sent }: { sent: number }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const list = useApi(`report-requests:${sent}:${page}`, (signal) => fetchIssuedRequests({ page, pageSize: PAGE_SIZE }, signal));
  return (
    <section className="report-section issued-requests" aria-labelledby="issued-requests-heading">
      <h2 id="issued-requests-heading">{t('reports.requests.title')}</h2>
      <p className="muted small">{t('reports.requests.intro')}</p>
      <PagedTable list={list} label={t('reports.requests.title')} className="issued-requests-table" emptyText={t('reports.requests.none')}
        headings={[t('reports.requests.column.title'), t('reports.requests.column.period'), t('reports.requests.column.deadlines'),
          t('reports.requests.column.progress'), t('reports.requests.column.consolidated')]}
        row={(item) => <RequestRow key={item.id} item={item} />}
        totalText={(count) => t('reports.requests.total', { count })} onPage={setPage} />
    </section>
  );
}

function RequestRow({ item }: { item: ReportRequestSummary }) {
  const { t } = useTranslation();
  return (
    <tr>
      <td>
        {item.title}
        <div>
          <Link to={`/reports/requests/${item.id}`} aria-label={t('reports.requests.boardOf', { title: item.title })}>
            {t('reports.requests.openBoard')}
          </Link>
        </div>
      </td>
      <td><PeriodText report={item} /></td>
      <td>
        <div className="nowrap">{t('reports.requests.reporterDeadline', { date: formatDate(item.reporterDeadline) })}</div>
        {item.consolidatorDeadline && (
          <div className="nowrap muted small">{t('reports.requests.consolidatorDeadline', { date: formatDate(item.consolidatorDeadline) })}</div>
        )}
      </td>
      <td>
        <div>{t('reports.requests.progress', { submitted: item.submitted, expected: item.expected, onTime: item.onTime })}</div>
        <div className="muted small">{t('reports.requests.accepted', { count: item.accepted })}</div>
      </td>
      <td>
        {item.consolidatedReportId ? (
          <>
            <Link to={`/reports/${item.consolidatedReportId}`} aria-label={t('reports.requests.consolidatedOf', { title: item.title })}>
              {t('reports.requests.openConsolidated')}
            </Link>
            {item.consolidatedStatus && <div><ReportStatusBadge status={item.consolidatedStatus} /></div>}
          </>
        ) : '—'}
      </td>
    </tr>
  );
}
