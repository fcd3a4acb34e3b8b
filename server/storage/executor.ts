import type { Kysely } from 'kysely';
import type { DatabaseSchema } from './schema.ts';

/** A connection or a transaction: storage functions take either, so services decide the transaction. */
export type Executor = Kysely<DatabaseSchema>;
