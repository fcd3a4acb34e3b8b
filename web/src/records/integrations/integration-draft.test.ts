import { describe, expect, it } from 'vitest';
import { onlyChanged } from './changes.ts';
import { emptyIntegrationDraft, integrationDraftOf, readIntegrationDraft, type IntegrationDraft } from './integration-draft.ts';

const messages = { required: 'required', yearInvalid: 'yearInvalid', yearTooLate: 'yearTooLate', dateInvalid: 'dateInvalid', dateFuture: 'dateFuture' };
const today = '2026-11-24';
const ward = { id: '16681', name: 'Phường Thành Vinh' };

const aDraft = (overrides: Partial<IntegrationDraft> = {}): IntegrationDraft => ({
  ...emptyIntegrationDraft(ward, 2026), programme: ' Chương trình phòng, chống ma túy ', programmeKind: 'drug_prevention', ...overrides,
});

describe('readIntegrationDraft', () => {
  it('reads a People\'s Committee integration with no document into what the API takes', () => {
    expect(readIntegrationDraft(aDraft(), today, messages)).toEqual({
      values: {
        unitId: '16681', year: 2026, agencyId: null, programme: 'Chương trình phòng, chống ma túy', programmeKind: 'drug_prevention',
        documentNumber: null, documentDate: null, notes: null,
      },
      errors: {},
    });
  });

  it('reads an agency and a document dated dd/mm/yyyy', () => {
    const { values, errors } = readIntegrationDraft(aDraft({ agencyId: 'a-1', documentNumber: '12/KH-MTTQ', documentDate: '15/1/2026' }), today, messages);
    expect(errors).toEqual({});
    expect(values).toMatchObject({ agencyId: 'a-1', documentNumber: '12/KH-MTTQ', documentDate: '2026-01-15' });
  });

  it('accepts next year and refuses the year after, as the server does', () => {
    expect(readIntegrationDraft(aDraft({ year: '2027' }), today, messages).errors).toEqual({});
    expect(readIntegrationDraft(aDraft({ year: '2028' }), today, messages).errors).toEqual({ year: 'yearTooLate' });
    expect(readIntegrationDraft(aDraft({ year: '26' }), today, messages).errors).toEqual({ year: 'yearInvalid' });
    expect(readIntegrationDraft(aDraft({ year: '' }), today, messages).errors).toEqual({ year: 'required' });
  });

  it('names every missing or wrong field at once', () => {
    const { errors } = readIntegrationDraft({ ...emptyIntegrationDraft(null, 2026), documentDate: '31/02/2026' }, today, messages);
    expect(errors).toEqual({ unitId: 'required', programme: 'required', programmeKind: 'required', documentDate: 'dateInvalid' });
    expect(readIntegrationDraft(aDraft({ documentDate: '25/11/2026' }), today, messages).errors).toEqual({ documentDate: 'dateFuture' });
  });
});

describe('editing an integration', () => {
  it('sends only the fields the user changed', () => {
    const item = {
      id: 'i-1', unitId: '16681', unitName: 'Phường Thành Vinh', year: 2026, agencyId: 'a-1', agencyName: 'Ủy ban MTTQ', programme: 'Chương trình X',
      programmeKind: 'other' as const, documentNumber: null, documentDate: '2026-01-15', notes: null, createdAt: '', updatedAt: '',
    };
    const initial = integrationDraftOf(item);
    expect(initial.documentDate).toBe('15/01/2026');
    const before = readIntegrationDraft(initial, today, messages).values;
    const after = readIntegrationDraft({ ...initial, agencyId: '', notes: 'Đã triển khai' }, today, messages).values;
    expect(onlyChanged(before, after)).toEqual({ agencyId: null, notes: 'Đã triển khai' });
  });
});
