import {
  audiencesWithReferenceFigure, communicationAudiences, type CommunicationAudience, type CommunicationForm,
} from '../../api/communication-activities.ts';
import type { CodeOption, ImportColumn } from '../columns.ts';

/** The labels of the communication screens (web/src/i18n/modules/communication.*.json), so a file reads as they do. */
export const communicationFormOptions: readonly (CodeOption & { code: CommunicationForm })[] = [
  { code: 'training_session', label: { vi: 'Buổi tập huấn, nói chuyện chuyên đề', en: 'Training session, talk' } },
  { code: 'banner', label: { vi: 'Pa nô, băng rôn, khẩu hiệu', en: 'Panel, banner, slogan' } },
  { code: 'poster', label: { vi: 'Áp phích, tranh cổ động', en: 'Poster' } },
  { code: 'loudspeaker', label: { vi: 'Xe loa lưu động', en: 'Mobile loudspeaker' } },
  { code: 'leaflet', label: { vi: 'Tờ rơi, tờ gấp, sách mỏng', en: 'Leaflet, booklet' } },
  { code: 'commune_radio', label: { vi: 'Đài truyền thanh cơ sở', en: 'Commune radio' } },
  { code: 'television', label: { vi: 'Truyền hình', en: 'Television' } },
  { code: 'press_article', label: { vi: 'Tin, bài trên báo', en: 'Press article' } },
  { code: 'social_media', label: { vi: 'Bài đăng trên mạng xã hội', en: 'Social-media post' } },
  { code: 'school_activity', label: { vi: 'Hoạt động ngoại khóa trong trường học', en: 'School extracurricular activity' } },
  { code: 'residential_meeting', label: { vi: 'Họp khu dân cư, tổ dân phố', en: 'Residential meeting' } },
  { code: 'club', label: { vi: 'Sinh hoạt câu lạc bộ', en: 'Club meeting' } },
  { code: 'other', label: { vi: 'Hình thức khác', en: 'Other form' } },
];

export const communicationAudienceLabels: Record<CommunicationAudience, { vi: string; en: string }> = {
  students: { vi: 'Học sinh, sinh viên', en: 'Students' },
  industrial_zone_workers: { vi: 'Người lao động trong khu công nghiệp', en: 'Industrial-zone workers' },
  establishment_workers: { vi: 'Người lao động tại cơ sở kinh doanh dịch vụ', en: 'Workers at service establishments' },
  youth: { vi: 'Thanh, thiếu niên', en: 'Young people' },
  ethnic_minorities: { vi: 'Đồng bào dân tộc thiểu số', en: 'Ethnic minorities' },
  migrants: { vi: 'Người di cư', en: 'Migrants' },
  public: { vi: 'Nhân dân', en: 'The public' },
  officials: { vi: 'Cán bộ, công chức, đảng viên', en: 'Officials and party members' },
  union_members: { vi: 'Đoàn viên, hội viên', en: 'Members of mass organisations' },
  establishment_owners: { vi: 'Chủ cơ sở kinh doanh dịch vụ', en: 'Owners of service establishments' },
  sex_workers: { vi: 'Người bán dâm', en: 'People who sell sex' },
};

/** The column holding the people reached of one audience group (a column key cannot hold a '.'). */
export const reachColumnKey = (audience: CommunicationAudience) => `reach_${audience}`;

/** The schema's own bound, so that a count too large is reported on its cell. */
const MAX_COUNT = 10_000_000;

const hasReferenceFigure = new Set<CommunicationAudience>(audiencesWithReferenceFigure);

/** One column per audience group: a file reads as units keep their tallies, a group per column. */
const reachColumns: ImportColumn[] = communicationAudiences.map((audience) => {
  const label = communicationAudienceLabels[audience];
  return {
    key: reachColumnKey(audience),
    header: { vi: `Số người được tuyên truyền – ${label.vi}`, en: `People reached – ${label.en}` },
    required: false,
    type: { kind: 'integer', min: 0, max: MAX_COUNT },
    example: audience === 'public' ? '120' : '',
    aliases: [label.vi, `Số người – ${label.vi}`],
    description: hasReferenceFigure.has(audience)
      ? {
        vi: `Số nguyên, không âm; để trống nếu không tuyên truyền cho nhóm này. Không được vượt số ${label.vi.toLowerCase()} đơn vị đã khai báo cho năm đó.`,
        en: `A whole number, not below zero; empty when the group was not reached. Cannot exceed the figure the unit declared for that year.`,
      }
      : { vi: 'Số nguyên, không âm; để trống nếu không tuyên truyền cho nhóm này.', en: 'A whole number, not below zero; empty when the group was not reached.' },
  };
});

/** The columns of a communication activity in the order of the template; keys are fields of the import input. */
export const communicationActivityColumns: readonly ImportColumn[] = [
  {
    key: 'unitId', header: { vi: 'Đơn vị tổ chức', en: 'Unit holding it' }, required: true,
    type: { kind: 'unit', levels: ['province', 'commune'] }, example: 'Phường Thành Vinh (16681)',
    aliases: ['Đơn vị', 'Xã, phường', 'Mã đơn vị'],
    description: {
      vi: 'Tỉnh, thành phố hoặc xã, phường hiện hành tổ chức hoạt động, chọn trong danh sách (trang "Danh mục"); có thể ghi mã đơn vị.',
      en: 'The current province or commune that held it, from the list (sheet "Danh mục"); the unit code alone also works.',
    },
  },
  {
    key: 'occurredOn', header: { vi: 'Ngày tổ chức', en: 'Date held' }, required: true, type: { kind: 'date' }, example: '20/01/2026',
    aliases: ['Ngày', 'Thời gian'],
    description: { vi: 'Dạng dd/mm/yyyy, không sau hôm nay.', en: 'As dd/mm/yyyy, not after today.' },
  },
  {
    key: 'leadAgency', header: { vi: 'Cơ quan chủ trì', en: 'Lead agency' }, required: true, type: { kind: 'text', maxLength: 200 },
    example: 'Công an phường Thành Vinh', aliases: ['Cơ quan, đơn vị chủ trì', 'Đơn vị chủ trì'],
    description: {
      vi: 'Tên một cơ quan của đơn vị tổ chức, ghi đúng như trong danh sách cơ quan của đơn vị (không phân biệt chữ hoa, có dấu hay không dấu); cơ quan phải còn hoạt động.',
      en: "The name of one of the holding unit's agencies, as its list of agencies writes it (case and accents aside); the agency must still be active.",
    },
  },
  {
    key: 'form', header: { vi: 'Hình thức', en: 'Form' }, required: true, type: { kind: 'code', options: communicationFormOptions },
    example: 'Họp khu dân cư, tổ dân phố', aliases: ['Hình thức tuyên truyền'],
    description: {
      vi: 'Chọn trong danh sách. Tin, bài trên báo, truyền hình và đài truyền thanh cơ sở được tính cho chỉ tiêu đưa tin trên báo chí hằng tháng.',
      en: 'Choose from the list. Press articles, television and the commune radio count for the monthly press target.',
    },
  },
  {
    key: 'title', header: { vi: 'Tiêu đề, nội dung chính', en: 'Title, main content' }, required: true, type: { kind: 'text', maxLength: 300 },
    example: 'Hội nghị tuyên truyền phòng, chống mại dâm tại khối 5', aliases: ['Tiêu đề', 'Nội dung', 'Nội dung chính'],
    description: { vi: 'Tên hoặc nội dung chính của hoạt động.', en: 'The name or main content of the activity.' },
  },
  {
    key: 'description', header: { vi: 'Mô tả', en: 'Description' }, required: false, type: { kind: 'text', maxLength: 4000 }, example: '',
    aliases: ['Ghi chú'], description: { vi: 'Không bắt buộc.', en: 'Optional.' },
  },
  ...reachColumns,
  {
    key: 'materials', header: { vi: 'Số tài liệu phát ra', en: 'Materials handed out' }, required: false,
    type: { kind: 'integer', min: 0, max: MAX_COUNT }, example: '200',
    description: { vi: 'Số nguyên, không âm; để trống là 0.', en: 'A whole number, not below zero; empty means 0.' },
  },
  {
    key: 'materialsKind', header: { vi: 'Loại tài liệu', en: 'Kind of materials' }, required: false, type: { kind: 'text', maxLength: 200 },
    example: 'Tờ rơi, sách mỏng', description: { vi: 'Ví dụ: tờ rơi, sách mỏng, đĩa CD.', en: 'E.g. leaflets, booklets, CDs.' },
  },
];
