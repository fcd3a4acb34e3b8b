import vi from './vi.json';
import type { LanguageFiles, TranslationTree } from './merge-modules.ts';

/** Vietnamese is the default and the fallback language: it is part of the first download. */
export const vietnameseFiles: LanguageFiles = {
  main: vi,
  modules: import.meta.glob<TranslationTree>('./modules/*.vi.json', { eager: true, import: 'default' }),
};
