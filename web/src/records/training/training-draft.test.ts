import { describe, expect, it } from 'vitest';
import { emptyTrainingDraft, readNames, readTrainingDraft, trainingChanges, type TrainingDraft } from './training-draft.ts';

const messages = {
  required: 'required', dateInvalid: 'dateInvalid', dateFuture: 'dateFuture', countInvalid: 'countInvalid',
  participantsRequired: 'participantsRequired', rowTwice: 'rowTwice', districtGone: 'districtGone',
  tooManyNames: (named: number, total: number) => `tooManyNames ${named}/${total}`,
};
const today = '2026-11-24';

const aDraft = (overrides: Partial<TrainingDraft> = {}): TrainingDraft => ({
  ...emptyTrainingDraft({ id: '16681', name: 'Phường Thành Vinh' }, 'commune'),
  heldOn: '12/03/2026',
  organiserAgencyId: 'agency-1',
  topic: 'Tập huấn kỹ năng tư vấn',
  participants: [{ level: 'commune', agencyKind: 'police', participants: '12' }, { level: 'commune', agencyKind: 'womens_union', participants: '8' }],
  participantNames: 'Nguyễn Thị Lan\n\n  Trần Văn Minh \n',
  ...overrides,
});

describe('reading the training form', () => {
  it('turns a complete draft into the API\'s values, names one per line', () => {
    const { values, errors } = readTrainingDraft(aDraft(), today, messages, true);
    expect(errors).toEqual({});
    expect(values).toEqual({
      unitId: '16681', heldOn: '2026-03-12', organiserAgencyId: 'agency-1', level: 'commune', topic: 'Tập huấn kỹ năng tư vấn',
      participants: [{ level: 'commune', agencyKind: 'police', participants: 12 }, { level: 'commune', agencyKind: 'womens_union', participants: 8 }],
      participantNames: ['Nguyễn Thị Lan', 'Trần Văn Minh'],
    });
  });

  it('never sends names for a user outside the course\'s unit', () => {
    expect(readTrainingDraft(aDraft(), today, messages, false).values.participantNames).toBeNull();
    const before = readTrainingDraft(aDraft(), today, messages, false).values;
    const after = readTrainingDraft(aDraft({ topic: 'Lớp 2', participantNames: 'Ai đó' }), today, messages, false).values;
    expect(trainingChanges(before, after, false)).toEqual({ topic: 'Lớp 2' });
  });

  it('names each field the server would refuse, keyed as the server names it', () => {
    const { errors } = readTrainingDraft(aDraft({
      organiserAgencyId: '', topic: '', level: 'district', heldOn: '01/08/2025',
      participants: [
        { level: 'district', agencyKind: 'police', participants: '-1' },
        { level: 'commune', agencyKind: '', participants: '' },
        { level: 'commune', agencyKind: 'health', participants: '1' },
        { level: 'commune', agencyKind: 'health', participants: '0' },
      ],
    }), today, messages, true);
    expect(errors).toEqual({
      organiserAgencyId: 'required', topic: 'required', level: 'districtGone',
      'participants.0.level': 'districtGone', 'participants.0.participants': 'countInvalid',
      'participants.1.agencyKind': 'required', 'participants.1.participants': 'required', 'participants.3.agencyKind': 'rowTwice',
      participantNames: 'tooManyNames 2/1',
    });
    expect(readTrainingDraft(aDraft({ participants: [] }), today, messages, false).errors).toEqual({ participants: 'participantsRequired' });
  });

  it('accepts district level for a course held before the districts were abolished', () => {
    const { errors } = readTrainingDraft(aDraft({ heldOn: '30/06/2025', participants: [{ level: 'district', agencyKind: 'police', participants: '3' }], participantNames: '' }), today, messages, true);
    expect(errors).toEqual({});
  });

  it('reads names without blank lines, in NFC', () => {
    expect(readNames(' \n')).toBeNull();
    expect(readNames('Nguye\u0302\u0303n Va\u0306n A')).toEqual(['Nguyễn Văn A']);
  });
});
