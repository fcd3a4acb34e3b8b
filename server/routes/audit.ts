import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditPage, auditQuery } from '../../core/api/audit.ts';
import { errorResponse } from '../../core/api/common.ts';
import { getActor } from '../http/auth-hooks.ts';
import { listAuditLog } from '../services/audit/audit-service.ts';
import type { AppDependencies } from '../app.ts';

export const auditRoutes = (deps: AppDependencies): FastifyPluginAsyncZod => async (app) => {
  app.get('/api/audit', {
    config: { permission: 'audit.read', auditAction: 'audit.read' },
    schema: { tags: ['audit'], querystring: auditQuery, response: { 200: auditPage, 400: errorResponse, 403: errorResponse } },
  }, async (request) => listAuditLog({ database: deps.database, actor: getActor(request) }, request.query));
};
