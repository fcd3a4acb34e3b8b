import { describe, expect, it } from 'vitest';
import { emptyModelDraft, modelDraftOf, readModelDraft, type ModelDraft } from './model-draft.ts';

const messages = { required: 'required', dateInvalid: 'dateInvalid', dateFuture: 'dateFuture', endBeforeStart: 'endBeforeStart' };
const today = '2026-11-24';

const aDraft = (overrides: Partial<ModelDraft> = {}): ModelDraft => ({
  ...emptyModelDraft({ id: '16681', name: 'Phường Thành Vinh' }), name: 'Nhóm đồng đẳng', kind: 'peer_educator_group', startedOn: '01/03/2025', ...overrides,
});

describe('readModelDraft', () => {
  it('reads a running model managed by the People\'s Committee', () => {
    expect(readModelDraft(aDraft(), today, messages)).toEqual({
      values: { unitId: '16681', name: 'Nhóm đồng đẳng', kind: 'peer_educator_group', agencyId: null, description: null, startedOn: '2025-03-01', endedOn: null },
      errors: {},
    });
  });

  it('reads an ended model and its managing agency', () => {
    const { values, errors } = readModelDraft(aDraft({ agencyId: 'a-1', endedOn: '28/2/2026' }), today, messages);
    expect(errors).toEqual({});
    expect(values).toMatchObject({ agencyId: 'a-1', endedOn: '2026-02-28' });
  });

  it('refuses days after today and an end before the start, naming the field', () => {
    expect(readModelDraft(aDraft({ startedOn: '25/11/2026' }), today, messages).errors).toEqual({ startedOn: 'dateFuture' });
    expect(readModelDraft(aDraft({ endedOn: '25/11/2026' }), today, messages).errors).toEqual({ endedOn: 'dateFuture' });
    expect(readModelDraft(aDraft({ endedOn: '28/02/2025' }), today, messages).errors).toEqual({ endedOn: 'endBeforeStart' });
    expect(readModelDraft(aDraft({ endedOn: '01/03/2025' }), today, messages).errors).toEqual({});
  });

  it('names every missing or wrong field at once', () => {
    const { errors } = readModelDraft({ ...emptyModelDraft(null), endedOn: '2025-01-01' }, today, messages);
    expect(errors).toEqual({ unitId: 'required', name: 'required', kind: 'required', startedOn: 'required', endedOn: 'dateInvalid' });
  });

  it('shows a stored model with its dates as dd/mm/yyyy', () => {
    const draft = modelDraftOf({
      id: 'm-1', unitId: '40', unitName: 'Tỉnh Nghệ An', name: 'Mô hình', kind: 'other', agencyId: null, agencyName: null, description: null,
      startedOn: '2024-01-15', endedOn: null, createdAt: '', updatedAt: '',
    });
    expect(draft).toMatchObject({ startedOn: '15/01/2024', endedOn: '', agencyId: '' });
  });
});
