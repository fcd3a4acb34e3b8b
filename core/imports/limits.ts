/** The limits of one import, the same for every kind of record; the template's instructions quote them. */
export const importLimits = {
  /** The largest file accepted: a registry of 200,000 rows fits in a tenth of it. */
  maxFileBytes: 100 * 1024 * 1024,
  /** Data rows per file (the header and empty rows do not count). */
  maxDataRows: 200_000,
  /** How many of the first rows the header may be looked for in (title rows above it are skipped). */
  headerSearchRows: 10,
  /** Valid rows shown in the preview, as they will be saved. */
  previewRows: 20,
  /** Bad rows returned with the preview; the rest are read a page at a time. */
  previewBadRows: 200,
  /** Hours a validated batch waits for its commit before it is dropped. */
  batchHours: 24,
  /** Rows per export file: Excel's own limit less the header. */
  maxExportRows: 1_048_575,
} as const;

export const formatMegabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
