import vi from './vi.json';
import en from './en.json';

export type TranslationTree = { [key: string]: string | TranslationTree };

/**
 * Each record module keeps its texts in `modules/<name>.vi.json` and `modules/<name>.en.json`,
 * under the key `<name>`: modules are written side by side without touching one shared file.
 */
const moduleFiles = import.meta.glob<TranslationTree>('./modules/*.json', { eager: true, import: 'default' });

function withModules(base: TranslationTree, language: 'vi' | 'en'): TranslationTree {
  const merged: TranslationTree = { ...base };
  for (const [file, tree] of Object.entries(moduleFiles)) {
    const match = /\/([a-z-]+)\.(vi|en)\.json$/.exec(file);
    if (!match) throw new Error(`Translation module ${file} must be named <module>.vi.json or <module>.en.json`);
    if (match[2] !== language) continue;
    const name = match[1] as string;
    if (name in base) throw new Error(`Translation module ${file} reuses the key "${name}" of the main file`);
    merged[name] = tree;
  }
  return merged;
}

export const translations = { vi: withModules(vi, 'vi'), en: withModules(en, 'en') };
