import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { normaliseReceiptCode, receiptCodeFromBytes } from '../../../core/tips/receipt-code.ts';

/** A new receipt code (100 random bits) and the hash that is all the database keeps of it. */
export function newReceiptCode(): { code: string; hash: Buffer } {
  const code = receiptCodeFromBytes(randomBytes(13));
  return { code, hash: hashReceiptCode(code) };
}

/**
 * SHA-256 of the canonical code. The code carries 100 random bits, so a plain hash cannot be
 * reversed by trying codes; no salt is needed, and the hash can be looked up by an index.
 */
export function hashReceiptCode(canonical: string): Buffer {
  return createHash('sha256').update(canonical, 'utf8').digest();
}

/** The hash of what a reporter typed, or undefined when it cannot be a code. */
export function hashTypedReceiptCode(typed: string): Buffer | undefined {
  const canonical = normaliseReceiptCode(typed);
  return canonical === undefined ? undefined : hashReceiptCode(canonical);
}

/** Compares in constant time, so the time taken says nothing about how much of a code matched. */
export function sameReceiptHash(stored: Buffer, given: Buffer): boolean {
  return stored.length === given.length && timingSafeEqual(stored, given);
}
