import { describe, expect, it } from 'vitest';
import { emptySupportDraft, readCount, readSupportDraft, supportChanges, type SupportDraft } from './support-draft.ts';

const texts = { required: 'required', countInvalid: 'not a count', servedAboveReached: 'served above reached' };
const unit = { id: '16681', name: 'Phường Thành Vinh' };

function aDraft(counts: Partial<SupportDraft['counts']> = {}, services: Partial<SupportDraft['services']> = {}): SupportDraft {
  const draft = emptySupportDraft(unit, '2026-03');
  return { ...draft, counts: { ...draft.counts, ...counts }, services: { ...draft.services, ...services } };
}

describe('readCount', () => {
  it('reads empty as zero, digits, and thousands written with dots or spaces', () => {
    expect([readCount(''), readCount(' 12 '), readCount('1.200'), readCount('1 200 000')]).toEqual([0, 12, 1200, 1_200_000]);
  });

  it('refuses decimals, signs and words', () => {
    expect([readCount('1,5'), readCount('-3'), readCount('12.5'), readCount('mười')]).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('readSupportDraft', () => {
  it('gives the API its values, with empty counts at zero', () => {
    const { values, errors } = readSupportDraft(aDraft({ peopleServed: '5', peopleReached: '9' }, { condoms: '5' }), '2026-11-24', 'vi', texts);
    expect(errors).toEqual({});
    expect(values).toMatchObject({ unitId: '16681', month: '2026-03', peopleServed: 5, peopleInNeed: 0, services: { condoms: 5, loans: 0 } });
  });

  it('shows the server\'s rules under their fields in the user\'s language', () => {
    const { errors } = readSupportDraft(aDraft({ peopleInNeed: '3', peopleEligible: '4', peopleServed: '2' }, { methadone: '3' }), '2026-11-24', 'en', texts);
    expect(Object.keys(errors).sort()).toEqual(['peopleEligible', 'services.methadone']);
    expect(errors.peopleEligible).toBe('People eligible (4) cannot exceed people in need (3)');
  });

  it('marks a month not yet come and a count that is not one', () => {
    const future = { ...aDraft(), year: '2026', month: '12' };
    expect(Object.keys(readSupportDraft(future, '2026-11-24', 'vi', texts).errors)).toEqual(['month']);
    expect(readSupportDraft(aDraft({ peopleReached: '4,5' }), '2026-11-24', 'vi', texts).errors).toEqual({ peopleReached: 'not a count' });
  });

  it('only warns when more people are served than reached', () => {
    const { errors, warnings } = readSupportDraft(aDraft({ peopleServed: '6', peopleReached: '2' }), '2026-11-24', 'vi', texts);
    expect(errors).toEqual({});
    expect(warnings).toEqual({ peopleServed: 'served above reached' });
  });
});

describe('supportChanges', () => {
  it('sends only the counts and services that changed', () => {
    const before = readSupportDraft(aDraft({ peopleServed: '5' }, { condoms: '5' }), '2026-11-24', 'vi', texts).values;
    const after = readSupportDraft(aDraft({ peopleServed: '6' }, { condoms: '5', loans: '1' }), '2026-11-24', 'vi', texts).values;
    expect(supportChanges(before, after)).toEqual({ peopleServed: 6, services: { loans: 1 } });
  });
});
