import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from '../../core/api/common.ts';
import {
  crimeStatistics, crimeStatisticsCreate, crimeStatisticsDelete, crimeStatisticsListQuery, crimeStatisticsPage,
  crimeStatisticsParams, crimeStatisticsUpdate,
} from '../../core/api/crime-statistics.ts';
import { getActor } from '../http/auth-hooks.ts';
import {
  changeCrimeStatistics, createCrimeStatistics, deleteCrimeStatistics, getCrimeStatistics, searchCrimeStatistics,
} from '../services/crime-statistics/crime-statistics-service.ts';
import type { AppDependencies } from '../app.ts';

const failures = { 400: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };
const tags = ['crime-statistics'];

export const crimeStatisticsRoutes = (deps: AppDependencies): FastifyPluginAsyncZod => async (app) => {
  const context = (request: Parameters<typeof getActor>[0]) => ({ database: deps.database, actor: getActor(request) });

  app.get('/api/crime-statistics', {
    config: { permission: 'enforcement.read', auditAction: 'crime_statistics.read' },
    schema: {
      tags,
      description: 'Crime and sanction statistics (one line per unit, period and Criminal Code article or administrative sanctions) within the caller\'s scope, newest period first.',
      querystring: crimeStatisticsListQuery, response: { 200: crimeStatisticsPage, ...failures },
    },
  }, async (request) => searchCrimeStatistics(context(request), request.query));

  app.get('/api/crime-statistics/:id', {
    config: { permission: 'enforcement.read', auditAction: 'crime_statistics.read' },
    schema: { tags, params: crimeStatisticsParams, response: { 200: crimeStatistics, ...failures } },
  }, async (request) => getCrimeStatistics(context(request), request.params.id));

  app.post('/api/crime-statistics', {
    config: { permission: 'enforcement.write', auditAction: 'crime_statistics.create' },
    schema: {
      tags,
      description: 'One line of a unit\'s statistics for a period (code M2026-03, Q2026-1, H2026-1, Y2026, R… for reporting periods); a period overlapping a stored one of the same unit and line is refused (409).',
      body: crimeStatisticsCreate, response: { 201: crimeStatistics, ...failures },
    },
  }, async (request, reply) => reply.status(201).send(await createCrimeStatistics(context(request), request.body)));

  app.patch('/api/crime-statistics/:id', {
    config: { permission: 'enforcement.write', auditAction: 'crime_statistics.update' },
    schema: { tags, params: crimeStatisticsParams, body: crimeStatisticsUpdate, response: { 200: crimeStatistics, ...failures } },
  }, async (request) => changeCrimeStatistics(context(request), request.params.id, request.body));

  app.delete('/api/crime-statistics/:id', {
    config: { permission: 'enforcement.write', auditAction: 'crime_statistics.delete' },
    schema: {
      tags,
      description: 'Soft deletion with a reason: the line leaves lists and indicators, the audit log keeps its content.',
      params: crimeStatisticsParams, body: crimeStatisticsDelete,
      response: { 204: z.null().meta({ description: 'Deleted' }), ...failures },
    },
  }, async (request, reply) => {
    await deleteCrimeStatistics(context(request), request.params.id, request.body.reason);
    return reply.status(204).send(null);
  });
};
