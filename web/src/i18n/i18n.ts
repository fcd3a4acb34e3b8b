import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { withModules, type TranslationTree } from './merge-modules.ts';
import { vietnameseFiles } from './resources-vi.ts';

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

function remember(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private windows may refuse storage; the choice then lasts for this page only.
  }
}

/**
 * English is a chunk of its own (about as large as the rest of the first download), fetched only
 * by those who choose it: most users read Vietnamese, on weak connections. One download at a time;
 * a failed one is forgotten so that the next click tries again.
 */
let englishDownload: Promise<TranslationTree> | undefined;
function downloadEnglish(): Promise<TranslationTree> {
  englishDownload ??= import('./resources-en.ts').then(
    (module) => withModules(module.englishFiles),
    (error: unknown) => {
      englishDownload = undefined;
      throw error;
    },
  );
  return englishDownload;
}

/** The UI's language: Vietnamese unless the user chose English on this computer. */
export function currentLanguage(): Language {
  return i18next.language === 'en' ? 'en' : 'vi';
}

/**
 * Switches only once the language's texts are here: switching first would show Vietnamese
 * fallbacks under lang="en". Rejects (the UI stays as it was) when the download fails.
 */
export async function changeLanguage(language: Language): Promise<void> {
  if (language === 'en' && !i18next.hasResourceBundle('en', 'translation')) {
    i18next.addResourceBundle('en', 'translation', await downloadEnglish(), true, true);
  }
  await i18next.changeLanguage(language);
  remember(language);
}

i18next.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

/** Nothing renders before this settles, so a user who chose English never sees Vietnamese first. */
async function start(): Promise<void> {
  // Offline or a failed download: start in Vietnamese; the choice stays stored for the next visit.
  const english = rememberedLanguage() === 'en' ? await downloadEnglish().catch(() => undefined) : undefined;
  await i18next.use(initReactI18next).init({
    resources: { vi: { translation: withModules(vietnameseFiles) }, ...(english ? { en: { translation: english } } : {}) },
    lng: english ? 'en' : 'vi',
    fallbackLng: 'vi',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

export const i18nReady = start();

export default i18next;
