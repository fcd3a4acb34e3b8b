import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'kysely';
import { indicatorCatalogue } from '../core/indicators/catalogue.ts';
import { renderReportAnnex } from '../server/documents/report-annex.ts';
import { renderReportDocument } from '../server/documents/report-document.ts';
import type { Actor, ServiceContext } from '../server/services/context.ts';
import { createPlan, issuePlan } from '../server/services/plans/plan-service.ts';
import { exportReportFile } from '../server/services/reports/report-document-service.ts';
import { acceptReport, getReportForDocument, saveReport, submitReport } from '../server/services/reports/report-service.ts';
import { createUserAsSystem } from '../server/services/users/user-service.ts';
import { buildRecords, DEFAULT_POSTGRES_ADMIN_URL, targetFor } from './progress.ts';
import { createScratchDatabase, percentile, timeRuns } from './scratch-database.ts';

/**
 * The official documents of the consolidated 6-month report of a province with every commune
 * reporting: Nghệ An (130 communes since 1/7/2025) with a year of records at the volumes of the
 * progress benchmark, a province plan for 2026 with a target on every indicator and a 6-month
 * reporting rule, issued (which schedules the reports); every commune saves, submits and has its
 * report for RH2026-1 (15/12/2025–14/6/2026) accepted. Then, 20 times after 3 warm-ups, the
 * province's consolidated draft as .docx and as .xlsx through the same service the routes call
 * (read the report: the accepted reports' figures, the province's own records, the targets'
 * progress; build the file; audit the export). Also timed apart: reading the data once, and
 * building the files from data already read.
 */

export interface Timing { p50Ms: number; p95Ms: number; maxMs: number }

export interface ReportDocumentsBenchResult {
  engine: 'pglite' | 'postgres';
  measured: 'report service (getReportForDocument) + builders, consolidated draft over accepted commune and agency reports';
  runs: number;
  communes: number;
  agencies: number;
  acceptedReports: number;
  tableRows: number;
  targets: number;
  /** Records built, per table; and the time to build them and the reports. */
  rows: Record<string, number>;
  setupMs: number;
  /** docx then xlsx, each through exportReportFile (read + build + audit), per run. */
  both: Timing;
  docx: Timing;
  xlsx: Timing;
  /** getReportForDocument alone. */
  readOnly: Timing;
  /** The builders alone, on data already read. */
  buildDocxOnly: Timing;
  buildXlsxOnly: Timing;
  docxBytes: number;
  xlsxBytes: number;
}

const PROVINCE = '40';
const PERIOD = 'RH2026-1';

const timing = (sorted: number[]): Timing => ({ p50Ms: percentile(sorted, 0.5), p95Ms: percentile(sorted, 0.95), maxMs: sorted.at(-1)! });

export interface ReportDocumentsBenchOptions {
  engine: 'pglite' | 'postgres';
  postgresAdminUrl: string;
  runs?: number;
  /** A directory to leave the last .docx and .xlsx in, for a person to open. */
  outputDir?: string;
  log?: (line: string) => void;
}

export async function benchReportDocuments(options: ReportDocumentsBenchOptions): Promise<ReportDocumentsBenchResult> {
  const runs = options.runs ?? 20;
  const log = options.log ?? (() => undefined);
  const scratch = await createScratchDatabase(options.engine, options.postgresAdminUrl);
  const database = await scratch.open();
  try {
    const db = database.db;
    const setupStarted = performance.now();
    const user = await createUserAsSystem(database, {
      username: 'bench.reports', displayName: 'Quản trị đo hiệu năng', password: 'bench-password-2026', role: 'system_admin', unitId: null, agencyId: null,
    }, 'cli');
    const actor: Actor = {
      userId: user.id, username: user.username, displayName: user.displayName, role: 'system_admin',
      unitId: null, unitName: null, unitLevel: null, agencyId: null, isDemo: false, scope: { kind: 'country' },
    };
    const context: ServiceContext = { database, actor };
    const rows = await buildRecords(db, user.id);
    await sql`analyze`.execute(db);
    const plan = await createPlan(context, {
      parentPlanIds: [],
      content: {
        issuerUnitId: PROVINCE, number: null, issueDate: null, issuePlace: 'Nghệ An',
        title: 'Thực hiện phòng, chống mại dâm trên địa bàn tỉnh Nghệ An năm 2026', periodCode: 'Y2026',
        legalBasis: [], purpose: [], requirements: [], objectives: [], targets: indicatorCatalogue.map(targetFor),
        taskGroups: [], budget: [], budgetNotes: [], assignments: [],
        reportingRules: [{ kind: 'half_year', reporterDeadline: { day: 20, month: 6 }, consolidatorDeadline: { day: 25, month: 6 }, reporterDeadlineDate: null, recipients: ['Bộ Y tế'], notes: null }],
        recipients: ['Bộ Y tế', 'Thường trực Tỉnh ủy, HĐND tỉnh', 'Chủ tịch, các PCT UBND tỉnh', 'Các sở, ban, ngành cấp tỉnh', 'UBND các xã, phường'],
        signer: { authority: 'TM. ỦY BAN NHÂN DÂN', onBehalf: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Bùi Đình Long' },
      },
    });
    await issuePlan(context, plan.id, { number: '249/KH-UBND', issueDate: '2026-01-15' });
    const reports = await db.selectFrom('reports').innerJoin('report_requests', 'report_requests.id', 'reports.request_id')
      .select(['reports.id', 'reports.role', 'reports.unit_id', 'reports.agency_id'])
      .where('report_requests.plan_id', '=', plan.id).where('report_requests.period_code', '=', PERIOD).execute();
    const consolidated = reports.find((report) => report.role === 'consolidator' && report.unit_id === PROVINCE);
    if (!consolidated) throw new Error(`No consolidated report for ${PERIOD}`);
    const reporters = reports.filter((report) => report.role === 'reporter');
    // The plan assigns no duties, so every agency of the province but the lead reports beside the communes.
    const agencyReports = reporters.filter((report) => report.agency_id !== null).length;
    log(`  ${reporters.length - agencyReports} commune and ${agencyReports} agency reports to write, submit and accept`);
    const narrative = {
      results: 'Ủy ban nhân dân xã đã ban hành kế hoạch, tổ chức tuyên truyền và kiểm tra các cơ sở kinh doanh dịch vụ dễ bị lợi dụng.',
      difficulties: 'Lực lượng kiểm tra còn mỏng.',
      proposals: 'Đề nghị tổ chức tập huấn nghiệp vụ cho cán bộ cấp xã.',
    };
    for (const report of reporters) {
      await saveReport(context, report.id, { narrative, corrections: [] });
      await submitReport(context, report.id);
      await acceptReport(context, report.id);
    }
    await saveReport(context, consolidated.id, {
      narrative: {
        results: 'Sáu tháng đầu năm 2026, các sở, ngành và Ủy ban nhân dân các xã, phường đã triển khai đồng bộ các nhiệm vụ phòng, chống mại dâm.',
        difficulties: 'Hoạt động mại dâm chuyển sang hình thức qua mạng xã hội, khó phát hiện, xử lý.',
        proposals: 'Đề nghị Bộ Y tế tổ chức tập huấn nghiệp vụ cho cán bộ cấp xã.',
      },
      corrections: [],
    });
    const setupMs = performance.now() - setupStarted;

    const data = await getReportForDocument(context, consolidated.id);
    const content = data.report.content;
    // The inspections table has a row per commune and per agency (the registry's table has no agencies).
    const widest = content.tables.find((table) => table.key === 'inspections') ?? content.tables[0];
    const accepted = widest?.rows.filter((row) => row.source === 'report').length ?? 0;
    log(`  consolidated draft: ${content.tables.length} tables, up to ${widest?.rows.length ?? 0} rows (${accepted} from accepted reports, `
      + `${content.missingUnits.length} missing), ${content.targets.length} targets`);

    let docxBytes = 0;
    let xlsxBytes = 0;
    const both = await timeRuns(runs, async () => {
      docxBytes = (await exportReportFile(context, consolidated.id, 'docx')).file.length;
      xlsxBytes = (await exportReportFile(context, consolidated.id, 'xlsx')).file.length;
    });
    const docx = await timeRuns(runs, () => exportReportFile(context, consolidated.id, 'docx'));
    const xlsx = await timeRuns(runs, () => exportReportFile(context, consolidated.id, 'xlsx'));
    const readOnly = await timeRuns(runs, () => getReportForDocument(context, consolidated.id));
    const buildDocxOnly = await timeRuns(runs, () => renderReportDocument(data));
    const buildXlsxOnly = await timeRuns(runs, () => renderReportAnnex(data));
    if (options.outputDir) {
      await writeFile(path.join(options.outputDir, `bao-cao-${PERIOD}-nghe-an.docx`), await renderReportDocument(data));
      await writeFile(path.join(options.outputDir, `phu-luc-${PERIOD}-nghe-an.xlsx`), await renderReportAnnex(data));
    }
    return {
      engine: options.engine,
      measured: 'report service (getReportForDocument) + builders, consolidated draft over accepted commune and agency reports',
      runs, communes: reporters.length - agencyReports, agencies: agencyReports, acceptedReports: accepted, tableRows: widest?.rows.length ?? 0, targets: content.targets.length,
      rows, setupMs,
      both: timing(both), docx: timing(docx), xlsx: timing(xlsx), readOnly: timing(readOnly),
      buildDocxOnly: timing(buildDocxOnly), buildXlsxOnly: timing(buildXlsxOnly),
      docxBytes, xlsxBytes,
    };
  } finally {
    await database.close();
    await scratch.dispose();
  }
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

export const formatReportDocuments = (result: ReportDocumentsBenchResult) =>
  `report documents (${result.engine}): consolidated ${PERIOD} report of ${result.communes} communes and ${result.agencies} agencies (${result.acceptedReports} accepted, `
  + `up to ${result.tableRows} rows a table, ${result.targets} targets) — docx + xlsx p50 ${ms(result.both.p50Ms)}, p95 ${ms(result.both.p95Ms)}, `
  + `max ${ms(result.both.maxMs)} (docx p50 ${ms(result.docx.p50Ms)}, xlsx p50 ${ms(result.xlsx.p50Ms)}; reading the report p50 ${ms(result.readOnly.p50Ms)}, `
  + `building docx p50 ${ms(result.buildDocxOnly.p50Ms)}, xlsx p50 ${ms(result.buildXlsxOnly.p50Ms)}); files ${kib(result.docxBytes)} docx, `
  + `${kib(result.xlsxBytes)} xlsx; setup ${(result.setupMs / 1000).toFixed(1)} s`;

// Run alone: node bin/tsx.mjs bench/report-documents.ts [pglite|postgres] [--runs N] [--out DIR] [--write]
// --write puts the figures in bench/results/latest.json under reportDocuments, leaving the rest as it is;
// --out DIR leaves the consolidated report's .docx and .xlsx there.
if (process.argv[1]?.endsWith('report-documents.ts')) {
  const engine = process.argv.includes('postgres') ? 'postgres' : 'pglite';
  const flag = process.argv.indexOf('--runs');
  const runs = flag >= 0 ? Number(process.argv[flag + 1]) : 20;
  const out = process.argv.indexOf('--out');
  const result = await benchReportDocuments({
    engine, postgresAdminUrl: process.env.BENCH_DATABASE_URL ?? DEFAULT_POSTGRES_ADMIN_URL, runs: Number.isInteger(runs) && runs > 0 ? runs : 20,
    ...(out >= 0 && process.argv[out + 1] ? { outputDir: process.argv[out + 1] } : {}), log: console.log,
  });
  console.log(formatReportDocuments(result));
  if (process.argv.includes('--write')) {
    const file = path.join(import.meta.dirname, 'results', 'latest.json');
    const results = JSON.parse(await readFile(file, 'utf8')) as { reportDocuments?: Record<string, unknown> };
    results.reportDocuments = { ...results.reportDocuments, [engine]: { measuredAt: new Date().toISOString(), ...result } };
    await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  }
}
