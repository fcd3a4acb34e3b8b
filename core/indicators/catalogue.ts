import type { IndicatorDefinition } from './indicator.ts';

/**
 * The indicator catalogue: one entry for every target the seed plans set. Codes are stable; a
 * change of meaning is a new version, so that targets keep the definition they were set on.
 */
export const indicatorCatalogue: readonly IndicatorDefinition[] = [
  {
    code: 'communication.child_units_active', version: 1, kind: 'share_of_child_units', unit: 'percent', source: 'communication_activities',
    name: { vi: 'Tỷ lệ đơn vị cấp dưới tổ chức ít nhất một hình thức tuyên truyền, duy trì thường xuyên', en: 'Share of child units running at least one form of communication, regularly' },
    numerator: { vi: 'Số đơn vị cấp dưới có hoạt động tuyên truyền trong từng quý của kỳ', en: 'Child units with a communication activity in every quarter of the period' },
    denominator: { vi: 'Tổng số đơn vị cấp dưới', en: 'All child units' },
  },
  {
    code: 'communication.activities', version: 1, kind: 'count', unit: 'count', source: 'communication_activities',
    name: { vi: 'Số hoạt động tuyên truyền về phòng, chống mại dâm', en: 'Communication activities on prostitution prevention' },
    numerator: { vi: 'Số hoạt động tuyên truyền đã tổ chức', en: 'Communication activities held' }, denominator: null,
  },
  {
    code: 'communication.press_monthly', version: 1, kind: 'monthly_frequency', unit: 'months', source: 'press_items',
    name: { vi: 'Số tháng có thông tin phòng, chống mại dâm trên báo chí', en: 'Months with prostitution-prevention items in the press' },
    numerator: { vi: 'Số tháng trong kỳ có ít nhất một tin, bài trên báo chí, đài', en: 'Months of the period with at least one press or broadcast item' },
    denominator: { vi: 'Số tháng của kỳ', en: 'Months in the period' },
  },
  {
    code: 'communication.reach_establishment_workers', version: 1, kind: 'share_of_population', unit: 'percent', source: 'communication_activities', referenceFigure: 'establishment_workers',
    name: { vi: 'Tỷ lệ người lao động tại cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm được tuyên truyền', en: 'Share of workers at at-risk establishments reached by communication' },
    numerator: { vi: 'Số người lao động tại cơ sở được tuyên truyền', en: 'Establishment workers reached' },
    denominator: { vi: 'Số người lao động tại các cơ sở (số liệu khai báo của năm)', en: 'Workers at establishments (declared for the year)' },
  },
  {
    code: 'communication.reach_industrial_workers', version: 1, kind: 'share_of_population', unit: 'percent', source: 'communication_activities', referenceFigure: 'industrial_zone_workers',
    name: { vi: 'Tỷ lệ người lao động trong các khu công nghiệp được tuyên truyền', en: 'Share of industrial-zone workers reached by communication' },
    numerator: { vi: 'Số người lao động khu công nghiệp được tuyên truyền', en: 'Industrial-zone workers reached' },
    denominator: { vi: 'Số người lao động trong các khu công nghiệp (số liệu khai báo của năm)', en: 'Industrial-zone workers (declared for the year)' },
  },
  {
    code: 'communication.reach_students', version: 1, kind: 'share_of_population', unit: 'percent', source: 'communication_activities', referenceFigure: 'students',
    name: { vi: 'Tỷ lệ học sinh, sinh viên được tuyên truyền', en: 'Share of students reached by communication' },
    numerator: { vi: 'Số học sinh, sinh viên được tuyên truyền', en: 'Students reached' },
    denominator: { vi: 'Số học sinh, sinh viên (số liệu khai báo của năm)', en: 'Enrolled students (declared for the year)' },
  },
  {
    code: 'planning.child_units_with_plan', version: 1, kind: 'share_of_child_units', unit: 'percent', source: 'plans',
    name: { vi: 'Tỷ lệ đơn vị cấp dưới xây dựng kế hoạch phòng, chống mại dâm', en: 'Share of child units that issued a prostitution-prevention plan' },
    numerator: { vi: 'Số đơn vị cấp dưới đã ban hành kế hoạch cho kỳ', en: 'Child units with an issued plan for the period' },
    denominator: { vi: 'Tổng số đơn vị cấp dưới', en: 'All child units' },
  },
  {
    code: 'planning.child_units_integrating', version: 1, kind: 'share_of_child_units', unit: 'percent', source: 'programme_integrations',
    name: { vi: 'Tỷ lệ đơn vị cấp dưới lồng ghép nhiệm vụ phòng, chống mại dâm với các chương trình khác', en: 'Share of child units integrating prostitution prevention into other programmes' },
    numerator: { vi: 'Số đơn vị cấp dưới có lồng ghép', en: 'Child units that integrate' },
    denominator: { vi: 'Tổng số đơn vị cấp dưới', en: 'All child units' },
  },
  {
    code: 'planning.integration_plans', version: 1, kind: 'count', unit: 'count', source: 'programme_integrations',
    name: { vi: 'Số kế hoạch lồng ghép của MTTQ và các đoàn thể', en: 'Integration plans by the Fatherland Front and mass organisations' },
    numerator: { vi: 'Số cơ quan, đoàn thể có kế hoạch lồng ghép', en: 'Bodies with an integration plan' }, denominator: null,
  },
  {
    code: 'planning.annual_plan_on_time', version: 1, kind: 'done', unit: 'boolean', source: 'plans',
    name: { vi: 'Kế hoạch năm được phê duyệt trong tháng 01', en: 'The annual plan is approved in January' },
    numerator: { vi: 'Kế hoạch năm ban hành trước ngày 01/02', en: 'Annual plan issued before 1 February' }, denominator: null,
  },
  {
    code: 'harm_reduction.child_units_with_model', version: 1, kind: 'share_of_child_units', unit: 'percent', source: 'harm_reduction_models',
    name: { vi: 'Tỷ lệ đơn vị cấp xã triển khai mô hình thí điểm hỗ trợ, can thiệp giảm hại', en: 'Share of communes running a pilot harm-reduction model' },
    numerator: { vi: 'Số đơn vị cấp xã có mô hình đang hoạt động', en: 'Communes with a model running' },
    denominator: { vi: 'Tổng số đơn vị cấp xã', en: 'All communes' },
  },
  {
    code: 'tips.handled_on_time', version: 1, kind: 'share_on_time', unit: 'percent', source: 'tips',
    name: { vi: 'Tỷ lệ tố giác, tin báo, khiếu nại được tiếp nhận, xác minh, phân loại, xử lý kịp thời', en: 'Share of tips, denunciations and complaints handled on time' },
    numerator: { vi: 'Số tin được giải quyết đúng hạn', en: 'Tips resolved by their deadline' },
    denominator: { vi: 'Số tin đã đến hạn hoặc đã giải quyết trong kỳ', en: 'Tips due or resolved in the period' },
  },
  {
    code: 'enforcement.crimes_handled_growth', version: 1, kind: 'year_on_year_growth', unit: 'percent', source: 'crime_cases',
    name: { vi: 'Mức tăng số tội phạm liên quan đến mại dâm được xử lý', en: 'Growth in prostitution-related crimes handled' },
    numerator: { vi: 'Số vụ được xử lý trong kỳ', en: 'Cases handled in the period' },
    denominator: { vi: 'Số vụ được xử lý kỳ trước', en: 'Cases handled in the previous period' },
  },
  {
    code: 'inspections.registry_share', version: 1, kind: 'share_of_registry', unit: 'percent', source: 'inspections',
    name: { vi: 'Tỷ lệ cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm được kiểm tra', en: 'Share of at-risk establishments inspected' },
    numerator: { vi: 'Số cơ sở được kiểm tra trong kỳ (không tính trùng)', en: 'Distinct establishments inspected in the period' },
    denominator: { vi: 'Số cơ sở đang hoạt động trong kỳ', en: 'Establishments operating in the period' },
  },
  {
    code: 'inspections.phase_coverage', version: 1, kind: 'cumulative_distinct_coverage', unit: 'percent', source: 'inspections',
    name: { vi: 'Tỷ lệ cơ sở được kiểm tra ít nhất một lần trong giai đoạn', en: 'Share of establishments inspected at least once in the phase' },
    numerator: { vi: 'Số cơ sở được kiểm tra ít nhất một lần từ đầu giai đoạn (không tính trùng)', en: 'Distinct establishments inspected at least once since the phase began' },
    denominator: { vi: 'Số cơ sở đã hoạt động trong giai đoạn', en: 'Establishments that operated during the phase' },
  },
  {
    code: 'inspections.count', version: 1, kind: 'count', unit: 'count', source: 'inspections',
    name: { vi: 'Số lượt kiểm tra cơ sở kinh doanh dịch vụ', en: 'Establishment inspections carried out' },
    numerator: { vi: 'Số lượt cơ sở được kiểm tra', en: 'Establishment visits by inspections' }, denominator: null,
  },
  {
    code: 'support.access_share', version: 1, kind: 'share_of_population', unit: 'percent', source: 'support_services', referenceFigure: 'sex_workers_in_need',
    name: { vi: 'Tỷ lệ người bán dâm có nhu cầu, đủ điều kiện được tiếp cận dịch vụ hỗ trợ xã hội, hòa nhập cộng đồng', en: 'Share of sex workers in need and eligible who access social support and reintegration services' },
    numerator: { vi: 'Số người được tiếp cận, sử dụng dịch vụ', en: 'People who received a service' },
    denominator: { vi: 'Số người có nhu cầu và đủ điều kiện (số liệu khai báo của năm)', en: 'People in need and eligible (declared for the year)' },
  },
  {
    code: 'training.officials_province', version: 1, kind: 'share_of_population', unit: 'percent', source: 'training_participants', referenceFigure: 'officials_province',
    name: { vi: 'Tỷ lệ cán bộ, công chức, viên chức, chiến sĩ cấp tỉnh được tập huấn', en: 'Share of province-level officials trained' },
    numerator: { vi: 'Số người cấp tỉnh được đào tạo, tập huấn', en: 'Province-level officials trained' },
    denominator: { vi: 'Số cán bộ cấp tỉnh liên quan (số liệu khai báo của năm)', en: 'Province-level officials concerned (declared for the year)' },
  },
  {
    code: 'training.officials_district', version: 1, kind: 'share_of_population', unit: 'percent', source: 'training_participants', referenceFigure: 'officials_district',
    name: { vi: 'Tỷ lệ cán bộ, công chức, viên chức, chiến sĩ cấp huyện được tập huấn', en: 'Share of district-level officials trained' },
    numerator: { vi: 'Số người cấp huyện được đào tạo, tập huấn', en: 'District-level officials trained' },
    denominator: { vi: 'Số cán bộ cấp huyện liên quan (số liệu khai báo của năm)', en: 'District-level officials concerned (declared for the year)' },
  },
  {
    code: 'training.officials_commune', version: 1, kind: 'share_of_population', unit: 'percent', source: 'training_participants', referenceFigure: 'officials_commune',
    name: { vi: 'Tỷ lệ cán bộ, công chức, viên chức, chiến sĩ cấp xã được tập huấn', en: 'Share of commune-level officials trained' },
    numerator: { vi: 'Số người cấp xã được đào tạo, tập huấn', en: 'Commune-level officials trained' },
    denominator: { vi: 'Số cán bộ cấp xã liên quan (số liệu khai báo của năm)', en: 'Commune-level officials concerned (declared for the year)' },
  },
];

const byCode = new Map(indicatorCatalogue.map((definition) => [definition.code, definition]));

export function findIndicator(code: string): IndicatorDefinition | undefined {
  return byCode.get(code);
}

export function getIndicator(code: string): IndicatorDefinition {
  const definition = byCode.get(code);
  if (!definition) throw new RangeError(`Unknown indicator: ${code}`);
  return definition;
}
