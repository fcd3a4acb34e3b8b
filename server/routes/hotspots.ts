import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from '../../core/api/common.ts';
import {
  hotspot, hotspotCreate, hotspotDelete, hotspotListQuery, hotspotPage, hotspotParams, hotspotUpdate, watchVisitCreate,
} from '../../core/api/hotspots.ts';
import { getActor } from '../http/auth-hooks.ts';
import {
  changeHotspot, createHotspot, deleteHotspot, getHotspot, recordWatchVisit, searchHotspots,
} from '../services/hotspots/hotspot-service.ts';
import type { AppDependencies } from '../app.ts';

const failures = { 400: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

export const hotspotRoutes = (deps: AppDependencies): FastifyPluginAsyncZod => async (app) => {
  const context = (request: Parameters<typeof getActor>[0]) => ({ database: deps.database, actor: getActor(request) });

  app.get('/api/hotspots', {
    config: { permission: 'enforcement.read', auditAction: 'hotspot.read' },
    schema: {
      tags: ['hotspots'],
      description: 'Hotspots (tụ điểm) within the caller\'s scope, active first, a page at a time, with their watch visits; `q` ignores accents and case.',
      querystring: hotspotListQuery, response: { 200: hotspotPage, ...failures },
    },
  }, async (request) => searchHotspots(context(request), request.query));

  app.get('/api/hotspots/:id', {
    config: { permission: 'enforcement.read', auditAction: 'hotspot.read' },
    schema: { tags: ['hotspots'], params: hotspotParams, response: { 200: hotspot, ...failures } },
  }, async (request) => getHotspot(context(request), request.params.id));

  app.post('/api/hotspots', {
    config: { permission: 'enforcement.write', auditAction: 'hotspot.create' },
    schema: {
      tags: ['hotspots'],
      description: 'Records a hotspot in a current commune. It describes a place, never people.',
      body: hotspotCreate, response: { 201: hotspot, ...failures },
    },
  }, async (request, reply) => reply.status(201).send(await createHotspot(context(request), request.body)));

  app.patch('/api/hotspots/:id', {
    config: { permission: 'enforcement.write', auditAction: 'hotspot.update' },
    schema: {
      tags: ['hotspots'],
      description: 'Changes any field. Setting `status` to `eliminated` with `eliminatedOn` marks the hotspot eliminated.',
      params: hotspotParams, body: hotspotUpdate, response: { 200: hotspot, ...failures },
    },
  }, async (request) => changeHotspot(context(request), request.params.id, request.body));

  app.post('/api/hotspots/:id/watch-visits', {
    config: { permission: 'enforcement.write', auditAction: 'hotspot.update' },
    schema: {
      tags: ['hotspots'],
      description: 'Records a watch visit of an eliminated hotspot, after its elimination date. Found re-formed, the hotspot becomes active again from the visit\'s day. Audited as `hotspot.update`.',
      params: hotspotParams, body: watchVisitCreate, response: { 201: hotspot, ...failures },
    },
  }, async (request, reply) => reply.status(201).send(await recordWatchVisit(context(request), request.params.id, request.body)));

  app.delete('/api/hotspots/:id', {
    config: { permission: 'enforcement.write', auditAction: 'hotspot.delete' },
    schema: {
      tags: ['hotspots'],
      description: 'Soft deletion with a reason: the hotspot leaves the lists, the audit log keeps its content.',
      params: hotspotParams, body: hotspotDelete,
      response: { 204: z.null().meta({ description: 'Deleted' }), ...failures },
    },
  }, async (request, reply) => {
    await deleteHotspot(context(request), request.params.id, request.body.reason);
    return reply.status(204).send(null);
  });
};
