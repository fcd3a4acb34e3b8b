import { describe, expect, it } from 'vitest';
import { attachmentLimits, publicTipAddition, publicTipCreate, submissionKeyPattern } from '../../../core/api/tips.ts';
import {
  checkFiles, emptyPublicTipDraft, fieldOf, formatBytes, newSubmissionKey, publicLimits, readPublicTipDraft, receiptGroups,
  submissionKeySpent, typedReceiptCode, type DraftMessages, type FileMessages, type PublicTipDraft,
} from './public-tip-draft.ts';

const messages: DraftMessages = {
  unitRequired: 'unit', subjectsRequired: 'subjects', descriptionRequired: 'description', tooLong: (max) => `max ${max}`,
  dateInvalid: 'date', dateInFuture: 'future', contactRequired: 'contact', phoneInvalid: 'phone', emailInvalid: 'email',
};
const fileMessages: FileMessages = {
  tooMany: (max) => `many ${max}`, tooLarge: (name) => `large ${name}`, totalTooLarge: 'total',
  wrongType: (name) => `type ${name}`, empty: (name) => `empty ${name}`,
};
const ward = { id: '16681', name: 'Phường Thành Vinh', level: 'commune', parentName: 'Tỉnh Nghệ An' };
const filled: PublicTipDraft = {
  ...emptyPublicTipDraft, unit: ward, subjects: ['harbouring', 'brokering'], description: '  Nhà nghỉ X cho thuê phòng  ', happenedOn: '15/03/2026',
};

describe('the public report form', () => {
  it('keeps the contract limits (core/api/tips.ts) it repeats to stay light', () => {
    expect(publicLimits.maxFiles).toBe(attachmentLimits.maxFiles);
    expect(publicLimits.maxFileBytes).toBe(attachmentLimits.maxFileBytes);
    expect(publicLimits.maxTotalBytes).toBe(attachmentLimits.maxTotalBytes);
    const base = { unitId: '16681', subjects: ['other'], anonymous: true };
    expect(publicTipCreate.safeParse({ ...base, description: 'a'.repeat(publicLimits.descriptionMax) }).success).toBe(true);
    expect(publicTipCreate.safeParse({ ...base, description: 'a'.repeat(publicLimits.descriptionMax + 1) }).success).toBe(false);
    expect(publicTipCreate.safeParse({ ...base, description: 'x', onlineAccount: 'a'.repeat(publicLimits.onlineAccountMax + 1) }).success).toBe(false);
    expect(publicTipAddition.safeParse({ receiptCode: 'x', text: 'a'.repeat(publicLimits.additionMax + 1) }).success).toBe(false);
  });

  it('asks for a place, at least one subject and a description', () => {
    const { value, errors } = readPublicTipDraft(emptyPublicTipDraft, messages, '2026-04-01');
    expect(value).toBeNull();
    expect(errors).toEqual({ unitId: 'unit', subjects: 'subjects', description: 'description' });
  });

  it('builds the request the contract accepts, anonymous by default', () => {
    const { value, errors } = readPublicTipDraft(filled, messages, '2026-04-01');
    expect(errors).toEqual({});
    expect(value).toEqual({
      unitId: '16681', subjects: ['harbouring', 'brokering'], address: null, onlineAccount: null,
      description: 'Nhà nghỉ X cho thuê phòng', happenedOn: '2026-03-15', anonymous: true, reporter: null,
    });
    expect(publicTipCreate.safeParse(value).success).toBe(true);
  });

  it('never sends contact details typed before choosing anonymity', () => {
    const { value } = readPublicTipDraft({ ...filled, anonymous: true, fullName: 'Nguyễn Văn A', phone: '0912345678' }, messages, '2026-04-01');
    expect(value?.reporter).toBeNull();
  });

  it('sends contact details only when the reporter chooses to, and checks them', () => {
    expect(readPublicTipDraft({ ...filled, anonymous: false }, messages, '2026-04-01').errors).toEqual({ reporter: 'contact' });
    expect(readPublicTipDraft({ ...filled, anonymous: false, phone: '12ab', email: 'no-at-sign' }, messages, '2026-04-01').errors)
      .toEqual({ 'reporter.phone': 'phone', 'reporter.email': 'email' });
    const { value } = readPublicTipDraft({ ...filled, anonymous: false, phone: '0912 345 678', wantsFeedback: true }, messages, '2026-04-01');
    expect(value?.reporter).toEqual({ fullName: null, phone: '0912 345 678', email: null, address: null, wantsFeedback: true });
    expect(publicTipCreate.safeParse(value).success).toBe(true);
  });

  it('reads the date as dd/mm/yyyy and refuses impossible or future days', () => {
    expect(readPublicTipDraft({ ...filled, happenedOn: '31/02/2026' }, messages, '2026-04-01').errors).toEqual({ happenedOn: 'date' });
    expect(readPublicTipDraft({ ...filled, happenedOn: '2026-03-15' }, messages, '2026-04-01').errors).toEqual({ happenedOn: 'date' });
    expect(readPublicTipDraft({ ...filled, happenedOn: '02/04/2026' }, messages, '2026-04-01').errors).toEqual({ happenedOn: 'future' });
    expect(readPublicTipDraft({ ...filled, happenedOn: '' }, messages, '2026-04-01').value?.happenedOn).toBeNull();
  });

  it('counts the description as the server does and refuses one past the limit', () => {
    const long = 'a'.repeat(publicLimits.descriptionMax + 1);
    expect(readPublicTipDraft({ ...filled, description: long }, messages, '2026-04-01').errors).toEqual({ description: `max ${publicLimits.descriptionMax}` });
    expect(readPublicTipDraft({ ...filled, description: `  ${'a'.repeat(publicLimits.descriptionMax)}  ` }, messages, '2026-04-01').errors).toEqual({});
  });
});

describe('attachments checked before sending', () => {
  const file = (name: string, size: number, type: string) => ({ name, size, type });
  it('takes images, PDF and audio within the limits', () => {
    expect(checkFiles([file('a.jpg', 1000, 'image/jpeg'), file('b.pdf', 5000, 'application/pdf'), file('c.m4a', 9000, 'audio/mp4')], fileMessages)).toBeUndefined();
    // Some phones give no type: the name decides.
    expect(checkFiles([file('IMG_0001.HEIC', 1000, '')], fileMessages)).toBeUndefined();
  });
  it('names the file that is refused', () => {
    expect(checkFiles([file('setup.exe', 1000, 'application/x-msdownload')], fileMessages)).toBe('type setup.exe');
    expect(checkFiles([file('big.jpg', publicLimits.maxFileBytes + 1, 'image/jpeg')], fileMessages)).toBe('large big.jpg');
    expect(checkFiles([file('empty.png', 0, 'image/png')], fileMessages)).toBe('empty empty.png');
    expect(checkFiles(Array.from({ length: 6 }, (_, index) => file(`${index}.jpg`, 10, 'image/jpeg')), fileMessages)).toBe('many 5');
    expect(checkFiles(Array.from({ length: 3 }, (_, index) => file(`${index}.jpg`, 9 * 1024 * 1024, 'image/jpeg')), fileMessages)).toBe('total');
  });
  it('shows sizes as people read them', () => {
    expect(formatBytes(500, 'vi')).toBe('500 B');
    expect(formatBytes(300 * 1024, 'en')).toBe('300 KB');
    expect(formatBytes(3.44 * 1024 * 1024, 'vi')).toBe('3,4 MB');
    expect(formatBytes(3.44 * 1024 * 1024, 'en')).toBe('3.4 MB');
  });
});

describe('receipt codes typed by a reporter', () => {
  it('forgives spaces, dashes, lower case and look-alike letters', () => {
    expect(typedReceiptCode(' 7k3m 9qrt-abcd efgh-jkmn ')).toBe('7K3M-9QRT-ABCD-EFGH-JKMN');
    expect(typedReceiptCode('7k3m9qrtabcdefghjkmn0')).toBeUndefined();
    expect(typedReceiptCode('7K3M-9QRT-ABCD-EFGH-JKMN')).toBe('7K3M-9QRT-ABCD-EFGH-JKMN');
    expect(typedReceiptCode('oooo-iiii-llll-0000-1111')).toBe('0000-1111-1111-0000-1111');
    expect(typedReceiptCode('too-short')).toBeUndefined();
    expect(typedReceiptCode('UUUU-9QRT-ABCD-EFGH-JKMN')).toBeUndefined();
  });
  it('groups a code by four for display', () => {
    expect(receiptGroups('7K3M9QRTABCDEFGHJKMN')).toEqual(['7K3M', '9QRT', 'ABCD', 'EFGH', 'JKMN']);
    expect(receiptGroups('7K3M-9QRT-ABCD-EFGH-JKMN')).toEqual(['7K3M', '9QRT', 'ABCD', 'EFGH', 'JKMN']);
  });
  it('matches the server\'s field names to the form\'s', () => {
    const fields = ['subjects', 'reporter', 'reporter.email'];
    expect(fieldOf('subjects.0', fields)).toBe('subjects');
    expect(fieldOf('reporter.email', fields)).toBe('reporter.email');
    expect(fieldOf('reporter.phone', fields)).toBe('reporter');
    expect(fieldOf('(body)', fields)).toBeUndefined();
  });
  it('makes a new random submission key for each form, one the server accepts, even without crypto.randomUUID', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    const secure = newSubmissionKey();
    expect(secure).toMatch(uuid);
    expect(newSubmissionKey()).not.toBe(secure);
    // A page on plain http has no crypto.randomUUID.
    const plain = { getRandomValues: (array: Uint8Array<ArrayBuffer>) => crypto.getRandomValues(array) };
    const keys = new Set(Array.from({ length: 50 }, () => newSubmissionKey(plain)));
    expect(keys.size).toBe(50);
    for (const key of keys) {
      expect(key).toMatch(uuid);
      expect(key).toMatch(submissionKeyPattern);
    }
    const zeros = newSubmissionKey({ getRandomValues: (array) => array });
    expect(zeros).toBe('00000000-0000-4000-8000-000000000000');
  });
  it('starts a new key only when the server says the earlier send cannot be answered again', () => {
    expect(submissionKeySpent('tip_submission_key_reused')).toBe(true);
    expect(submissionKeySpent('tip_already_submitted')).toBe(true);
    expect(submissionKeySpent('network')).toBe(false);
    expect(submissionKeySpent('rate_limited')).toBe(false);
    expect(submissionKeySpent('validation_failed')).toBe(false);
  });
});
