import { z } from 'zod';

export const importFormats = ['xlsx', 'csv'] as const;

/** One problem of one row: the row as the spreadsheet numbers it, the column as its header reads. */
export const importIssue = z
  .object({
    row: z.number().int(),
    column: z.string().nullable(),
    message: z.string(),
  })
  .meta({ id: 'ImportIssue' });
export type ImportIssue = z.infer<typeof importIssue>;

export const importBatchStatus = z.enum(['ready', 'committed']);

export const importPreview = z
  .object({
    batchId: z.uuid(),
    kind: z.string(),
    fileName: z.string(),
    format: z.enum(importFormats),
    /** The worksheet read (XLSX), null for CSV. */
    sheetName: z.string().nullable(),
    headerRow: z.number().int(),
    status: importBatchStatus,
    expiresAt: z.string(),
    totalRows: z.number().int(),
    validRows: z.number().int(),
    badRows: z.number().int(),
    /** The file's columns that are imported, with their headers as the file writes them. */
    columns: z.array(z.object({ key: z.string(), header: z.string() })),
    /** Headers of the file that name no column: not imported. */
    ignoredColumns: z.array(z.string()),
    /** Things the user should know that do not stop the import (macros ignored, formula results used). */
    warnings: z.array(z.string()),
    /** The first valid rows as they will be saved, each value as the screens show it. */
    sample: z.array(z.object({ row: z.number().int(), values: z.record(z.string(), z.string()) })),
    /** The problems of the first bad rows; the rest through GET /api/imports/{batchId}/issues. */
    issues: z.array(importIssue),
    /** How many bad rows `issues` covers. */
    badRowsShown: z.number().int(),
    /** After a commit: how many records it created. */
    importedRows: z.number().int().nullable(),
  })
  .meta({ id: 'ImportPreview' });
export type ImportPreview = z.infer<typeof importPreview>;

export const importBatchParams = z.strictObject({ batchId: z.uuid() });

export const importIssuesQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  /** Bad rows per page (each with all its problems). */
  pageSize: z.coerce.number().int().min(1).max(1000).default(200),
});
export type ImportIssuesQuery = z.infer<typeof importIssuesQuery>;

export const importIssuesPage = z
  .object({
    issues: z.array(importIssue),
    badRows: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: 'ImportIssuesPage' });
export type ImportIssuesPage = z.infer<typeof importIssuesPage>;

export const importCommitModes = ['all', 'valid_only'] as const;
export const importCommit = z.strictObject({
  /** 'all': every row or none (refused while any row is bad); 'valid_only': the valid rows, the bad ones left out. */
  mode: z.enum(importCommitModes),
});
export type ImportCommit = z.infer<typeof importCommit>;

export const importResult = z
  .object({
    batchId: z.uuid(),
    imported: z.number().int(),
    /** Rows left out: bad at preview, or found bad when checked again at commit. */
    skipped: z.number().int(),
    /** Problems found at commit that the preview did not have (a record added meanwhile, a changed scope). */
    newIssues: z.array(importIssue),
  })
  .meta({ id: 'ImportResult' });
export type ImportResult = z.infer<typeof importResult>;
