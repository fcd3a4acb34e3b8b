import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  openReceiptCode, sameFingerprint, sealReceiptCode, submissionFingerprint, submissionLookupHash, submissionSecrets, unquoteSubmissionKey,
} from './submission-keys.ts';

const code = '7K3M9QRTABCDEFGHJKMN';
const form = { unitId: '16681', subjects: ['brokering'], description: 'Nhà nghỉ X', reporter: null };
const png = { fileName: 'anh.png', content: Buffer.from([0x89, 0x50, 0x4e, 0x47]) };

describe('submission keys', () => {
  it('opens a sealed receipt code with the same key only, bound to its lookup hash', () => {
    const key = randomUUID();
    const secrets = submissionSecrets(key);
    const sealed = sealReceiptCode(secrets, code);
    expect(sealed.includes(Buffer.from(code))).toBe(false);
    expect(openReceiptCode(submissionSecrets(key), sealed)).toBe(code);
    expect(openReceiptCode(submissionSecrets(randomUUID()), sealed)).toBeUndefined();
    // A seal moved to another row (another lookup hash) does not open, nor a damaged one.
    expect(openReceiptCode({ ...secrets, lookupHash: submissionLookupHash(randomUUID()) }, sealed)).toBeUndefined();
    const damaged = Buffer.from(sealed);
    damaged[damaged.length - 1]! ^= 1;
    expect(openReceiptCode(secrets, damaged)).toBeUndefined();
    expect(openReceiptCode(secrets, Buffer.alloc(10))).toBeUndefined();
    // Sealing twice gives two different seals (a fresh IV each time).
    expect(sealReceiptCode(secrets, code).equals(sealed)).toBe(false);
  });

  it('derives independent values: the stored lookup hash is neither the sealing nor the fingerprint key', () => {
    const secrets = submissionSecrets(randomUUID());
    expect(secrets.lookupHash).toHaveLength(32);
    expect(secrets.lookupHash.equals(secrets.sealingKey)).toBe(false);
    expect(secrets.lookupHash.equals(secrets.fingerprintKey)).toBe(false);
    expect(secrets.sealingKey.equals(secrets.fingerprintKey)).toBe(false);
  });

  it('fingerprints the form whatever its keys\' order, and tells other content, other files and other keys apart', () => {
    const { fingerprintKey } = submissionSecrets(randomUUID());
    const fingerprint = submissionFingerprint(fingerprintKey, form, [png]);
    const reordered = { reporter: null, description: 'Nhà nghỉ X', subjects: ['brokering'], unitId: '16681' };
    expect(sameFingerprint(fingerprint, submissionFingerprint(fingerprintKey, reordered, [png]))).toBe(true);
    expect(sameFingerprint(fingerprint, submissionFingerprint(fingerprintKey, { ...form, description: 'Nhà nghỉ Y' }, [png]))).toBe(false);
    expect(sameFingerprint(fingerprint, submissionFingerprint(fingerprintKey, form, []))).toBe(false);
    expect(sameFingerprint(fingerprint, submissionFingerprint(fingerprintKey, form, [{ ...png, fileName: 'khac.png' }]))).toBe(false);
    expect(sameFingerprint(fingerprint, submissionFingerprint(fingerprintKey, form, [{ ...png, content: Buffer.from([1]) }]))).toBe(false);
    // The same content under another key: another fingerprint, so the database cannot compare tips by it.
    expect(sameFingerprint(fingerprint, submissionFingerprint(submissionSecrets(randomUUID()).fingerprintKey, form, [png]))).toBe(false);
  });

  it('reads a structured-field string as the key inside its quotes', () => {
    const key = randomUUID();
    expect(unquoteSubmissionKey(`"${key}"`)).toBe(key);
    expect(unquoteSubmissionKey(key)).toBe(key);
  });
});
