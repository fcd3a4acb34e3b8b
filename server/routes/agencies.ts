import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { agency, agencyCreate, agencyList, agencyParams, agencyUpdate } from '../../core/api/agencies.ts';
import { errorResponse } from '../../core/api/common.ts';
import { unitParams } from '../../core/api/units.ts';
import { getActor } from '../http/auth-hooks.ts';
import { changeAgency, createAgency, listUnitAgencies } from '../services/agencies/agency-service.ts';
import type { AppDependencies } from '../app.ts';

export const agencyRoutes = (deps: AppDependencies): FastifyPluginAsyncZod => async (app) => {
  const context = (request: Parameters<typeof getActor>[0]) => ({ database: deps.database, actor: getActor(request) });

  app.get('/api/units/:code/agencies', {
    config: { auditAction: 'agency.read' },
    schema: { tags: ['agencies'], params: unitParams, response: { 200: agencyList, 403: errorResponse, 404: errorResponse } },
  }, async (request) => ({ agencies: await listUnitAgencies(context(request), request.params.code) }));

  app.post('/api/units/:code/agencies', {
    config: { permission: 'agency.write', auditAction: 'agency.create' },
    schema: {
      tags: ['agencies'], params: unitParams, body: agencyCreate,
      response: { 201: agency, 400: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse },
    },
  }, async (request, reply) => reply.status(201).send(await createAgency(context(request), request.params.code, request.body)));

  app.patch('/api/agencies/:id', {
    config: { permission: 'agency.write', auditAction: 'agency.update' },
    schema: {
      tags: ['agencies'], params: agencyParams, body: agencyUpdate,
      response: { 200: agency, 400: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse },
    },
  }, async (request) => changeAgency(context(request), request.params.id, request.body));
};
