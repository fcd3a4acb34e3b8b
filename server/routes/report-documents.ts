import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from '../../core/api/common.ts';
import { reportParams } from '../../core/api/reports.ts';
import { reportLanguages } from '../documents/report-language.ts';
import { getActor } from '../http/auth-hooks.ts';
import { exportReportFile, type ReportFile, type ReportFileFormat } from '../services/reports/report-document-service.ts';
import type { AppDependencies } from '../app.ts';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const failures = { 400: errorResponse, 403: errorResponse, 404: errorResponse };

/**
 * `?lang=en` asks for the unofficial English translation; the official Vietnamese document is the
 * default. Chosen by the link, never by Accept-Language, so that a browser's setting cannot change
 * which document is downloaded.
 */
export const reportDocumentQuery = z.strictObject({
  lang: z.enum(reportLanguages, {
    error: 'Ngôn ngữ của tài liệu phải là vi (bản chính thức) hoặc en (bản dịch tiếng Anh không chính thức) | '
      + 'The document language must be vi (the official document) or en (an unofficial English translation)',
  }).default('vi'),
});
const languageNote = ' `?lang=en` gives an unofficial English translation, marked as such, with the same structure; '
  + 'the default `?lang=vi` is the official Vietnamese document (the Accept-Language header does not change it).';

/**
 * `attachment; filename="Bao-cao-….docx"; filename*=UTF-8''Báo%20cáo…`: an ASCII name for old
 * clients and the Vietnamese one (RFC 5987/6266) for the rest; nothing a header could be split on.
 */
export function reportContentDisposition(file: Pick<ReportFile, 'fileName' | 'unicodeFileName'>): string {
  const ascii = file.fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(file.unicodeFileName).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** GET /api/reports/{id}/document.docx and /annex.xlsx: for anyone who may read the report. */
export const reportDocumentRoutes = (deps: AppDependencies): FastifyPluginAsyncZod => async (app) => {
  const context = (request: FastifyRequest) => ({ database: deps.database, actor: getActor(request) });
  const routes: { path: string; format: ReportFileFormat; type: string; description: string }[] = [
    {
      path: '/api/reports/:id/document.docx', format: 'docx', type: DOCX_TYPE,
      description: 'The report as a Word document in the format of Decree 30/2020/NĐ-CP ("BÁO CÁO Kết quả thực hiện công tác phòng, chống mại dâm …"): '
        + 'header, number …/BC-UBND, the data period, sections I–III with the figures and targets, recipients and signature block. Scope as reading the report.'
        + languageNote,
    },
    {
      path: '/api/reports/:id/annex.xlsx', format: 'xlsx', type: XLSX_TYPE,
      description: 'The report\'s statistical annex as an XLSX file: a cover sheet, one sheet per figure table (STT, Đơn vị, the figures; units as rows; '
        + 'a "Tổng cộng" row) and a "Chỉ tiêu" sheet. Numbers are numbers. Scope as reading the report.'
        + languageNote,
    },
  ];
  for (const route of routes) {
    app.get(route.path, {
      config: { auditAction: 'report.export' },
      schema: {
        tags: ['reports'], description: route.description, params: reportParams, querystring: reportDocumentQuery,
        response: { 200: z.any().meta({ description: route.type }), ...failures },
      },
    }, async (request, reply) => {
      const file = await exportReportFile(context(request), request.params.id, route.format, request.query.lang);
      return reply.type(route.type).header('content-disposition', reportContentDisposition(file)).send(file.file);
    });
  }
};
