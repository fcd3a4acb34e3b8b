import { vi } from 'vitest';

/**
 * The unit tests run in Node: i18n.ts needs the browser's localStorage and <html> element.
 * Returns the stored items so a test can see what was remembered.
 */
export function stubBrowser(stored: Record<string, string> = {}): { storage: Map<string, string>; html: { lang: string } } {
  const storage = new Map(Object.entries(stored));
  const html = { lang: '' };
  vi.stubGlobal('window', {
    localStorage: {
      getItem: (key: string) => storage.get(key) ?? null,
      setItem: (key: string, value: string) => void storage.set(key, value),
    },
  });
  vi.stubGlobal('document', { documentElement: html });
  return { storage, html };
}
