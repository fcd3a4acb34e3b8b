import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponse } from '../../core/api/common.ts';
import { adminUnitDetail, unitList, unitListQuery, unitParams } from '../../core/api/units.ts';
import { getActor } from '../http/auth-hooks.ts';
import { getUnitDetail, listChildUnits, listRootUnits, searchUnits } from '../services/units/unit-service.ts';
import type { AppDependencies } from '../app.ts';

export const unitRoutes = (deps: AppDependencies): FastifyPluginAsyncZod => async (app) => {
  const context = (request: Parameters<typeof getActor>[0]) => ({ database: deps.database, actor: getActor(request) });

  app.get('/api/units', {
    config: { auditAction: 'unit.read' },
    schema: {
      tags: ['units'],
      description: 'Units within the caller\'s scope; `q` searches names without accents ("binh lu" finds "Bình Lư").',
      querystring: unitListQuery,
      response: { 200: unitList, 400: errorResponse },
    },
  }, async (request) => searchUnits(context(request), request.query));

  app.get('/api/units/roots', {
    schema: { tags: ['units'], description: 'The top of the caller\'s tree.', response: { 200: unitList } },
  }, async (request) => listRootUnits(context(request)));

  app.get('/api/units/:code', {
    config: { auditAction: 'unit.read' },
    schema: { tags: ['units'], params: unitParams, response: { 200: adminUnitDetail, 403: errorResponse, 404: errorResponse } },
  }, async (request) => getUnitDetail(context(request), request.params.code));

  app.get('/api/units/:code/children', {
    config: { auditAction: 'unit.read' },
    schema: { tags: ['units'], params: unitParams, response: { 200: unitList, 403: errorResponse, 404: errorResponse } },
  }, async (request) => listChildUnits(context(request), request.params.code));
};
