import { describe, expect, it } from 'vitest';
import { agencyNumberCode, dataPeriodLine, formatFigure, reportedUnits, periodPhrase, reportFileNames, reportSubject } from './report-wording.ts';

describe('report wording', () => {
  it('writes figures the Vietnamese way', () => {
    expect(formatFigure(1_234_567)).toBe('1.234.567');
    expect(formatFigure(0)).toBe('0');
    expect(formatFigure(999)).toBe('999');
    expect(formatFigure(72.5)).toBe('72,5');
    expect(formatFigure(-1500)).toBe('-1.500');
    expect(formatFigure(null)).toBe('–');
  });

  it('names the period from its code', () => {
    expect(periodPhrase('RH2024-1')).toBe('6 tháng đầu năm 2024');
    expect(periodPhrase('RH2024-2')).toBe('6 tháng cuối năm 2024');
    expect(periodPhrase('RY2024')).toBe('năm 2024');
    expect(periodPhrase('RQ2024-3')).toBe('quý III năm 2024');
    expect(periodPhrase('RM2024-06')).toBe('tháng 6 năm 2024');
    expect(periodPhrase('P2021-2025')).toBe('giai đoạn 2021–2025');
    expect(periodPhrase('AH20240101-20240630')).toBeNull();
  });

  it('falls back to the dates for a period it cannot name, and cites the Decree 09 cut-off', () => {
    expect(reportSubject({ kind: 'half_year', periodCode: 'odd', periodStart: '2024-01-01', periodEnd: '2024-03-31', title: '' }))
      .toBe('Kết quả thực hiện công tác phòng, chống mại dâm từ ngày 1/1/2024 đến ngày 31/3/2024');
    expect(dataPeriodLine('2023-12-15', '2024-06-14')).toBe('Số liệu tính từ ngày 15/12/2023 đến ngày 14/6/2024');
  });

  it('names files in ASCII and in Vietnamese', () => {
    const names = reportFileNames({
      request: { kind: 'half_year', periodCode: 'RH2024-1', periodStart: '2023-12-15', periodEnd: '2024-06-14', title: '', reporterDeadline: '2024-06-20', consolidatorDeadline: null, planId: null },
      unit: { id: '40', name: 'Tỉnh Nghệ An', shortName: 'Nghệ An', kind: 'Tỉnh', level: 'province' },
    }, 'Báo cáo', 'docx');
    expect(names).toEqual({ ascii: 'Bao-cao-6-thang-dau-nam-2024-Tinh-Nghe-An.docx', unicode: 'Báo cáo 6 tháng đầu năm 2024 Tỉnh Nghệ An.docx' });
    const adHoc = reportFileNames({
      request: { kind: 'ad_hoc', periodCode: 'AH1', periodStart: '2025-01-01', periodEnd: '2025-02-01', title: 'Báo cáo nhanh: Tết/2025 "đột xuất"', reporterDeadline: '2025-02-05', consolidatorDeadline: null, planId: null },
      unit: { id: '16681', name: 'Phường Thành Vinh', shortName: 'Thành Vinh', kind: 'Phường', level: 'commune' },
    }, 'Báo cáo', 'xlsx');
    expect(adHoc.unicode).toBe('Báo cáo Nhanh Tết 2025 đột xuất Phường Thành Vinh.xlsx');
    expect(adHoc.ascii).toBe('Bao-cao-Nhanh-Tet-2025-dot-xuat-Phuong-Thanh-Vinh.xlsx');
  });

  it('codes an agency\'s report number from the initials of its name, without the place', () => {
    expect(agencyNumberCode('Công an tỉnh Nghệ An', 'Nghệ An')).toBe('BC-CAT');
    expect(agencyNumberCode('Sở Văn hóa, Thể thao và Du lịch', 'Nghệ An')).toBe('BC-SVHTTDL');
    expect(agencyNumberCode('Sở Y tế', 'Nghệ An')).toBe('BC-SYT');
    expect(agencyNumberCode('Phòng Văn hóa - Xã hội', 'Thành Vinh')).toBe('BC-PVHXH');
    expect(agencyNumberCode('Đoàn Thanh niên phường Thành Vinh', 'Thành Vinh')).toBe('BC-ĐTNP');
  });

  it('counts a consolidated report\'s reporters once each, agencies included, over every table', () => {
    const row = (unitId: string, agencyId: string | null, source: 'own' | 'report' | 'missing') => ({ unitId, unitName: unitId, agencyId, source, values: {} });
    const table = (key: string, rows: ReturnType<typeof row>[]) => ({ key, title: key, columns: [], rows, total: {}, noData: false });
    const report = {
      role: 'consolidator',
      content: {
        // The registry's table has no agency rows; the inspections table has the police's and the culture department's.
        tables: [
          table('establishments', [row('16681', null, 'report'), row('16702', null, 'missing'), row('40', null, 'own')]),
          table('inspections', [row('16681', null, 'report'), row('16702', null, 'missing'), row('40', 'police', 'report'), row('40', 'culture', 'missing'), row('40', null, 'own')]),
        ],
        missingUnits: [{ unitId: '16702', unitName: '16702', agencyId: null }, { unitId: '40', unitName: 'Sở Văn hóa', agencyId: 'culture' }],
      },
    } as unknown as Parameters<typeof reportedUnits>[0];
    expect(reportedUnits(report)).toEqual({ reported: 2, expected: 4, hasOwnRow: true, withAgencies: true });
  });
});
