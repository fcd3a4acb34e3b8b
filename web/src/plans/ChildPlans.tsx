import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatDate } from '../../../core/dates/format.ts';
import { toSearchText } from '../../../core/text/search-text.ts';
import { createChildPlan, fetchChildPlans, type PlanDetail } from '../api/plans.ts';
import { useHasPermission } from '../auth/session-context.ts';
import { ErrorMessage, Loading } from '../common/ErrorMessage.tsx';
import { useApi } from '../common/useApi.ts';
import { PlanStatusBadge } from './StatusChips.tsx';

/** What a new child draft could not take over, as sentences; carried to the draft's page. */
export interface ChildPlanNavigationState {
  omitted?: string[];
}

/** The units directly below the issuer and the plans they made from this one; drafts are started here. */
export function ChildPlans({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mayWrite = useHasPermission('plan.write');
  const children = useApi(`children:${plan.id}`, (signal) => fetchChildPlans(plan.id, signal));
  const [filter, setFilter] = useState('');
  const [creatingFor, setCreatingFor] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  function describeOmitted(entry: string): string {
    const [kind, ...rest] = entry.split(':');
    const name = rest.join(':');
    if (kind === 'target') {
      const target = plan.content.targets.find((candidate) => candidate.key === name);
      return t('plans.children.omittedTarget', { text: target?.text ?? name });
    }
    if (kind === 'assignment') return t('plans.children.omittedAssignment', { name });
    return entry;
  }

  async function create(unitId: string) {
    setCreatingFor(unitId);
    setError(null);
    try {
      const draft = await createChildPlan(plan.id, unitId);
      const state: ChildPlanNavigationState = { omitted: draft.omitted.map(describeOmitted) };
      void navigate(`/plans/${draft.id}`, { state });
    } catch (caught) {
      setError(caught);
      setCreatingFor(null);
    }
  }

  if (children.isLoading) return <Loading />;
  if (children.error || !children.data) return <ErrorMessage error={children.error} onRetry={children.reload} />;
  const { issuedCount, childCount } = children.data;
  const folded = toSearchText(filter);
  const rows = children.data.children.filter((child) => !folded || toSearchText(child.unitName).includes(folded));

  return (
    <section aria-labelledby="children-heading">
      <div className="section-heading">
        <h2 id="children-heading">{t('plans.children.heading')}</h2>
        <span className="muted">{t('plans.children.summary', { issued: issuedCount, total: childCount })}</span>
      </div>
      {childCount === 0 && <p className="muted">{t('plans.children.none')}</p>}
      {childCount > 10 && (
        <label className="inline-filter">
          {t('plans.children.filter')}{' '}
          <input type="search" value={filter} onChange={(event) => setFilter(event.target.value)} size={24} />
        </label>
      )}
      <ErrorMessage error={error} />
      {rows.length > 0 && (
        <table className="table children-table">
          <thead>
            <tr>
              <th scope="col">{t('plans.children.unit')}</th>
              <th scope="col">{t('plans.children.plan')}</th>
              <th scope="col">{t('plans.issueDate')}</th>
              <th scope="col">{t('plans.statusLabel')}</th>
              {mayWrite && <th scope="col">{t('common.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((child) => (
              <tr key={child.unitId}>
                <td>{child.unitName}</td>
                <td>
                  {child.planId
                    ? <Link to={`/plans/${child.planId}`}>{child.number ?? t('plans.noNumber')}</Link>
                    : <span className="muted">{t('plans.children.noPlan')}</span>}
                </td>
                <td>{child.issueDate ? formatDate(child.issueDate) : '—'}</td>
                <td>{child.status ? <PlanStatusBadge status={child.status} /> : <span className="badge plan-badge-none">{t('plans.children.noPlanBadge')}</span>}</td>
                {mayWrite && (
                  <td>
                    {!child.planId && (
                      <button type="button" className="button button-small" disabled={creatingFor !== null} onClick={() => void create(child.unitId)}>
                        {t('plans.children.create')}
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
