import { describe, expect, it } from 'vitest';
import { planContent, planTarget, type PlanContentInput } from '../../core/plans/plan.ts';
import { planWording } from './plan-language.ts';

const en = planWording('en');
const vi = planWording('vi');
const province = { name: 'Tỉnh Nghệ An', kind: 'Tỉnh', shortName: 'Nghệ An', level: 'province' };
const ward = { name: 'Phường Phú Thứ', kind: 'Phường', shortName: 'Phú Thứ', level: 'commune' };

function contentWith(overrides: Partial<PlanContentInput> = {}) {
  return planContent.parse({
    issuerUnitId: '40', issuePlace: 'Nghệ An', title: 'Thực hiện phòng, chống mại dâm năm 2026.', periodCode: 'Y2026',
    assignments: [{ agencyKind: 'health', agencyName: 'Sở Y tế', role: 'lead', duties: [] }],
    signer: { authority: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH' },
    ...overrides,
  });
}

const target = (fields: Record<string, unknown>) => planTarget.parse({ key: 'k', periodCode: 'Y2026', text: 'Câu chỉ tiêu', comparator: 'gte', value: 70, ...fields });

describe('the plan\'s wording in English', () => {
  it('words every kind of report of the reporting regime, with its deadlines d/m', () => {
    const context = { content: contentWith(), issuer: province, periodStart: '2026-01-01' };
    const sentence = (rule: Record<string, unknown>) => en.reporting({ reporterDeadline: null, consolidatorDeadline: null, reporterDeadlineDate: null, recipients: [], notes: null, kind: 'annual', ...rule } as never, context);
    const reporters = 'the provincial departments, agencies, sectors and mass organisations and the commune-level People\'s Committees';
    expect(sentence({ kind: 'half_year', reporterDeadline: { day: 20, month: 6 }, consolidatorDeadline: { day: 25, month: 6 }, recipients: ['Bộ Y tế'] }))
      .toBe(`6-month report: ${reporters} report by 20/6 each year; Sở Y tế consolidates them and reports to Bộ Y tế by 25/6 each year.`);
    expect(sentence({ kind: 'monthly', reporterDeadline: { day: 22, month: 1 } }))
      .toBe(`Monthly report: ${reporters} report by the 22nd of each month; Sở Y tế consolidates them and reports to the People's Committee of Nghệ An Province.`);
    expect(sentence({ kind: 'quarterly', reporterDeadline: { day: 11, month: 3 } })).toContain('report by the 11th of the last month of each quarter;');
    expect(sentence({ kind: 'phase_end', reporterDeadlineDate: '2026-11-05', consolidatorDeadline: { day: 15, month: 11 } }))
      .toContain('Final report on the implementation of the Plan: the provincial departments, agencies, sectors and mass organisations and the commune-level People\'s Committees report by 05/11/2026; Sở Y tế consolidates them and reports to the People\'s Committee of Nghệ An Province by 15/11.');
    expect(sentence({ kind: 'ad_hoc', notes: 'Ghi chú như đã viết' })).toBe(`Ad hoc report: when requested, ${reporters} send their reports to Sở Y tế; Sở Y tế consolidates them and reports to the People's Committee of Nghệ An Province. Ghi chú như đã viết.`);
    expect(en.reporting({ kind: 'annual', reporterDeadline: null, consolidatorDeadline: null, reporterDeadlineDate: null, recipients: [], notes: null }, { ...context, periodStart: '2024-01-01' }))
      .toContain('and the district-level People\'s Committees send their reports to Sở Y tế');
    expect(en.reporting({ kind: 'annual', reporterDeadline: null, consolidatorDeadline: null, reporterDeadlineDate: null, recipients: [], notes: null }, { ...context, issuer: ward }))
      .toBe('Annual report: the agencies, sectors and mass organisations of Phú Thứ Ward send their reports to Sở Y tế; Sở Y tế consolidates them and reports to the People\'s Committee of Phú Thứ Ward.');
  });

  it('says under each target what it sets: the indicator\'s English name and the value, and the year when it is not the plan\'s', () => {
    const note = en.targetNote!;
    expect(note(target({ indicatorCode: 'communication.child_units_active' }), 'Y2026'))
      .toBe('Indicator: Share of child units running at least one form of communication, regularly. Target: ≥\u00a070%.');
    expect(note(target({ indicatorCode: 'enforcement.crimes_handled_growth', comparator: 'range', value: 5, valueHigh: 8, periodCode: 'Y2023' }), 'P2021-2025'))
      .toMatch(/Target: growth 5–8% in 2023\.$/);
    expect(note(target({ indicatorCode: 'communication.press_monthly', value: 12 }), 'Y2026')).toMatch(/Target: ≥\u00a012\u00a0months\.$/);
    expect(note(target({ indicatorCode: 'communication.activities', comparator: 'eq', value: 1500 }), 'Y2026')).toMatch(/Target: =\u00a01,500\.$/);
    expect(vi.targetNote).toBeNull();
  });

  it('translates the system\'s own words and leaves what the issuer wrote as written', () => {
    expect(en.targetGroupHeading('2. Các chỉ tiêu cụ thể')).toBe('2. Specific targets');
    expect(en.targetGroupHeading('Chỉ tiêu')).toBe('Targets');
    expect(en.targetGroupHeading('1. Truyền thông, tuyên truyền')).toBe('1. Truyền thông, tuyên truyền');
    expect(en.signature.signerTitle('TM. ỦY BAN NHÂN DÂN PHƯỜNG')).toBe("ON BEHALF OF THE PEOPLE'S COMMITTEE");
    expect(en.signature.signerTitle('KT. CHỦ TỊCH')).toBe('FOR THE CHAIR');
    expect(en.signature.signerTitle('GIÁM ĐỐC')).toBe('GIÁM ĐỐC');
    expect(en.basis('Căn cứ tình hình thực tế')).toBe('Căn cứ tình hình thực tế');
    expect(en.basis('Luật Phòng, chống mại dâm')).toBe('Pursuant to Luật Phòng, chống mại dâm');
    expect(en.parentPlan({ number: '61/KH-UBND', issueDate: '2023-03-03', title: 'Phòng, chống mại dâm năm 2023' })).toBe('Plan No. 61/KH-UBND of 3/3/2023, “Phòng, chống mại dâm năm 2023”');
    expect(en.enactment(province, 'Thực hiện phòng, chống mại dâm năm 2026.'))
      .toBe('The People\'s Committee of Nghệ An Province issues the Plan “Thực hiện phòng, chống mại dâm năm 2026” as follows:');
    expect(en.closing({ content: contentWith(), issuer: province, periodStart: '2026-01-01' })).toMatch(/^The above is the Plan “Thực hiện phòng, chống mại dâm năm 2026”\. .* to the People's Committee of Nghệ An Province \(through Sở Y tế\) for consideration and appropriate adjustment\.\/\.$/);
    expect(en.money(1_500_000_000)).toBe('VND 1,500,000,000');
    expect(en.assignmentRole({ agencyKind: 'procuracy', agencyName: 'Viện Kiểm sát', role: 'support', isRequest: true, duties: [] })).toBe(' (requested to support)');
    expect(en.committeeLines(ward)).toEqual(["PEOPLE'S COMMITTEE OF", 'PHÚ THỨ WARD']);
    expect(en.header.numberLine(null)).toBe('No.:\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/KH-UBND');
    expect(en.fileName('21/KH-UBND', 'Y2026')).toBe('plan-21-KH-UBND-Y2026.docx');
    expect(en.fileName(null, 'Y2026')).toBe('plan-draft-Y2026.docx');
    expect(vi.fileName(null, 'Y2026')).toBe('ke-hoach-du-thao-Y2026.docx');
  });

  it('has a word for everything the Vietnamese document words', () => {
    const keys = (value: object): string[] => Object.entries(value).flatMap(([key, inner]) =>
      inner && typeof inner === 'object' && !Array.isArray(inner) ? keys(inner).map((child) => `${key}.${child}`) : [key]);
    expect(keys(en).sort()).toEqual(keys(vi).sort());
  });
});
