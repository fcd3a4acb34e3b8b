import { vietnameseHeader, type Issuer } from './document-header.ts';
import { lowerFirst } from './docx-styles.ts';
import type { PlanWording } from './plan-language.ts';
import { closingSentence, issuerAuthority, reportingSentence } from './reporting-section.ts';
import { vietnameseSignature } from './signature-block.ts';

/**
 * The plan's official Vietnamese document, worded like the seed plans (Decree 30/2020/NĐ-CP):
 * "KẾ HOẠCH", "Căn cứ …;", sections "MỤC ĐÍCH, YÊU CẦU" to "CHẾ ĐỘ BÁO CÁO", "Nơi nhận:". The
 * reporting regime's sentences are reporting-section.ts's.
 */

/** '2023-03-03' → "3/3/2023", as the seeds cite other plans. */
function dayMonthYear(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return `${day}/${month}/${year}`;
}

/** 1500000000 → "1.500.000.000 đồng". */
export function formatDong(amount: number): string {
  const digits = String(Math.trunc(amount));
  return `${digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đồng`;
}

export const vietnamesePlanWording: PlanWording = {
  language: 'vi',
  languageTag: 'vi-VN',
  translationNotice: null,
  header: vietnameseHeader,
  signature: vietnameseSignature,
  committeeLines: () => undefined,
  documentKind: 'KẾ HOẠCH',
  metadataTitle: (title) => title,
  authority: (issuer: Issuer) => issuerAuthority(issuer),
  basis: (basis) => (/^(căn cứ|thực hiện|để)(?=\s)/iu.test(basis) ? basis : `Căn cứ ${basis}`),
  parentPlan: (parent) => {
    const date = parent.issueDate ? ` ngày ${dayMonthYear(parent.issueDate)}` : '';
    return `Kế hoạch số ${parent.number}${date} về ${lowerFirst(parent.title)}`;
  },
  enactment: (issuer, title) => `${issuerAuthority(issuer)} ban hành Kế hoạch ${lowerFirst(title).replace(/[.;]+$/, '')} như sau:`,
  sections: {
    purpose: 'MỤC ĐÍCH, YÊU CẦU',
    objectives: 'MỤC TIÊU, CHỈ TIÊU',
    tasks: 'NHIỆM VỤ, GIẢI PHÁP',
    budget: 'KINH PHÍ THỰC HIỆN',
    implementation: 'TỔ CHỨC THỰC HIỆN',
    reporting: 'CHẾ ĐỘ BÁO CÁO',
  },
  parts: { purpose: 'Mục đích', requirements: 'Yêu cầu', objectives: 'Mục tiêu', targets: 'Các chỉ tiêu cụ thể' },
  targetNote: null,
  targetGroupHeading: (section) => section,
  budgetSource: {
    central: 'Ngân sách trung ương',
    province: 'Ngân sách cấp tỉnh',
    district: 'Ngân sách cấp huyện',
    commune: 'Ngân sách cấp xã',
    socialised: 'Nguồn xã hội hóa',
    aid: 'Nguồn viện trợ, tài trợ',
    other: 'Các nguồn kinh phí hợp pháp khác',
  },
  money: formatDong,
  // "Đề nghị Viện Kiểm sát nhân dân tỉnh": a body the issuer can only ask.
  assignmentTitle: (assignment) => {
    const name = assignment.agencyName.trim();
    return assignment.isRequest && !/^đề nghị(?=\s|$)/iu.test(name) ? `Đề nghị ${name}` : name;
  },
  assignmentRole: (assignment) => (assignment.role === 'lead' ? ' (chủ trì)' : ' (phối hợp)'),
  reporting: reportingSentence,
  closing: closingSentence,
  fileName: (number, periodCode) => `ke-hoach-${number ? number.replace(/[^0-9A-Za-z]+/g, '-') : 'du-thao'}-${periodCode}.docx`,
};
