import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from '../../core/api/common.ts';
import {
  programmeIntegration, programmeIntegrationCreate, programmeIntegrationDelete, programmeIntegrationListQuery,
  programmeIntegrationPage, programmeIntegrationParams, programmeIntegrationUpdate,
} from '../../core/api/programme-integrations.ts';
import { getActor } from '../http/auth-hooks.ts';
import {
  changeProgrammeIntegration, createProgrammeIntegration, deleteProgrammeIntegration, getProgrammeIntegration,
  searchProgrammeIntegrations,
} from '../services/programme-integrations/programme-integration-service.ts';
import type { AppDependencies } from '../app.ts';

const failures = { 400: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

/** Reading needs only the scope (plans and their integration are public work); writing needs activity.write. */
export const programmeIntegrationRoutes = (deps: AppDependencies): FastifyPluginAsyncZod => async (app) => {
  const context = (request: Parameters<typeof getActor>[0]) => ({ database: deps.database, actor: getActor(request) });

  app.get('/api/programme-integrations', {
    config: { auditAction: 'programme_integration.read' },
    schema: {
      tags: ['programme-integrations'],
      description: 'Integrations of prostitution prevention into other programmes within the caller\'s scope, newest year first, '
        + 'a page at a time; `q` ignores accents and case.',
      querystring: programmeIntegrationListQuery, response: { 200: programmeIntegrationPage, ...failures },
    },
  }, async (request) => searchProgrammeIntegrations(context(request), request.query));

  app.get('/api/programme-integrations/:id', {
    config: { auditAction: 'programme_integration.read' },
    schema: { tags: ['programme-integrations'], params: programmeIntegrationParams, response: { 200: programmeIntegration, ...failures } },
  }, async (request) => getProgrammeIntegration(context(request), request.params.id));

  app.post('/api/programme-integrations', {
    config: { permission: 'activity.write', auditAction: 'programme_integration.create' },
    schema: {
      tags: ['programme-integrations'],
      description: 'Records that a current province or commune (one of its agencies, or its People\'s Committee when `agencyId` '
        + 'is null) integrates prostitution prevention into a programme for a year, up to next year. The same body, programme '
        + '(by name, ignoring accents and case) and year are recorded once: a second is refused with 409 naming the first.',
      body: programmeIntegrationCreate, response: { 201: programmeIntegration, ...failures },
    },
  }, async (request, reply) => reply.status(201).send(await createProgrammeIntegration(context(request), request.body)));

  app.patch('/api/programme-integrations/:id', {
    config: { permission: 'activity.write', auditAction: 'programme_integration.update' },
    schema: {
      tags: ['programme-integrations'], params: programmeIntegrationParams, body: programmeIntegrationUpdate,
      response: { 200: programmeIntegration, ...failures },
    },
  }, async (request) => changeProgrammeIntegration(context(request), request.params.id, request.body));

  app.delete('/api/programme-integrations/:id', {
    config: { permission: 'activity.write', auditAction: 'programme_integration.delete' },
    schema: {
      tags: ['programme-integrations'],
      description: 'Soft deletion with a reason: the integration leaves lists and indicators, the audit log keeps its content.',
      params: programmeIntegrationParams, body: programmeIntegrationDelete,
      response: { 204: z.null().meta({ description: 'Deleted' }), ...failures },
    },
  }, async (request, reply) => {
    await deleteProgrammeIntegration(context(request), request.params.id, request.body.reason);
    return reply.status(204).send(null);
  });
};
