import ExcelJS from 'exceljs';
import type { FigureTable } from '../../core/api/reports.ts';
import { formatDateTime } from '../../core/dates/format.ts';
import { reportWording, type ReportLanguage, type ReportWording } from './report-language.ts';
import { vietnameseWording } from './report-wording-vi.ts';
import { isConsolidated, reportedUnits, type ReportDocumentInput } from './report-wording.ts';

/**
 * A report's statistical annex ("Phụ lục số liệu") as an .xlsx: a cover sheet (what, which period,
 * which unit, what state), one sheet per figure table (STT, Đơn vị, the figures, Ghi chú; units as
 * rows; a "Tổng cộng" row), and a "Chỉ tiêu" sheet. Figures are numbers, not text, so that the
 * recipient can add them up again; a table without records leaves its cells empty and says so.
 */

export const COVER_SHEET = vietnameseWording.annex.coverSheet;
export const TARGETS_SHEET = vietnameseWording.annex.targetsSheet;
export const TOTAL_LABEL = vietnameseWording.annex.total;
export const NO_DATA_NOTE = vietnameseWording.annex.noData;
const NUMBER_FORMAT = '#,##0';

/** A table's short sheet name (Excel allows 31 characters, without : \ / ? * [ ]), distinct from those taken. */
export function sheetNameOf(table: Pick<FigureTable, 'key' | 'title'>, taken: ReadonlySet<string>, words: ReportWording = vietnameseWording): string {
  const { sheetNames, fallbackSheet } = words.annex;
  const base = (sheetNames[table.key] ?? table.title).replace(/[:\\/?*[\]]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 28) || fallbackSheet;
  let name = base;
  for (let index = 2; taken.has(name.toLocaleLowerCase('vi')); index++) name = `${base.slice(0, 26)} ${index}`;
  return name;
}

const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };
const boxed: Partial<ExcelJS.Borders> = { top: thin, bottom: thin, left: thin, right: thin };
const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } };
const font = { name: 'Times New Roman', size: 12 };

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

/** A translation's every printed page says so, in the page header. */
function markTranslation(sheet: ExcelJS.Worksheet, words: ReportWording): void {
  if (words.translationNotice) sheet.headerFooter = { oddHeader: `&C&"Times New Roman,Italic"&10${words.translationNotice}` };
}

function figureSheet(workbook: ExcelJS.Workbook, name: string, table: FigureTable, index: number, words: ReportWording): void {
  const { annex } = words;
  const labels = table.columns.map((column) => words.figureLabel(table.key, column));
  const width = 2 + labels.length + 1;
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 2, ySplit: 2 }] });
  titleRow(sheet, annex.tableTitle(index, words.tableTitle(table), table.noData), width);
  styleHeader(sheet.addRow([annex.figureHeaders.number, annex.figureHeaders.unit, ...labels, annex.figureHeaders.notes]));
  table.rows.forEach((row, position) => {
    const values = table.columns.map((column) => (table.noData ? null : (row.values[column.key] ?? null)));
    styleBody(sheet.addRow([position + 1, row.unitName, ...values, annex.sourceNotes[row.source] || null]));
  });
  const totals = table.columns.map((column) => (table.noData ? null : (table.total[column.key] ?? null)));
  styleBody(sheet.addRow([null, annex.total, ...totals, table.noData ? annex.noData : null]), true);
  sheet.getColumn(1).width = 6;
  sheet.getColumn(1).alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getColumn(2).width = Math.min(40, Math.max(22, ...table.rows.map((row) => row.unitName.length + 2)));
  labels.forEach((label, offset) => {
    sheet.getColumn(3 + offset).width = Math.min(22, Math.max(12, Math.ceil(label.length / 2) + 4));
  });
  sheet.getColumn(width).width = 30;
  sheet.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' };
  markTranslation(sheet, words);
}

function targetsSheet(workbook: ExcelJS.Workbook, input: ReportDocumentInput, words: ReportWording): void {
  const { annex } = words;
  const sheet = workbook.addWorksheet(annex.targetsSheet, { views: [{ state: 'frozen', ySplit: 2 }] });
  const targets = input.report.content.targets;
  titleRow(sheet, annex.targetsTitle(targets.length > 0), 6);
  styleHeader(sheet.addRow([...annex.targetHeaders]));
  targets.forEach((target, index) => {
    const row = sheet.addRow([
      index + 1, target.text, words.indicatorName(target.indicatorName), words.measure(target.target), words.measure(target.result), words.targetStatus[target.status],
    ]);
    styleBody(row);
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(3).alignment = { wrapText: true, vertical: 'top' };
  });
  sheet.columns.forEach((column, index) => {
    column.width = [6, 60, 36, 16, 16, 22][index] ?? 16;
  });
  sheet.getColumn(1).alignment = { horizontal: 'center', vertical: 'top' };
  sheet.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' };
  markTranslation(sheet, words);
}

function coverSheet(workbook: ExcelJS.Workbook, input: ReportDocumentInput, tableSheets: readonly { name: string; title: string }[], words: ReportWording): void {
  const { report, request, unit } = input;
  const { annex } = words;
  const { labels } = annex;
  const sheet = workbook.addWorksheet(annex.coverSheet);
  const add = (label: string, value: string | number | null) => {
    const row = sheet.addRow([label, value]);
    row.getCell(1).font = { ...font, bold: true };
    row.getCell(2).font = font;
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(1).alignment = { vertical: 'top' };
  };
  // A translation says so in the title row, before anything else.
  const heading = sheet.addRow([words.translationNotice ? `${annex.heading} (${words.translationNotice})` : annex.heading]);
  heading.font = { ...font, bold: true, size: 14 };
  sheet.mergeCells(heading.number, 1, heading.number, 2);
  if (words.translationNotice) {
    heading.height = 40;
    heading.getCell(1).alignment = { wrapText: true, vertical: 'top' };
  }
  // An agency's annex goes with the agency's report, a unit's with its committee's.
  const under = sheet.addRow([annex.attachedTo(request, words.authority(input))]);
  under.font = { ...font, italic: true };
  sheet.mergeCells(under.number, 1, under.number, 2);
  under.getCell(1).alignment = { wrapText: true };
  under.height = 32;
  sheet.addRow([]);
  add(labels.report, words.subject(request));
  add(labels.period, annex.periodLine(request));
  add(labels.dataRange, words.dataPeriod(request.periodStart, request.periodEnd));
  add(labels.unit, input.agency ? `${input.agency.name} (${annex.unitName(unit)})` : annex.unitName(unit));
  add(labels.kind, annex.kindOf(isConsolidated(report)));
  add(labels.status, annex.statusLine(words.reportStatus[report.status], report.version));
  add(labels.deadline, report.deadline.split('-').reverse().join('/'));
  if (isConsolidated(report)) {
    const { reported, expected } = reportedUnits(report);
    add(labels.reported, `${reported}/${expected}`);
    const missing = report.content.missingUnits.map((item) => item.unitName).join(', ');
    add(labels.missing, missing || annex.none);
  }
  add(labels.computedAt, report.content.computedAt ? formatDateTime(new Date(report.content.computedAt)) : null);
  add(labels.exportedAt, formatDateTime(input.now ?? new Date()));
  sheet.addRow([]);
  const list = sheet.addRow([labels.tables]);
  list.font = { ...font, bold: true };
  tableSheets.forEach((table, index) => add(annex.tableLabel(index + 1), annex.tableLine(table.title, table.name)));
  add(labels.targets, annex.targetsLine(annex.targetsSheet));
  sheet.getColumn(1).width = 26;
  sheet.getColumn(2).width = 90;
  markTranslation(sheet, words);
}

/**
 * The annex as an .xlsx file: in Vietnamese, the official annex; in English (`en`), its unofficial
 * translation, marked in the cover's title row and in every sheet's page header.
 */
export async function renderReportAnnex(input: ReportDocumentInput, language: ReportLanguage = 'vi'): Promise<Buffer> {
  const words = reportWording(language);
  const { annex } = words;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'PCMD';
  workbook.title = annex.workbookTitle(words.subject(input.request));
  const now = input.now ?? new Date();
  workbook.created = now;
  workbook.modified = now;
  const taken = new Set([annex.coverSheet.toLocaleLowerCase('vi'), annex.targetsSheet.toLocaleLowerCase('vi')]);
  const tableSheets = input.report.content.tables.map((table) => {
    const name = sheetNameOf(table, taken, words);
    taken.add(name.toLocaleLowerCase('vi'));
    return { name, title: words.tableTitle(table), table };
  });
  coverSheet(workbook, input, tableSheets, words);
  tableSheets.forEach((entry, index) => figureSheet(workbook, entry.name, entry.table, index + 1, words));
  targetsSheet(workbook, input, words);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
