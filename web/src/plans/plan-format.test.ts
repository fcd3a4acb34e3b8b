import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { translations } from '../i18n/resources.ts';
import { compareStatus, isShareTarget, linesOf, periodLabel, targetInWords } from './plan-format.ts';

const instance = i18next.createInstance();
beforeAll(async () => {
  await instance.init({ resources: { vi: { translation: translations.vi }, en: { translation: translations.en } }, lng: 'vi', interpolation: { escapeValue: false } });
});
const words = (target: Parameters<typeof targetInWords>[0], language: 'vi' | 'en' = 'vi') =>
  targetInWords(target, instance.getFixedT(language), language);

describe('targetInWords', () => {
  it('writes shares, ranges and equalities as plans do', () => {
    expect(words({ indicatorCode: 'communication.child_units_active', comparator: 'gte', value: 70, valueHigh: null })).toBe('≥ 70%');
    expect(words({ indicatorCode: 'tips.handled_on_time', comparator: 'eq', value: 100, valueHigh: null })).toBe('= 100%');
    expect(words({ indicatorCode: 'inspections.registry_share', comparator: 'gte', value: 20.5, valueHigh: null })).toBe('≥ 20,5%');
    expect(words({ indicatorCode: 'inspections.registry_share', comparator: 'gte', value: 20.5, valueHigh: null }, 'en')).toBe('≥ 20.5%');
  });

  it('writes growth, counts, months and done in words', () => {
    expect(words({ indicatorCode: 'enforcement.crimes_handled_growth', comparator: 'range', value: 3, valueHigh: 5 })).toBe('tăng 3–5%');
    expect(words({ indicatorCode: 'inspections.count', comparator: 'range', value: 10, valueHigh: 15 })).toBe('10–15 lượt');
    expect(words({ indicatorCode: 'communication.press_monthly', comparator: 'gte', value: 12, valueHigh: null }, 'en')).toBe('≥ 12 months');
    expect(words({ indicatorCode: 'planning.annual_plan_on_time', comparator: 'eq', value: 1, valueHigh: null })).toBe('Thực hiện');
  });
});

describe('plan helpers', () => {
  it('names periods and keeps unknown codes as typed', () => {
    expect(periodLabel('Y2026', 'vi')).toBe('năm 2026');
    expect(periodLabel('RH2026-1', 'vi')).toBe('6 tháng đầu năm 2026 (số liệu từ 15/12/2025 đến 14/6/2026)');
    expect(periodLabel('Y20x6', 'vi')).toBe('Y20x6');
  });

  it('draws bars only for shares of a whole', () => {
    expect(isShareTarget({ indicatorCode: 'tips.handled_on_time', comparator: 'eq', value: 100, valueHigh: null })).toBe(true);
    expect(isShareTarget({ indicatorCode: 'enforcement.crimes_handled_growth', comparator: 'gte', value: 3, valueHigh: null })).toBe(false);
    expect(isShareTarget({ indicatorCode: 'inspections.count', comparator: 'gte', value: 3, valueHigh: null })).toBe(false);
  });

  it('sorts the worst status first and splits paragraphs by line', () => {
    expect(['met', 'no_data', 'not_met', 'on_track', 'at_risk'].sort((a, b) => compareStatus(a as never, b as never)))
      .toEqual(['not_met', 'at_risk', 'no_data', 'on_track', 'met']);
    expect(linesOf(' Một.\n\n  Hai. \n')).toEqual(['Một.', 'Hai.']);
  });
});
