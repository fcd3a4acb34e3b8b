import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from '../../core/api/common.ts';
import {
  supportStatistics, supportStatisticsCreate, supportStatisticsDelete, supportStatisticsListQuery, supportStatisticsPage,
  supportStatisticsParams, supportStatisticsUpdate,
} from '../../core/api/support-statistics.ts';
import { getActor } from '../http/auth-hooks.ts';
import {
  changeSupportStatistics, createSupportStatistics, deleteSupportStatistics, getSupportStatistics, searchSupportStatistics,
} from '../services/support/support-statistics-service.ts';
import type { AppDependencies } from '../app.ts';

const failures = { 400: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };
const tags = ['support-statistics'];

export const supportStatisticsRoutes = (deps: AppDependencies): FastifyPluginAsyncZod => async (app) => {
  const context = (request: Parameters<typeof getActor>[0]) => ({ database: deps.database, actor: getActor(request) });

  app.get('/api/support-statistics', {
    config: { permission: 'support.read', auditAction: 'support_statistics.read' },
    schema: {
      tags,
      description: 'Monthly support and harm-reduction figures (counts only, no personal data) within the caller\'s scope, newest month first.',
      querystring: supportStatisticsListQuery, response: { 200: supportStatisticsPage, ...failures },
    },
  }, async (request) => searchSupportStatistics(context(request), request.query));

  app.get('/api/support-statistics/:id', {
    config: { permission: 'support.read', auditAction: 'support_statistics.read' },
    schema: { tags, params: supportStatisticsParams, response: { 200: supportStatistics, ...failures } },
  }, async (request) => getSupportStatistics(context(request), request.params.id));

  app.post('/api/support-statistics', {
    config: { permission: 'support.write', auditAction: 'support_statistics.create' },
    schema: {
      tags,
      description: 'A unit\'s figures for one month; a second record of the same unit and month is refused (409).',
      body: supportStatisticsCreate, response: { 201: supportStatistics, ...failures },
    },
  }, async (request, reply) => reply.status(201).send(await createSupportStatistics(context(request), request.body)));

  app.patch('/api/support-statistics/:id', {
    config: { permission: 'support.write', auditAction: 'support_statistics.update' },
    schema: { tags, params: supportStatisticsParams, body: supportStatisticsUpdate, response: { 200: supportStatistics, ...failures } },
  }, async (request) => changeSupportStatistics(context(request), request.params.id, request.body));

  app.delete('/api/support-statistics/:id', {
    config: { permission: 'support.write', auditAction: 'support_statistics.delete' },
    schema: {
      tags,
      description: 'Soft deletion with a reason: the month leaves lists and indicators, the audit log keeps its content.',
      params: supportStatisticsParams, body: supportStatisticsDelete,
      response: { 204: z.null().meta({ description: 'Deleted' }), ...failures },
    },
  }, async (request, reply) => {
    await deleteSupportStatistics(context(request), request.params.id, request.body.reason);
    return reply.status(204).send(null);
  });
};
