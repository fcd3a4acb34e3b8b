import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { healthResponse } from '../../core/api/common.ts';
import type { AppDependencies } from '../app.ts';

export const healthRoutes = (deps: AppDependencies): FastifyPluginAsyncZod => async (app) => {
  app.get('/api/health', {
    config: { public: true },
    schema: { tags: ['system'], response: { 200: healthResponse } },
  }, async () => {
    await sql`select 1`.execute(deps.database.db);
    return { status: 'ok' as const, database: deps.database.kind, demo: deps.demoMode };
  });
};
