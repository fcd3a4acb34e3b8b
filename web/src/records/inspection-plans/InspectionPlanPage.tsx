import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { formatDate } from '../../../../core/dates/format.ts';
import { deleteInspectionPlan, fetchInspectionPlan, type InspectionPlan } from '../../api/inspection-plans.ts';
import { useHasPermission } from '../../auth/session-context.ts';
import { ErrorMessage, Loading } from '../../common/ErrorMessage.tsx';
import { useApi } from '../../common/useApi.ts';
import { DeleteWithReason } from '../DeleteWithReason.tsx';
import { plannedTimeText, shareText } from './plan-labels.ts';

const LIST = '/activities/inspection-plans';
const stateClass = { done: 'status-met', late: 'status-not_met', upcoming: 'status-no_data' } as const;
const stateKey = { done: 'stateDone', late: 'stateLate', upcoming: 'stateUpcoming' } as const;

/** /activities/inspection-plans/:id: the plan's establishments, each done, late or upcoming, and the totals. */
export function InspectionPlanPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const plan = useApi(`inspection-plan:${id}`, (signal) => fetchInspectionPlan(id!, signal));
  // The form sends the user here with what it did ('Đã lập kế hoạch …').
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  return (
    <section className="page inspection-plan-page">
      {notice && <p className="notice notice-success" role="status">{notice}</p>}
      {plan.isLoading && <Loading />}
      {plan.error ? <><h1>{t('inspections.plans.title')}</h1><ErrorMessage error={plan.error} onRetry={plan.reload} /></> : null}
      {plan.data && <PlanDetails plan={plan.data} />}
      <p><Link to={LIST}>{t('inspections.plans.backToList')}</Link></p>
    </section>
  );
}

function PlanDetails({ plan }: { plan: InspectionPlan }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mayWrite = useHasPermission('enforcement.write');
  const [isDeleting, setDeleting] = useState(false);
  const { totals } = plan.progress;
  const progressOf = new Map(plan.progress.items.map((item) => [item.establishmentId, item]));

  return (
    <>
      <div className="section-heading">
        <h1>{plan.title}</h1>
        {mayWrite && (
          <div className="row-action-buttons">
            <Link to={`${LIST}/${plan.id}/edit`} className="button">{t('inspections.plans.edit')}</Link>
            <button type="button" className="button" aria-expanded={isDeleting} onClick={() => setDeleting(!isDeleting)}>{t('inspections.plans.delete')}</button>
          </div>
        )}
      </div>
      <p className="muted">{t('inspections.plans.planOf', { unit: plan.unitName, year: plan.year })}</p>
      {plan.notes && <p>{plan.notes}</p>}
      {isDeleting && (
        <DeleteWithReason heading={t('inspections.plans.deleteHeading', { title: plan.title })} reasonLabel={t('inspections.plans.deleteReason')}
          submitLabel={t('inspections.plans.deleteSubmit')} requiredMessage={t('inspections.form.required')} onCancel={() => setDeleting(false)}
          onDelete={async (reason) => {
            await deleteInspectionPlan(plan.id, reason);
            void navigate(LIST, { state: { notice: t('inspections.plans.deleted', { title: plan.title }) } });
          }} />
      )}

      <section className="plan-totals" aria-label={t('inspections.plans.summary', { date: formatDate(plan.progress.asOf) })}>
        <h2>{t('inspections.plans.summary', { date: formatDate(plan.progress.asOf) })}</h2>
        <p className="plan-totals-line">
          <meter min={0} max={1} value={totals.shareDone ?? 0} aria-hidden="true" />
          {' '}<strong>{t('inspections.plans.totalsLine', { done: totals.done, planned: totals.planned })}</strong>
          {' '}({shareText(totals.shareDone, t)})
        </p>
        <dl className="facts plan-totals-facts">
          <dt>{t('inspections.plans.planned')}</dt><dd>{totals.planned}</dd>
          <dt>{t('inspections.plans.done')}</dt><dd>{totals.done}</dd>
          <dt>{t('inspections.plans.late')}</dt><dd>{totals.late}</dd>
          <dt>{t('inspections.plans.upcoming')}</dt><dd>{totals.upcoming}</dd>
          <dt>{t('inspections.plans.unplanned')}</dt><dd>{totals.unplanned}</dd>
        </dl>
      </section>

      <h2>{t('inspections.plans.items')}</h2>
      {plan.items.length === 0 && <p className="muted">{t('inspections.plans.itemsNone')}</p>}
      {plan.items.length > 0 && (
        <table className="table plan-items-table">
          <thead>
            <tr>
              <th scope="col">{t('inspections.plans.establishment')}</th>
              <th scope="col">{t('inspections.plans.when')}</th>
              <th scope="col">{t('inspections.plans.who')}</th>
              <th scope="col">{t('inspections.plans.state')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.items.map((item) => {
              const progress = progressOf.get(item.establishmentId);
              const last = progress?.visits[progress.visits.length - 1];
              return (
                <tr key={item.establishmentId}>
                  <td>
                    <strong>{item.establishmentName}</strong>
                    {item.establishmentStatus === 'closed' && <span className="badge">{t('inspections.plans.closedTag')}</span>}
                    <span className="progress-meta">{[item.establishmentAddress, item.establishmentUnitName].filter(Boolean).join(', ')}</span>
                  </td>
                  <td className="nowrap">{plannedTimeText(item, t)}</td>
                  <td>{item.teamKind === 'single_agency' ? item.agencyName : t('inspections.plans.interAgency')}</td>
                  <td>
                    {progress && (
                      <>
                        <span className={`status-chip ${stateClass[progress.state]}`}>{t(`inspections.plans.${stateKey[progress.state]}`)}</span>
                        <span className="progress-meta">
                          {last
                            ? `${t('inspections.plans.inspectedOn', { date: formatDate(last.inspectedOn) })} · ${t(`inspections.outcome.${last.outcome}`)}`
                            : t('inspections.plans.dueBy', { date: formatDate(progress.dueBy) })}
                        </span>
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}

      <h2>{t('inspections.plans.unplannedTitle')}</h2>
      {plan.progress.unplanned.length === 0 && <p className="muted">{t('inspections.plans.unplannedNone')}</p>}
      {plan.progress.unplanned.length > 0 && (
        <ul className="plain-list unplanned-list">
          {plan.progress.unplanned.map((entry) => (
            <li key={entry.establishmentId}>
              <strong>{entry.establishmentName}</strong>
              <span className="muted"> — {entry.unitName} · {entry.visits.map((visit) => formatDate(visit.inspectedOn)).join(', ')}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
