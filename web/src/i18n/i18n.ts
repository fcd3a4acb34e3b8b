import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { translations } from './resources.ts';

export const languages = ['vi', 'en'] as const;
export type Language = (typeof languages)[number];

const STORAGE_KEY = 'pcmd.language';

function rememberedLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return stored === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

/** The UI's language: Vietnamese unless the user chose English on this computer. */
export function currentLanguage(): Language {
  return i18next.language === 'en' ? 'en' : 'vi';
}

export async function changeLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private windows may refuse storage; the choice then lasts for this page only.
  }
  await i18next.changeLanguage(language);
}

i18next.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

/** Both languages are bundled: they are small, and a weak connection should not wait for a second file. */
export const i18nReady = i18next.use(initReactI18next).init({
  resources: { vi: { translation: translations.vi }, en: { translation: translations.en } },
  lng: rememberedLanguage(),
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18next;
