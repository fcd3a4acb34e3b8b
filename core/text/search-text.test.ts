import { describe, expect, it } from 'vitest';
import { escapeLikePattern, toSearchText } from './search-text.ts';

describe('toSearchText', () => {
  it('drops tone and vowel marks and folds đ', () => {
    expect(toSearchText('Xã Bình Lư')).toBe('xa binh lu');
    expect(toSearchText('Thành phố Hà Nội')).toBe('thanh pho ha noi');
    expect(toSearchText('Đặc khu Côn Đảo')).toBe('dac khu con dao');
  });

  it('treats composed (NFC) and decomposed (NFD) input alike', () => {
    const composed = 'Nghệ An'.normalize('NFC');
    const decomposed = 'Nghệ An'.normalize('NFD');
    expect(composed).not.toBe(decomposed);
    expect(toSearchText(decomposed)).toBe(toSearchText(composed));
  });

  it('collapses punctuation and white space', () => {
    expect(toSearchText('  Phường 12,   Quận Gò Vấp ')).toBe('phuong 12 quan go vap');
    expect(toSearchText("'; drop table users; --")).toBe('drop table users');
  });
});

describe('escapeLikePattern', () => {
  it('makes LIKE wildcards literal', () => {
    expect(escapeLikePattern('50%_a\\b')).toBe('50\\%\\_a\\\\b');
  });
});
