import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { todayInVietnam } from '../../../../core/dates/format.ts';
import { searchInspectionPlans } from '../../api/inspection-plans.ts';
import { useHasPermission } from '../../auth/session-context.ts';
import { ErrorMessage, Loading } from '../../common/ErrorMessage.tsx';
import { FormField } from '../../common/FormField.tsx';
import { Pager } from '../../common/Pager.tsx';
import { useApi } from '../../common/useApi.ts';
import { planYears, shareText } from './plan-labels.ts';

const PAGE_SIZE = 20;

/** The year's inspection plans within the user's scope, each with how far it has got. */
export function InspectionPlansPage() {
  const { t } = useTranslation();
  const mayWrite = useHasPermission('enforcement.write');
  const currentYear = Number(todayInVietnam().slice(0, 4));
  const [year, setYear] = useState(currentYear);
  const [page, setPage] = useState(1);
  const location = useLocation();
  const [notice] = useState(() => (location.state as { notice?: string } | null)?.notice ?? '');
  const list = useApi(`inspection-plans:${year}:${page}`, (signal) => searchInspectionPlans({ year, page, pageSize: PAGE_SIZE }, signal));

  return (
    <section className="page inspection-plans-page">
      <div className="section-heading">
        <h1>{t('inspections.plans.title')}</h1>
        {mayWrite && <Link to={`/activities/inspection-plans/new?year=${year}`} className="button button-primary">{t('inspections.plans.create')}</Link>}
      </div>
      <p className="muted">{t('inspections.plans.intro')}</p>
      <form className="filters" onSubmit={(event) => event.preventDefault()}>
        <FormField label={t('inspections.plans.yearLabel')}>
          <select value={year} onChange={(event) => { setYear(Number(event.target.value)); setPage(1); }}>
            {planYears(currentYear).map((candidate) => <option key={candidate} value={candidate}>{candidate}</option>)}
          </select>
        </FormField>
      </form>
      {notice && <p className="notice notice-success" role="status">{notice}</p>}
      {list.isLoading && <Loading />}
      <ErrorMessage error={list.error} onRetry={list.reload} />
      {list.data && list.data.items.length === 0 && <p className="muted">{t('inspections.plans.none', { year })}</p>}
      {list.data && list.data.items.length > 0 && (
        <table className="table inspection-plans-table">
          <thead>
            <tr>
              <th scope="col">{t('inspections.plans.unit')}</th>
              <th scope="col">{t('inspections.plans.planTitle')}</th>
              <th scope="col">{t('inspections.plans.planned')}</th>
              <th scope="col">{t('inspections.plans.done')}</th>
              <th scope="col">{t('inspections.plans.late')}</th>
              <th scope="col">{t('inspections.plans.shareDone')}</th>
              <th scope="col">{t('inspections.plans.unplanned')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((plan) => (
              <tr key={plan.id}>
                <td>{plan.unitName}</td>
                <td>
                  <Link to={`/activities/inspection-plans/${plan.id}`} aria-label={t('inspections.plans.viewOf', { title: plan.title })}>{plan.title}</Link>
                </td>
                <td>{plan.totals.planned}</td>
                <td>{plan.totals.done}</td>
                <td className={plan.totals.late > 0 ? 'text-danger' : undefined}>{plan.totals.late}</td>
                <td>
                  <meter min={0} max={1} value={plan.totals.shareDone ?? 0} aria-hidden="true" />
                  {' '}{shareText(plan.totals.shareDone, t)}
                </td>
                <td>{plan.totals.unplanned}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.data && (
        <Pager page={list.data.page} pageSize={list.data.pageSize} total={list.data.total}
          totalText={t('inspections.plans.total', { count: list.data.total })} onPage={setPage} />
      )}
    </section>
  );
}
