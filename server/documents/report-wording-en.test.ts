import { describe, expect, it } from 'vitest';
import { indicatorCatalogue } from '../../core/indicators/catalogue.ts';
import type { IndicatorKind } from '../../core/indicators/indicator.ts';
import { formatMeasurement } from '../../core/indicators/measurement.ts';
import { englishFigure, englishIndicatorName, englishMeasure, englishPlace, englishPlaceOfName, englishSignerTitle } from './english-terms.ts';
import { reportWording } from './report-language.ts';
import type { ReportRequestInfo } from './report-wording.ts';

const english = reportWording('en');
const request = (overrides: Partial<ReportRequestInfo>): ReportRequestInfo => ({
  kind: 'half_year', periodCode: 'RH2024-1', periodStart: '2023-12-15', periodEnd: '2024-06-14', title: 'Báo cáo 6 tháng đầu năm 2024',
  reporterDeadline: '2024-06-20', consolidatorDeadline: null, planId: null, ...overrides,
});
const province = { id: '40', name: 'Tỉnh Nghệ An', shortName: 'Nghệ An', kind: 'Tỉnh', level: 'province' };
const commune = { id: '16681', name: 'Xã Diễn Châu', shortName: 'Diễn Châu', kind: 'Xã', level: 'commune' };

describe('the English wording of a report', () => {
  it('words the subject from the period code, and keeps an ad hoc request\'s title as given', () => {
    const subjectOf = (overrides: Partial<ReportRequestInfo>) => english.subject(request(overrides));
    expect(subjectOf({})).toBe('Results of prostitution prevention and control in the first 6 months of 2024');
    expect(subjectOf({ periodCode: 'RH2024-2' })).toBe('Results of prostitution prevention and control in the last 6 months of 2024');
    expect(subjectOf({ kind: 'annual', periodCode: 'RY2024' })).toBe('Results of prostitution prevention and control in 2024');
    expect(subjectOf({ kind: 'quarterly', periodCode: 'RQ2024-3' })).toBe('Results of prostitution prevention and control in the third quarter of 2024');
    expect(subjectOf({ kind: 'monthly', periodCode: 'RM2024-06' })).toBe('Results of prostitution prevention and control in June 2024');
    expect(subjectOf({ kind: 'phase_end', periodCode: 'P2021-2025' })).toBe('Results of prostitution prevention and control in the period 2021–2025');
    expect(subjectOf({ periodCode: 'odd', periodStart: '2024-01-01', periodEnd: '2024-03-31' }))
      .toBe('Results of prostitution prevention and control from 1/1/2024 to 31/3/2024');
    expect(subjectOf({ kind: 'ad_hoc', periodCode: 'AH-2025-01', title: 'Báo cáo kết quả kiểm tra cơ sở lưu trú dịp Tết Nguyên đán 2025' }))
      .toBe('Kết quả kiểm tra cơ sở lưu trú dịp Tết Nguyên đán 2025');
    expect(english.dataPeriod('2023-12-15', '2024-06-14')).toBe('Figures from 15/12/2023 to 14/6/2024');
  });

  it('opens and closes with who reports to whom, an ad hoc title in quotes', () => {
    const authority = english.authority({ unit: commune, agency: null });
    expect(authority).toBe('the People\'s Committee of Diễn Châu Commune');
    expect(english.opening({ request: request({}), issuerName: 'Tỉnh Nghệ An', authority })).toBe(
      'Pursuant to the reporting regime of the People\'s Committee of Nghệ An Province, the People\'s Committee of Diễn Châu Commune '
      + 'reports on the results of prostitution prevention and control in the first 6 months of 2024 as follows:',
    );
    const adHoc = request({ kind: 'ad_hoc', title: 'Báo cáo nhanh dịp Tết' });
    expect(english.opening({ request: adHoc, issuerName: 'Tỉnh Nghệ An', authority: 'Công an tỉnh Nghệ An' }))
      .toBe('At the request of the People\'s Committee of Nghệ An Province, Công an tỉnh Nghệ An reports on “Nhanh dịp Tết” as follows:');
    expect(english.opening({ request: request({}), issuerName: null, authority: english.authority({ unit: province }) }))
      .toMatch(/^The People's Committee of Nghệ An Province reports on the results of/);
    expect(english.closing({ request: request({}), issuerName: null, authority }))
      .toBe('The above is the report of the People\'s Committee of Diễn Châu Commune on the results of prostitution prevention and control in the first 6 months of 2024./.');
  });

  it('writes figures the English way', () => {
    expect(englishFigure(1_234_567)).toBe('1,234,567');
    expect(englishFigure(72.5)).toBe('72.5');
    expect(englishFigure(-1500)).toBe('-1,500');
    expect(englishFigure(0)).toBe('0');
    expect(englishFigure(null)).toBe('–');
  });

  it('words the indicator engine\'s Vietnamese results as the engine words them in English', () => {
    const cases: [IndicatorKind, number | null, number | null][] = [
      ['share_of_child_units', 72.5, null], ['share_of_population', 100, null], ['year_on_year_growth', 4.2, null], ['year_on_year_growth', -12.25, null],
      ['count', 12, null], ['count', 12_345, null], ['monthly_frequency', 8, 12], ['monthly_frequency', 1, null], ['monthly_frequency', 5, null],
      ['done', 1, null], ['done', 0, null], ['count', null, null],
    ];
    for (const [kind, value, months] of cases) {
      const measured = { value, denominator: months };
      expect(englishMeasure(formatMeasurement(kind, measured, 'vi')), `${kind} ${value}`).toBe(formatMeasurement(kind, measured, 'en'));
    }
    expect(englishMeasure('≥ 70%')).toBe('≥ 70%');
    expect(englishMeasure('3–5,5%')).toBe('3–5.5%');
    expect(englishMeasure('tăng ≥ 10%')).toBe('growth ≥ 10%');
    expect(englishMeasure('≥ 1.000 lượt')).toBe('≥ 1,000');
    expect(englishMeasure('Hoàn thành')).toBe('Done');
    expect(englishMeasure('Theo kế hoạch của huyện')).toBe('Theo kế hoạch của huyện');
  });

  it('names indicators from the catalogue, and leaves an unknown name as written', () => {
    const indicator = indicatorCatalogue[0]!;
    expect(englishIndicatorName(indicator.name.vi)).toBe(indicator.name.en);
    expect(englishIndicatorName('Chỉ số riêng của xã')).toBe('Chỉ số riêng của xã');
  });

  it('translates the default signers\' titles only', () => {
    expect(englishSignerTitle('TM. ỦY BAN NHÂN DÂN')).toBe('ON BEHALF OF THE PEOPLE\'S COMMITTEE');
    expect(englishSignerTitle('KT. Chủ tịch')).toBe('FOR THE CHAIR');
    expect(englishSignerTitle('PHÓ CHỦ TỊCH')).toBe('VICE CHAIR');
    expect(englishSignerTitle('CHỦ TỊCH')).toBe('CHAIR');
    expect(englishSignerTitle('THỦ TRƯỞNG CƠ QUAN')).toBe('HEAD OF AGENCY');
    expect(englishSignerTitle('GIÁM ĐỐC')).toBe('GIÁM ĐỐC');
  });

  it('names places with their kind in English, and a place of no known kind as written', () => {
    expect(englishPlace(province)).toBe('Nghệ An Province');
    expect(englishPlace({ kind: 'Phường', shortName: 'Thành Vinh', name: 'Phường Thành Vinh' })).toBe('Thành Vinh Ward');
    expect(englishPlace({ kind: '', shortName: 'X', name: 'Khu X' })).toBe('Khu X');
    expect(englishPlaceOfName('Thành phố Hà Nội')).toBe('Hà Nội City');
    expect(englishPlaceOfName('Thị xã Hoàng Mai')).toBe('Hoàng Mai Town');
    expect(englishPlaceOfName('Khu kinh tế Đông Nam')).toBe('Khu kinh tế Đông Nam');
    expect(english.addresses.committeeOf('Tỉnh Nghệ An')).toBe('People\'s Committee of Nghệ An Province');
    expect(english.addresses.forConsolidation('Sở Y tế')).toBe('Sở Y tế (for consolidation)');
  });

  it('names files in English, marked apart from the official document\'s', () => {
    expect(english.fileNames({ request: request({}), unit: province }, 'docx'))
      .toEqual({ ascii: 'Report-first-6-months-of-2024-Nghe-An-Province.docx', unicode: 'Report first 6 months of 2024 Nghệ An Province.docx' });
    expect(english.fileNames({ request: request({}), unit: province, agency: { name: 'Công an tỉnh Nghệ An', kind: 'police' } }, 'xlsx').ascii)
      .toBe('Statistical-annex-first-6-months-of-2024-Cong-an-tinh-Nghe-An.xlsx');
    expect(reportWording('vi').fileNames({ request: request({}), unit: province }, 'docx').ascii).toBe('Bao-cao-6-thang-dau-nam-2024-Tinh-Nghe-An.docx');
  });
});
