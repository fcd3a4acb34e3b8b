import type { InspectionOutcome, TeamKind } from '../../api/inspections.ts';
import type { CodeOption, ImportColumn } from '../columns.ts';

/** The labels of the inspection screens (web/src/i18n/modules/inspections.*.json), so a file reads as the screens do. */
export const inspectionOutcomeOptions: readonly (CodeOption & { code: InspectionOutcome })[] = [
  { code: 'no_violation', label: { vi: 'Không vi phạm', en: 'No violation' } },
  { code: 'warning', label: { vi: 'Cảnh cáo', en: 'Warning' } },
  { code: 'fine', label: { vi: 'Phạt tiền', en: 'Fine' } },
  { code: 'suspension', label: { vi: 'Đình chỉ hoạt động', en: 'Suspension' } },
  { code: 'licence_withdrawal', label: { vi: 'Tước giấy phép', en: 'Licence withdrawn' } },
  { code: 'police_referral', label: { vi: 'Chuyển cơ quan công an', en: 'Referred to police' } },
];

export const teamKindOptions: readonly (CodeOption & { code: TeamKind })[] = [
  { code: 'inter_agency', label: { vi: 'Đoàn kiểm tra liên ngành', en: 'Inter-agency team' } },
  { code: 'single_agency', label: { vi: 'Một cơ quan kiểm tra', en: 'Single agency' } },
];

/** What separates the agencies of a team in one cell: names themselves hold commas ("Sở Văn hóa, Thể thao và Du lịch"). */
export const AGENCY_SEPARATOR = ';';

/**
 * The inspection log units keep: one row per establishment visited. Keys are the fields of the
 * import's row (server/imports/kinds/inspections.ts), not of the create input: the establishment
 * and the agencies are named as people write them, and found in the registry on import.
 */
export const inspectionColumns: readonly ImportColumn[] = [
  {
    key: 'unitId', header: { vi: 'Đơn vị', en: 'Unit' }, required: true,
    type: { kind: 'unit', levels: ['province', 'commune'] }, example: 'Phường Thành Vinh (16681)',
    aliases: ['Đơn vị kiểm tra', 'Xã, phường', 'Xã/phường', 'Mã đơn vị'],
    description: {
      vi: 'Tỉnh hoặc xã, phường hiện hành có đoàn kiểm tra, chọn trong danh sách (trang "Danh mục"); có thể ghi mã đơn vị.',
      en: 'The current province or commune whose team inspected, from the list (sheet "Danh mục"); the unit code alone also works.',
    },
  },
  {
    key: 'inspectedOn', header: { vi: 'Ngày kiểm tra', en: 'Date' }, required: true, type: { kind: 'date' }, example: '15/01/2026',
    description: { vi: 'Dạng dd/mm/yyyy, không sau hôm nay.', en: 'As dd/mm/yyyy, not after today.' },
  },
  {
    key: 'team', header: { vi: 'Tên đoàn kiểm tra', en: 'Team name' }, required: true, type: { kind: 'text', maxLength: 200 },
    example: 'Đoàn kiểm tra liên ngành phường Thành Vinh', aliases: ['Đoàn kiểm tra'],
    description: {
      vi: 'Mỗi dòng là một lượt kiểm tra một cơ sở; các dòng cùng đơn vị, ngày và đoàn là các cơ sở của cùng một đợt.',
      en: 'Each row is the visit of one establishment; rows with the same unit, date and team are the establishments of one outing.',
    },
  },
  {
    key: 'teamKind', header: { vi: 'Hình thức kiểm tra', en: 'Kind of team' }, required: true, type: { kind: 'code', options: teamKindOptions },
    example: 'Đoàn kiểm tra liên ngành', aliases: ['Loại đoàn'],
    description: {
      vi: 'Chọn trong danh sách: đoàn liên ngành (ít nhất hai cơ quan) hoặc một cơ quan kiểm tra (đúng một cơ quan).',
      en: 'Choose from the list: an inter-agency team (at least two agencies) or a single agency (exactly one).',
    },
  },
  {
    key: 'memberAgencies', header: { vi: 'Cơ quan tham gia', en: 'Member agencies' }, required: true,
    type: { kind: 'text', maxLength: 6000 }, example: 'Công an phường Thành Vinh; Phòng Văn hóa - Xã hội',
    aliases: ['Thành phần đoàn', 'Cơ quan kiểm tra'],
    description: {
      vi: 'Tên các cơ quan như trong danh mục cơ quan của đơn vị, cách nhau bằng dấu chấm phẩy (;); không phân biệt dấu, chữ hoa. '
        + 'Cơ quan của xã, phường trực thuộc ghi kèm tên hoặc mã đơn vị trong ngoặc, ví dụ "Phòng Văn hóa - Xã hội (Phường Thành Vinh)".',
      en: 'The agencies\' names as in the unit\'s list of agencies, separated by semicolons (;); accents and case aside. '
        + 'An agency of a commune below the unit takes that unit\'s name or code in brackets, e.g. "Phòng Văn hóa - Xã hội (Phường Thành Vinh)".',
    },
  },
  {
    key: 'licenceNumber', header: { vi: 'Số giấy phép', en: 'Licence number' }, required: false, type: { kind: 'text', maxLength: 60 },
    example: 'KD-16681-015', aliases: ['Số giấy phép kinh doanh', 'Số GPKD', 'Số giấy chứng nhận đăng ký kinh doanh'],
    description: {
      vi: 'Số giấy phép của cơ sở được kiểm tra, như trong sổ theo dõi cơ sở; khi có số giấy phép, cơ sở được tìm theo số này.',
      en: 'The licence number of the establishment visited, as in the registry; when given, the establishment is found by it.',
    },
  },
  {
    key: 'establishmentName', header: { vi: 'Tên cơ sở', en: 'Establishment' }, required: false, type: { kind: 'text', maxLength: 200 },
    example: 'Nhà nghỉ Hoa Hồng', aliases: ['Tên cơ sở kinh doanh', 'Cơ sở được kiểm tra', 'Cơ sở'],
    description: {
      vi: 'Khi không có số giấy phép: tên cơ sở như trong sổ theo dõi (không phân biệt dấu, chữ hoa), cùng với địa chỉ.',
      en: 'Without a licence number: the establishment\'s name as in the registry (accents and case aside), with its address.',
    },
  },
  {
    key: 'establishmentAddress', header: { vi: 'Địa chỉ', en: 'Address' }, required: false, type: { kind: 'text', maxLength: 300 },
    example: 'Số 5 ngõ 7 đường Nguyễn Du, khối 3', aliases: ['Địa chỉ cơ sở'],
    description: {
      vi: 'Khi không có số giấy phép: địa chỉ cơ sở như trong sổ theo dõi.',
      en: 'Without a licence number: the establishment\'s address as in the registry.',
    },
  },
  {
    key: 'findings', header: { vi: 'Kết quả kiểm tra', en: 'Findings' }, required: false, type: { kind: 'text', maxLength: 4000 },
    example: 'Có sổ đăng ký lưu trú đầy đủ', aliases: ['Nội dung kiểm tra'],
    description: { vi: 'Những gì đoàn ghi nhận tại cơ sở; không ghi thông tin cá nhân.', en: 'What the team found there; no personal data.' },
  },
  {
    key: 'violations', header: { vi: 'Hành vi vi phạm', en: 'Violations' }, required: false, type: { kind: 'text', maxLength: 4000 },
    example: 'Không thông báo lưu trú', aliases: ['Vi phạm'],
    description: { vi: 'Bắt buộc khi hình thức xử lý khác "Không vi phạm".', en: 'Required unless the outcome is "No violation".' },
  },
  {
    key: 'outcome', header: { vi: 'Hình thức xử lý', en: 'Outcome' }, required: true, type: { kind: 'code', options: inspectionOutcomeOptions },
    example: 'Phạt tiền', aliases: ['Kết quả xử lý'],
    description: { vi: 'Chọn trong danh sách.', en: 'Choose from the list.' },
  },
  {
    key: 'fineAmount', header: { vi: 'Số tiền phạt (đồng)', en: 'Fine (VND)' }, required: false,
    type: { kind: 'integer', min: 0, max: 10_000_000_000 }, example: '3000000', aliases: ['Số tiền phạt'],
    description: {
      vi: 'Bắt buộc, lớn hơn 0, khi hình thức xử lý là "Phạt tiền", và chỉ khi đó.',
      en: 'Required, above zero, when the outcome is "Fine", and only then.',
    },
  },
  {
    key: 'legalBasis', header: { vi: 'Căn cứ pháp lý', en: 'Legal basis' }, required: false, type: { kind: 'text', maxLength: 300 },
    example: 'Nghị định 144/2021/NĐ-CP',
    description: { vi: 'Bắt buộc khi phạt tiền, ví dụ "Nghị định 144/2021/NĐ-CP".', en: 'Required with a fine, e.g. "Nghị định 144/2021/NĐ-CP".' },
  },
  {
    key: 'followUpDue', header: { vi: 'Hạn kiểm tra lại', en: 'Follow-up due' }, required: false, type: { kind: 'date' }, example: '15/02/2026',
    description: { vi: 'Dạng dd/mm/yyyy, không trước ngày kiểm tra.', en: 'As dd/mm/yyyy, not before the inspection date.' },
  },
  {
    key: 'notes', header: { vi: 'Ghi chú', en: 'Notes' }, required: false, type: { kind: 'text', maxLength: 4000 }, example: '',
    description: { vi: 'Ghi chú về đợt kiểm tra.', en: 'Notes about the inspection.' },
  },
];
