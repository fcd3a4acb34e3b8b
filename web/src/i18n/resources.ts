import { withModules } from './merge-modules.ts';
import { vietnameseFiles } from './resources-vi.ts';
import { englishFiles } from './resources-en.ts';

export type { TranslationTree } from './merge-modules.ts';

/**
 * Both languages at once, for tests that compare them or format in either. The app must not import
 * this file: i18n.ts downloads English only when it is chosen, so the first download stays small.
 */
export const translations = { vi: withModules(vietnameseFiles), en: withModules(englishFiles) };
