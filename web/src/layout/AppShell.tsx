import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Header } from './Header.tsx';
import { Navigation } from './Navigation.tsx';

/** The frame of every signed-in page: header on top, modules on the left, the page beside them. */
export function AppShell() {
  const { t } = useTranslation();
  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <Header />
      <div className="app-body">
        <Navigation />
        <main id="main" className="app-main" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </div>
  );
}
