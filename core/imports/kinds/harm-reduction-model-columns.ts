import type { HarmReductionModelKind } from '../../api/harm-reduction-models.ts';
import type { CodeOption, ImportColumn } from '../columns.ts';

/** The labels of the model screens (web/src/i18n/modules/models.*.json). */
export const harmReductionModelKindOptions: readonly (CodeOption & { code: HarmReductionModelKind })[] = [
  { code: 'community_support_group', label: { vi: 'Nhóm tự lực, câu lạc bộ cộng đồng', en: 'Self-help group, community club' } },
  { code: 'peer_educator_group', label: { vi: 'Nhóm đồng đẳng, tuyên truyền viên đồng đẳng', en: 'Peer group, peer educators' } },
  { code: 'counselling_point', label: { vi: 'Điểm tư vấn, hỗ trợ', en: 'Drop-in or counselling point' } },
  { code: 'integrated_health_services', label: { vi: 'Dịch vụ y tế lồng ghép (HIV/STI, giảm hại)', en: 'Integrated health services (HIV/STI, harm reduction)' } },
  { code: 'livelihood_support', label: { vi: 'Dạy nghề, sinh kế, việc làm, vay vốn', en: 'Vocational training, livelihoods, jobs, loans' } },
  { code: 'workplace_rights', label: { vi: 'Phòng, chống bạo lực giới; quyền người lao động tại cơ sở', en: 'Gender-based violence, workers\' rights at establishments' } },
  { code: 'other', label: { vi: 'Mô hình khác', en: 'Other model' } },
];

/**
 * A model's columns in the order of the template. `agency` is the managing body by its name, one of
 * the unit's agencies (empty: the unit's People's Committee), resolved by the kind to `agencyId`;
 * the other keys are fields of the create input.
 */
export const harmReductionModelColumns: readonly ImportColumn[] = [
  {
    key: 'unitId', header: { vi: 'Đơn vị', en: 'Unit' }, required: true, type: { kind: 'unit', levels: ['province', 'commune'] },
    example: 'Phường Thành Vinh (16681)', aliases: ['Xã, phường', 'Tỉnh, xã', 'Mã đơn vị'],
    description: {
      vi: 'Tỉnh, thành phố hoặc xã, phường hiện hành triển khai mô hình, chọn trong danh sách (trang "Danh mục"); có thể ghi mã đơn vị.',
      en: 'The current province or commune that runs the model, from the list (sheet "Danh mục"); the unit code alone also works.',
    },
  },
  {
    key: 'name', header: { vi: 'Tên mô hình', en: 'Name of the model' }, required: true, type: { kind: 'text', maxLength: 300 },
    example: 'Câu lạc bộ Bạn giúp bạn', aliases: ['Tên'],
    description: { vi: 'Tên mô hình như trong quyết định thành lập.', en: 'The model\'s name, as its founding decision writes it.' },
  },
  {
    key: 'kind', header: { vi: 'Loại mô hình', en: 'Kind of model' }, required: true,
    type: { kind: 'code', options: harmReductionModelKindOptions }, example: 'Nhóm đồng đẳng, tuyên truyền viên đồng đẳng',
    description: { vi: 'Chọn trong danh sách.', en: 'Choose from the list.' },
  },
  {
    key: 'agency', header: { vi: 'Cơ quan quản lý', en: 'Managing body' }, required: false, type: { kind: 'text', maxLength: 200 },
    example: 'Hội Liên hiệp Phụ nữ phường Thành Vinh', aliases: ['Cơ quan', 'Cơ quan chủ trì'],
    description: {
      vi: 'Tên một cơ quan của đơn vị, đúng như trong danh mục cơ quan (có dấu hay không dấu, chữ hoa hay thường đều được); để trống khi chính Ủy ban nhân dân của đơn vị quản lý.',
      en: 'The name of one of the unit\'s agencies, as in its list of agencies (accents and case aside); empty when the unit\'s People\'s Committee itself manages it.',
    },
  },
  {
    key: 'description', header: { vi: 'Mô tả', en: 'Description' }, required: false, type: { kind: 'text', maxLength: 4000 },
    example: 'Sinh hoạt hằng tháng, tư vấn sức khỏe và pháp lý',
    description: {
      vi: 'Hoạt động, dịch vụ cung cấp; không ghi tên hay thông tin của người tham gia.',
      en: 'Its activities and services; no participant\'s name or details.',
    },
  },
  {
    key: 'startedOn', header: { vi: 'Ngày bắt đầu', en: 'Start date' }, required: true, type: { kind: 'date' }, example: '01/03/2024',
    aliases: ['Ngày thành lập'],
    description: { vi: 'Dạng dd/mm/yyyy, không sau hôm nay.', en: 'As dd/mm/yyyy, not after today.' },
  },
  {
    key: 'endedOn', header: { vi: 'Ngày kết thúc', en: 'End date' }, required: false, type: { kind: 'date' }, example: '',
    description: {
      vi: 'Để trống khi mô hình đang hoạt động; không trước ngày bắt đầu, không sau hôm nay.',
      en: 'Empty while the model runs; not before the start date, not after today.',
    },
  },
];
