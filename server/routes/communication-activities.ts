import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from '../../core/api/common.ts';
import {
  communicationActivity, communicationActivityCreate, communicationActivityDelete, communicationActivityListQuery,
  communicationActivityPage, communicationActivityParams, communicationActivityUpdate,
} from '../../core/api/communication-activities.ts';
import { getActor } from '../http/auth-hooks.ts';
import {
  changeCommunicationActivity, createCommunicationActivity, deleteCommunicationActivity, getCommunicationActivity,
  searchCommunicationActivities,
} from '../services/communication/communication-activity-service.ts';
import type { AppDependencies } from '../app.ts';

const failures = { 400: errorResponse, 403: errorResponse, 404: errorResponse };

/** Reading needs only the scope (communication is public work); writing needs activity.write. */
export const communicationActivityRoutes = (deps: AppDependencies): FastifyPluginAsyncZod => async (app) => {
  const context = (request: Parameters<typeof getActor>[0]) => ({ database: deps.database, actor: getActor(request) });

  app.get('/api/communication-activities', {
    config: { auditAction: 'communication_activity.read' },
    schema: {
      tags: ['communication'],
      description: 'Communication activities within the caller\'s scope, newest first, a page at a time, with the people reached by audience.',
      querystring: communicationActivityListQuery, response: { 200: communicationActivityPage, ...failures },
    },
  }, async (request) => searchCommunicationActivities(context(request), request.query));

  app.get('/api/communication-activities/:id', {
    config: { auditAction: 'communication_activity.read' },
    schema: { tags: ['communication'], params: communicationActivityParams, response: { 200: communicationActivity, ...failures } },
  }, async (request) => getCommunicationActivity(context(request), request.params.id));

  app.post('/api/communication-activities', {
    config: { permission: 'activity.write', auditAction: 'communication_activity.create' },
    schema: {
      tags: ['communication'],
      description: 'Records an activity of a current province or commune, led by one of its agencies. People reached in one '
        + 'activity cannot exceed the figure the unit declared for that audience and year.',
      body: communicationActivityCreate, response: { 201: communicationActivity, ...failures },
    },
  }, async (request, reply) => reply.status(201).send(await createCommunicationActivity(context(request), request.body)));

  app.patch('/api/communication-activities/:id', {
    config: { permission: 'activity.write', auditAction: 'communication_activity.update' },
    schema: {
      tags: ['communication'],
      description: 'Changes any field; `reach`, when given, replaces the whole list.',
      params: communicationActivityParams, body: communicationActivityUpdate, response: { 200: communicationActivity, ...failures },
    },
  }, async (request) => changeCommunicationActivity(context(request), request.params.id, request.body));

  app.delete('/api/communication-activities/:id', {
    config: { permission: 'activity.write', auditAction: 'communication_activity.delete' },
    schema: {
      tags: ['communication'],
      description: 'Soft deletion with a reason: the activity leaves lists and indicators, the audit log keeps its content.',
      params: communicationActivityParams, body: communicationActivityDelete,
      response: { 204: z.null().meta({ description: 'Deleted' }), ...failures },
    },
  }, async (request, reply) => {
    await deleteCommunicationActivity(context(request), request.params.id, request.body.reason);
    return reply.status(204).send(null);
  });
};
