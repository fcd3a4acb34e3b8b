import { describe, expect, it } from 'vitest';
import {
  communicationChanges, emptyCommunicationDraft, keptReachIndexes, ownActivityUnit, parseCount, readCommunicationDraft,
  type CommunicationDraft,
} from './communication-draft.ts';

const messages = { required: 'required', dateInvalid: 'dateInvalid', dateFuture: 'dateFuture', countInvalid: 'countInvalid', audienceTwice: 'audienceTwice' };
const today = '2026-11-24';

const aDraft = (overrides: Partial<CommunicationDraft> = {}): CommunicationDraft => ({
  ...emptyCommunicationDraft({ id: '16681', name: 'Phường Thành Vinh' }),
  occurredOn: '20/01/2026',
  leadAgencyId: 'agency-1',
  form: 'residential_meeting',
  title: ' Hội nghị tuyên truyền tại khối 5 ',
  reach: [{ audience: 'public', peopleReached: '1.200' }, { audience: '', peopleReached: '' }, { audience: 'students', peopleReached: '300' }],
  materials: '200',
  materialsKind: 'Tờ rơi',
  ...overrides,
});

describe('reading the communication form', () => {
  it('turns a complete draft into the API\'s values, dropping the audience rows left blank', () => {
    const { values, errors } = readCommunicationDraft(aDraft(), today, messages);
    expect(errors).toEqual({});
    expect(values).toEqual({
      unitId: '16681', occurredOn: '2026-01-20', leadAgencyId: 'agency-1', form: 'residential_meeting', title: 'Hội nghị tuyên truyền tại khối 5',
      description: null, reach: [{ audience: 'public', peopleReached: 1200 }, { audience: 'students', peopleReached: 300 }],
      materials: 200, materialsKind: 'Tờ rơi',
    });
    expect(keptReachIndexes(aDraft())).toEqual([0, 2]);
  });

  it('names each field the server would refuse, keyed as the server names it', () => {
    const { errors } = readCommunicationDraft(aDraft({
      unit: null, leadAgencyId: '', form: '', title: ' ', occurredOn: '01/01/2099', materials: '-4',
      reach: [{ audience: 'youth', peopleReached: '12,5' }, { audience: 'youth', peopleReached: '' }],
    }), today, messages);
    expect(errors).toEqual({
      unitId: 'required', leadAgencyId: 'required', form: 'required', title: 'required', occurredOn: 'dateFuture', materials: 'countInvalid',
      'reach.0.peopleReached': 'countInvalid', 'reach.1.audience': 'audienceTwice', 'reach.1.peopleReached': 'required',
    });
    expect(readCommunicationDraft(aDraft({ occurredOn: '30/02/2026' }), today, messages).errors).toEqual({ occurredOn: 'dateInvalid' });
  });

  it('reads counts as people type them', () => {
    expect([parseCount('1200'), parseCount('1.200'), parseCount('1 200'), parseCount('1,200'), parseCount(' 0 ')]).toEqual([1200, 1200, 1200, 1200, 0]);
    expect([parseCount('-1'), parseCount('1.2'), parseCount('12a'), parseCount('')]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('sends only what changed', () => {
    const before = readCommunicationDraft(aDraft(), today, messages).values;
    const after = readCommunicationDraft(aDraft({ reach: [{ audience: 'public', peopleReached: '1200' }] }), today, messages).values;
    expect(communicationChanges(before, after)).toEqual({ reach: [{ audience: 'public', peopleReached: 1200 }] });
  });

  it('starts a new record at the user\'s own province or commune, not at a country-wide account', () => {
    expect(ownActivityUnit({ unit: { id: '40', name: 'Tỉnh Nghệ An', level: 'province' } })).toEqual({ id: '40', name: 'Tỉnh Nghệ An' });
    expect(ownActivityUnit({ unit: null })).toBeNull();
  });
});
