import { describe, expect, it } from 'vitest';
import { errorMessages, formatErrorMessage } from './messages.ts';

describe('error messages', () => {
  it('exist in Vietnamese and English for every code', () => {
    expect(Object.keys(errorMessages.en).sort()).toEqual(Object.keys(errorMessages.vi).sort());
  });

  it('fill their placeholders and keep unknown ones visible', () => {
    expect(formatErrorMessage('vi', 'unit_not_found', { code: '99999' })).toContain('"99999"');
    expect(formatErrorMessage('en', 'account_locked', {})).toContain('{minutes}');
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const code of Object.keys(errorMessages.vi) as (keyof typeof errorMessages.vi)[]) {
      expect(placeholders(errorMessages.en[code]), code).toEqual(placeholders(errorMessages.vi[code]));
    }
  });
});
