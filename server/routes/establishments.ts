import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from '../../core/api/common.ts';
import {
  establishment, establishmentCreate, establishmentDelete, establishmentListQuery, establishmentPage, establishmentParams,
  establishmentUpdate,
} from '../../core/api/establishments.ts';
import { getActor } from '../http/auth-hooks.ts';
import {
  changeEstablishment, createEstablishment, deleteEstablishment, getEstablishment, searchEstablishments,
} from '../services/establishments/establishment-service.ts';
import type { AppDependencies } from '../app.ts';

const failures = { 400: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

export const establishmentRoutes = (deps: AppDependencies): FastifyPluginAsyncZod => async (app) => {
  const context = (request: Parameters<typeof getActor>[0]) => ({ database: deps.database, actor: getActor(request) });

  app.get('/api/establishments', {
    config: { permission: 'enforcement.read', auditAction: 'establishment.read' },
    schema: {
      tags: ['establishments'],
      description: 'The at-risk establishments registry within the caller\'s scope, a page at a time; `q` ignores accents and case.',
      querystring: establishmentListQuery, response: { 200: establishmentPage, ...failures },
    },
  }, async (request) => searchEstablishments(context(request), request.query));

  app.get('/api/establishments/:id', {
    config: { permission: 'enforcement.read', auditAction: 'establishment.read' },
    schema: { tags: ['establishments'], params: establishmentParams, response: { 200: establishment, ...failures } },
  }, async (request) => getEstablishment(context(request), request.params.id));

  app.post('/api/establishments', {
    config: { permission: 'enforcement.write', auditAction: 'establishment.create' },
    schema: { tags: ['establishments'], body: establishmentCreate, response: { 201: establishment, ...failures } },
  }, async (request, reply) => reply.status(201).send(await createEstablishment(context(request), request.body)));

  app.patch('/api/establishments/:id', {
    config: { permission: 'enforcement.write', auditAction: 'establishment.update' },
    schema: { tags: ['establishments'], params: establishmentParams, body: establishmentUpdate, response: { 200: establishment, ...failures } },
  }, async (request) => changeEstablishment(context(request), request.params.id, request.body));

  app.delete('/api/establishments/:id', {
    config: { permission: 'enforcement.write', auditAction: 'establishment.delete' },
    schema: {
      tags: ['establishments'],
      description: 'Soft deletion with a reason: the record leaves the registry, the audit log keeps its content.',
      params: establishmentParams, body: establishmentDelete,
      response: { 204: z.null().meta({ description: 'Deleted' }), ...failures },
    },
  }, async (request, reply) => {
    await deleteEstablishment(context(request), request.params.id, request.body.reason);
    return reply.status(204).send(null);
  });
};
