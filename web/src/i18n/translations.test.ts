import { describe, expect, it } from 'vitest';
import { translations, type TranslationTree as Tree } from './resources.ts';

const { vi, en } = translations;

/** Every key as a dotted path with its text; plural forms (_one, _other) count as one key. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}${key}`;
    if (typeof value === 'string') entries.set(path.replace(/_(zero|one|two|few|many|other)$/, ''), value);
    else for (const [nested, text] of flatten(value, `${path}.`)) entries.set(nested, text);
  }
  return entries;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe('translations', () => {
  const vietnamese = flatten(vi);
  const english = flatten(en);

  it('have the same keys in Vietnamese and English', () => {
    expect([...english.keys()].sort()).toEqual([...vietnamese.keys()].sort());
  });

  it('fill the same placeholders in both languages', () => {
    for (const [key, text] of vietnamese) expect(placeholders(english.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('come from module files named <module>.vi.json and <module>.en.json, both present', () => {
    // The app loads each language's files by pattern (resources-vi.ts, resources-en.ts): any other name would be left out.
    const files = Object.keys(import.meta.glob('./modules/*')).map((file) => file.replace('./modules/', ''));
    for (const file of files) expect(file).toMatch(/^[a-z-]+\.(vi|en)\.json$/);
    const modules = (language: string) => files.filter((file) => file.endsWith(`.${language}.json`)).map((file) => file.split('.')[0]).sort();
    expect(modules('en')).toEqual(modules('vi'));
    expect(modules('vi').length).toBeGreaterThan(0);
  });

  it('use no stigmatising words for people who sell sex', () => {
    const stigmatising = /gái mại dâm|gái bán dâm|gái điếm|\bđĩ\b|cave|prostitutes?\b|whores?/i;
    for (const [key, text] of [...vietnamese, ...english]) expect(text, key).not.toMatch(stigmatising);
  });
});
