import { describe, expect, it } from 'vitest';
import { checkFiles, formatBytes, nowInVietnam, parseTime, receivedAtOf } from './tip-format.ts';
import { emptyTipDraft, readTipDraft, type TipDraft, type TipDraftMessages } from './tip-draft.ts';

const messages: TipDraftMessages = {
  required: 'required', channelRequired: 'channel', dateInvalid: 'date', timeInvalid: 'time', inFuture: 'future',
  subjectsRequired: 'subjects', concernRequired: 'concern', reporterEmpty: 'reporter', emailInvalid: 'email',
};
// 10:00 on 5 March 2026 in Vietnam.
const now = Date.parse('2026-03-05T03:00:00Z');

const filled = (change: Partial<TipDraft> = {}): TipDraft => ({
  ...emptyTipDraft({ id: '16681', name: 'Phường Thành Vinh' }, now),
  channel: 'hotline', subjects: ['brokering'], address: ' 12 Lê Lợi ', description: ' Có hoạt động môi giới.\nBuổi tối. ',
  ...change,
});

describe('the intake form', () => {
  it('starts at the current time in Vietnam, anonymous, at the officer\'s unit', () => {
    const draft = emptyTipDraft({ id: '16681', name: 'Phường Thành Vinh' }, now);
    expect(draft).toMatchObject({ receivedOn: '05/03/2026', receivedTime: '10:00', anonymous: true, unit: { id: '16681' } });
    expect(nowInVietnam(Date.parse('2026-03-05T18:30:00Z'))).toEqual({ date: '06/03/2026', time: '01:30' });
  });

  it('reads a filled draft into the API shape, time with the +07:00 offset, no reporter when anonymous', () => {
    const { values, errors } = readTipDraft(filled({ fullName: 'ignored' }), messages, now);
    expect(errors).toEqual({});
    expect(values).toEqual({
      unitId: '16681', channel: 'hotline', receivedAt: '2026-03-05T10:00:00+07:00', subjects: ['brokering'],
      establishmentId: null, hotspotId: null, address: '12 Lê Lợi', onlineAccount: null,
      description: 'Có hoạt động môi giới.\nBuổi tối.', anonymous: true, reporter: null,
    });
  });

  it('names every missing field by the API\'s field names', () => {
    const draft = { ...emptyTipDraft(null, now), receivedOn: '31/02/2026' };
    const { errors } = readTipDraft(draft, messages, now);
    expect(errors).toEqual({ unitId: 'required', channel: 'channel', receivedAt: 'date', subjects: 'subjects', concerns: 'concern', description: 'required' });
  });

  it('refuses a bad time, and a receipt in the future', () => {
    expect(readTipDraft(filled({ receivedTime: '25:00' }), messages, now).errors).toEqual({ receivedAt: 'time' });
    expect(readTipDraft(filled({ receivedTime: '10:30' }), messages, now).errors).toEqual({ receivedAt: 'future' });
  });

  it('sends the reporter only when not anonymous, and wants at least a name or a contact', () => {
    expect(readTipDraft(filled({ anonymous: false }), messages, now).errors).toEqual({ 'reporter.fullName': 'reporter' });
    expect(readTipDraft(filled({ anonymous: false, email: 'not-an-address' }), messages, now).errors).toEqual({ 'reporter.email': 'email' });
    const { values, errors } = readTipDraft(filled({ anonymous: false, phone: ' 0912 345 678 ', wantsFeedback: true }), messages, now);
    expect(errors).toEqual({});
    expect(values.reporter).toEqual({ fullName: null, phone: '0912 345 678', email: null, address: null, wantsFeedback: true });
  });
});

describe('formats', () => {
  it('reads times as people type them', () => {
    expect(parseTime('9:05')).toBe('09:05');
    expect(parseTime('14h30')).toBe('14:30');
    expect(parseTime('24:00')).toBeUndefined();
    expect(receivedAtOf('5/3/2026', '7:00')).toBe('2026-03-05T07:00:00+07:00');
  });

  it('gives sizes with the decimal comma in Vietnamese', () => {
    expect(formatBytes(900, 'vi')).toBe('900 B');
    expect(formatBytes(2_500_000, 'vi')).toBe('2,4 MB');
    expect(formatBytes(2_500_000, 'en')).toBe('2.4 MB');
  });

  it('pre-checks the files: count, size, total and plainly wrong types', () => {
    const photo = { name: 'anh.jpg', size: 1_000_000, type: 'image/jpeg' };
    expect(checkFiles([photo, { name: 'ghi-am.m4a', size: 10, type: '' }, { name: 'a.heic', size: 10, type: '' }])).toEqual([]);
    expect(checkFiles([{ name: 'virus.exe', size: 10, type: 'application/x-msdownload' }])).toEqual([{ file: 'virus.exe', kind: 'type' }]);
    expect(checkFiles([{ name: 'big.pdf', size: 11 * 1024 * 1024, type: 'application/pdf' }])).toEqual([{ file: 'big.pdf', kind: 'too_large' }]);
    expect(checkFiles(Array.from({ length: 6 }, () => photo))).toEqual([{ file: null, kind: 'too_many' }]);
    const nine = { name: 'x.pdf', size: 9 * 1024 * 1024, type: 'application/pdf' };
    expect(checkFiles([nine, nine, nine])).toEqual([{ file: null, kind: 'total' }]);
  });
});
