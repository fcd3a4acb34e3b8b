/**
 * The two legacy encodings Vietnamese files still arrive in, to recognise them and refuse them
 * with advice rather than store mangled names:
 * - Windows-1258, what Excel on Vietnamese Windows writes for "CSV (Comma delimited)": tone marks
 *   as separate bytes after the letter;
 * - TCVN3 (TCVN 5712:1993, the "ABC" of the .VnTime fonts): text typed with those fonts holds its
 *   Vietnamese letters as Latin-1 look-alikes ("Nhµ nghØ" for "Nhà nghỉ"), in a CSV as raw bytes
 *   and in an XLSX or a UTF-8 CSV as those look-alike characters.
 * The upper halves (bytes 0x80–0xFF) follow the Unicode mappings iconv uses for both.
 */
export const windows1258High =
  '\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\ufffd\u2039\u0152\ufffd\ufffd\ufffd\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\ufffd\u203a\u0153\ufffd\ufffd\u0178' +
  '\u00a0\u00a1\u00a2\u00a3\u00a4\u00a5\u00a6\u00a7\u00a8\u00a9\u00aa\u00ab\u00ac\u00ad\u00ae\u00af\u00b0\u00b1\u00b2\u00b3\u00b4\u00b5\u00b6\u00b7\u00b8\u00b9\u00ba\u00bb\u00bc\u00bd\u00be\u00bf' +
  '\u00c0\u00c1\u00c2\u0102\u00c4\u00c5\u00c6\u00c7\u00c8\u00c9\u00ca\u00cb\u0300\u00cd\u00ce\u00cf\u0110\u00d1\u0309\u00d3\u00d4\u01a0\u00d6\u00d7\u00d8\u00d9\u00da\u00db\u00dc\u01af\u0303\u00df' +
  '\u00e0\u00e1\u00e2\u0103\u00e4\u00e5\u00e6\u00e7\u00e8\u00e9\u00ea\u00eb\u0301\u00ed\u00ee\u00ef\u0111\u00f1\u0323\u00f3\u00f4\u01a1\u00f6\u00f7\u00f8\u00f9\u00fa\u00fb\u00fc\u01b0\u20ab\u00ff';

export const tcvn3High =
  '\u00c0\u1ea2\u00c3\u00c1\u1ea0\u1eb6\u1eac\u00c8\u1eba\u1ebc\u00c9\u1eb8\u1ec6\u00cc\u1ec8\u0128\u00cd\u1eca\u00d2\u1ece\u00d5\u00d3\u1ecc\u1ed8\u1edc\u1ede\u1ee0\u1eda\u1ee2\u00d9\u1ee6\u0168' +
  '\u00a0\u0102\u00c2\u00ca\u00d4\u01a0\u01af\u0110\u0103\u00e2\u00ea\u00f4\u01a1\u01b0\u0111\u1eb0\u0300\u0309\u0303\u0301\u0323\u00e0\u1ea3\u00e3\u00e1\u1ea1\u1eb2\u1eb1\u1eb3\u1eb5\u1eaf\u1eb4' +
  '\u1eae\u1ea6\u1ea8\u1eaa\u1ea4\u1ec0\u1eb7\u1ea7\u1ea9\u1eab\u1ea5\u1ead\u00e8\u1ec2\u1ebb\u1ebd\u00e9\u1eb9\u1ec1\u1ec3\u1ec5\u1ebf\u1ec7\u00ec\u1ec9\u1ec4\u1ebe\u1ed2\u0129\u00ed\u1ecb\u00f2' +
  '\u1ed4\u1ecf\u00f5\u00f3\u1ecd\u1ed3\u1ed5\u1ed7\u1ed1\u1ed9\u1edd\u1edf\u1ee1\u1edb\u1ee3\u00f9\u1ed6\u1ee7\u0169\u00fa\u1ee5\u1eeb\u1eed\u1eef\u1ee9\u1ef1\u1ef3\u1ef7\u1ef9\u00fd\u1ef5\u1ed0';

export type LegacyEncoding = 'windows-1258' | 'tcvn3';

const highTables: Record<LegacyEncoding, string> = { 'windows-1258': windows1258High, tcvn3: tcvn3High };

const vietnameseLetters = new Set(
  'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ'.split('').flatMap((letter) => [letter, letter.toUpperCase()]),
);
const toneMarks = /[\u0300\u0301\u0303\u0309\u0323]/;
const tonedVowel = /[àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

/** Bytes read through one single-byte table (ASCII stays ASCII), then composed as Unicode does. */
export function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding): string {
  const table = highTables[encoding];
  let text = '';
  for (const byte of bytes) text += byte < 0x80 ? String.fromCharCode(byte) : table[byte - 0x80];
  return text.normalize('NFC');
}

/**
 * How Vietnamese a decoding reads: letters with Vietnamese marks count for it; symbols, marks left
 * without a letter, and words with two tones count against it.
 */
function vietnameseScore(text: string): number {
  let score = 0;
  for (const word of text.split(/[^\p{L}\p{M}]+/u)) {
    let tones = 0;
    for (const character of word) {
      if (vietnameseLetters.has(character)) score += 1;
      else if (character.charCodeAt(0) >= 0x80) score -= 2;
      if (tonedVowel.test(character)) tones += 1;
    }
    if (tones > 1) score -= 2;
  }
  for (const character of text) {
    const code = character.charCodeAt(0);
    // Anything above ASCII that is neither a letter nor a mark: a symbol no Vietnamese name holds.
    if (code >= 0x80 && !/[\p{L}\p{M}]/u.test(character)) score -= 2;
    if (toneMarks.test(character)) score -= 2;
  }
  return score;
}

/**
 * Which legacy encoding text that is not UTF-8 was most likely written in, judged on a sample of
 * its bytes; undefined when neither reads as Vietnamese (another encoding, or not text at all).
 */
export function detectLegacyEncoding(bytes: Uint8Array): LegacyEncoding | undefined {
  const scores = (Object.keys(highTables) as LegacyEncoding[])
    .map((encoding) => ({ encoding, score: vietnameseScore(decodeLegacy(bytes, encoding)) }))
    .sort((a, b) => b.score - a.score);
  const best = scores[0]!;
  return best.score > 0 ? best.encoding : undefined;
}

/** TCVN3 look-alikes: Latin-1 characters (not themselves Vietnamese) that TCVN3 uses for a Vietnamese letter. */
const tcvn3LookAlikes = new Set(
  Array.from({ length: 0x5f }, (_, index) => 0xa1 + index)
    .filter((code) => vietnameseLetters.has(tcvn3High[code - 0x80]!) && !vietnameseLetters.has(String.fromCharCode(code)))
    .map((code) => String.fromCharCode(code)),
);

/**
 * Whether text typed with a TCVN3 (.VnTime) font came through as its Latin-1 look-alikes: such a
 * character inside a word, and no Vietnamese letter beyond Latin-1 (real Unicode Vietnamese
 * nearly always has an ư, ơ, đ or ạ).
 */
export function looksLikeTcvn3Text(text: string): boolean {
  if (!/[\u00a1-\u00ff]/.test(text) || /[\u0100-\u024f\u1e00-\u1eff]/.test(text)) return false;
  const characters = [...text];
  return characters.some((character, index) =>
    tcvn3LookAlikes.has(character)
    && (/\p{L}/u.test(characters[index - 1] ?? '') || /\p{L}/u.test(characters[index + 1] ?? '')),
  );
}

/**
 * Vietnamese text written in a legacy encoding, as the files this module refuses hold it: for
 * Windows-1258 with the tone as a separate mark (as Excel writes it), for TCVN3 as the ABC fonts
 * do, capitals the table lacks written with the small letter (those fonts draw capitals from a
 * separate font). Used to make test fixtures; characters outside the encoding become '?'.
 */
export function encodeLegacy(text: string, encoding: LegacyEncoding): Uint8Array {
  const table = highTables[encoding];
  const byteOf = (character: string): number | undefined => {
    if (character.charCodeAt(0) < 0x80) return character.charCodeAt(0);
    const index = table.indexOf(character);
    return index >= 0 ? index + 0x80 : undefined;
  };
  const bytes: number[] = [];
  for (const character of text.normalize('NFC')) {
    const direct = byteOf(character) ?? (encoding === 'tcvn3' ? byteOf(character.toLowerCase()) : undefined);
    if (direct !== undefined && (encoding === 'tcvn3' || !toneMarks.test(character.normalize('NFD')))) {
      bytes.push(direct);
      continue;
    }
    const decomposed = character.normalize('NFD');
    const tone = [...decomposed].find((mark) => toneMarks.test(mark));
    const base = [...decomposed].filter((mark) => !toneMarks.test(mark)).join('').normalize('NFC');
    const baseByte = byteOf(base);
    const toneByte = tone ? byteOf(tone) : undefined;
    if (baseByte === undefined || (tone && toneByte === undefined)) {
      bytes.push(0x3f);
      continue;
    }
    bytes.push(baseByte);
    if (toneByte !== undefined) bytes.push(toneByte);
  }
  return Uint8Array.from(bytes);
}
