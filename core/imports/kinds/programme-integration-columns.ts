import type { ProgrammeKind } from '../../api/programme-integrations.ts';
import type { CodeOption, ImportColumn } from '../columns.ts';

/** The labels of the integration screens (web/src/i18n/modules/integrations.*.json). */
export const programmeKindOptions: readonly (CodeOption & { code: ProgrammeKind })[] = [
  { code: 'socio_economic_development', label: { vi: 'Phát triển kinh tế - xã hội', en: 'Socio-economic development' } },
  { code: 'social_protection', label: { vi: 'An sinh xã hội, giảm nghèo, việc làm', en: 'Social protection, poverty reduction, jobs' } },
  { code: 'drug_prevention', label: { vi: 'Phòng, chống ma túy', en: 'Drug prevention' } },
  { code: 'hiv_aids', label: { vi: 'Phòng, chống HIV/AIDS', en: 'HIV/AIDS prevention' } },
  { code: 'human_trafficking', label: { vi: 'Phòng, chống mua bán người', en: 'Human-trafficking prevention' } },
  { code: 'crime_prevention', label: { vi: 'Phòng, chống tội phạm', en: 'Crime prevention' } },
  { code: 'cultural_movement', label: { vi: 'Phong trào, cuộc vận động (văn hóa, nông thôn mới)', en: 'Campaigns and movements (culture, new rural areas)' } },
  { code: 'other', label: { vi: 'Chương trình, kế hoạch khác', en: 'Other programme or plan' } },
];

/**
 * An integration's columns in the order of the template. `agency` is the integrating body by its
 * name, one of the unit's agencies (empty: the unit's People's Committee); the kind resolves it to
 * the create input's `agencyId` against the unit's agencies. The other keys are fields of the create input.
 */
export const programmeIntegrationColumns: readonly ImportColumn[] = [
  {
    key: 'unitId', header: { vi: 'Đơn vị', en: 'Unit' }, required: true, type: { kind: 'unit', levels: ['province', 'commune'] },
    example: 'Phường Thành Vinh (16681)', aliases: ['Xã, phường', 'Tỉnh, xã', 'Mã đơn vị'],
    description: {
      vi: 'Tỉnh, thành phố hoặc xã, phường hiện hành, chọn trong danh sách (trang "Danh mục"); có thể ghi mã đơn vị.',
      en: 'A current province or commune, from the list (sheet "Danh mục"); the unit code alone also works.',
    },
  },
  {
    key: 'year', header: { vi: 'Năm', en: 'Year' }, required: true, type: { kind: 'integer', min: 2000, max: 2100 }, example: '2026',
    aliases: ['Năm kế hoạch'],
    description: {
      vi: 'Năm của kế hoạch lồng ghép, 4 chữ số; được ghi trước cho năm tới, không xa hơn.',
      en: 'The year of the integration plan, 4 digits; next year at the latest.',
    },
  },
  {
    key: 'agency', header: { vi: 'Cơ quan lồng ghép', en: 'Integrating body' }, required: false, type: { kind: 'text', maxLength: 200 },
    example: 'Ủy ban Mặt trận Tổ quốc Việt Nam phường Thành Vinh', aliases: ['Cơ quan', 'Cơ quan thực hiện'],
    description: {
      vi: 'Tên một cơ quan của đơn vị, đúng như trong danh mục cơ quan (có dấu hay không dấu, chữ hoa hay thường đều được); để trống khi chính Ủy ban nhân dân của đơn vị lồng ghép.',
      en: 'The name of one of the unit\'s agencies, as in its list of agencies (accents and case aside); empty when the unit\'s People\'s Committee itself integrates.',
    },
  },
  {
    key: 'programme', header: { vi: 'Chương trình, kế hoạch được lồng ghép', en: 'Programme or plan integrated into' }, required: true,
    type: { kind: 'text', maxLength: 300 }, example: 'Chương trình phòng, chống ma túy năm 2026', aliases: ['Chương trình', 'Tên chương trình'],
    description: {
      vi: 'Tên chương trình, kế hoạch; mỗi cơ quan chỉ ghi một lần cho một chương trình trong một năm.',
      en: 'The programme or plan by name; once per body, programme and year.',
    },
  },
  {
    key: 'programmeKind', header: { vi: 'Loại chương trình', en: 'Kind of programme' }, required: true,
    type: { kind: 'code', options: programmeKindOptions }, example: 'Phòng, chống ma túy',
    description: { vi: 'Chọn trong danh sách.', en: 'Choose from the list.' },
  },
  {
    key: 'documentNumber', header: { vi: 'Số văn bản', en: 'Document number' }, required: false, type: { kind: 'text', maxLength: 60 },
    example: '12/KH-MTTQ', aliases: ['Số kế hoạch'],
    description: { vi: 'Số của kế hoạch, văn bản lồng ghép, nếu có.', en: 'The number of the integration plan or document, if any.' },
  },
  {
    key: 'documentDate', header: { vi: 'Ngày văn bản', en: 'Document date' }, required: false, type: { kind: 'date' }, example: '15/01/2026',
    aliases: ['Ngày ban hành'],
    description: { vi: 'Dạng dd/mm/yyyy, không sau hôm nay.', en: 'As dd/mm/yyyy, not after today.' },
  },
  {
    key: 'notes', header: { vi: 'Ghi chú', en: 'Notes' }, required: false, type: { kind: 'text', maxLength: 2000 },
    example: 'Lồng ghép vào sinh hoạt khu dân cư', description: { vi: 'Không bắt buộc.', en: 'Optional.' },
  },
];
