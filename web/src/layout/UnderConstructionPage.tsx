import { useTranslation } from 'react-i18next';

/** A module that is planned but not built yet. */
export function UnderConstructionPage({ labelKey }: { labelKey: `nav.${string}` }) {
  const { t } = useTranslation();
  return (
    <section className="page">
      <h1>{t(labelKey)}</h1>
      <p className="notice notice-info">{t('underConstruction.text')}</p>
    </section>
  );
}
