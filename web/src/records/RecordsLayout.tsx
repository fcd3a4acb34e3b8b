import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Outlet } from 'react-router';
import { hasPermission } from '../../../core/auth/roles.ts';
import { useCurrentUser } from '../auth/session-context.ts';
import { recordKindTabs } from './record-kinds.ts';

function useVisibleTabs() {
  const { role } = useCurrentUser();
  return recordKindTabs.filter((tab) => !tab.readPermission || hasPermission(role, tab.readPermission));
}

/** The field records a user works with, one tab per kind; a role sees only the kinds it may read. */
export function RecordsLayout() {
  const { t } = useTranslation();
  const tabs = useVisibleTabs();
  return (
    <div className="records-layout">
      <nav className="tabs" aria-label={t('records.tabsLabel')}>
        {tabs.map((tab) => (
          <NavLink key={tab.path} to={`/activities/${tab.path}`} className={({ isActive }) => (isActive ? 'tab tab-active' : 'tab')}>
            {t(tab.labelKey)}
          </NavLink>
        ))}
      </nav>
      <Outlet />
    </div>
  );
}

/** /activities itself opens the first kind of record the user may read. */
export function RecordsIndex() {
  const { t } = useTranslation();
  const [first] = useVisibleTabs();
  if (!first) {
    return (
      <section className="page">
        <p className="notice notice-error" role="alert">{t('errors.noPermission')}</p>
      </section>
    );
  }
  return <Navigate to={`/activities/${first.path}`} replace />;
}
