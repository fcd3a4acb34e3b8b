/**
 * Only the fields that changed between what the form was opened with and what it holds now, so
 * that a save sends (and the record's history shows) just what the user changed.
 */
export function onlyChanged<T extends object>(before: T, after: T): Partial<T> {
  const update: Partial<T> = {};
  for (const key of Object.keys(after) as Array<keyof T>) {
    if (after[key] !== before[key]) update[key] = after[key];
  }
  return update;
}

/** Field errors keyed as the server names the fields ('year', 'documentDate'), so both show in the same place. */
export type FieldErrors = Record<string, string>;

export const textOrNull = (text: string) => (text.trim() === '' ? null : text.trim());
