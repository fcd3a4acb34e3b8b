import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook, rowValues } from '../../test-support/office-files.ts';
import { figureTables } from '../../core/reports/figures.ts';
import { communeReportInput, provinceReportInput } from '../../test-support/report-fixtures.ts';
import { COVER_SHEET, NO_DATA_NOTE, TARGETS_SHEET, TOTAL_LABEL, renderReportAnnex, sheetNameOf } from './report-annex.ts';


describe('renderReportAnnex: a province\'s consolidated report', () => {
  const input = provinceReportInput({ communes: 130, missing: 2, empty: ['crime'] });
  const tables = input.report.content.tables;
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    workbook = await readWorkbook(await renderReportAnnex(input));
  });

  it('has a cover sheet, one sheet per figure table and a targets sheet', () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      COVER_SHEET, 'Cơ sở, tụ điểm', 'Kiểm tra, xử lý vi phạm', 'Tin báo, tố giác', 'Tuyên truyền', 'Tập huấn', 'Hỗ trợ, giảm hại', 'Tội phạm, xử phạt', TARGETS_SHEET,
    ]);
    expect(tables.map((table) => table.key)).toEqual(figureTables.map((table) => table.key));
  });

  it('says on the cover what the annex is for: title, period, unit, status, units reported and missing', () => {
    const cover = workbook.getWorksheet(COVER_SHEET)!;
    const pairs = new Map<string, unknown>();
    cover.eachRow((row) => pairs.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(cover.getCell('A1').value).toBe('PHỤ LỤC SỐ LIỆU');
    expect(cover.getCell('A2').value).toBe('Kèm theo Báo cáo kết quả thực hiện công tác phòng, chống mại dâm 6 tháng đầu năm 2024 của Ủy ban nhân dân tỉnh Nghệ An');
    expect(pairs.get('Báo cáo')).toBe('Kết quả thực hiện công tác phòng, chống mại dâm 6 tháng đầu năm 2024');
    expect(pairs.get('Kỳ báo cáo')).toBe('6 tháng đầu năm 2024 (RH2024-1)');
    expect(pairs.get('Phạm vi số liệu')).toBe('Số liệu tính từ ngày 15/12/2023 đến ngày 14/6/2024');
    expect(pairs.get('Đơn vị báo cáo')).toBe('Tỉnh Nghệ An');
    expect(pairs.get('Loại báo cáo')).toBe('Báo cáo tổng hợp');
    expect(pairs.get('Trạng thái')).toBe('Dự thảo (phiên bản 1)');
    expect(pairs.get('Số đơn vị đã báo cáo')).toBe('128/130');
    expect(pairs.get('Đơn vị chưa có báo cáo')).toBe(input.report.content.missingUnits.map((unit) => unit.unitName).join(', '));
    expect(cover.getColumn(2).width).toBeGreaterThan(40);
  });

  it('writes each table with Vietnamese headers, a row per unit, numbers as numbers and a total equal to the sum', () => {
    tables.forEach((table, index) => {
      const sheet = workbook.worksheets[index + 1]!;
      expect(String(sheet.getCell('A1').value)).toContain(`Biểu ${index + 1}. ${table.title}`);
      expect(rowValues(sheet, 2)).toEqual(['STT', 'Đơn vị', ...table.columns.map((column) => column.label), 'Ghi chú']);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2, xSplit: 2 });
      expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual(22);
      table.rows.forEach((row, position) => {
        const cells = rowValues(sheet, 3 + position);
        expect(cells[0]).toBe(position + 1);
        expect(cells[1]).toBe(row.unitName);
        table.columns.forEach((column, offset) => {
          const expected = table.noData ? null : (row.values[column.key] ?? null);
          expect(cells[2 + offset] ?? null).toBe(expected);
        });
        if (row.source === 'missing') expect(cells[2 + table.columns.length]).toBe('Chưa có báo cáo được chấp nhận');
      });
      const totalRow = 3 + table.rows.length;
      expect(sheet.getCell(totalRow, 2).value).toBe(TOTAL_LABEL);
      expect(sheet.rowCount).toBe(totalRow);
      table.columns.forEach((column, offset) => {
        const cell = sheet.getCell(totalRow, 3 + offset);
        if (table.noData) {
          expect(cell.value).toBeNull();
          return;
        }
        let sum = 0;
        for (let row = 3; row < totalRow; row++) {
          const value = sheet.getCell(row, 3 + offset).value;
          if (value !== null) {
            expect(typeof value).toBe('number');
            sum += value as number;
          }
        }
        expect(cell.value).toBe(sum);
        expect(cell.value).toBe(table.total[column.key]);
        expect(cell.numFmt).toBe('#,##0');
      });
    });
  });

  it('leaves a table without records empty and says so, instead of zeros', () => {
    const sheet = workbook.getWorksheet('Tội phạm, xử phạt')!;
    expect(String(sheet.getCell('A1').value)).toContain(NO_DATA_NOTE);
    const totalRow = sheet.rowCount;
    expect(sheet.getCell(totalRow, sheet.getRow(2).cellCount).value).toBe(NO_DATA_NOTE);
    for (let row = 3; row <= totalRow; row++) {
      for (let column = 3; column < sheet.getRow(2).cellCount; column++) expect(sheet.getCell(row, column).value).toBeNull();
    }
  });

  it('lists the targets with their result and assessment', () => {
    const sheet = workbook.getWorksheet(TARGETS_SHEET)!;
    expect(rowValues(sheet, 2)).toEqual(['STT', 'Chỉ tiêu', 'Chỉ số', 'Mục tiêu', 'Kết quả', 'Đánh giá']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    const targets = input.report.content.targets;
    expect(sheet.rowCount).toBe(2 + targets.length);
    expect(rowValues(sheet, 3)).toEqual([1, targets[0]!.text, targets[0]!.indicatorName, targets[0]!.target, targets[0]!.result, 'Đạt']);
    expect(sheet.getCell(4, 6).value).toBe('Có nguy cơ không đạt');
    expect(sheet.getColumn(2).width).toBe(60);
  });
});

describe('renderReportAnnex: a commune\'s own report', () => {
  it('has one unit row per table and says it is the unit\'s own report', async () => {
    const input = communeReportInput();
    const workbook = await readWorkbook(await renderReportAnnex(input));
    const cover = workbook.getWorksheet(COVER_SHEET)!;
    const pairs = new Map<string, unknown>();
    cover.eachRow((row) => pairs.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(pairs.get('Loại báo cáo')).toBe('Báo cáo của đơn vị');
    expect(pairs.has('Số đơn vị đã báo cáo')).toBe(false);
    const sheet = workbook.getWorksheet('Kiểm tra, xử lý vi phạm')!;
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getCell(3, 2).value).toBe('Xã Diễn Châu');
    expect(sheet.getCell(3, 3).value).toBe(input.report.content.corrections[0]!.value);
    expect(sheet.getCell(4, 3).value).toBe(input.report.content.corrections[0]!.value);
  });
});

describe('sheetNameOf', () => {
  it('keeps names short, legal and distinct', () => {
    const taken = new Set<string>(['tuyên truyền']);
    expect(sheetNameOf({ key: 'communication', title: 'Thông tin, tuyên truyền' }, taken)).toBe('Tuyên truyền 2');
    const name = sheetNameOf({ key: 'other', title: 'Bảng: số liệu [đặc biệt] / theo tháng * rất dài, dài hơn ba mươi mốt ký tự' }, new Set());
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).not.toMatch(/[:\\/?*[\]]/);
  });
});

describe('renderReportAnnex: an agency\'s report', () => {
  it('goes with the agency\'s report and names the agency as the reporter', async () => {
    const base = communeReportInput();
    const input = {
      ...base,
      unit: { id: '40', name: 'Tỉnh Nghệ An', shortName: 'Nghệ An', kind: 'Tỉnh', level: 'province' },
      agency: { name: 'Công an tỉnh Nghệ An', kind: 'police' },
      report: { ...base.report, unitId: '40', unitName: 'Tỉnh Nghệ An', agencyId: 'c0a80101-0000-4000-8000-000000000001', agencyName: 'Công an tỉnh Nghệ An' },
    };
    const cover = (await readWorkbook(await renderReportAnnex(input))).getWorksheet(COVER_SHEET)!;
    const pairs = new Map<string, unknown>();
    cover.eachRow((row) => pairs.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(cover.getCell('A2').value).toBe('Kèm theo Báo cáo kết quả thực hiện công tác phòng, chống mại dâm 6 tháng đầu năm 2024 của Công an tỉnh Nghệ An');
    expect(pairs.get('Đơn vị báo cáo')).toBe('Công an tỉnh Nghệ An (Tỉnh Nghệ An)');
  });
});
