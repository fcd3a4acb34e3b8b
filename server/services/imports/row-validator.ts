import { createHash } from 'node:crypto';
import type { FieldIssue } from '../../../core/errors/app-error.ts';
import { toFieldIssues } from '../../../core/errors/validation-issues.ts';
import type { Bilingual } from '../../../core/imports/columns.ts';
import type { ColumnMapping } from '../../../core/imports/header-row.ts';
import { parseRowCells, type CellValues, type RowContext } from '../../../core/imports/row-parsing.ts';
import type { SourceRow } from '../../imports/sheet-source.ts';
import type { AnyImportKind } from '../../imports/import-kinds.ts';

/** A row's problem as the batch stores it: both languages, the response picks one. */
export interface StoredIssue {
  column: string | null;
  message: Bilingual;
}

export interface ValidatedRow {
  rowNumber: number;
  values: CellValues;
  /** The create input, when the row has no problem. */
  input: unknown;
  issues: StoredIssue[];
}

/** A 'vi | en' message as its two halves. */
export function bilingual(message: string): Bilingual {
  const [vi, en] = message.split(' | ');
  return { vi: vi ?? message, en: en ?? vi ?? message };
}

/**
 * Checks the rows of one file one after the other, as the kind's create would, plus what only a
 * file can get wrong: a row repeated, or a key two rows share.
 */
export class RowValidator {
  readonly #kind: AnyImportKind;
  readonly #mappings: readonly ColumnMapping[];
  readonly #context: RowContext;
  readonly #today: string;
  readonly #rows = new Map<string, number>();
  readonly #keys = new Map<string, number>();

  constructor(kind: AnyImportKind, mappings: readonly ColumnMapping[], context: RowContext, today: string) {
    this.#kind = kind;
    this.#mappings = mappings;
    this.#context = context;
    this.#today = today;
  }

  /** The header a field's problems are reported under: the file's own, else the template's. */
  headerOf(field: string): string | null {
    const mapping = this.#mappings.find((candidate) => candidate.column.key === field);
    if (mapping) return mapping.header;
    return this.#kind.columns.find((column) => column.key === field)?.header.vi ?? null;
  }

  fieldIssue(issue: FieldIssue): StoredIssue {
    const field = issue.field.split('.')[0] ?? issue.field;
    return { column: this.headerOf(field), message: bilingual(issue.message) };
  }

  validate(row: SourceRow): ValidatedRow {
    const { values, issues } = parseRowCells(row.cells, this.#mappings, this.#kind.columns, this.#context);
    const stored: StoredIssue[] = issues.map((issue) => ({ column: issue.column, message: issue.message }));
    const badColumns = new Set(stored.map((issue) => issue.column));
    // A cell already reported is not reported again by the rules it fails for being empty.
    const add = (issue: StoredIssue) => {
      if (!badColumns.has(issue.column) || issue.column === null) stored.push(issue);
    };
    const parsed = this.#kind.schema.safeParse(this.#kind.toInput(values));
    let input: unknown = null;
    if (!parsed.success) {
      const vi = toFieldIssues('vi', parsed.error.issues);
      const en = toFieldIssues('en', parsed.error.issues);
      vi.forEach((issue, index) => add(this.fieldIssue({ field: issue.field, message: `${issue.message} | ${en[index]?.message ?? issue.message}` })));
    } else {
      for (const issue of this.#kind.check(parsed.data, this.#today)) add(this.fieldIssue(issue));
      input = parsed.data;
    }
    if (stored.length > 0) return { rowNumber: row.rowNumber, values, input: null, issues: stored };

    const fingerprint = createHash('sha1').update(JSON.stringify(values)).digest('base64');
    const sameRow = this.#rows.get(fingerprint);
    if (sameRow !== undefined) {
      stored.push({ column: null, message: { vi: `Dòng này trùng hoàn toàn với dòng ${sameRow}`, en: `This row repeats row ${sameRow}` } });
    } else {
      this.#rows.set(fingerprint, row.rowNumber);
      for (const key of this.#kind.uniqueKeys(input)) {
        const first = this.#keys.get(key.key);
        if (first === undefined) {
          this.#keys.set(key.key, row.rowNumber);
          continue;
        }
        stored.push({
          column: this.headerOf(key.field),
          message: { vi: `Trùng ${key.describe.vi} với dòng ${first}`, en: `Same ${key.describe.en} as row ${first}` },
        });
        break;
      }
    }
    return stored.length > 0
      ? { rowNumber: row.rowNumber, values, input: null, issues: stored }
      : { rowNumber: row.rowNumber, values, input, issues: [] };
  }
}
