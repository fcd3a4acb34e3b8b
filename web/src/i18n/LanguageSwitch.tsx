import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage } from './i18n.ts';

/** One button that offers the other language, named in that language so its speakers find it. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  // English is downloaded on the first switch: on a weak connection the button shows it is at work.
  const [switching, setSwitching] = useState(false);
  const other = currentLanguage() === 'vi' ? 'en' : 'vi';
  function switchLanguage() {
    setSwitching(true);
    // A failed download leaves the page in its language; the button can be pressed again.
    changeLanguage(other)
      .catch(() => undefined)
      .finally(() => setSwitching(false));
  }
  return (
    <button
      type="button"
      className="button button-quiet language-switch"
      lang={other}
      title={t('language.switchTitle')}
      disabled={switching}
      aria-busy={switching}
      onClick={switchLanguage}
    >
      {other === 'en' ? 'English' : 'Tiếng Việt'}
    </button>
  );
}
