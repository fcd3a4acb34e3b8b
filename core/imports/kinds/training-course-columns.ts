import type { AgencyKind } from '../../agencies/agency-catalogue.ts';
import { trainingLevels, type TrainingLevel } from '../../api/training-courses.ts';
import { toSearchText } from '../../text/search-text.ts';
import { cleanText, parseInteger } from '../cell-values.ts';
import { findCodeOption, type Bilingual, type CodeOption, type ImportColumn } from '../columns.ts';

/** The labels of the training screens (web/src/i18n/modules/training.*.json). */
export const trainingLevelOptions: readonly (CodeOption & { code: TrainingLevel })[] = [
  { code: 'province', label: { vi: 'Cấp tỉnh', en: 'Province level' } },
  { code: 'district', label: { vi: 'Cấp huyện (trước 01/07/2025)', en: 'District level (before 01/07/2025)' } },
  { code: 'commune', label: { vi: 'Cấp xã', en: 'Commune level' } },
];

/** The kinds of agency as the screens name them (the `agencyKind` labels of web/src/i18n/vi.json and en.json). */
export const agencyKindOptions: readonly (CodeOption & { code: AgencyKind })[] = [
  { code: 'labour_social_affairs', label: { vi: 'Lao động - Thương binh và Xã hội', en: 'Labour, Invalids and Social Affairs' } },
  { code: 'health', label: { vi: 'Y tế', en: 'Health department' } },
  { code: 'culture_social_affairs', label: { vi: 'Văn hóa - Xã hội (cấp xã)', en: 'Commune Culture and Social Affairs Office' } },
  { code: 'police', label: { vi: 'Công an', en: 'Police' } },
  { code: 'border_guard', label: { vi: 'Bộ đội Biên phòng', en: 'Border guard' } },
  { code: 'military', label: { vi: 'Quân sự', en: 'Military command' } },
  { code: 'home_affairs', label: { vi: 'Nội vụ', en: 'Home affairs department' } },
  { code: 'health_station', label: { vi: 'Trạm Y tế', en: 'Commune health station' } },
  { code: 'culture_sports_tourism', label: { vi: 'Văn hóa, Thể thao và Du lịch', en: 'Culture, sports and tourism' } },
  { code: 'tourism', label: { vi: 'Du lịch', en: 'Tourism department' } },
  { code: 'information_communications', label: { vi: 'Thông tin và Truyền thông', en: 'Information and communications' } },
  { code: 'science_technology', label: { vi: 'Khoa học và Công nghệ', en: 'Science and technology (incl. press and online information since 2025)' } },
  { code: 'education', label: { vi: 'Giáo dục và Đào tạo', en: 'Education and training' } },
  { code: 'school', label: { vi: 'Trường học', en: 'Schools in the commune' } },
  { code: 'justice', label: { vi: 'Tư pháp', en: 'Justice' } },
  { code: 'finance', label: { vi: 'Tài chính', en: 'Finance' } },
  { code: 'economy_infrastructure', label: { vi: 'Kinh tế - Hạ tầng', en: 'Economy and infrastructure' } },
  { code: 'radio_television', label: { vi: 'Phát thanh - Truyền hình', en: 'Radio and television' } },
  { code: 'newspaper', label: { vi: 'Báo địa phương', en: 'Provincial newspaper' } },
  { code: 'inspection_team', label: { vi: 'Đội kiểm tra liên ngành (Đội 178)', en: 'Inter-agency inspection team (Team 178)' } },
  { code: 'other', label: { vi: 'Cơ quan khác', en: 'Other agency' } },
  { code: 'procuracy', label: { vi: 'Viện Kiểm sát nhân dân', en: "People's Procuracy" } },
  { code: 'court', label: { vi: 'Tòa án nhân dân', en: "People's Court" } },
  { code: 'fatherland_front', label: { vi: 'Mặt trận Tổ quốc', en: 'Fatherland Front Committee' } },
  { code: 'womens_union', label: { vi: 'Hội Liên hiệp Phụ nữ', en: "Women's Union" } },
  { code: 'youth_union', label: { vi: 'Đoàn TNCS Hồ Chí Minh', en: 'Ho Chi Minh Communist Youth Union' } },
  { code: 'labour_federation', label: { vi: 'Liên đoàn Lao động', en: 'Labour Federation' } },
  { code: 'veterans_association', label: { vi: 'Hội Cựu chiến binh', en: "Veterans' Association" } },
  { code: 'farmers_association', label: { vi: 'Hội Nông dân', en: "Farmers' Association" } },
];

/** Short names officials write for the mass organisations, folded as compared. */
const agencyKindAliases: Record<string, AgencyKind> = Object.fromEntries(([
  ['Hội Phụ nữ', 'womens_union'], ['Phụ nữ', 'womens_union'],
  ['Đoàn Thanh niên', 'youth_union'], ['Đoàn TN', 'youth_union'],
  ['Mặt trận', 'fatherland_front'], ['MTTQ', 'fatherland_front'],
  ['Cựu chiến binh', 'veterans_association'], ['Công đoàn', 'labour_federation'],
  ['LĐTBXH', 'labour_social_affairs'], ['Đội 178', 'inspection_team'],
] as const).map(([alias, kind]) => [toSearchText(alias), kind]));

function findAgencyKind(text: string): AgencyKind | undefined {
  return (findCodeOption(agencyKindOptions, text)?.code as AgencyKind | undefined) ?? agencyKindAliases[toSearchText(text)];
}

/** The columns holding the participants of each level. */
export const participantsColumnKeys = {
  province: 'participants_province', district: 'participants_district', commune: 'participants_commune',
} as const satisfies Record<TrainingLevel, string>;

/** The create schema's bound on one count. */
const MAX_PARTICIPANTS = 1_000_000;

export interface ParticipantCount {
  agencyKind: AgencyKind;
  participants: number;
}

const example = { vi: 'Công an: 12; Hội Liên hiệp Phụ nữ: 8', en: "Police: 12; Women's Union: 8" };

/**
 * The participants of one level as a cell writes them: "Công an: 12; Hội Liên hiệp Phụ nữ: 8", one
 * kind of agency and its count per part, parts apart by ';' or a line break. A kind is named by its
 * label in either language, its code, or a common short name; accents and case do not matter.
 * Every problem of the cell is reported at once.
 */
export function parseParticipants(text: string): { value: ParticipantCount[]; issue?: undefined } | { value?: undefined; issue: Bilingual } {
  const value: ParticipantCount[] = [];
  const problems: Bilingual[] = [];
  for (const part of text.split(/[;\n]/).map(cleanText).filter(Boolean)) {
    const colon = part.lastIndexOf(':');
    if (colon < 0) {
      problems.push(/^[\d.,\s]+$/.test(part)
        ? { vi: `"${part}": hãy ghi cơ quan, tổ chức kèm số người, ví dụ "${example.vi}"`, en: `"${part}": name the agency with the count, e.g. "${example.en}"` }
        : { vi: `"${part.slice(0, 60)}": thiếu số người; hãy ghi dạng "${example.vi}"`, en: `"${part.slice(0, 60)}": the count is missing; write it as "${example.en}"` });
      continue;
    }
    const name = cleanText(part.slice(0, colon));
    const count = parseInteger(part.slice(colon + 1), { min: 0, max: MAX_PARTICIPANTS });
    const agencyKind = findAgencyKind(name);
    if (!agencyKind) {
      problems.push({
        vi: `Không có cơ quan, tổ chức "${name.slice(0, 60)}" trong danh mục; hãy ghi một trong: ${agencyKindOptions.map((option) => option.label.vi).join('; ')}`,
        en: `"${name.slice(0, 60)}" is not a kind of agency of the list; write one of: ${agencyKindOptions.map((option) => option.label.en).join('; ')}`,
      });
    }
    if (count.issue) problems.push({ vi: `"${part.slice(0, 60)}": ${count.issue.vi}`, en: `"${part.slice(0, 60)}": ${count.issue.en}` });
    else if (count.value === null) problems.push({ vi: `"${name.slice(0, 60)}": thiếu số người`, en: `"${name.slice(0, 60)}": the count is missing` });
    else if (agencyKind) value.push({ agencyKind, participants: count.value });
  }
  if (problems.length > 0) {
    return { issue: { vi: problems.map((problem) => problem.vi).join('. '), en: problems.map((problem) => problem.en).join('. ') } };
  }
  return { value };
}

/** A level's participants as a cell of an export: the import reads it back unchanged. */
export function formatParticipants(rows: readonly { agencyKind: AgencyKind | null; participants: number }[]): string {
  return rows
    // Participants recorded before agencies were kept have no kind: their count stands alone.
    .map((row) => (row.agencyKind === null ? String(row.participants) : `${agencyKindOptions.find((option) => option.code === row.agencyKind)?.label.vi ?? row.agencyKind}: ${row.participants}`))
    .join('; ');
}

const levelNote: Record<TrainingLevel, Bilingual> = {
  province: { vi: 'Cán bộ cấp tỉnh.', en: 'Province officials.' },
  district: { vi: 'Cán bộ cấp huyện; chỉ cho lớp tổ chức trước 01/07/2025.', en: 'District officials; only for courses held before 01/07/2025.' },
  commune: { vi: 'Cán bộ cấp xã.', en: 'Commune officials.' },
};

/**
 * One column per level (three, not one per level and kind of agency: 3 × 29 columns would be
 * unreadable), the kinds of agency written inside the cell with their counts.
 */
const participantColumns: ImportColumn[] = trainingLevels.map((level) => {
  const label = trainingLevelOptions.find((option) => option.code === level)!.label;
  return {
    key: participantsColumnKeys[level],
    header: { vi: `Người tham gia – ${label.vi}`, en: `Participants – ${label.en}` },
    required: false,
    type: { kind: 'text', maxLength: 2000 },
    example: level === 'commune' ? example.vi : '',
    aliases: [`Số người tham gia – ${label.vi}`],
    description: {
      vi: `${levelNote[level].vi} Ghi mỗi loại cơ quan, tổ chức kèm số người, cách nhau bằng dấu chấm phẩy, ví dụ "${example.vi}"; để trống nếu không có. `
        + `Loại cơ quan, tổ chức: ${agencyKindOptions.map((option) => option.label.vi).join('; ')}. Không ghi tên người tham gia.`,
      en: `${levelNote[level].en} Each kind of agency with its count, apart by semicolons, e.g. "${example.en}"; empty when none. `
        + `Kinds: ${agencyKindOptions.map((option) => option.label.en).join('; ')}. No participants' names.`,
    },
  };
});

/**
 * The columns of a training course in the order of the template. Participants' names are not
 * among them: they stay inside the unit and are entered on the course's form.
 */
export const trainingCourseColumns: readonly ImportColumn[] = [
  {
    key: 'unitId', header: { vi: 'Đơn vị tổ chức', en: 'Unit holding it' }, required: true,
    type: { kind: 'unit', levels: ['province', 'commune'] }, example: 'Phường Thành Vinh (16681)',
    aliases: ['Đơn vị', 'Xã, phường', 'Mã đơn vị'],
    description: {
      vi: 'Tỉnh, thành phố hoặc xã, phường hiện hành tổ chức lớp, chọn trong danh sách (trang "Danh mục"); có thể ghi mã đơn vị.',
      en: 'The current province or commune that held it, from the list (sheet "Danh mục"); the unit code alone also works.',
    },
  },
  {
    key: 'heldOn', header: { vi: 'Ngày tập huấn', en: 'Date held' }, required: true, type: { kind: 'date' }, example: '12/03/2026',
    aliases: ['Ngày', 'Thời gian'],
    description: { vi: 'Dạng dd/mm/yyyy, không sau hôm nay.', en: 'As dd/mm/yyyy, not after today.' },
  },
  {
    key: 'organiser', header: { vi: 'Cơ quan tổ chức', en: 'Organising agency' }, required: true, type: { kind: 'text', maxLength: 200 },
    example: 'Công an phường Thành Vinh', aliases: ['Cơ quan chủ trì', 'Đơn vị tổ chức lớp'],
    description: {
      vi: 'Tên một cơ quan của đơn vị tổ chức, ghi đúng như trong danh sách cơ quan của đơn vị (không phân biệt chữ hoa, có dấu hay không dấu); cơ quan phải còn hoạt động.',
      en: "The name of one of the holding unit's agencies, as its list of agencies writes it (case and accents aside); the agency must still be active.",
    },
  },
  {
    key: 'level', header: { vi: 'Cấp', en: 'Level' }, required: true, type: { kind: 'code', options: trainingLevelOptions },
    example: 'Cấp xã', aliases: ['Cấp tập huấn', 'Cấp lớp'],
    description: {
      vi: 'Xã, phường chỉ tổ chức lớp cấp xã; tỉnh tổ chức lớp cấp tỉnh hoặc cấp xã. Cấp huyện chỉ cho lớp trước 01/07/2025.',
      en: 'A commune holds commune-level courses; a province holds province- or commune-level ones. District level only before 01/07/2025.',
    },
  },
  {
    key: 'topic', header: { vi: 'Chủ đề, nội dung', en: 'Topic' }, required: true, type: { kind: 'text', maxLength: 500 },
    example: 'Tập huấn kỹ năng hỗ trợ người bán dâm hòa nhập cộng đồng', aliases: ['Chủ đề', 'Nội dung'],
    description: { vi: 'Chủ đề hoặc nội dung chính của lớp.', en: 'The topic or main content of the course.' },
  },
  ...participantColumns,
];
