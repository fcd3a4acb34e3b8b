import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * What the server derives from a public submission's `Idempotency-Key` (the random value the form
 * sends with every try of one filled-in form), and why.
 *
 * A reporter whose first answer was lost never saw the receipt code, so a repeat must give it
 * again; yet the database must not hold the code in any form its holder could use (only its hash
 * is kept, server/services/tips/receipt-codes.ts). So the code is kept for 24 hours *sealed* with
 * a key derived from the Idempotency-Key, which only the reporter's browser has: the database keeps
 * a one-way lookup hash of the Idempotency-Key, the sealed code and a keyed fingerprint of the
 * content, none of which opens the code or tells anything of the reporter without the
 * Idempotency-Key itself. There is no persistent server secret to mix in, so the protection rests
 * on the Idempotency-Key's randomness: the public page sends a UUID (122 random bits); a client
 * that sends a guessable key weakens only its own tip, and only for the 24 hours the seal is kept.
 * The receipt code itself stays the server's own 100 random bits, never derived from the key.
 *
 * Each value comes from the key through HKDF-SHA-256 with its own label, so none of them says
 * anything about another: the lookup hash cannot be turned into the sealing key.
 */

const salt = Buffer.from('pcmd/public-tip-submission/v1', 'utf8');
const derive = (key: string, label: string) => Buffer.from(hkdfSync('sha256', Buffer.from(key, 'utf8'), salt, label, 32));

export interface SubmissionSecrets {
  /** Stored, unique: finds the earlier submission of the same key. */
  lookupHash: Buffer;
  /** Never stored: seals and opens the receipt code. */
  sealingKey: Buffer;
  /** Never stored: keys the fingerprint of the content. */
  fingerprintKey: Buffer;
}

/** The header's value as sent, without the quotes a structured-field string may carry. */
export const unquoteSubmissionKey = (value: string) => (value.startsWith('"') ? value.slice(1, -1) : value);

export function submissionSecrets(key: string): SubmissionSecrets {
  return { lookupHash: derive(key, 'lookup'), sealingKey: derive(key, 'receipt-seal'), fingerprintKey: derive(key, 'fingerprint') };
}

/** The lookup hash alone, for the rate limiter's question "is this a repeat?". */
export const submissionLookupHash = (key: string) => derive(key, 'lookup');

/**
 * A fingerprint of what was sent: the validated form (so spaces trimmed away do not matter) and
 * each file's name and content, in order. Keyed, so that someone with the database cannot test a
 * guess of the content (a phone number, say) against it.
 */
export function submissionFingerprint(fingerprintKey: Buffer, form: unknown, files: readonly { fileName: string; content: Buffer }[]): Buffer {
  const hmac = createHmac('sha256', fingerprintKey).update(canonicalJson(form)).update('\0');
  for (const file of files) {
    hmac.update(canonicalJson([file.fileName, createHash('sha256').update(file.content).digest('hex')])).update('\0');
  }
  return hmac.digest();
}

export function sameFingerprint(stored: Buffer, given: Buffer): boolean {
  return stored.length === given.length && timingSafeEqual(stored, given);
}

/** JSON with object keys sorted, so the same form always gives the same text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([name, item]) => `${JSON.stringify(name)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * AES-256-GCM of the code, bound to its row by the lookup hash (a sealed code copied to another
 * row does not open). Stored as IV (12 bytes), tag (16), ciphertext.
 */
export function sealReceiptCode(secrets: SubmissionSecrets, code: string): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', secrets.sealingKey, iv).setAAD(secrets.lookupHash);
  const sealed = Buffer.concat([cipher.update(code, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]);
}

/** The code, or undefined when the seal does not open with this key. */
export function openReceiptCode(secrets: SubmissionSecrets, sealed: Buffer): string | undefined {
  if (sealed.length < 29) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', secrets.sealingKey, sealed.subarray(0, 12)).setAAD(secrets.lookupHash);
    decipher.setAuthTag(sealed.subarray(12, 28));
    return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}
