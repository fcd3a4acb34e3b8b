import { toSearchText } from '../text/search-text.ts';

/** A text in both languages of the product, Vietnamese first. */
export interface Bilingual {
  vi: string;
  en: string;
}

/** One value of a code list: what is stored, and what the user reads and may type instead. */
export interface CodeOption {
  code: string;
  label: Bilingual;
}

export type ColumnType =
  | { kind: 'text'; maxLength: number }
  | { kind: 'date' }
  | { kind: 'integer'; min: number; max: number }
  | { kind: 'code'; options: readonly CodeOption[] }
  /** A current administrative unit in the user's scope, written "Name (code)", as a code, or as a name. */
  | { kind: 'unit'; levels: readonly ('province' | 'commune')[] };

/**
 * One column of an import file and of its template. `key` is the field of the kind's create input
 * that the column fills (or, for kinds whose input is nested, the name the kind's mapping reads).
 */
export interface ImportColumn {
  key: string;
  header: Bilingual;
  description: Bilingual;
  required: boolean;
  type: ColumnType;
  /** A value as a user would type it, for the instructions sheet. */
  example: string;
  /** Other headers the registers units keep today use for this column. */
  aliases?: readonly string[];
}

/** A header as compared: no accents, case, punctuation or the '*' that marks a required column. */
export const foldHeader = (text: string) => toSearchText(text);

/** The column a header names, if any: its Vietnamese or English header, an alias, or its key. */
export function findColumn(columns: readonly ImportColumn[], header: string): ImportColumn | undefined {
  const folded = foldHeader(header);
  if (!folded) return undefined;
  return columns.find((column) =>
    [column.header.vi, column.header.en, column.key, ...(column.aliases ?? [])].some((name) => foldHeader(name) === folded),
  );
}

const optionIndexes = new WeakMap<readonly CodeOption[], Map<string, CodeOption>>();

/** Every spelling of every option (code, labels in both languages), folded: built once per list. */
function optionIndex(options: readonly CodeOption[]): Map<string, CodeOption> {
  let index = optionIndexes.get(options);
  if (!index) {
    index = new Map();
    for (const option of options) {
      for (const name of [option.label.en, option.label.vi, option.code]) index.set(toSearchText(name), option);
    }
    optionIndexes.set(options, index);
  }
  return index;
}

/** Cells as typed, resolved: a file repeats the same few labels on every row. */
const typedOptions = new WeakMap<readonly CodeOption[], Map<string, CodeOption | undefined>>();

/** The option a cell names: its code, or its label in either language, accents and case aside. */
export function findCodeOption(options: readonly CodeOption[], text: string): CodeOption | undefined {
  let typed = typedOptions.get(options);
  if (!typed) typedOptions.set(options, (typed = new Map()));
  if (typed.has(text)) return typed.get(text);
  const folded = toSearchText(text);
  const option = folded ? optionIndex(options).get(folded) : undefined;
  // Bounded: a file of free text in a code column must not grow it without end.
  if (typed.size < 10_000) typed.set(text, option);
  return option;
}

/** The header a template shows: required columns end with ' (*)'. */
export const templateHeader = (column: ImportColumn) => (column.required ? `${column.header.vi} (*)` : column.header.vi);
