import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { LanguageSwitch } from '../i18n/LanguageSwitch.tsx';
import './public-tips.css';

/**
 * The frame of the public pages: the system's name, the language switch and the two pages, and
 * nothing of the staff application (no navigation, no session). Pages without the emergency
 * numbers in their body show them in the footer.
 */
export function PublicLayout({ title, emergencyFooter = false, children }: { title: string; emergencyFooter?: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} – PCMD`;
  }, [title]);
  return (
    <div className="public-page">
      <a className="skip-link" href="#public-main">{t('app.skipToContent')}</a>
      <header className="public-header">
        <div className="public-header-inner">
          <p className="public-brand">
            <span className="public-brand-name">{t('app.productName')}</span>
            <span className="public-brand-sub">{t('public-tips.header.subtitle')}</span>
          </p>
          <LanguageSwitch />
        </div>
        <nav className="public-nav" aria-label={t('public-tips.header.nav')}>
          <NavLink to="/bao-tin" end>{t('public-tips.header.report')}</NavLink>
          <NavLink to="/bao-tin/tra-cuu">{t('public-tips.header.follow')}</NavLink>
        </nav>
      </header>
      <main id="public-main" className="public-main" tabIndex={-1}>
        {children}
      </main>
      {emergencyFooter && (
        <footer className="public-footer">
          <EmergencyNumbers compact />
        </footer>
      )}
    </div>
  );
}

/** Where to call when waiting is not an option: the police (113) and the national hotline (111). */
export function EmergencyNumbers({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <section className={compact ? 'emergency emergency-compact' : 'emergency'} aria-labelledby={compact ? undefined : 'emergency-title'}
      aria-label={compact ? t('public-tips.emergency.title') : undefined}>
      {!compact && <h2 id="emergency-title">{t('public-tips.emergency.title')}</h2>}
      <ul>
        <li>
          {t('public-tips.emergency.police')} <a className="phone-number" href="tel:113">113</a>
        </li>
        <li>
          {t('public-tips.emergency.hotline')} <a className="phone-number" href="tel:111">111</a>{' '}
          <span className="muted">({t('public-tips.emergency.hotlineNote')})</span>
        </li>
      </ul>
      {!compact && <p className="small">{t('public-tips.emergency.note')}</p>}
    </section>
  );
}
