import { describe, expect, it } from 'vitest';
import { planContent } from './plan.ts';
import { deriveChildPlanContent, unitInSentence, type CascadeUnit } from './cascade.ts';

const province: CascadeUnit = { id: '40', name: 'Tỉnh Nghệ An', level: 'province', kind: 'Tỉnh', shortName: 'Nghệ An', validTo: null, hasChildren: true };
const ward: CascadeUnit = { id: '16681', name: 'Phường Thành Vinh', level: 'commune', kind: 'Phường', shortName: 'Thành Vinh', validTo: null, hasChildren: false };

const parent = planContent.parse({
  issuerUnitId: '40',
  issuePlace: 'Nghệ An',
  title: 'Thực hiện phòng, chống mại dâm trên địa bàn tỉnh Nghệ An năm 2026',
  periodCode: 'Y2026',
  targets: [
    { key: 'xa-tuyen-truyen', indicatorCode: 'communication.child_units_active', comparator: 'gte', value: 70, periodCode: 'Y2026', text: 'Ít nhất 70% số xã' },
    { key: 'kiem-tra', indicatorCode: 'inspections.registry_share', comparator: 'gte', value: 20, periodCode: 'Y2026', text: 'Kiểm tra ít nhất 20% số cơ sở' },
  ],
  assignments: [
    { agencyKind: 'health', agencyName: 'Sở Y tế', role: 'lead', duties: ['Chủ trì'] },
    { agencyKind: 'police', agencyName: 'Công an tỉnh', role: 'support', duties: ['Đấu tranh'] },
    { agencyKind: 'newspaper', agencyName: 'Báo Nghệ An', role: 'support', duties: ['Đăng tin'] },
    { agencyKind: 'other', agencyName: 'Ban Chỉ đạo 138 tỉnh', role: 'support', duties: ['Theo dõi'] },
  ],
  budget: [{ source: 'province', amount: 500_000_000 }],
  recipients: ['Bộ Y tế'],
  signer: { authority: 'TM. ỦY BAN NHÂN DÂN', onBehalf: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Bùi Đình Long' },
});

describe('deriveChildPlanContent', () => {
  const { content, omitted } = deriveChildPlanContent({ content: parent, number: '15/KH-UBND', issueDate: '2026-01-20' }, province, ward);

  it('names the child in the title and cites the parent plan as its basis', () => {
    expect(unitInSentence(ward)).toBe('phường Thành Vinh');
    expect(content.title).toBe('Thực hiện phòng, chống mại dâm trên địa bàn phường Thành Vinh năm 2026');
    expect(content.legalBasis).toEqual([
      'Kế hoạch số 15/KH-UBND ngày 20/01/2026 của UBND tỉnh Nghệ An về thực hiện phòng, chống mại dâm trên địa bàn tỉnh Nghệ An năm 2026',
    ]);
    expect(content).toMatchObject({ issuerUnitId: '16681', number: null, issueDate: null, issuePlace: 'Thành Vinh', recipients: [] });
  });

  it('links each target to the parent\'s and drops targets about child units for a unit that has none', () => {
    expect(content.targets.map((target) => [target.key, target.parentTargetKey, target.value])).toEqual([['kiem-tra', 'kiem-tra', 20]]);
    expect(omitted).toContain('target:xa-tuyen-truyen');
  });

  it('maps assignments to the child\'s own agencies and leaves out those it does not have', () => {
    expect(content.assignments.map((assignment) => [assignment.role, assignment.agencyName])).toEqual([
      ['lead', 'Phòng Văn hóa - Xã hội'],
      ['support', 'Công an phường Thành Vinh'],
    ]);
    expect(omitted).toEqual(expect.arrayContaining(['assignment:Báo Nghệ An', 'assignment:Ban Chỉ đạo 138 tỉnh']));
  });

  it('keeps budget sources without the parent\'s amounts, and leaves the signer unnamed', () => {
    expect(content.budget).toEqual([{ source: 'province', amount: null, notes: null }]);
    expect(content.signer).toEqual({ authority: 'TM. ỦY BAN NHÂN DÂN', onBehalf: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: null });
  });
});
