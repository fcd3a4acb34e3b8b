import { describe, expect, it } from 'vitest';
import { defaultPeriodDraft, isLineEmpty, lineFields, periodCodeOf, periodDraftOf, periodError, readLine } from './crime-draft.ts';

describe('periods in the form', () => {
  it('makes the code of each kind and basis, and reads it back', () => {
    expect(periodCodeOf({ kind: 'quarter', isReporting: false, year: '2026', number: '1' })).toBe('Q2026-1');
    expect(periodCodeOf({ kind: 'month', isReporting: true, year: '2026', number: '3' })).toBe('RM2026-03');
    expect(periodCodeOf({ kind: 'year', isReporting: false, year: '2026', number: '7' })).toBe('Y2026');
    expect(periodCodeOf({ kind: 'half_year', isReporting: false, year: '2026', number: '3' })).toBeUndefined();
    expect(periodDraftOf('RH2026-2')).toEqual({ kind: 'half_year', isReporting: true, year: '2026', number: '2' });
  });

  it('starts on the current quarter and refuses a period not begun', () => {
    expect(periodCodeOf(defaultPeriodDraft('2026-11-24'))).toBe('Q2026-4');
    expect(periodError('Q2026-4', '2026-11-24', 'vi', 'required')).toBeUndefined();
    expect(periodError('Y2027', '2026-11-24', 'en', 'required')).toContain('starts on 01/01/2027');
    expect(periodError(undefined, '2026-11-24', 'vi', 'required')).toBe('required');
  });
});

describe('lines in the form', () => {
  it('shows prosecutions and trials on articles, fines on the administrative line', () => {
    expect(lineFields('327')).toContain('casesTried');
    expect(lineFields('327')).not.toContain('amountFined');
    expect(lineFields('administrative')).toEqual(['casesHandled', 'defendants', 'peopleFined', 'establishmentsFined', 'amountFined']);
  });

  it('reads a line with the server\'s rules, and knows an empty one', () => {
    expect(isLineEmpty({ casesHandled: ' ', defendants: '' })).toBe(true);
    const line = readLine('328', { casesHandled: '2', defendants: '3', casesProsecuted: '3' }, 'vi', 'not a count');
    expect(Object.keys(line.errors)).toEqual(['casesProsecuted']);
    const sanctions = readLine('administrative', { casesHandled: '4', defendants: '5', peopleFined: '5', amountFined: '7.500.000' }, 'vi', 'not a count');
    expect(sanctions.errors).toEqual({});
    expect(sanctions.figures).toMatchObject({ peopleFined: 5, amountFined: 7_500_000, casesTried: 0 });
  });
});
