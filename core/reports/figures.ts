/**
 * The statistical figures of a periodic report, grouped in the tables the annex shows. Every
 * figure is a count or an amount, so a consolidator's figure is exactly the sum of its units'
 * (shares are not summed: they live in the targets table, computed by the indicator engine).
 */
export type FigureKind = 'count' | 'people' | 'money';

export interface FigureDefinition {
  key: string;
  kind: FigureKind;
  label: { vi: string; en: string };
}

export interface FigureTableDefinition {
  key: 'establishments' | 'inspections' | 'tips' | 'communication' | 'training' | 'support' | 'crime';
  title: { vi: string; en: string };
  figures: readonly FigureDefinition[];
}

const figure = (key: string, kind: FigureKind, vi: string, en: string): FigureDefinition => ({ key, kind, label: { vi, en } });

export const figureTables: readonly FigureTableDefinition[] = [
  {
    key: 'establishments', title: { vi: 'Cơ sở kinh doanh dịch vụ dễ bị lợi dụng và tụ điểm', en: 'At-risk establishments and hotspots' },
    figures: [
      figure('establishments_operating', 'count', 'Cơ sở đang hoạt động', 'Establishments operating'),
      figure('hotspots_active', 'count', 'Tụ điểm đang hoạt động', 'Active hotspots'),
      figure('hotspots_eliminated', 'count', 'Tụ điểm đã triệt xóa trong kỳ', 'Hotspots eliminated in the period'),
    ],
  },
  {
    key: 'inspections', title: { vi: 'Kiểm tra, xử lý vi phạm', en: 'Inspections and sanctions' },
    figures: [
      figure('inspections', 'count', 'Số cuộc kiểm tra', 'Inspections'),
      figure('establishments_inspected', 'count', 'Lượt cơ sở được kiểm tra', 'Establishment visits'),
      figure('violations', 'count', 'Lượt cơ sở vi phạm', 'Visits finding violations'),
      figure('fines', 'count', 'Số quyết định xử phạt', 'Fines imposed'),
      figure('fine_amount', 'money', 'Số tiền phạt (đồng)', 'Fines (đồng)'),
    ],
  },
  {
    key: 'tips', title: { vi: 'Tiếp nhận, giải quyết tin báo, tố giác, khiếu nại', en: 'Tips, denunciations and complaints' },
    figures: [
      figure('tips_received', 'count', 'Tin báo tiếp nhận trong kỳ', 'Tips received'),
      figure('tips_resolved', 'count', 'Tin báo đã giải quyết trong kỳ', 'Tips resolved'),
      figure('tips_resolved_on_time', 'count', 'Trong đó giải quyết đúng hạn', 'Of which on time'),
      figure('tips_overdue', 'count', 'Tin báo quá hạn chưa giải quyết (cuối kỳ)', 'Overdue unresolved at the end of the period'),
    ],
  },
  {
    key: 'communication', title: { vi: 'Thông tin, tuyên truyền', en: 'Communication' },
    figures: [
      figure('communication_activities', 'count', 'Số hoạt động tuyên truyền', 'Communication activities'),
      figure('people_reached', 'people', 'Lượt người được tiếp cận', 'People reached'),
    ],
  },
  {
    key: 'training', title: { vi: 'Tập huấn, bồi dưỡng', en: 'Training' },
    figures: [
      figure('training_courses', 'count', 'Số lớp tập huấn', 'Courses'),
      figure('training_participants', 'people', 'Lượt người tham gia', 'Participants'),
    ],
  },
  {
    key: 'support', title: { vi: 'Hỗ trợ, giảm hại', en: 'Support and harm reduction' },
    figures: [
      figure('people_served', 'people', 'Lượt người được hỗ trợ', 'People served'),
      figure('people_newly_served', 'people', 'Người được hỗ trợ lần đầu', 'People newly served'),
    ],
  },
  {
    key: 'crime', title: { vi: 'Tội phạm và xử lý hành chính liên quan đến mại dâm', en: 'Crimes and administrative sanctions' },
    figures: [
      figure('cases_handled', 'count', 'Số vụ án', 'Criminal cases'),
      figure('defendants', 'people', 'Số bị can, bị cáo', 'Defendants'),
      figure('people_fined', 'people', 'Số người bị xử phạt hành chính', 'People fined'),
      figure('establishments_fined', 'count', 'Số cơ sở bị xử phạt', 'Establishments fined'),
      figure('amount_fined', 'money', 'Số tiền xử phạt (đồng)', 'Fines (đồng)'),
    ],
  },
];

export const figureKeys: readonly string[] = figureTables.flatMap((table) => table.figures.map((definition) => definition.key));

/** Adds up a figure over units; unknown (null) only when every unit's is unknown. */
export function sumFigure(values: readonly (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null);
  return known.length === 0 ? null : known.reduce((sum, value) => sum + value, 0);
}
