import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponse } from '../../core/api/common.ts';
import { referenceFigureParams, referenceFigureSet, referenceFiguresPut } from '../../core/api/reference-figures.ts';
import { getActor } from '../http/auth-hooks.ts';
import { getReferenceFigures, putReferenceFigures } from '../services/reference-figures/reference-figure-service.ts';
import type { AppDependencies } from '../app.ts';

const failures = { 400: errorResponse, 403: errorResponse, 404: errorResponse };

export const referenceFigureRoutes = (deps: AppDependencies): FastifyPluginAsyncZod => async (app) => {
  const context = (request: Parameters<typeof getActor>[0]) => ({ database: deps.database, actor: getActor(request) });

  app.get('/api/units/:code/reference-figures/:year', {
    config: { auditAction: 'reference_figure.read' },
    schema: { tags: ['reference-figures'], params: referenceFigureParams, response: { 200: referenceFigureSet, ...failures } },
  }, async (request) => getReferenceFigures(context(request), request.params.code, request.params.year));

  app.put('/api/units/:code/reference-figures/:year', {
    config: { permission: 'reference_figure.write', auditAction: 'reference_figure.update' },
    schema: {
      tags: ['reference-figures'], params: referenceFigureParams, body: referenceFiguresPut,
      response: { 200: referenceFigureSet, ...failures },
    },
  }, async (request) => putReferenceFigures(context(request), request.params.code, request.params.year, request.body));
};
