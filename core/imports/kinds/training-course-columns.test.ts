import { describe, expect, it } from 'vitest';
import { agencyKinds } from '../../agencies/agency-catalogue.ts';
import { agencyKindOptions, formatParticipants, parseParticipants } from './training-course-columns.ts';

describe('participants of one level, as a cell writes them', () => {
  it('reads kinds by label, code, English label or short name, accents and case aside, with thousands separators', () => {
    expect(parseParticipants('Công an: 12; hoi lien hiep phu nu: 8\nhealth: 1.200; Hội Phụ nữ : 3')).toEqual({
      value: [
        { agencyKind: 'police', participants: 12 },
        { agencyKind: 'womens_union', participants: 8 },
        { agencyKind: 'health', participants: 1200 },
        { agencyKind: 'womens_union', participants: 3 },
      ],
    });
    expect(parseParticipants("Women's Union: 4; Đội kiểm tra liên ngành (Đội 178): 5").value).toEqual([
      { agencyKind: 'womens_union', participants: 4 }, { agencyKind: 'inspection_team', participants: 5 },
    ]);
  });

  it('names every problem of the cell: a count without its agency, an unknown agency, a negative or missing count', () => {
    const parsed = parseParticipants('25; Sở Ngoại giao: 3; Công an: -2; Y tế:');
    expect(parsed.issue?.vi).toContain('"25": hãy ghi cơ quan, tổ chức kèm số người');
    expect(parsed.issue?.vi).toContain('Không có cơ quan, tổ chức "Sở Ngoại giao" trong danh mục');
    expect(parsed.issue?.vi).toContain('"Công an: -2": Không được là số âm');
    expect(parsed.issue?.vi).toContain('"Y tế": thiếu số người');
    expect(parsed.issue?.en).toContain('"Sở Ngoại giao" is not a kind of agency of the list');
  });

  it('writes what it reads back, and labels every kind of the catalogue', () => {
    const rows = [{ agencyKind: 'culture_sports_tourism' as const, participants: 7 }, { agencyKind: 'youth_union' as const, participants: 0 }];
    const text = formatParticipants(rows);
    expect(text).toBe('Văn hóa, Thể thao và Du lịch: 7; Đoàn TNCS Hồ Chí Minh: 0');
    expect(parseParticipants(text).value).toEqual(rows);
    expect(formatParticipants([{ agencyKind: null, participants: 9 }])).toBe('9');
    expect(agencyKindOptions.map((option) => option.code).sort()).toEqual([...agencyKinds].sort());
  });
});
