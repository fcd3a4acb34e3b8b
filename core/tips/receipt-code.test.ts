import { describe, expect, it } from 'vitest';
import { formatReceiptCode, normaliseReceiptCode, receiptAlphabet, receiptCodeFromBytes, receiptCodeLength } from './receipt-code.ts';

const aCode = () => receiptCodeFromBytes(crypto.getRandomValues(new Uint8Array(13)));

describe('receipt codes', () => {
  it('are 20 characters of the Crockford alphabet, carrying 100 bits', () => {
    expect(receiptAlphabet).toHaveLength(32);
    expect(receiptCodeLength * Math.log2(receiptAlphabet.length)).toBeGreaterThanOrEqual(100);
    for (let index = 0; index < 100; index++) {
      expect(aCode()).toMatch(/^[0-9A-HJKMNP-TV-Z]{20}$/);
    }
  });

  it('come out all different over 1,000 draws', () => {
    const codes = new Set(Array.from({ length: 1000 }, aCode));
    expect(codes.size).toBe(1000);
  });

  it('use every bit of the first 100: codes of bytes differing in one early bit differ', () => {
    const zeros = new Uint8Array(13);
    expect(receiptCodeFromBytes(zeros)).toBe('0'.repeat(20));
    expect(receiptCodeFromBytes(new Uint8Array(13).fill(255))).toBe('Z'.repeat(20));
    const oneBit = new Uint8Array(13);
    oneBit[12] = 0b0001_0000; // bit 100 of 104: the last one a code uses
    expect(receiptCodeFromBytes(oneBit)).toBe(`${'0'.repeat(19)}1`);
  });

  it('refuse fewer than 100 random bits', () => {
    expect(() => receiptCodeFromBytes(new Uint8Array(12))).toThrow(RangeError);
  });

  it('are shown in five groups of four', () => {
    expect(formatReceiptCode('ABCDEFGHJKMNPQRSTVWX')).toBe('ABCD-EFGH-JKMN-PQRS-TVWX');
    expect(formatReceiptCode('')).toBe('');
  });
});

describe('normaliseReceiptCode', () => {
  const code = 'ABCD1FGH0KMNPQRSTVWX';

  it('reads back a formatted code, lower case, spaces and dashes', () => {
    expect(normaliseReceiptCode(formatReceiptCode(code))).toBe(code);
    expect(normaliseReceiptCode(' abcd-1fgh 0kmn-pqrs-tvwx ')).toBe(code);
  });

  it('takes I and L for 1 and O for 0, as a code read aloud or copied by hand', () => {
    expect(normaliseReceiptCode('ABCDIFGHOKMNPQRSTVWX')).toBe(code);
    expect(normaliseReceiptCode('abcdlfghokmnpqrstvwx')).toBe(code);
  });

  it('refuses wrong lengths', () => {
    expect(normaliseReceiptCode('')).toBeUndefined();
    expect(normaliseReceiptCode(code.slice(0, 19))).toBeUndefined();
    expect(normaliseReceiptCode(`${code}0`)).toBeUndefined();
  });

  it('refuses characters outside the alphabet', () => {
    expect(normaliseReceiptCode(`${code.slice(0, 19)}U`)).toBeUndefined();
    expect(normaliseReceiptCode(`${code.slice(0, 19)}_`)).toBeUndefined();
    expect(normaliseReceiptCode(`${code.slice(0, 19)}Đ`)).toBeUndefined();
    expect(normaliseReceiptCode(`${code.slice(0, 19)}é`)).toBeUndefined();
  });
});
