import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../auth/session-context.ts';
import { ReportsOverviewPanel } from '../reports/ReportsOverviewPanel.tsx';
import { TipsOverviewPanel } from '../tips/TipsOverviewPanel.tsx';

/** The landing page after sign-in: who and where the user is, and where to go next. */
export function OverviewPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <section className="page">
      <h1>{t('nav.overview')}</h1>
      <p>{t('overview.greeting', { name: user.displayName })}</p>
      <dl className="facts">
        <dt>{t('overview.unit')}</dt>
        <dd>{user.unit?.name ?? t('header.wholeCountry')}</dd>
        <dt>{t('overview.role')}</dt>
        <dd>{t(`roles.${user.role}`)}</dd>
      </dl>
      <ReportsOverviewPanel />
      <TipsOverviewPanel />
      <p>
        <Link to="/plans" className="button button-primary">{t('overview.openPlans')}</Link>{' '}
        <Link to="/units" className="button">{t('overview.openUnits')}</Link>
      </p>
    </section>
  );
}
