import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from '../../core/api/common.ts';
import {
  harmReductionModel, harmReductionModelCreate, harmReductionModelDelete, harmReductionModelListQuery, harmReductionModelPage,
  harmReductionModelParams, harmReductionModelUpdate,
} from '../../core/api/harm-reduction-models.ts';
import { getActor } from '../http/auth-hooks.ts';
import {
  changeHarmReductionModel, createHarmReductionModel, deleteHarmReductionModel, getHarmReductionModel, searchHarmReductionModels,
} from '../services/harm-reduction-models/harm-reduction-model-service.ts';
import type { AppDependencies } from '../app.ts';

const failures = { 400: errorResponse, 403: errorResponse, 404: errorResponse };

/**
 * Reading needs only the scope: a model is a unit's programme, with no person's data. Writing
 * needs support.write, as the support services do.
 */
export const harmReductionModelRoutes = (deps: AppDependencies): FastifyPluginAsyncZod => async (app) => {
  const context = (request: Parameters<typeof getActor>[0]) => ({ database: deps.database, actor: getActor(request) });

  app.get('/api/harm-reduction-models', {
    config: { auditAction: 'harm_reduction_model.read' },
    schema: {
      tags: ['harm-reduction-models'],
      description: 'Pilot support and harm-reduction models within the caller\'s scope, running ones first, a page at a time; '
        + '`year` keeps the models running at some time in that year, `q` ignores accents and case.',
      querystring: harmReductionModelListQuery, response: { 200: harmReductionModelPage, ...failures },
    },
  }, async (request) => searchHarmReductionModels(context(request), request.query));

  app.get('/api/harm-reduction-models/:id', {
    config: { auditAction: 'harm_reduction_model.read' },
    schema: { tags: ['harm-reduction-models'], params: harmReductionModelParams, response: { 200: harmReductionModel, ...failures } },
  }, async (request) => getHarmReductionModel(context(request), request.params.id));

  app.post('/api/harm-reduction-models', {
    config: { permission: 'support.write', auditAction: 'harm_reduction_model.create' },
    schema: {
      tags: ['harm-reduction-models'],
      description: 'Records a model run by a current province or commune, managed by one of its agencies or (with `agencyId` '
        + 'null) by its People\'s Committee. Dates cannot be after today; the end cannot be before the start.',
      body: harmReductionModelCreate, response: { 201: harmReductionModel, ...failures },
    },
  }, async (request, reply) => reply.status(201).send(await createHarmReductionModel(context(request), request.body)));

  app.patch('/api/harm-reduction-models/:id', {
    config: { permission: 'support.write', auditAction: 'harm_reduction_model.update' },
    schema: {
      tags: ['harm-reduction-models'],
      description: 'Changes any field. Ending a model is setting `endedOn`; `endedOn: null` runs it again.',
      params: harmReductionModelParams, body: harmReductionModelUpdate, response: { 200: harmReductionModel, ...failures },
    },
  }, async (request) => changeHarmReductionModel(context(request), request.params.id, request.body));

  app.delete('/api/harm-reduction-models/:id', {
    config: { permission: 'support.write', auditAction: 'harm_reduction_model.delete' },
    schema: {
      tags: ['harm-reduction-models'],
      description: 'Soft deletion with a reason: the model leaves lists and indicators, the audit log keeps its content.',
      params: harmReductionModelParams, body: harmReductionModelDelete,
      response: { 204: z.null().meta({ description: 'Deleted' }), ...failures },
    },
  }, async (request, reply) => {
    await deleteHarmReductionModel(context(request), request.params.id, request.body.reason);
    return reply.status(204).send(null);
  });
};
