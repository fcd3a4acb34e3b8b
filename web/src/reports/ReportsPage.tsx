import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { reportStatus } from '../../../core/api/reports.ts';
import { todayInVietnam } from '../../../core/dates/format.ts';
import { useCurrentUser, useHasPermission } from '../auth/session-context.ts';
import { FormField } from '../common/FormField.tsx';
import { useAddressFilters } from '../common/useAddressFilters.ts';
import { PagedTable } from '../common/PagedTable.tsx';
import { useApi } from '../common/useApi.ts';
import { AdHocRequestForm } from './AdHocRequestForm.tsx';
import { IssuedRequestsPanel } from './IssuedRequestsPanel.tsx';
import { PeriodText, ReportDeadline, ReportStatusBadge, useUiLanguage } from './ReportBadges.tsx';
import { isOpen, periodNameOf, type UiLanguage } from './report-format.ts';
import { searchReports, type ReportListFilters, type ReportSummary } from './reports-api.ts';
import './reports.css';

const PAGE_SIZE = 25;
const statuses = reportStatus.options;

/** The reporting periods offered by the filter: the years around this one, annual, 6-month and quarterly. */
function periodOptions(language: UiLanguage, extra: string | undefined): { year: number; codes: { code: string; name: string }[] }[] {
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const groups = [];
  for (let year = thisYear + 1; year >= thisYear - 3; year--) {
    const codes = [`RY${year}`, `RH${year}-1`, `RQ${year}-1`, `RQ${year}-2`, `RQ${year}-3`, `RQ${year}-4`]
      .map((code) => ({ code, name: periodNameOf(code, language) ?? code }));
    groups.push({ year, codes });
  }
  if (extra && !groups.some((group) => group.codes.some((option) => option.code === extra))) {
    groups.unshift({ year: 0, codes: [{ code: extra, name: periodNameOf(extra, language) ?? extra }] });
  }
  return groups;
}

/**
 * /reports: the reports the user's unit owes and those it consolidates, with their period (the
 * Decree 09 cut-off), status and deadline; for reviewers, the requests the unit issued with how far
 * each has come and links to its board and consolidated report, and the form of an ad hoc request.
 * Filters live in the address.
 */
export function ReportsPage() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const user = useCurrentUser();
  const mayReview = useHasPermission('report.review');
  const location = useLocation();
  const { params, page, setFilter } = useAddressFilters();
  const [formOpen, setFormOpen] = useState(false);
  // Counts the requests sent from this page, so the list of issued requests loads again.
  const [sent, setSent] = useState(0);
  const [notice, setNotice] = useState<{ text: string; requestId?: string }>(() => ({ text: (location.state as { notice?: string } | null)?.notice ?? '' }));

  const status = statuses.includes(params.get('status') as ReportSummary['status']) ? params.get('status') as ReportSummary['status'] : undefined;
  const periodCode = params.get('period')?.trim() || undefined;

  const filters: ReportListFilters = { status, periodCode, page, pageSize: PAGE_SIZE };
  const list = useApi(`reports:${JSON.stringify(filters)}`, (signal) => searchReports(filters, signal));

  return (
    <section className="page reports-page">
      <div className="section-heading">
        <h1>{t('reports.title')}</h1>
        {mayReview && (
          <button type="button" className={formOpen ? 'button' : 'button button-primary'} aria-expanded={formOpen}
            onClick={() => setFormOpen(!formOpen)}>
            {t('reports.adHoc.open')}
          </button>
        )}
      </div>
      <p className="muted">{t('reports.intro', { unit: user.unit?.name ?? t('header.wholeCountry') })}</p>
      {notice.text && (
        <p className="notice notice-success" role="status">
          <span>{notice.text}</span>
          {notice.requestId && <Link to={`/reports/requests/${notice.requestId}`}>{t('reports.requests.openBoard')}</Link>}
        </p>
      )}
      {mayReview && formOpen && (
        <AdHocRequestForm
          onCancel={() => setFormOpen(false)}
          onCreated={(text, requestId) => { setFormOpen(false); setNotice({ text, requestId }); setSent(sent + 1); list.reload(); }}
        />
      )}
      <form className="filters" role="search" aria-label={t('reports.filters')} onSubmit={(event) => event.preventDefault()}>
        <FormField label={t('reports.filter.status')}>
          <select value={status ?? ''} onChange={(event) => setFilter('status', event.target.value)}>
            <option value="">{t('common.all')}</option>
            {statuses.map((candidate) => <option key={candidate} value={candidate}>{t(`reports.status.${candidate}`)}</option>)}
          </select>
        </FormField>
        <FormField label={t('reports.filter.period')}>
          <select value={periodCode ?? ''} onChange={(event) => setFilter('period', event.target.value)}>
            <option value="">{t('common.all')}</option>
            {periodOptions(language, periodCode).map((group) => (
              <optgroup key={group.year} label={group.year ? String(group.year) : t('reports.filter.chosen')}>
                {group.codes.map((option) => <option key={option.code} value={option.code}>{option.name}</option>)}
              </optgroup>
            ))}
          </select>
        </FormField>
      </form>
      <PagedTable list={list} label={t('reports.tableLabel')} className="reports-table" emptyText={t('reports.none')}
        headings={[t('reports.column.title'), t('reports.column.period'), t('reports.column.role'), t('reports.column.status'), t('reports.column.deadline')]}
        row={(item) => <ReportRow key={item.id} item={item} />}
        totalText={(count) => t('reports.total', { count })} onPage={(value) => setFilter('page', String(value))} />
      {mayReview && <IssuedRequestsPanel sent={sent} />}
    </section>
  );
}

function ReportRow({ item }: { item: ReportSummary }) {
  const { t } = useTranslation();
  const late = isOpen(item.status) && item.daysToDeadline < 0;
  return (
    <tr className={late ? 'row-overdue' : undefined}>
      <td>
        <Link to={`/reports/${item.id}`}>{item.title}</Link>
        <div className="muted small">
          {item.role === 'consolidator' ? t('reports.issuedBy', { unit: item.issuerUnitName }) : t('reports.owedTo', { unit: item.issuerUnitName })}
        </div>
      </td>
      <td><PeriodText report={item} /></td>
      <td>
        <span className={`badge report-role report-role-${item.role}`}>{t(`reports.role.${item.role}`)}</span>
        {/* An agency's report belongs to the issuer's unit: the agency first, its unit after. */}
        <div className="muted small">{item.agencyName ? `${item.agencyName} (${item.unitName})` : item.unitName}</div>
      </td>
      <td><ReportStatusBadge status={item.status} /></td>
      <td><ReportDeadline report={item} /></td>
    </tr>
  );
}
