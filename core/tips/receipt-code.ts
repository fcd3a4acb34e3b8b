/**
 * Receipt codes a reporter keeps to follow a tip: 20 characters of Crockford base 32 (100 bits),
 * shown as five groups of four. The alphabet has no I, L, O or U, so a code read aloud or copied
 * by hand survives; reading one back, those letters are taken for the digits they resemble.
 */
export const receiptAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const receiptCodeLength = 20;

/** A code from random bytes (at least 13; each character takes 5 bits). */
export function receiptCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length * 8 < receiptCodeLength * 5) throw new RangeError('receipt codes need at least 100 random bits');
  let bits = 0;
  let value = 0;
  let code = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && code.length < receiptCodeLength) {
      code += receiptAlphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return code;
}

/** `ABCD-EFGH-…` for display. */
export function formatReceiptCode(code: string): string {
  return (code.match(/.{1,4}/g) ?? []).join('-');
}

/**
 * The canonical code from what a reporter typed: case, spaces and dashes ignored, look-alike
 * letters read as digits. Undefined when it cannot be a code, so no lookup is even attempted.
 */
export function normaliseReceiptCode(input: string): string | undefined {
  const compact = input.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  if (compact.length !== receiptCodeLength) return undefined;
  for (const character of compact) if (!receiptAlphabet.includes(character)) return undefined;
  return compact;
}
