import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage } from './i18n.ts';

/** One button that offers the other language, named in that language so its speakers find it. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const other = currentLanguage() === 'vi' ? 'en' : 'vi';
  return (
    <button
      type="button"
      className="button button-quiet language-switch"
      lang={other}
      title={t('language.switchTitle')}
      onClick={() => void changeLanguage(other)}
    >
      {other === 'en' ? 'English' : 'Tiếng Việt'}
    </button>
  );
}
