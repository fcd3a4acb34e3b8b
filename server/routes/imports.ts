import type { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from '../../core/api/common.ts';
import {
  importBatchParams, importCommit, importIssuesPage, importIssuesQuery, importPreview, importResult,
} from '../../core/api/imports.ts';
import { formatMegabytes, importLimits } from '../../core/imports/limits.ts';
import { getActor } from '../http/auth-hooks.ts';
import { requestLanguage } from '../http/language.ts';
import { importKinds } from '../imports/import-kinds.ts';
import { commitImport } from '../services/imports/commit-service.ts';
import { getImportPreview, listImportIssues, previewImport } from '../services/imports/import-service.ts';
import { importTemplate } from '../services/imports/template-service.ts';
import type { AppDependencies } from '../app.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const failures = { 400: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse, 410: errorResponse, 413: errorResponse };

/** The file's name as the client sent it (percent-encoded, it may be Vietnamese), without any path. */
function uploadedFileName(header: unknown): string {
  let name = typeof header === 'string' ? header : '';
  try {
    name = decodeURIComponent(name);
  } catch {
    // Not percent-encoded: keep it as sent.
  }
  name = [...name.normalize('NFC')].filter((character) => character >= ' ').join('').split(/[\\/]/).at(-1)?.trim() ?? '';
  return (name || 'tep-tai-len').slice(0, 200);
}

export const importRoutes = (deps: AppDependencies): FastifyPluginAsyncZod => async (app) => {
  const context = (request: Parameters<typeof getActor>[0]) => ({ database: deps.database, actor: getActor(request) });

  // The upload is the raw file as the body (any content type): it reaches the handler unread, after
  // the permission check, and streams to disk there. Scoped to these routes only.
  app.addContentTypeParser('*', (_request, payload, done) => done(null, payload));

  for (const kind of importKinds) {
    const auditAction = `${kind.recordType}.import`;
    app.get(`/api/imports/${kind.kind}/template.xlsx`, {
      config: { permission: kind.writePermission, auditAction },
      schema: {
        tags: ['imports'],
        description: `The XLSX template for importing ${kind.title.en.toLowerCase()}: Vietnamese headers (English in their comments), drop-down lists, an instructions sheet.`,
        response: { 200: z.any().meta({ description: XLSX_TYPE }), 403: errorResponse },
      },
    }, async (request, reply) => {
      const template = await importTemplate(context(request), kind);
      return reply.type(XLSX_TYPE).header('content-disposition', `attachment; filename="${template.fileName}"`).send(template.content);
    });

    app.post(`/api/imports/${kind.kind}`, {
      config: { permission: kind.writePermission, auditAction },
      schema: {
        tags: ['imports'],
        description: `Uploads an XLSX or CSV file (UTF-8, with or without BOM; ',' or ';') of ${kind.title.en.toLowerCase()} as the request body, `
          + `its name in X-File-Name (percent-encoded). At most ${formatMegabytes(importLimits.maxFileBytes)} and `
          + `${importLimits.maxDataRows} rows. Answers a preview: counts, the first rows as they will be saved, every bad row's problems; `
          + 'the checked rows wait as a batch for POST /api/imports/{batchId}/commit.',
        response: { 200: importPreview, ...failures },
      },
    }, async (request, reply) => {
      const declared = Number(request.headers['content-length']);
      try {
        return await previewImport(context(request), kind, {
          body: request.body as Readable,
          fileName: uploadedFileName(request.headers['x-file-name']),
          declaredLength: Number.isFinite(declared) ? declared : undefined,
        }, requestLanguage(request));
      } catch (error) {
        // The rest of a refused upload is not read: the connection closes after the answer.
        if (!(request.body as Readable).readableEnded) reply.header('connection', 'close');
        throw error;
      }
    });
  }

  app.get('/api/imports/:batchId', {
    config: { auditAction: 'import.read' },
    schema: { tags: ['imports'], description: 'The preview of one of the caller\'s uploads, again.', params: importBatchParams, response: { 200: importPreview, ...failures } },
  }, async (request) => getImportPreview(context(request), request.params.batchId, requestLanguage(request)));

  app.get('/api/imports/:batchId/issues', {
    config: { auditAction: 'import.read' },
    schema: {
      tags: ['imports'], description: 'Every bad row of an upload with its problems (row, column, reason), a page of bad rows at a time.',
      params: importBatchParams, querystring: importIssuesQuery, response: { 200: importIssuesPage, ...failures },
    },
  }, async (request) => listImportIssues(context(request), request.params.batchId, request.query, requestLanguage(request)));

  app.post('/api/imports/:batchId/commit', {
    config: { auditAction: 'import.commit' },
    schema: {
      tags: ['imports'],
      description: 'Imports an upload in one transaction: "all" refuses while any row is bad; "valid_only" imports the valid rows. '
        + 'Rows are checked again first; nothing is saved unless everything is.',
      params: importBatchParams, body: importCommit, response: { 200: importResult, ...failures },
    },
  }, async (request) => commitImport(context(request), request.params.batchId, request.body, requestLanguage(request)));
};
