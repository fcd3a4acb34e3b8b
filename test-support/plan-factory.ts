import type { PlanContentInput, PlanTarget } from '../core/plans/plan.ts';

type TargetInput = Partial<PlanTarget> & Pick<PlanTarget, 'key'>;

/** A target with readable defaults: at least 70% of communes run communication in 2026. */
export function aTarget(overrides: TargetInput): PlanTarget {
  return {
    indicatorCode: 'communication.child_units_active',
    comparator: 'gte',
    value: 70,
    valueHigh: null,
    periodCode: 'Y2026',
    text: 'Ít nhất 70% số xã, phường tổ chức ít nhất một hình thức tuyên truyền',
    section: null,
    parentTargetKey: null,
    looserReason: null,
    ...overrides,
  };
}

/** A province plan for 2026 with three targets of different kinds, ready to be changed per test. */
export function aPlanContent(overrides: Partial<PlanContentInput> = {}): PlanContentInput {
  return {
    issuerUnitId: '40',
    issuePlace: 'Nghệ An',
    title: 'Thực hiện phòng, chống mại dâm trên địa bàn tỉnh Nghệ An năm 2026',
    periodCode: 'Y2026',
    legalBasis: ['Quyết định số 1629/QĐ-TTg ngày 28/9/2021 của Thủ tướng Chính phủ'],
    purpose: ['Cụ thể hóa các nhiệm vụ phòng, chống mại dâm năm 2026.'],
    targets: [
      aTarget({ key: 'truyen-thong' }),
      aTarget({ key: 'kiem-tra-co-so', indicatorCode: 'inspections.registry_share', value: 20, text: 'Kiểm tra ít nhất 20% số cơ sở' }),
      aTarget({ key: 'tin-bao', indicatorCode: 'tips.handled_on_time', value: 100, text: '100% tin báo được xử lý kịp thời' }),
    ],
    taskGroups: [{ title: 'Công tác tuyên truyền', tasks: ['Tăng cường tuyên truyền phòng ngừa mại dâm.'] }],
    assignments: [
      { agencyKind: 'health', agencyName: 'Sở Y tế', role: 'lead', isRequest: false, duties: ['Chủ trì, theo dõi, tổng hợp.'] },
      { agencyKind: 'police', agencyName: 'Công an tỉnh', role: 'support', isRequest: false, duties: ['Đấu tranh với tội phạm.'] },
    ],
    reportingRules: [{ kind: 'half_year', reporterDeadline: { day: 20, month: 6 }, consolidatorDeadline: { day: 25, month: 6 } }],
    recipients: ['Bộ Y tế'],
    signer: { authority: 'TM. ỦY BAN NHÂN DÂN', onBehalf: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn A' },
    ...overrides,
  };
}
