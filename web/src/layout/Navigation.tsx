import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { hasPermission } from '../../../core/auth/roles.ts';
import { useCurrentUser } from '../auth/session-context.ts';
import { modules } from './modules.ts';

/** The module list; entries the user's role may not open are not shown at all. `open` unfolds it on a phone. */
export function Navigation({ open, onNavigate }: { open: boolean; onNavigate: () => void }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const visible = modules.filter((entry) => !entry.permission || hasPermission(user.role, entry.permission));
  return (
    <nav id="app-nav" className={open ? 'app-nav app-nav-open' : 'app-nav'} aria-label={t('nav.label')}>
      <ul>
        {visible.map((entry) => (
          <li key={entry.path}>
            <NavLink to={entry.path} end={entry.path === '/'} onClick={onNavigate}>
              {t(entry.labelKey)}
              {!entry.isBuilt && <span className="nav-soon">{t('nav.soon')}</span>}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
