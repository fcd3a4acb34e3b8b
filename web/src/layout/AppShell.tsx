import { useState } from 'react';
import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Header } from './Header.tsx';
import { Navigation } from './Navigation.tsx';

/**
 * The frame of every signed-in page: header on top, modules on the left, the page beside them.
 * On a phone the modules fold away under the header's menu button, so that the page keeps the
 * whole width (an inspection team on the street, a ward officer without a laptop).
 */
export function AppShell() {
  const { t } = useTranslation();
  const [menuOpen, setMenuOpen] = useState(false);
  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <Header menuOpen={menuOpen} onToggleMenu={() => setMenuOpen((open) => !open)} />
      <div className="app-body">
        {/* Opening a module folds the menu away again. */}
        <Navigation open={menuOpen} onNavigate={() => setMenuOpen(false)} />
        <main id="main" className="app-main" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </div>
  );
}
