import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from '../../core/api/common.ts';
import { getActor } from '../http/auth-hooks.ts';
import { importKinds } from '../imports/import-kinds.ts';
import { exportRecords } from '../services/imports/export-service.ts';
import type { AppDependencies } from '../app.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** GET /api/exports/{kind}.xlsx with the list's own filters: the filtered list as XLSX, streamed. */
export const exportRoutes = (deps: AppDependencies): FastifyPluginAsyncZod => async (app) => {
  for (const kind of importKinds) {
    app.get(`/api/exports/${kind.kind}.xlsx`, {
      config: { ...(kind.readPermission ? { permission: kind.readPermission } : {}), auditAction: `${kind.recordType}.export` },
      schema: {
        tags: ['exports'],
        description: `The ${kind.title.en.toLowerCase()} list, filtered as the list is, as an XLSX file (Vietnamese headers, dates dd/mm/yyyy), within the caller's scope.`,
        querystring: kind.export.query as z.ZodType<Record<string, unknown>>,
        response: { 200: z.any().meta({ description: XLSX_TYPE }), 400: errorResponse, 403: errorResponse, 404: errorResponse },
      },
    }, async (request, reply) => {
      const file = await exportRecords({ database: deps.database, actor: getActor(request) }, kind, request.query);
      return reply.type(XLSX_TYPE).header('content-disposition', `attachment; filename="${file.fileName}"`).send(file.stream);
    });
  }
};
