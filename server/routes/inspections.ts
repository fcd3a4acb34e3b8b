import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from '../../core/api/common.ts';
import {
  inspection, inspectionCreate, inspectionDelete, inspectionListQuery, inspectionPage, inspectionParams, inspectionUpdate,
} from '../../core/api/inspections.ts';
import { getActor } from '../http/auth-hooks.ts';
import {
  changeInspection, createInspection, deleteInspection, getInspection, searchInspections,
} from '../services/inspections/inspection-service.ts';
import type { AppDependencies } from '../app.ts';

const failures = { 400: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

export const inspectionRoutes = (deps: AppDependencies): FastifyPluginAsyncZod => async (app) => {
  const context = (request: Parameters<typeof getActor>[0]) => ({ database: deps.database, actor: getActor(request) });

  app.get('/api/inspections', {
    config: { permission: 'enforcement.read', auditAction: 'inspection.read' },
    schema: {
      tags: ['inspections'],
      description: 'Inspections of establishments within the caller\'s scope, newest first, a page at a time, with their visits.',
      querystring: inspectionListQuery, response: { 200: inspectionPage, ...failures },
    },
  }, async (request) => searchInspections(context(request), request.query));

  app.get('/api/inspections/:id', {
    config: { permission: 'enforcement.read', auditAction: 'inspection.read' },
    schema: { tags: ['inspections'], params: inspectionParams, response: { 200: inspection, ...failures } },
  }, async (request) => getInspection(context(request), request.params.id));

  app.post('/api/inspections', {
    config: { permission: 'enforcement.write', auditAction: 'inspection.create' },
    schema: { tags: ['inspections'], body: inspectionCreate, response: { 201: inspection, ...failures } },
  }, async (request, reply) => reply.status(201).send(await createInspection(context(request), request.body)));

  app.patch('/api/inspections/:id', {
    config: { permission: 'enforcement.write', auditAction: 'inspection.update' },
    schema: {
      tags: ['inspections'],
      description: 'Changes any field but the unit; `visits`, when given, replaces the whole list.',
      params: inspectionParams, body: inspectionUpdate, response: { 200: inspection, ...failures },
    },
  }, async (request) => changeInspection(context(request), request.params.id, request.body));

  app.delete('/api/inspections/:id', {
    config: { permission: 'enforcement.write', auditAction: 'inspection.delete' },
    schema: {
      tags: ['inspections'],
      description: 'Soft deletion with a reason: the inspection leaves lists and indicators, the audit log keeps its content.',
      params: inspectionParams, body: inspectionDelete,
      response: { 204: z.null().meta({ description: 'Deleted' }), ...failures },
    },
  }, async (request, reply) => {
    await deleteInspection(context(request), request.params.id, request.body.reason);
    return reply.status(204).send(null);
  });
};
