import en from './en.json';
import type { LanguageFiles, TranslationTree } from './merge-modules.ts';

/**
 * Imported by the app only dynamically (i18n.ts): English is a chunk of its own, downloaded when a
 * user chooses English. Data only (no code import), so that the chunk needs no other file.
 */
export const englishFiles: LanguageFiles = {
  main: en,
  modules: import.meta.glob<TranslationTree>('./modules/*.en.json', { eager: true, import: 'default' }),
};
