import { renderReportAnnex } from '../../documents/report-annex.ts';
import { renderReportDocument } from '../../documents/report-document.ts';
import { reportWording, type ReportLanguage } from '../../documents/report-language.ts';
import { auditSuccess } from '../audit/audit-service.ts';
import type { ServiceContext } from '../context.ts';
import { getReportForDocument } from './report-service.ts';

/**
 * A report as its official .docx (Decree 30/2020) or its .xlsx statistical annex, for anyone who
 * may read the report; in English on request, as an unofficial translation (the Vietnamese is the
 * official document). Each export is audited as `report.export`, with the format, the language and
 * the version.
 */

export type ReportFileFormat = 'docx' | 'xlsx';

export type ReportFile = {
  file: Buffer;
  /** ASCII, for the plain `filename` parameter. */
  fileName: string;
  /** With its Vietnamese letters, for `filename*`. */
  unicodeFileName: string;
};

export async function exportReportFile(context: ServiceContext, id: string, format: ReportFileFormat, language: ReportLanguage = 'vi'): Promise<ReportFile> {
  const data = await getReportForDocument(context, id, language);
  const file = format === 'docx' ? await renderReportDocument(data, language) : await renderReportAnnex(data, language);
  const names = reportWording(language).fileNames(data, format);
  await auditSuccess(context.database.db, context.actor, {
    action: 'report.export',
    unitId: data.report.unitId,
    targetType: 'report',
    targetId: data.report.id,
    summary: {
      format, language, periodCode: data.report.periodCode, role: data.report.role, status: data.report.status, version: data.report.version, bytes: file.length,
    },
  });
  return { file, fileName: names.ascii, unicodeFileName: names.unicode };
}
