/**
 * Folds Vietnamese text to the form used for accent-insensitive search: lower case, no tone or
 * vowel marks, 'đ' as 'd', runs of white space and punctuation as one space.
 * "Xã Bình Lư" → "xa binh lu". Stored beside names and applied to queries the same way.
 */
export function toSearchText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Escapes LIKE wildcards so a user's '%' or '_' is searched for literally. */
export function escapeLikePattern(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
