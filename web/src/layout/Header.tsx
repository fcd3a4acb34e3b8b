import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser, useSession } from '../auth/session-context.ts';
import { LanguageSwitch } from '../i18n/LanguageSwitch.tsx';

/** The menu button shows only on narrow screens (styles.css), where the navigation folds away. */
export function Header({ menuOpen, onToggleMenu }: { menuOpen: boolean; onToggleMenu: () => void }) {
  const { t } = useTranslation();
  const { signOut } = useSession();
  const user = useCurrentUser();
  const [isSigningOut, setSigningOut] = useState(false);

  async function handleSignOut() {
    setSigningOut(true);
    try {
      await signOut();
    } catch {
      // The session is forgotten here either way; the server's own expiry ends it there.
      setSigningOut(false);
    }
  }

  return (
    <header className="app-header">
      <button type="button" className="button button-quiet menu-toggle" aria-expanded={menuOpen} aria-controls="app-nav" onClick={onToggleMenu}>
        {t('nav.menu')}
      </button>
      <Link to="/" className="app-title">{t('app.productName')}</Link>
      <div className="app-user">
        <span className="app-user-name">{user.displayName}</span>
        <span className="app-user-meta">
          <span>{user.unit ? user.unit.name : t('header.wholeCountry')}</span>
          <span aria-hidden="true"> · </span>
          <span>{t(`roles.${user.role}`)}</span>
        </span>
      </div>
      <div className="app-header-actions">
        <LanguageSwitch />
        <button type="button" className="button button-quiet" onClick={() => void handleSignOut()} disabled={isSigningOut}>
          {t('header.signOut')}
        </button>
      </div>
    </header>
  );
}
