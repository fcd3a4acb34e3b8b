import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook, rowValues } from '../../test-support/office-files.ts';
import { figureTables } from '../../core/reports/figures.ts';
import { communeReportInput, provinceReportInput } from '../../test-support/report-fixtures.ts';
import { renderReportAnnex } from './report-annex.ts';

const vietnameseLetters = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

describe('renderReportAnnex in English: a province\'s consolidated report', () => {
  const input = provinceReportInput({ communes: 12, missing: 2, empty: ['crime'] });
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    workbook = await readWorkbook(await renderReportAnnex(input, 'en'));
  });

  it('names its sheets in English, in the same order as the official annex', () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'General information', 'Establishments, hotspots', 'Inspections, sanctions', 'Tips, denunciations', 'Communication', 'Training',
      'Support, harm reduction', 'Crimes, sanctions', 'Targets',
    ]);
  });

  it('says in the cover\'s title row and in every page header that it is an unofficial translation', () => {
    const cover = workbook.getWorksheet('General information')!;
    expect(cover.getCell('A1').value).toBe('STATISTICAL ANNEX (Unofficial English translation — the Vietnamese document is the official one)');
    for (const sheet of workbook.worksheets) expect(sheet.headerFooter.oddHeader).toContain('Unofficial English translation');
    expect(workbook.title).toContain('unofficial English translation');
  });

  it('words the cover in English, names as written', () => {
    const cover = workbook.getWorksheet('General information')!;
    const pairs = new Map<string, unknown>();
    cover.eachRow((row) => pairs.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(cover.getCell('A2').value).toBe(
      'Attached to the report on the results of prostitution prevention and control in the first 6 months of 2024 of the People\'s Committee of Nghệ An Province',
    );
    expect(pairs.get('Report')).toBe('Results of prostitution prevention and control in the first 6 months of 2024');
    expect(pairs.get('Reporting period')).toBe('First 6 months of 2024 (RH2024-1)');
    expect(pairs.get('Data range')).toBe('Figures from 15/12/2023 to 14/6/2024');
    expect(pairs.get('Reporting unit')).toBe('Nghệ An Province');
    expect(pairs.get('Type of report')).toBe('Consolidated report');
    expect(pairs.get('Status')).toBe('Draft (version 1)');
    expect(pairs.get('Deadline')).toBe('25/06/2024');
    expect(pairs.get('Units reported')).toBe('10/12');
    expect(pairs.get('Units without an accepted report')).toBe(input.report.content.missingUnits.map((unit) => unit.unitName).join(', '));
    expect(pairs.get('Table 2')).toBe('Inspections and sanctions (sheet "Inspections, sanctions")');
    expect(pairs.get('Targets')).toBe('Results against the targets (sheet "Targets")');
  });

  it('heads each table with the English titles and labels of core/reports/figures.ts, the same numbers, a "Total" row', () => {
    input.report.content.tables.forEach((table, index) => {
      const definition = figureTables.find((candidate) => candidate.key === table.key)!;
      const sheet = workbook.worksheets[index + 1]!;
      expect(String(sheet.getCell('A1').value)).toBe(`Table ${index + 1}. ${definition.title.en}${table.noData ? ' — No data in the period.' : ''}`);
      expect(rowValues(sheet, 2)).toEqual(['No.', 'Unit', ...definition.figures.map((figure) => figure.label.en), 'Notes']);
      // "đồng" is the currency's name, in English too.
      expect(rowValues(sheet, 2).join(' ').replace('(đồng)', '')).not.toMatch(vietnameseLetters);
      const totalRow = sheet.rowCount;
      expect(sheet.getCell(totalRow, 2).value).toBe('Total');
      table.columns.forEach((column, offset) => expect(sheet.getCell(totalRow, 3 + offset).value).toBe(table.noData ? null : table.total[column.key]));
      table.rows.forEach((row, position) => {
        expect(sheet.getCell(3 + position, 2).value).toBe(row.unitName);
        const note = sheet.getCell(3 + position, 2 + table.columns.length + 1).value;
        if (row.source === 'missing') expect(note).toBe('No accepted report');
        if (row.source === 'own') expect(note).toBe('Figures of the consolidating unit');
      });
    });
  });

  it('lists the targets as written, their results and assessments in English', () => {
    const sheet = workbook.getWorksheet('Targets')!;
    expect(sheet.getCell('A1').value).toBe('Results against the targets');
    expect(rowValues(sheet, 2)).toEqual(['No.', 'Target', 'Indicator', 'Goal', 'Result', 'Assessment']);
    const [first, second] = input.report.content.targets;
    expect(rowValues(sheet, 3)).toEqual([1, first!.text, first!.indicatorName, '≥ 20%', '23.5%', 'Met']);
    expect(rowValues(sheet, 4).slice(4)).toEqual(['64.6%', 'At risk of not being met']);
    expect(sheet.getCell(5, 6).value).toBe('No data yet');
    expect(second!.text).toMatch(vietnameseLetters);
  });
});

describe('renderReportAnnex in English: a commune\'s own report', () => {
  it('says it is the unit\'s own report', async () => {
    const workbook = await readWorkbook(await renderReportAnnex(communeReportInput(), 'en'));
    const cover = workbook.getWorksheet('General information')!;
    const pairs = new Map<string, unknown>();
    cover.eachRow((row) => pairs.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(pairs.get('Type of report')).toBe('The unit\'s own report');
    expect(pairs.get('Reporting unit')).toBe('Diễn Châu Commune');
    expect(pairs.has('Units reported')).toBe(false);
  });
});
