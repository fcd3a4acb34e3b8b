import { z } from 'zod';

/** Text from a user: NFC-normalised and trimmed, so the same words always compare equal. */
export const userText = (max: number) =>
  z
    .string()
    .transform((value) => value.normalize('NFC').trim())
    .pipe(z.string().min(1).max(max));

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const errorResponse = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.array(z.object({ field: z.string(), message: z.string() })),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorResponse = z.infer<typeof errorResponse>;

export const healthResponse = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  demo: z.boolean(),
});
export type HealthResponse = z.infer<typeof healthResponse>;
