import ExcelJS from 'exceljs';
import { templateHeader, type ImportColumn } from '../../core/imports/columns.ts';
import { columnLetter } from '../../core/imports/header-row.ts';
import { formatMegabytes, importLimits } from '../../core/imports/limits.ts';
import { unitLabel, type DirectoryUnit } from '../../core/imports/unit-directory.ts';
import type { AnyImportKind } from './import-kinds.ts';
import { DATA_SHEET_NAME } from './xlsx-source.ts';

/** Excel allows a validation message title of 32 characters at most; a longer one makes it "repair" the file and drop the lists. */
const validationTitle = (column: { header: { vi: string } }) => column.header.vi.slice(0, 32);

export const LISTS_SHEET_NAME = 'Danh mục';
export const GUIDE_SHEET_NAME = 'Hướng dẫn';
export const DATE_FORMAT = 'dd/mm/yyyy';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const REQUIRED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } };

/** How a column's values are written, for the instructions. */
function formatOf(column: ImportColumn): { vi: string; en: string } {
  switch (column.type.kind) {
    case 'text': return { vi: `Chữ, tối đa ${column.type.maxLength} ký tự`, en: `Text, at most ${column.type.maxLength} characters` };
    case 'date': return { vi: 'Ngày dạng dd/mm/yyyy', en: 'Date as dd/mm/yyyy' };
    case 'integer': return { vi: `Số nguyên từ ${column.type.min} đến ${column.type.max.toLocaleString('vi-VN')}`, en: `Whole number from ${column.type.min} to ${column.type.max}` };
    case 'code': return { vi: `Một trong: ${column.type.options.map((option) => option.label.vi).join('; ')}`, en: `One of: ${column.type.options.map((option) => option.label.en).join('; ')}` };
    case 'unit': return { vi: 'Tên (mã) đơn vị trong danh sách, hoặc mã đơn vị', en: 'Unit "Name (code)" from the list, or its code' };
  }
}

interface TemplateList {
  key: string;
  header: string;
  values: string[];
  /** The range the drop-down reads: 'Danh mục'!$A$2:$A$131. */
  range: string;
}

/** The lists the data sheet's drop-downs read, one column each on a hidden sheet (Excel limits inline lists to 255 characters). */
function templateLists(kind: AnyImportKind, units: readonly DirectoryUnit[]): TemplateList[] {
  const lists: TemplateList[] = [];
  for (const column of kind.columns) {
    const values = column.type.kind === 'code'
      ? column.type.options.map((option) => option.label.vi)
      : column.type.kind === 'unit' ? units.map(unitLabel) : [];
    if (values.length === 0) continue;
    const letter = columnLetter(lists.length);
    lists.push({ key: column.key, header: column.header.vi, values, range: `'${LISTS_SHEET_NAME}'!$${letter}$2:$${letter}$${values.length + 1}` });
  }
  return lists;
}

function addLists(workbook: ExcelJS.Workbook, lists: readonly TemplateList[]): void {
  const sheet = workbook.addWorksheet(LISTS_SHEET_NAME, { state: 'hidden' });
  lists.forEach((list, index) => {
    const column = sheet.getColumn(index + 1);
    column.values = [list.header, ...list.values];
    column.width = Math.min(60, Math.max(16, ...list.values.map((value) => value.length + 2)));
  });
  sheet.getRow(1).font = { bold: true };
}

function addDataSheet(workbook: ExcelJS.Workbook, kind: AnyImportKind, lists: readonly TemplateList[]): void {
  const sheet = workbook.addWorksheet(DATA_SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  const lastRow = importLimits.maxDataRows + 1;
  // Present in ExcelJS 4.4 but missing from its typings: one validation for a whole column range.
  const validations = (sheet as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } }).dataValidations;
  kind.columns.forEach((column, index) => {
    const letter = columnLetter(index);
    const sheetColumn = sheet.getColumn(index + 1);
    sheetColumn.width = Math.min(45, Math.max(14, column.header.vi.length + 6));
    if (column.type.kind === 'date') sheetColumn.numFmt = DATE_FORMAT;
    if (column.type.kind === 'text') sheetColumn.numFmt = '@';
    const cell = sheet.getCell(`${letter}1`);
    cell.value = templateHeader(column);
    cell.font = { bold: true };
    cell.fill = column.required ? REQUIRED_FILL : HEADER_FILL;
    cell.alignment = { wrapText: true, vertical: 'middle' };
    cell.numFmt = 'General';
    // The English header and both explanations ride along as the header's comment.
    cell.note = `${column.header.en}${column.required ? ' (required)' : ''}\n${column.description.vi}\n${column.description.en}`;
    const range = `${letter}2:${letter}${lastRow}`;
    const list = lists.find((candidate) => candidate.key === column.key);
    if (list) {
      validations.add(range, {
        type: 'list', allowBlank: !column.required, formulae: [list.range], showErrorMessage: true, errorStyle: 'warning',
        errorTitle: validationTitle(column), error: 'Giá trị không có trong danh sách (trang "Danh mục"). / Not in the list.',
      });
    } else if (column.type.kind === 'integer') {
      validations.add(range, {
        type: 'whole', operator: 'between', allowBlank: true, formulae: [column.type.min, column.type.max], showErrorMessage: true,
        errorStyle: 'stop', errorTitle: validationTitle(column), error: `Số nguyên từ ${column.type.min} đến ${column.type.max}. / A whole number.`,
      });
    }
  });
  sheet.getRow(1).height = 32;
}

function addGuide(workbook: ExcelJS.Workbook, kind: AnyImportKind): void {
  const sheet = workbook.addWorksheet(GUIDE_SHEET_NAME);
  sheet.columns = [
    { width: 30 }, { width: 26 }, { width: 10 }, { width: 38 }, { width: 60 }, { width: 60 }, { width: 28 },
  ];
  const title = sheet.addRow([`Hướng dẫn nhập ${kind.title.vi.toLowerCase()} từ Excel / How to fill in this template (${kind.title.en})`]);
  title.font = { bold: true, size: 13 };
  const notes = [
    `Nhập mỗi ${kind.title.vi.toLowerCase()} trên một dòng của trang "${DATA_SHEET_NAME}", bắt đầu từ dòng 2; giữ nguyên dòng tiêu đề. / One record per row of the sheet "${DATA_SHEET_NAME}", from row 2; keep the header row.`,
    'Cột có dấu (*) là bắt buộc. / Columns marked (*) are required.',
    'Ngày ghi dạng dd/mm/yyyy, ví dụ 15/01/2026; ô đã định dạng ngày của Excel cũng được. / Dates as dd/mm/yyyy, e.g. 15/01/2026; Excel date cells work too.',
    `Các cột có danh sách chọn: chọn trong danh sách (trang "${LISTS_SHEET_NAME}"). / Columns with a drop-down: pick from the list.`,
    `Tối đa ${importLimits.maxDataRows.toLocaleString('vi-VN')} dòng dữ liệu và ${formatMegabytes(importLimits.maxFileBytes)} mỗi tệp. / At most ${importLimits.maxDataRows} data rows and ${formatMegabytes(importLimits.maxFileBytes)} per file.`,
    'Không gộp ô ở dòng tiêu đề; không đặt mật khẩu mở tệp. Ô có công thức: hệ thống dùng kết quả Excel đã tính; macro bị bỏ qua. / Do not merge header cells or password-protect the file. Formulas: the saved results are used; macros are ignored.',
    'Nếu lưu dạng CSV: chọn "CSV UTF-8 (phân cách bằng dấu phẩy)". Dữ liệu gõ bằng phông TCVN3 (.VnTime) phải chuyển sang Unicode trước. / For CSV choose "CSV UTF-8"; convert TCVN3 (.VnTime) text to Unicode first.',
    'Sau khi tải lên, hệ thống cho xem trước và báo từng dòng lỗi (dòng, cột, lý do); bạn chọn nhập tất cả, chỉ các dòng hợp lệ, hoặc không nhập. / After upload you see a preview and every bad row (row, column, reason), then choose to import all, only the valid rows, or nothing.',
  ];
  for (const note of notes) sheet.addRow([note]).alignment = { wrapText: false };
  sheet.addRow([]);
  const header = sheet.addRow(['Cột', 'Column', 'Bắt buộc', 'Cách ghi / Format', 'Giải thích', 'Explanation', 'Ví dụ / Example']);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
  for (const column of kind.columns) {
    const format = formatOf(column);
    const row = sheet.addRow([
      column.header.vi, column.header.en, column.required ? 'Có / Yes' : '', `${format.vi} / ${format.en}`, column.description.vi,
      column.description.en, column.example,
    ]);
    row.alignment = { wrapText: true, vertical: 'top' };
    row.getCell(7).numFmt = '@';
  }
}

/**
 * The XLSX template of a kind: the data sheet (Vietnamese headers, the English in each header's
 * comment, drop-downs for coded columns and for the user's communes, date columns as dd/mm/yyyy),
 * the instructions, and the hidden lists.
 */
export async function buildTemplate(kind: AnyImportKind, units: readonly DirectoryUnit[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'PCMD';
  workbook.created = new Date();
  // Tab order: data, instructions, then the lists (hidden).
  const lists = templateLists(kind, units);
  addDataSheet(workbook, kind, lists);
  addGuide(workbook, kind);
  addLists(workbook, lists);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
