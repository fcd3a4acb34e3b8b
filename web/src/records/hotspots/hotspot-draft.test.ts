import { describe, expect, it } from 'vitest';
import { changes, emptyDraft, parseCoordinate, readDraft, type DraftMessages } from './hotspot-draft.ts';

const messages: DraftMessages = {
  required: 'required', dateInvalid: 'dateInvalid', coordinateInvalid: 'coordinateInvalid', coordinatePair: 'coordinatePair',
  eliminatedOnRequired: 'eliminatedOnRequired',
};
const ward = { id: '16681', name: 'Phường Thành Vinh' };

describe('the hotspot form', () => {
  it('reads decimal degrees with a point or a Vietnamese decimal comma', () => {
    expect(parseCoordinate(' 18,6796 ')).toBe(18.6796);
    expect(parseCoordinate('105.6813')).toBe(105.6813);
    expect(parseCoordinate('18°40\'N')).toBeUndefined();
    expect(parseCoordinate('18.6796, 105.6813')).toBeUndefined();
  });

  it('turns the draft into the API\'s values: dd/mm/yyyy dates, trimmed text, empty as null', () => {
    const { values, errors } = readDraft({
      ...emptyDraft(ward), address: ' Công viên Trung tâm ', kind: 'park', latitude: '18,6735', longitude: '105.6923',
      identifiedOn: '15/01/2025', description: '  ',
    }, messages);
    expect(errors).toEqual({});
    expect(values).toEqual({
      unitId: '16681', address: 'Công viên Trung tâm', kind: 'park', latitude: 18.6735, longitude: 105.6923, description: null,
      identifiedOn: '2025-01-15', status: 'active', eliminatedOn: null, statusChangedOn: null,
    });
  });

  it('names every field the browser can already see is wrong', () => {
    const { errors } = readDraft({
      ...emptyDraft(null), latitude: 'abc', identifiedOn: '31/02/2025', status: 'eliminated',
    }, messages);
    expect(errors).toEqual({
      unitId: 'required', address: 'required', latitude: 'coordinateInvalid', longitude: 'coordinatePair',
      identifiedOn: 'dateInvalid', eliminatedOn: 'eliminatedOnRequired',
    });
  });

  it('sends only what changed, and never the status date of an eliminated hotspot', () => {
    const before = readDraft({ ...emptyDraft(ward), address: 'Bến xe Bắc Vinh', statusChangedOn: '01/02/2025' }, messages).values;
    const after = readDraft({
      ...emptyDraft(ward), address: 'Bến xe Bắc Vinh', status: 'eliminated', eliminatedOn: '10/03/2025', statusChangedOn: '01/02/2025',
    }, messages).values;
    expect(changes(before, after)).toEqual({ status: 'eliminated', eliminatedOn: '2025-03-10' });
    expect(changes(before, before)).toEqual({});
  });
});
