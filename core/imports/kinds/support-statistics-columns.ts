import {
  supportCountFields, supportServices, type SupportCountField, type SupportService,
} from '../../api/support-statistics.ts';
import { toSearchText } from '../../text/search-text.ts';
import { excelSerialToIsoDate } from '../cell-values.ts';
import type { Bilingual, ImportColumn } from '../columns.ts';

/** The labels of the monthly support form (web/src/i18n/modules/support.*.json: fields.*). */
export const supportCountLabels: Record<SupportCountField, Bilingual> = {
  peopleReached: { vi: 'Số người được tiếp cận (tiếp cận cộng đồng)', en: 'People reached by outreach' },
  peopleInNeed: { vi: 'Số người có nhu cầu hỗ trợ', en: 'People in need of support' },
  peopleEligible: { vi: 'Số người đủ điều kiện được hỗ trợ', en: 'People eligible for support' },
  peopleServed: { vi: 'Số người được hỗ trợ (ít nhất một dịch vụ)', en: 'People served (at least one service)' },
  peopleNewlyServed: { vi: 'Trong đó: lần đầu được hỗ trợ trong năm', en: 'Of whom: served for the first time this year' },
  referralsMade: { vi: 'Số ca chuyển gửi', en: 'Referrals made' },
  referralsCompleted: { vi: 'Số ca chuyển gửi thành công', en: 'Referrals completed' },
  peerGroupsActive: { vi: 'Số nhóm đồng đẳng, tự lực đang hoạt động', en: 'Peer and self-help groups active' },
  pilotModelsRunning: { vi: 'Số mô hình thí điểm đang thực hiện', en: 'Pilot models running' },
};

/** The services as the form names them (support.*.json: services.*). */
export const supportServiceLabels: Record<SupportService, Bilingual> = {
  hivStiTesting: { vi: 'Xét nghiệm HIV, bệnh lây truyền qua đường tình dục', en: 'HIV and STI testing' },
  hivStiTreatment: { vi: 'Điều trị HIV, bệnh lây truyền qua đường tình dục', en: 'HIV and STI treatment' },
  methadone: { vi: 'Điều trị nghiện bằng Methadone', en: 'Methadone treatment' },
  condoms: { vi: 'Được cung cấp bao cao su', en: 'Condoms provided' },
  counselling: { vi: 'Tư vấn tâm lý', en: 'Psychological counselling' },
  legalAid: { vi: 'Trợ giúp pháp lý', en: 'Legal aid' },
  vocationalTraining: { vi: 'Đào tạo nghề', en: 'Vocational training' },
  jobPlacement: { vi: 'Giới thiệu việc làm', en: 'Job placement' },
  loans: { vi: 'Hỗ trợ vay vốn', en: 'Loans' },
  socialAssistance: { vi: 'Trợ giúp xã hội', en: 'Social assistance' },
};

/** The short headers of the month-by-month table, which registers copied from the screen carry. */
const countAliases: Partial<Record<SupportCountField, string[]>> = {
  peopleReached: ['Tiếp cận', 'Số người được tiếp cận'],
  peopleInNeed: ['Có nhu cầu'],
  peopleEligible: ['Đủ điều kiện'],
  peopleServed: ['Được hỗ trợ', 'Số người được hỗ trợ'],
  peopleNewlyServed: ['Lần đầu trong năm', 'Số người lần đầu được hỗ trợ trong năm'],
  peerGroupsActive: ['Nhóm đồng đẳng'],
  pilotModelsRunning: ['Mô hình thí điểm'],
};

const countExamples: Record<SupportCountField, string> = {
  peopleReached: '40', peopleInNeed: '18', peopleEligible: '15', peopleServed: '12', peopleNewlyServed: '5',
  referralsMade: '6', referralsCompleted: '4', peerGroupsActive: '2', pilotModelsRunning: '1',
};

const countDescriptions: Partial<Record<SupportCountField, Bilingual>> = {
  peopleEligible: { vi: 'Không lớn hơn số người có nhu cầu.', en: 'Not above the people in need.' },
  peopleInNeed: {
    vi: 'Không lớn hơn số người bán dâm có nhu cầu hỗ trợ mà đơn vị đã khai trong số liệu tham chiếu của năm (nếu có).',
    en: 'Not above the sex workers in need the unit declared in the year\'s reference figures (if any).',
  },
  peopleServed: {
    vi: 'Người nhận ít nhất một dịch vụ trong tháng; không nhỏ hơn số người của từng dịch vụ, không lớn hơn số liệu tham chiếu của năm (nếu có).',
    en: 'People who received at least one service; not below any service\'s count, not above the year\'s reference figure (if any).',
  },
  peopleNewlyServed: { vi: 'Không lớn hơn số người được hỗ trợ trong tháng.', en: 'Not above the people served in the month.' },
  referralsCompleted: { vi: 'Không lớn hơn số ca chuyển gửi.', en: 'Not above the referrals made.' },
};

const count = { kind: 'integer', min: 0, max: 1_000_000 } as const;
const countDescription = { vi: 'Số nguyên, không âm; để trống là 0.', en: 'A whole number, not below zero; empty means 0.' };

function countColumn(field: SupportCountField): ImportColumn {
  const extra = countDescriptions[field];
  return {
    key: field, header: supportCountLabels[field], required: false, type: count, example: countExamples[field],
    aliases: countAliases[field] ?? [],
    description: extra ? { vi: `${countDescription.vi} ${extra.vi}`, en: `${countDescription.en} ${extra.en}` } : countDescription,
  };
}

/**
 * One column per service, named as the brief for nested inputs asks: "Số người nhận dịch vụ – Tư vấn tâm lý".
 * The key is the service itself: the kind's mapping puts it under `services`.
 */
function serviceColumn(service: SupportService): ImportColumn {
  const label = supportServiceLabels[service];
  return {
    key: service, header: { vi: `Số người nhận dịch vụ – ${label.vi}`, en: `People who received: ${label.en}` }, required: false,
    type: count, example: service === 'condoms' ? '12' : '', aliases: [label.vi, label.en],
    description: {
      vi: 'Số người nhận dịch vụ này trong tháng; không lớn hơn số người được hỗ trợ. Một người nhận nhiều dịch vụ được tính ở mỗi dịch vụ.',
      en: 'People who received this service in the month; not above the people served. A person who received several is counted in each.',
    },
  };
}

const [reached, inNeed, eligible, served, newlyServed, ...afterServices] = supportCountFields;

/** The monthly form's fields in its order: unit and month, outreach, people served, each service, referrals, groups. */
export const supportStatisticsColumns: readonly ImportColumn[] = [
  {
    key: 'unitId', header: { vi: 'Đơn vị', en: 'Unit' }, required: true, type: { kind: 'unit', levels: ['province', 'commune'] },
    example: 'Phường Thành Vinh (16681)', aliases: ['Xã, phường', 'Xã/phường', 'Mã đơn vị'],
    description: {
      vi: 'Tỉnh hoặc xã, phường, đặc khu hiện nay có số liệu, chọn trong danh sách (trang "Danh mục"); có thể ghi mã đơn vị.',
      en: 'The current province, commune, ward or special zone the figures are for, from the list (sheet "Danh mục"); the unit code alone also works.',
    },
  },
  {
    key: 'month', header: { vi: 'Tháng', en: 'Month' }, required: true, type: { kind: 'text', maxLength: 40 }, example: '03/2026',
    aliases: ['Tháng báo cáo', 'Tháng/năm'],
    description: {
      vi: 'Tháng của số liệu, dạng mm/yyyy (03/2026) hoặc một ngày bất kỳ trong tháng; không sau tháng hiện tại. Mỗi đơn vị chỉ có một dòng cho mỗi tháng.',
      en: 'The month of the figures, as mm/yyyy (03/2026) or any date in it; not after the current month. One row per unit and month.',
    },
  },
  ...[reached, inNeed, eligible, served, newlyServed].map(countColumn),
  ...supportServices.map(serviceColumn),
  ...afterServices.map(countColumn),
];

/**
 * A month cell as 'YYYY-MM': "03/2026", "3-2026", "Tháng 3/2026", "tháng 3 năm 2026", "2026-03",
 * a date in the month (dd/mm/yyyy or ISO), or the Excel serial number of a date cell (Excel turns
 * "03/2026" typed into a General cell into 1/3/2026). Undefined when it names no month.
 */
export function parseMonthCell(value: string | number): string | undefined {
  const text = String(value).trim();
  if (/^\d{5}(?:\.\d+)?$/.test(text)) return excelSerialToIsoDate(Number(text))?.slice(0, 7);
  // Folded: no accents or case, every separator a space ("Tháng 03/2026" → "thang 03 2026").
  const folded = toSearchText(text).replace(/^thang\s+/, '').replace(/\s+nam\s+/, ' ');
  const parts = folded.split(' ');
  const shape = parts.map((part) => (/^\d{4}$/.test(part) ? 'y' : /^\d{1,2}$/.test(part) ? 'n' : '?')).join('');
  let [year, month, day] = ['', '', '1'];
  if (shape === 'ny') [month, year] = parts as [string, string];
  else if (shape === 'yn') [year, month] = parts as [string, string];
  else if (shape === 'nny') [day, month, year] = parts as [string, string, string];
  else if (shape === 'ynn') [year, month, day] = parts as [string, string, string];
  else return undefined;
  if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) return undefined;
  return `${year}-${month.padStart(2, '0')}`;
}
