import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponse } from '../../core/api/common.ts';
import { recordHistory, recordHistoryParams } from '../../core/api/record-history.ts';
import { getActor } from '../http/auth-hooks.ts';
import { getRecordHistory } from '../services/records/record-history-service.ts';
import type { AppDependencies } from '../app.ts';

export const recordHistoryRoutes = (deps: AppDependencies): FastifyPluginAsyncZod => async (app) => {
  app.get('/api/records/:type/:id/history', {
    config: { auditAction: 'record_history.read' },
    schema: {
      tags: ['records'],
      description: 'Who created, changed and deleted a field record, and what changed, from the audit log. '
        + 'Readable by those who may read the record; fields private to the record\'s unit are left out for others.',
      params: recordHistoryParams,
      response: { 200: recordHistory, 403: errorResponse, 404: errorResponse },
    },
  }, async (request) => getRecordHistory({ database: deps.database, actor: getActor(request) }, request.params.type, request.params.id));
};
