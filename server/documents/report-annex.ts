import ExcelJS from 'exceljs';
import type { FigureTable } from '../../core/api/reports.ts';
import { formatDateTime } from '../../core/dates/format.ts';
import {
  dataPeriodLine, isConsolidated, periodPhrase, reportStatusLabels, reportSubject, reportedUnits, targetStatusLabels, unitAuthority,
  type ReportDocumentInput,
} from './report-wording.ts';

/**
 * A report's statistical annex ("Phụ lục số liệu") as an .xlsx: a cover sheet (what, which period,
 * which unit, what state), one sheet per figure table (STT, Đơn vị, the figures, Ghi chú; units as
 * rows; a "Tổng cộng" row), and a "Chỉ tiêu" sheet. Figures are numbers, not text, so that the
 * recipient can add them up again; a table without records leaves its cells empty and says so.
 */

export const COVER_SHEET = 'Thông tin chung';
export const TARGETS_SHEET = 'Chỉ tiêu';
export const TOTAL_LABEL = 'Tổng cộng';
export const NO_DATA_NOTE = 'Không có số liệu trong kỳ.';
const NUMBER_FORMAT = '#,##0';

/** Short sheet names (Excel allows 31 characters, without : \ / ? * [ ]). */
const sheetNames: Record<string, string> = {
  establishments: 'Cơ sở, tụ điểm',
  inspections: 'Kiểm tra, xử lý vi phạm',
  tips: 'Tin báo, tố giác',
  communication: 'Tuyên truyền',
  training: 'Tập huấn',
  support: 'Hỗ trợ, giảm hại',
  crime: 'Tội phạm, xử phạt',
};

export function sheetNameOf(table: Pick<FigureTable, 'key' | 'title'>, taken: ReadonlySet<string>): string {
  const base = (sheetNames[table.key] ?? table.title).replace(/[:\\/?*[\]]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 28) || 'Biểu';
  let name = base;
  for (let index = 2; taken.has(name.toLocaleLowerCase('vi')); index++) name = `${base.slice(0, 26)} ${index}`;
  return name;
}

const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };
const boxed: Partial<ExcelJS.Borders> = { top: thin, bottom: thin, left: thin, right: thin };
const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } };
const font = { name: 'Times New Roman', size: 12 };

const sourceNotes = { own: 'Số liệu của đơn vị tổng hợp', report: '', missing: 'Chưa có báo cáo được chấp nhận' } as const;

function styleHeader(row: ExcelJS.Row): void {
  row.height = 48;
  row.eachCell((cell) => {
    cell.font = { ...font, bold: true };
    cell.fill = headerFill;
    cell.border = boxed;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
}

function styleBody(row: ExcelJS.Row, bold = false): void {
  row.eachCell({ includeEmpty: true }, (cell) => {
    cell.font = { ...font, bold };
    cell.border = boxed;
    if (typeof cell.value === 'number') cell.numFmt = NUMBER_FORMAT;
  });
}

function titleRow(sheet: ExcelJS.Worksheet, text: string, columns: number): void {
  const row = sheet.addRow([text]);
  row.font = { ...font, bold: true, size: 13 };
  row.height = 22;
  if (columns > 1) sheet.mergeCells(row.number, 1, row.number, columns);
  row.getCell(1).alignment = { vertical: 'middle', horizontal: 'left' };
}

function figureSheet(workbook: ExcelJS.Workbook, name: string, table: FigureTable, index: number): void {
  const labels = table.columns.map((column) => column.label);
  const width = 2 + labels.length + 1;
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 2, ySplit: 2 }] });
  titleRow(sheet, `Biểu ${index}. ${table.title}${table.noData ? ` — ${NO_DATA_NOTE}` : ''}`, width);
  styleHeader(sheet.addRow(['STT', 'Đơn vị', ...labels, 'Ghi chú']));
  table.rows.forEach((row, position) => {
    const values = table.columns.map((column) => (table.noData ? null : (row.values[column.key] ?? null)));
    styleBody(sheet.addRow([position + 1, row.unitName, ...values, sourceNotes[row.source] || null]));
  });
  const totals = table.columns.map((column) => (table.noData ? null : (table.total[column.key] ?? null)));
  styleBody(sheet.addRow([null, TOTAL_LABEL, ...totals, table.noData ? NO_DATA_NOTE : null]), true);
  sheet.getColumn(1).width = 6;
  sheet.getColumn(1).alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getColumn(2).width = Math.min(40, Math.max(22, ...table.rows.map((row) => row.unitName.length + 2)));
  labels.forEach((label, offset) => {
    sheet.getColumn(3 + offset).width = Math.min(22, Math.max(12, Math.ceil(label.length / 2) + 4));
  });
  sheet.getColumn(width).width = 30;
  sheet.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' };
}

function targetsSheet(workbook: ExcelJS.Workbook, input: ReportDocumentInput): void {
  const sheet = workbook.addWorksheet(TARGETS_SHEET, { views: [{ state: 'frozen', ySplit: 2 }] });
  const targets = input.report.content.targets;
  titleRow(sheet, targets.length > 0 ? 'Kết quả thực hiện các chỉ tiêu' : 'Kết quả thực hiện các chỉ tiêu — kỳ báo cáo không gắn với chỉ tiêu của kế hoạch', 6);
  styleHeader(sheet.addRow(['STT', 'Chỉ tiêu', 'Chỉ số', 'Mục tiêu', 'Kết quả', 'Đánh giá']));
  targets.forEach((target, index) => {
    const row = sheet.addRow([index + 1, target.text, target.indicatorName, target.target, target.result, targetStatusLabels[target.status]]);
    styleBody(row);
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(3).alignment = { wrapText: true, vertical: 'top' };
  });
  sheet.columns.forEach((column, index) => {
    column.width = [6, 60, 36, 16, 16, 22][index] ?? 16;
  });
  sheet.getColumn(1).alignment = { horizontal: 'center', vertical: 'top' };
  sheet.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' };
}

function coverSheet(workbook: ExcelJS.Workbook, input: ReportDocumentInput, tableSheets: readonly { name: string; title: string }[]): void {
  const { report, request, unit } = input;
  const sheet = workbook.addWorksheet(COVER_SHEET);
  const subject = reportSubject(request);
  const add = (label: string, value: string | number | null) => {
    const row = sheet.addRow([label, value]);
    row.getCell(1).font = { ...font, bold: true };
    row.getCell(2).font = font;
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(1).alignment = { vertical: 'top' };
  };
  const heading = sheet.addRow(['PHỤ LỤC SỐ LIỆU']);
  heading.font = { ...font, bold: true, size: 14 };
  sheet.mergeCells(heading.number, 1, heading.number, 2);
  const under = sheet.addRow([`Kèm theo Báo cáo ${subject.charAt(0).toLocaleLowerCase('vi')}${subject.slice(1)} của ${unitAuthority(unit)}`]);
  under.font = { ...font, italic: true };
  sheet.mergeCells(under.number, 1, under.number, 2);
  under.getCell(1).alignment = { wrapText: true };
  under.height = 32;
  sheet.addRow([]);
  add('Báo cáo', subject);
  add('Kỳ báo cáo', `${periodPhrase(request.periodCode) ?? request.title} (${request.periodCode})`);
  add('Phạm vi số liệu', dataPeriodLine(request.periodStart, request.periodEnd));
  add('Đơn vị báo cáo', unit.name);
  add('Loại báo cáo', isConsolidated(report) ? 'Báo cáo tổng hợp' : 'Báo cáo của đơn vị');
  add('Trạng thái', `${reportStatusLabels[report.status]} (phiên bản ${report.version})`);
  add('Hạn gửi báo cáo', report.deadline.split('-').reverse().join('/'));
  if (isConsolidated(report)) {
    const { reported, expected } = reportedUnits(report);
    add('Số đơn vị đã báo cáo', `${reported}/${expected}`);
    const missing = report.content.missingUnits.map((item) => item.unitName).join(', ');
    add('Đơn vị chưa có báo cáo', missing || 'Không có');
  }
  add('Số liệu tính đến', report.content.computedAt ? formatDateTime(new Date(report.content.computedAt)) : null);
  add('Ngày xuất tệp', formatDateTime(input.now ?? new Date()));
  sheet.addRow([]);
  const list = sheet.addRow(['Các biểu']);
  list.font = { ...font, bold: true };
  tableSheets.forEach((table, index) => add(`Biểu ${index + 1}`, `${table.title} (trang "${table.name}")`));
  add('Chỉ tiêu', `Kết quả thực hiện các chỉ tiêu (trang "${TARGETS_SHEET}")`);
  sheet.getColumn(1).width = 26;
  sheet.getColumn(2).width = 90;
}

/** The annex as an .xlsx file. */
export async function renderReportAnnex(input: ReportDocumentInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'PCMD';
  workbook.title = `Phụ lục số liệu — ${reportSubject(input.request)}`;
  const now = input.now ?? new Date();
  workbook.created = now;
  workbook.modified = now;
  const taken = new Set([COVER_SHEET.toLocaleLowerCase('vi'), TARGETS_SHEET.toLocaleLowerCase('vi')]);
  const tableSheets = input.report.content.tables.map((table) => {
    const name = sheetNameOf(table, taken);
    taken.add(name.toLocaleLowerCase('vi'));
    return { name, title: table.title, table };
  });
  coverSheet(workbook, input, tableSheets);
  tableSheets.forEach((entry, index) => figureSheet(workbook, entry.name, entry.table, index + 1));
  targetsSheet(workbook, input);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
