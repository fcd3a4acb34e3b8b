import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../core/dates/format.ts';
import { planStatuses } from '../../../core/plans/plan.ts';
import { searchPlans } from '../api/plans.ts';
import { useHasPermission } from '../auth/session-context.ts';
import { ErrorMessage, Loading } from '../common/ErrorMessage.tsx';
import { FormField } from '../common/FormField.tsx';
import { useApi } from '../common/useApi.ts';
import { currentLanguage } from '../i18n/i18n.ts';
import { periodLabel } from './plan-format.ts';
import { PlanStatusBadge } from './StatusChips.tsx';
import { useSearchText } from '../common/useSearchText.ts';

/**
 * The plans the user works with: those of their own units and those the units above addressed to
 * them. Filtered by status and by words of the title or number (accents optional, on the server).
 */
export function PlansPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const mayWrite = useHasPermission('plan.write');
  const [status, setStatus] = useState('');
  const { text, setText, query } = useSearchText();
  const plans = useApi(`plans:${status}:${query}`, (signal) => searchPlans({ status: status || undefined, q: query || undefined }, signal));

  return (
    <section className="page plans-page">
      <div className="section-heading">
        <h1>{t('plans.title')}</h1>
        {mayWrite && <Link to="/plans/new" className="button button-primary">{t('plans.create')}</Link>}
      </div>
      <form className="filters" role="search" aria-label={t('plans.filters')} onSubmit={(event) => event.preventDefault()}>
        <FormField label={t('plans.statusLabel')}>
          <select value={status} onChange={(event) => setStatus(event.target.value)}>
            <option value="">{t('common.all')}</option>
            {planStatuses.map((candidate) => (
              <option key={candidate} value={candidate}>{t(`plans.status.${candidate}`)}</option>
            ))}
          </select>
        </FormField>
        <FormField label={t('plans.searchLabel')} hint={t('plans.searchHint')}>
          <input type="search" value={text} size={36} onChange={(event) => setText(event.target.value)} />
        </FormField>
      </form>
      {plans.isLoading && <Loading />}
      <ErrorMessage error={plans.error} onRetry={plans.reload} />
      {plans.data && plans.data.plans.length === 0 && <p className="muted">{t('plans.none')}</p>}
      {plans.data && plans.data.plans.length > 0 && (
        <table className="table plans-table">
          <thead>
            <tr>
              <th scope="col">{t('plans.number')}</th>
              <th scope="col">{t('plans.issueDate')}</th>
              <th scope="col">{t('plans.planTitle')}</th>
              <th scope="col">{t('plans.issuer')}</th>
              <th scope="col">{t('plans.period')}</th>
              <th scope="col">{t('plans.statusLabel')}</th>
            </tr>
          </thead>
          <tbody>
            {plans.data.plans.map((plan) => (
              <tr key={plan.id}>
                <td className="nowrap">{plan.number ?? <span className="muted">{t('plans.noNumber')}</span>}</td>
                <td className="nowrap">{plan.issueDate ? formatDate(plan.issueDate) : '—'}</td>
                <td>
                  <Link to={`/plans/${plan.id}`}>{plan.title}</Link>
                  {plan.version > 1 && <span className="muted small"> · {t('plans.versionShort', { version: plan.version })}</span>}
                </td>
                <td>{plan.issuerName}</td>
                <td>{periodLabel(plan.periodCode, language)}</td>
                <td><PlanStatusBadge status={plan.status} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
