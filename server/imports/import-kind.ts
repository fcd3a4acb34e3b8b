import type { z } from 'zod';
import type { RecordType } from '../../core/api/record-history.ts';
import type { Permission } from '../../core/auth/roles.ts';
import type { FieldIssue } from '../../core/errors/app-error.ts';
import type { Bilingual, ImportColumn } from '../../core/imports/columns.ts';
import type { CellValues } from '../../core/imports/row-parsing.ts';
import type { ServiceContext } from '../services/context.ts';
import type { Executor } from '../storage/executor.ts';

/** A row's create input with the row it came from. */
export interface ImportRow<Input> {
  rowNumber: number;
  input: Input;
}

/** A record an import saved, as its `<type>.create` audit entry keeps it. */
export interface ImportedRecord {
  id: string;
  unitId: string;
  /** The record's content, as the create service's audit entry holds it (no id or bookkeeping). */
  after: Record<string, unknown>;
}

/** What two rows of one file must not share, and how to name it when they do. */
export interface UniqueKey {
  key: string;
  /** The column to report on. */
  field: string;
  describe: Bilingual;
}

/**
 * Everything the import and export framework needs to know about one kind of record: its
 * columns, how a row becomes the kind's create input, the kind's own rules, and its bulk write.
 * A new kind is one file implementing this, listed in ./import-kinds.ts.
 */
export interface ImportKindDefinition<Input = unknown, Filters = unknown> {
  /** The URL segment: /api/imports/{kind}, /api/exports/{kind}.xlsx. */
  kind: string;
  /** The record's audit target type; each saved record gets a `<recordType>.create` entry. */
  recordType: RecordType;
  writePermission: Permission;
  /** `null`: anyone whose scope holds the record's unit may read (and export) it. */
  readPermission: Permission | null;
  /** Worksheet title and file name stem of templates and exports. */
  title: Bilingual;
  fileStem: string;
  columns: readonly ImportColumn[];
  /** The kind's create schema: what the API accepts, and what a row must become. */
  schema: z.ZodType<Input>;
  /** A row's values (by column key, null when empty) as the object the schema parses. */
  toInput(values: CellValues): unknown;
  /** The unit the record will belong to; checked against the importer's scope again at commit. */
  unitOf(input: Input): string;
  /** The rules between fields the kind's create service applies ('vi | en' messages, fields are column keys). */
  check(input: Input, today: string): FieldIssue[];
  uniqueKeys(input: Input): UniqueKey[];
  /** Rows that collide with records already saved (the create service's duplicate rules), by row number. */
  findConflicts(db: Executor, context: ServiceContext, rows: readonly ImportRow<Input>[]): Promise<Map<number, FieldIssue[]>>;
  /** Saves valid rows in the caller's transaction. */
  insert(db: Executor, rows: readonly ImportRow<Input>[]): Promise<ImportedRecord[]>;
  export: ImportKindExport<Filters>;
}

/** A filtered list of the kind, written out with the import columns (plus any of its own). */
export interface ImportKindExport<Filters> {
  /** The list's filters, without paging. */
  query: z.ZodType<Filters>;
  /**
   * Checks the filters against the caller (scope, permission: errors come before any byte is
   * sent), counts the rows, and gives them a page at a time as values by column key: ISO dates,
   * codes, numbers, text; unit columns as "Name (code)".
   */
  open(context: ServiceContext, filters: Filters): Promise<{ total: number; pages(): AsyncIterable<CellValues[]> }>;
}
