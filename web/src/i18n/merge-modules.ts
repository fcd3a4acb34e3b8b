export type TranslationTree = { [key: string]: string | TranslationTree };

/** One language's files: the main file and the modules' files, as `import.meta.glob` returns them. */
export interface LanguageFiles {
  main: TranslationTree;
  modules: Record<string, TranslationTree>;
}

/**
 * Each record module keeps its texts in `modules/<name>.vi.json` and `modules/<name>.en.json`,
 * under the key `<name>`: modules are written side by side without touching one shared file.
 */
export function withModules({ main, modules }: LanguageFiles): TranslationTree {
  const merged: TranslationTree = { ...main };
  for (const [file, tree] of Object.entries(modules)) {
    const match = /\/([a-z-]+)\.(vi|en)\.json$/.exec(file);
    if (!match) throw new Error(`Translation module ${file} must be named <module>.vi.json or <module>.en.json`);
    const name = match[1] as string;
    if (name in main) throw new Error(`Translation module ${file} reuses the key "${name}" of the main file`);
    merged[name] = tree;
  }
  return merged;
}
