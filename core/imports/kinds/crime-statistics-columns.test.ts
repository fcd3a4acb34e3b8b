import { describe, expect, it } from 'vitest';
import { crimeArticles } from '../../api/crime-statistics.ts';
import { formatPeriod } from '../../periods/format-period.ts';
import { parsePeriod } from '../../periods/period.ts';
import crimeEn from '../../../web/src/i18n/modules/crime.en.json';
import crimeVi from '../../../web/src/i18n/modules/crime.vi.json';
import { crimeCountLabels, crimeLineLabels, crimeStatisticsColumns, parsePeriodCell } from './crime-statistics-columns.ts';

describe('the crime statistics columns', () => {
  it('name the lines and counts as the statistics screens do, in both languages', () => {
    for (const article of crimeArticles) {
      expect(crimeLineLabels[article]).toEqual({ vi: crimeVi.articles[article], en: crimeEn.articles[article] });
    }
    for (const [field, label] of Object.entries(crimeCountLabels)) {
      expect(label).toEqual({ vi: crimeVi.fields[field as keyof typeof crimeVi.fields], en: crimeEn.fields[field as keyof typeof crimeEn.fields] });
    }
    const header = (key: string) => crimeStatisticsColumns.find((column) => column.key === key)!.header;
    expect(header('period')).toEqual({ vi: crimeVi.fields.period, en: crimeEn.fields.period });
    expect(header('article')).toEqual({ vi: crimeVi.fields.article, en: crimeEn.fields.article });
    expect(header('unitId')).toEqual({ vi: crimeVi.fields.unitId, en: crimeEn.fields.unitId });
  });
});

describe('parsePeriodCell', () => {
  it('reads the ways registers write a period', () => {
    const cases: [string | number, string][] = [
      ['Quý 1/2026', 'Q2026-1'], ['quý I năm 2026', 'Q2026-1'], ['Quý IV/2025', 'Q2025-4'], ['Q3 2024', 'Q2024-3'], ['Q2026-1', 'Q2026-1'],
      ['q2026-2', 'Q2026-2'], ['6 tháng đầu năm 2026', 'H2026-1'], ['6 tháng cuối năm 2025', 'H2025-2'], ['H2026-1', 'H2026-1'],
      ['first half of 2026', 'H2026-1'], ['Tháng 03/2026', 'M2026-03'], ['tháng 3 năm 2026', 'M2026-03'], ['03/2026', 'M2026-03'],
      ['M2026-3', 'M2026-03'], ['March 2026', 'M2026-03'], ['Năm 2026', 'Y2026'], ['2026', 'Y2026'], [2026, 'Y2026'], ['Y2025', 'Y2025'],
      ['RQ2026-1', 'RQ2026-1'], ['Kỳ báo cáo quý 1/2026', 'RQ2026-1'], ['Kỳ báo cáo năm 2025', 'RY2025'], [46082, 'M2026-03'],
      ['QUÝ 2/2026'.normalize('NFD'), 'Q2026-2'],
    ];
    for (const [cell, code] of cases) expect(parsePeriodCell(cell), String(cell)).toBe(code);
  });

  it('reads back every period as the screens and exports write it, on both bases', () => {
    for (const code of ['M2026-03', 'Q2026-1', 'H2026-2', 'Y2025', 'RM2026-03', 'RQ2026-1', 'RH2026-1', 'RY2026']) {
      for (const language of ['vi', 'en'] as const) {
        const text = formatPeriod(parsePeriod(code), language);
        expect(parsePeriodCell(text), text).toBe(code);
      }
    }
  });

  it('names no period for anything else', () => {
    for (const cell of ['Quý 5/2026', 'Tháng 13/2026', 'P2021-2025', 'giai đoạn 2021-2025', 'quý I năm 2026 (ghi chú)', 'quý I năm 2026 (số liệu từ 1/1/2026 đến 31/3/2026)',
      'năm 1999', 46083, '15/03/2026', 'abc', '']) {
      expect(parsePeriodCell(cell), String(cell)).toBeUndefined();
    }
  });
});
