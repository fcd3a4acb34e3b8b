import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { stubBrowser } from './browser-globals.test-support.ts';

// The English chunk cannot be downloaded (offline, or a connection that drops).
vi.mock('./resources-en.ts', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

const { storage, html } = stubBrowser({ 'pcmd.language': 'en' });
const { changeLanguage, currentLanguage, i18nReady } = await import('./i18n.ts');

describe('the UI language when English cannot be downloaded', () => {
  it('starts in Vietnamese and keeps the choice of English for the next visit', async () => {
    await i18nReady;
    expect(currentLanguage()).toBe('vi');
    expect(html.lang).toBe('vi');
    expect(i18next.t('common.cancel')).toBe('Hủy');
    expect(storage.get('pcmd.language')).toBe('en');
  });

  it('refuses the switch and stays in Vietnamese', async () => {
    storage.delete('pcmd.language');
    await expect(changeLanguage('en')).rejects.toThrow();
    expect(currentLanguage()).toBe('vi');
    expect(html.lang).toBe('vi');
    expect(storage.has('pcmd.language')).toBe(false);
  });
});
