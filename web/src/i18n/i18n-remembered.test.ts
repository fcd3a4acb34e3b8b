import i18next from 'i18next';
import { expect, it } from 'vitest';
import { stubBrowser } from './browser-globals.test-support.ts';

const { html } = stubBrowser({ 'pcmd.language': 'en' });
const { currentLanguage, i18nReady } = await import('./i18n.ts');

it('starts in English, English already downloaded, for a user who chose it on this computer', async () => {
  await i18nReady;
  expect(currentLanguage()).toBe('en');
  expect(html.lang).toBe('en');
  expect(i18next.t('common.cancel')).toBe('Cancel');
});
