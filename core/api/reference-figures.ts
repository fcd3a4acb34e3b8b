import { z } from 'zod';
import { referenceFigureKinds } from '../indicators/indicator.ts';
import { unitCode } from './units.ts';

export const referenceFigureKind = z.enum(referenceFigureKinds);

/** The year a figure is declared for; the engine reads the year a period's end falls in. */
export const referenceFigureYear = z.coerce.number().int().min(2000).max(2100);

export const referenceFigureParams = z.strictObject({ code: unitCode, year: referenceFigureYear });
export type ReferenceFigureParams = z.infer<typeof referenceFigureParams>;

/** The largest value the column holds (PostgreSQL integer). */
export const MAX_REFERENCE_FIGURE = 2_147_483_647;

/**
 * A change to a unit's figures for a year: only the kinds named change; null removes a figure
 * (the unit then falls back on its units' sum).
 */
export const referenceFiguresPut = z.strictObject({
  figures: z
    .partialRecord(referenceFigureKind, z.number().int().min(0).max(MAX_REFERENCE_FIGURE).nullable())
    .refine((figures) => Object.keys(figures).length > 0, 'Cần ít nhất một số liệu | Give at least one figure'),
});
export type ReferenceFiguresPut = z.infer<typeof referenceFiguresPut>;

/** Every kind with the unit's own declared value (null: not declared) and when it was last set. */
export const referenceFigureSet = z
  .object({
    unitId: z.string(),
    year: z.number().int(),
    figures: z.record(referenceFigureKind, z.number().int().nullable()),
    updatedAt: z.record(referenceFigureKind, z.string().nullable()),
  })
  .meta({ id: 'ReferenceFigureSet' });
export type ReferenceFigureSet = z.infer<typeof referenceFigureSet>;
