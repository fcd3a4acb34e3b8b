import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { stubBrowser } from './browser-globals.test-support.ts';

// Counts the downloads of the English chunk (the dynamic import in i18n.ts).
const downloads = vi.hoisted(() => ({ count: 0 }));
vi.mock('./resources-en.ts', async (importOriginal) => {
  downloads.count += 1;
  return importOriginal();
});

const { storage, html } = stubBrowser();
const { changeLanguage, currentLanguage, i18nReady } = await import('./i18n.ts');

describe('the UI language', () => {
  it('starts in Vietnamese without downloading English', async () => {
    await i18nReady;
    expect(currentLanguage()).toBe('vi');
    expect(html.lang).toBe('vi');
    expect(i18next.t('common.cancel')).toBe('Hủy');
    expect(i18next.hasResourceBundle('en', 'translation')).toBe(false);
    expect(downloads.count).toBe(0);
  });

  it('downloads English on the first switch, before showing it, and remembers the choice', async () => {
    await changeLanguage('en');
    expect(downloads.count).toBe(1);
    expect(currentLanguage()).toBe('en');
    expect(html.lang).toBe('en');
    expect(storage.get('pcmd.language')).toBe('en');
    expect(i18next.t('common.cancel')).toBe('Cancel');
    // Module files are part of the English chunk too.
    expect(i18next.t('tips.title')).toBe(i18next.getResource('en', 'translation', 'tips.title'));
    expect(i18next.t('tips.title')).not.toBe(i18next.getResource('vi', 'translation', 'tips.title'));
  });

  it('switches back and forth without downloading English again', async () => {
    await changeLanguage('vi');
    expect(i18next.t('common.cancel')).toBe('Hủy');
    expect(storage.get('pcmd.language')).toBe('vi');
    await Promise.all([changeLanguage('en'), changeLanguage('en')]);
    expect(i18next.t('common.cancel')).toBe('Cancel');
    expect(downloads.count).toBe(1);
  });
});
