import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { formatDate } from '../../../core/dates/format.ts';
import { fetchPlan, type PlanDetail } from '../api/plans.ts';
import { fetchUnitDetail } from '../api/units.ts';
import { useCurrentUser } from '../auth/session-context.ts';
import { ErrorMessage, Loading } from '../common/ErrorMessage.tsx';
import { useApi } from '../common/useApi.ts';
import { currentLanguage } from '../i18n/i18n.ts';
import { ChildPlans, type ChildPlanNavigationState } from './ChildPlans.tsx';
import { PlanActions } from './PlanActions.tsx';
import { PlanContentView } from './PlanContentView.tsx';
import { periodLabel } from './plan-format.ts';
import { ProgressBoard } from './ProgressBoard.tsx';
import { PlanStatusBadge } from './StatusChips.tsx';

const tabs = ['content', 'progress', 'children'] as const;
type Tab = (typeof tabs)[number];

/** One plan: its header, its actions, and the document, the progress board and the child units' plans as tabs. */
export function PlanPage() {
  const { id = '' } = useParams();
  const plan = useApi(`plan:${id}`, (signal) => fetchPlan(id, signal));
  if (plan.isLoading) return <section className="page"><Loading /></section>;
  if (plan.error || !plan.data) return <section className="page"><ErrorMessage error={plan.error} onRetry={plan.reload} /></section>;
  return <PlanView key={plan.data.id} plan={plan.data} onChanged={plan.reload} />;
}

function PlanView({ plan, onChanged }: { plan: PlanDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const omitted = (useLocation().state as ChildPlanNavigationState | null)?.omitted;
  const tab: Tab = tabs.find((candidate) => candidate === searchParams.get('tab')) ?? 'content';
  // A plan from a unit above is addressed to the user's unit: they read it and follow it for their own unit.
  const ownUnit = useApi(user.unit ? `unit:${user.unit.id}` : null, (signal) => fetchUnitDetail(user.unit!.id, signal));
  const isFromAbove = ownUnit.data?.ancestors.some((ancestor) => ancestor.id === plan.issuerUnitId) ?? false;
  const isReady = !user.unit || ownUnit.data !== undefined || ownUnit.error !== undefined;
  const homeUnit = isFromAbove && user.unit ? user.unit : { id: plan.issuerUnitId, name: plan.issuerName };

  return (
    <section className="page plan-page">
      <p className="breadcrumb"><Link to="/plans">{t('plans.title')}</Link> ›</p>
      <h1>{plan.title}</h1>
      <PlanFacts plan={plan} />
      {omitted && (
        <div className="notice notice-info" role="status">
          <div>
            <p className="notice-title">{t('plans.children.createdNotice')}</p>
            {omitted.length > 0 && <p>{t('plans.children.omittedIntro')}</p>}
            {omitted.length > 0 && <ul className="plain-list">{omitted.map((line, index) => <li key={index}>{line}</li>)}</ul>}
          </div>
        </div>
      )}
      {isReady && <PlanActions plan={plan} mayManage={!isFromAbove} onChanged={onChanged} />}
      <div className="tabs" role="tablist" aria-label={t('plans.tabsLabel')}>
        {tabs.map((candidate) => (
          <button
            key={candidate} type="button" role="tab" id={`plan-tab-${candidate}`} aria-controls="plan-tab-panel"
            aria-selected={tab === candidate} className={tab === candidate ? 'tab tab-active' : 'tab'}
            onClick={() => setSearchParams({ tab: candidate }, { replace: true })}
          >
            {t(`plans.tabs.${candidate}`)}
          </button>
        ))}
      </div>
      <div className="tab-panel" role="tabpanel" id="plan-tab-panel" aria-labelledby={`plan-tab-${tab}`}>
        {tab === 'content' && <PlanContentView plan={plan} />}
        {tab === 'progress' && (isReady ? <ProgressBoard plan={plan} homeUnit={homeUnit} /> : <Loading />)}
        {tab === 'children' && <ChildPlans plan={plan} />}
      </div>
    </section>
  );
}

function PlanFacts({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <dl className="facts facts-wide">
      <dt>{t('plans.number')}</dt>
      <dd>{plan.number ?? <span className="muted">{t('plans.noNumber')}</span>}</dd>
      <dt>{t('plans.issueDate')}</dt>
      <dd>{plan.issueDate ? formatDate(plan.issueDate) : '—'}</dd>
      <dt>{t('plans.issuer')}</dt>
      <dd>{plan.issuerName}</dd>
      <dt>{t('plans.period')}</dt>
      <dd>{periodLabel(plan.periodCode, language)}</dd>
      <dt>{t('plans.statusLabel')}</dt>
      <dd><PlanStatusBadge status={plan.status} /></dd>
      <dt>{t('plans.version')}</dt>
      <dd>
        {plan.version}
        {plan.amendsPlanId && <> · <Link to={`/plans/${plan.amendsPlanId}`}>{t('plans.previousVersion')}</Link></>}
      </dd>
      {plan.parents.length > 0 && (
        <>
          <dt>{t('plans.parents')}</dt>
          <dd className="facts-span">
            <ul className="plain-list">
              {plan.parents.map((parent) => (
                <li key={parent.id}>
                  <Link to={`/plans/${parent.id}`}>
                    {parent.number
                      ? t('plans.parentReference', { number: parent.number, date: parent.issueDate ? formatDate(parent.issueDate) : '—' })
                      : t('plans.parentDraft')}
                  </Link>{' '}
                  <span className="muted">{parent.title}</span>
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
    </dl>
  );
}
