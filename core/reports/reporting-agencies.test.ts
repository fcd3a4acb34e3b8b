import { describe, expect, it } from 'vitest';
import { dutiesOf, reportingAgencies, type ReportingAgencyCandidate } from './reporting-agencies.ts';

const agency = (id: string, kind: string, name: string, extra: Partial<ReportingAgencyCandidate> = {}): ReportingAgencyCandidate =>
  ({ id, kind, name, isLead: false, isActive: true, ...extra });

const agencies = [
  agency('lead', 'health', 'Sở Y tế', { isLead: true }),
  agency('police', 'police', 'Công an tỉnh Nghệ An'),
  agency('culture', 'culture_sports_tourism', 'Sở Văn hóa, Thể thao và Du lịch'),
  agency('women', 'womens_union', 'Hội Liên hiệp Phụ nữ tỉnh'),
  agency('closed', 'education', 'Sở Giáo dục và Đào tạo', { isActive: false }),
  agency('club', 'other', 'Câu lạc bộ Đồng đẳng Hoa Sen'),
];
const assignment = (agencyKind: string, agencyName: string, duties: string[]) =>
  ({ agencyKind, agencyName, duties }) as Parameters<typeof dutiesOf>[1][number];

describe('reportingAgencies', () => {
  it('takes the agencies the plan assigns, never the lead nor an inactive one', () => {
    const plan = [
      assignment('health', 'Sở Y tế', ['Chủ trì, tổng hợp.']),
      assignment('police', 'Công an tỉnh', ['Đấu tranh, triệt xóa tụ điểm.']),
      assignment('womens_union', 'Hội LHPN tỉnh', ['Tuyên truyền trong hội viên.']),
      assignment('education', 'Sở Giáo dục và Đào tạo', ['Giáo dục giới tính.']),
    ];
    expect(reportingAgencies(agencies, plan).map((row) => row.id)).toEqual(['police', 'women']);
  });

  it('takes every active agency but the lead when the plan assigns none', () => {
    expect(reportingAgencies(agencies, []).map((row) => row.id)).toEqual(['police', 'culture', 'women', 'club']);
  });

  it('matches an "other" body by its name, accents and case aside', () => {
    const plan = [assignment('other', 'câu lạc bộ đồng đẳng hoa sen', ['Tiếp cận cộng đồng.']), assignment('other', 'Nhóm khác', ['Khác.'])];
    expect(reportingAgencies(agencies, plan).map((row) => row.id)).toEqual(['club']);
  });
});

describe('dutiesOf', () => {
  it('gathers the duties of every assignment of the agency, in the plan order', () => {
    const plan = [
      assignment('police', 'Công an tỉnh', ['Đấu tranh, triệt xóa tụ điểm.', 'Thống kê tội phạm.']),
      assignment('health', 'Sở Y tế', ['Chủ trì.']),
      assignment('police', 'Công an tỉnh', ['Phối hợp kiểm tra liên ngành.']),
    ];
    expect(dutiesOf(agencies[1]!, plan)).toEqual(['Đấu tranh, triệt xóa tụ điểm.', 'Thống kê tội phạm.', 'Phối hợp kiểm tra liên ngành.']);
    expect(dutiesOf(agencies[2]!, plan)).toEqual([]);
  });
});
