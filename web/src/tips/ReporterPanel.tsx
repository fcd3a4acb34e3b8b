import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHasPermission } from '../auth/session-context.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { fetchTipReporter, type Tip, type TipReporterView } from './tips-api.ts';

/**
 * Who reported the tip. Everybody sees whether the reporter is anonymous; only a tip custodian
 * may ask for the identity, by pressing the button: it is never loaded with the page, each view is
 * logged, and it is forgotten when the page is left.
 */
export function ReporterPanel({ tip }: { tip: Tip }) {
  const { t } = useTranslation();
  const mayRead = useHasPermission('tip.reporter.read');
  const [reporter, setReporter] = useState<TipReporterView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [isLoading, setLoading] = useState(false);
  const show = async () => {
    setError(null);
    setLoading(true);
    try {
      setReporter(await fetchTipReporter(tip.id));
    } catch (caught) {
      setError(caught);
    } finally {
      setLoading(false);
    }
  };

  let body;
  if (!tip.hasReporterIdentity) body = <p>{tip.anonymous ? t('tips.reporter.anonymous') : t('tips.reporter.noIdentity')}</p>;
  else if (!mayRead) body = <p>{t('tips.reporter.restricted')}</p>;
  else if (reporter) {
    const row = (label: string, value: string | null) => (
      <><dt>{label}</dt><dd>{value ?? <span className="muted">—</span>}</dd></>
    );
    body = (
      <>
        <dl className="facts">
          {row(t('tips.field.fullName'), reporter.fullName)}
          {row(t('tips.field.phone'), reporter.phone)}
          {row(t('tips.field.email'), reporter.email)}
          {row(t('tips.field.reporterAddress'), reporter.address)}
          {row(t('tips.field.wantsFeedback'), reporter.wantsFeedback ? t('tips.yes') : t('tips.no'))}
        </dl>
        <button type="button" className="button button-small" onClick={() => setReporter(null)}>{t('tips.reporter.hide')}</button>
      </>
    );
  } else {
    body = (
      <>
        <p className="muted small">{t('tips.reporter.logged')}</p>
        <button type="button" className="button" disabled={isLoading} onClick={() => void show()}>{t('tips.reporter.show')}</button>
        <ErrorMessage error={error} />
      </>
    );
  }
  return (
    <section className="tip-section" aria-labelledby="tip-reporter-heading">
      <h2 id="tip-reporter-heading">{t('tips.reporter.title')}</h2>
      {body}
    </section>
  );
}
