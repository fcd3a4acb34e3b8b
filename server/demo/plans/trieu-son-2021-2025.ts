import type { PlanContentInput } from '../../../core/plans/plan.ts';

/**
 * Kế hoạch phòng, chống mại dâm trên địa bàn huyện Triệu Sơn giai đoạn 2021-2025 (UBND huyện Triệu Sơn,
 * Thanh Hóa), transcribed from the seed plan `trieu-son-district-2021-2025.md` for the demo. The product
 * never reads the seed: this file is the data. Transcription rules: see `nghe-an-2024.ts`.
 *
 * Specific to this plan:
 * - Section II sets targets ("a) Chỉ tiêu") and tasks ("b) Nhiệm vụ") together, "đến năm 2025": targets
 *   without a yearly word are judged over the phase P2021-2025. Section II's five task lists and section
 *   III's four groups of solutions (Các giải pháp thực hiện) are the nine task groups, in that order.
 * - "Hằng năm" targets (II.3: crimes handled +5–8%, inspect at least 20% of establishments) are split
 *   into one target per year Y2021…Y2025, keyed '<name>-<year>': a year-on-year growth or a yearly
 *   share judged over the whole phase would compute something else (growth against the previous phase;
 *   distinct coverage over five years, which is what the separate phase target measures).
 * - V.1 has the lead approve each annual plan "trong tháng 01 hằng năm" (the annual_plan_on_time
 *   indicator). It is a duty in "Tổ chức thực hiện", not in a Chỉ tiêu list; it is kept as a target for
 *   Y2022…Y2025 only, because this phase plan itself was issued late in 2021 (after Kế hoạch 249 of
 *   17/11/2021), so there was no January 2021 to meet.
 * - The seed (a Markdown conversion) lost the issuer block and the "TM. ỦY BAN NHÂN DÂN" line above
 *   "KT. CHỦ TỊCH"; the signer's authority is restored as every district committee plan writes it.
 * - The seed numbers the agency blocks 1–7, 9–12 (no 8). Block 11 (procuracy, court) and block 12 (the
 *   Fatherland Front, the Women's Union, the Youth Union and "các tổ chức chính trị xã hội") become one
 *   assignment per body: the block's first duty goes to all of them, a duty addressed to one body by
 *   name ("Đề nghị Hội Liên hiệp Phụ nữ huyện ...") only to that body.
 */

const phase = 'P2021-2025';
const years = [2021, 2022, 2023, 2024, 2025] as const;

const sectionCommunication = '1. Nâng cao hiệu quả công tác truyền thông, tuyên truyền, phổ biến, giáo dục về phòng, chống mại dâm';
const sectionIntegration = '2. Tiếp tục đẩy mạnh thực hiện các hoạt động phòng ngừa mại dâm thông qua lồng ghép các chương trình có liên quan tại địa bàn cơ sở';
const sectionEnforcement = '3. Tăng cường thanh tra, kiểm tra; kịp thời phát hiện, xử lý các vi phạm pháp luật về phòng, chống mại dâm; điều tra, truy tố các tội phạm liên quan đến mại dâm';
const sectionHarmReduction = '4. Xây dựng, triển khai các hoạt động can thiệp giảm tác hại, phòng ngừa lây nhiễm các bệnh xã hội và HIV/AIDS, phòng ngừa, giảm tình trạng bạo lực trên cơ sở giới trong phòng, chống mại dâm';
const sectionTraining = '5. Đào tạo, tập huấn, bồi dưỡng nâng cao năng lực, chuyên môn, nghiệp vụ cho đội ngũ cán bộ, công chức, viên chức, chiến sĩ trong thực hiện nhiệm vụ phòng, chống mại dâm';
const sectionLead = '1. Phòng Lao động - Thương binh và Xã hội';

const reachText = 'Đảm bảo ít nhất 70% trở lên người lao động tại các cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm, 60% người lao động trong các khu công nghiệp, 70% học sinh, sinh viên các trường trung học phổ thông; cơ sở giáo dục nghề nghiệp được tuyên truyền, phổ biến chính sách, pháp luật, cung cấp thông tin, kiến thức về phòng, chống tệ nạn mại dâm.';
const yearlyEnforcementText = 'Hằng năm, số tội phạm liên quan đến hoạt động mại dâm được xử lý theo quy định của pháp luật tăng từ 5-8%; tổ chức kiểm tra ít nhất 20% số cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm trên địa bàn.';
const trainingText = 'Đảm bảo ít nhất 70% đội ngũ cán bộ, công chức, viên chức, chiến sĩ cấp huyện và 50% ở cấp xã, các cơ quan, tổ chức có liên quan đến lĩnh vực phòng, chống mại dâm được đào tạo, bồi dưỡng, tập huấn nâng cao năng lực chuyên môn, nghiệp vụ về công tác phòng, chống mại dâm; thực hiện các can thiệp giảm hại; phòng, chống bạo lực trên cơ sở giới; hỗ trợ hòa nhập cộng đồng đối với người bán dâm.';
const annualPlanText = 'Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan xây dựng kế hoạch phòng, chống mại dâm hằng năm trên cơ sở kế hoạch giai đoạn 5 năm trình Chủ tịch Ủy ban nhân dân huyện phê duyệt trong tháng 01 hằng năm.';

const judicialDuty = 'Nâng cao năng lực cho lực lượng kiểm sát, thẩm phán trong việc thực thi pháp luật về điều tra, truy tố, xét xử các vụ án liên quan đến mại dâm; phối hợp với cơ quan quản lý nhà nước về phòng, chống mại dâm cùng cấp thực hiện nhiệm vụ thống kê về truy tố, xét xử tội phạm liên quan đến mại dâm.';
const massOrganisationsDuty = 'Tích cực chỉ đạo các tổ chức thành viên, các hội viên, đoàn viên trong hệ thống tổ chức mình tham gia vận động, tuyên truyền nhằm nâng cao nhận thức, trách nhiệm về phòng, chống mại dâm';

type TargetInput = NonNullable<PlanContentInput['targets']>[number];

/** The same target once per year of the phase from `fromYear`, for the "hằng năm" targets. */
function yearly(fromYear: number, target: Omit<TargetInput, 'periodCode'>): TargetInput[] {
  return years
    .filter((year) => year >= fromYear)
    .map((year) => ({ ...target, key: `${target.key}-${year}`, periodCode: `Y${year}` }));
}

export const trieuSon2021To2025Plan: PlanContentInput = {
  issuerUnitId: 'pre2025-d-thanh-hoa-huyen-trieu-son',
  // "Số: /KH-UBND", "Triệu Sơn, ngày tháng năm 2021": number, day and month are blank in the seed.
  number: null,
  issueDate: null,
  issuePlace: 'Triệu Sơn',
  title: 'Phòng, chống mại dâm trên địa bàn huyện Triệu Sơn giai đoạn 2021-2025',
  periodCode: phase,
  // The preamble: "Thực hiện <1>, UBND huyện Triệu Sơn ban hành Kế hoạch ... với những nội dung sau".
  legalBasis: [
    'Kế hoạch số 249/KH-UBND ngày 17/11/2021 của Ủy ban nhân dân tỉnh Thanh Hóa về Kế hoạch phòng, chống mại dâm trên địa bàn tỉnh Thanh Hóa giai đoạn 2021-2025',
  ],
  purpose: [
    'Tạo sự đồng thuận, quyết tâm và chuyển biến mạnh mẽ về nhận thức và hành động của các cấp, các ngành, đoàn thể và nhân dân trong công tác phòng ngừa, ngăn chặn tệ nạn mại dâm trên địa bàn huyện; thực hiện các giải pháp nhằm giảm thiểu tác hại của hoạt động mại dâm; đảm bảo quyền bình đẳng trong tiếp cận các dịch vụ xã hội, tạo cơ hội giúp người bán dâm hòa nhập cộng đồng bền vững.',
    'Kiên quyết đấu tranh, triệt phá những tụ điểm, ổ nhóm tội phạm tổ chức hoạt động mại dâm góp phần ổn định tình hình an ninh, trật tự và an toàn xã hội trên địa bàn dân cư.',
  ],
  requirements: [
    'Việc triển khai thực hiện công tác phòng, chống mại dâm được tiến hành đồng bộ với các biện pháp tuyên truyền, giáo dục, kinh tế - xã hội, hành chính, hình sự và các biện pháp khác trong phòng, chống mại dâm; kết hợp phòng, chống tệ nạn mại dâm với phòng, chống tệ nạn ma túy và phòng, chống nhiễm HIV/AIDS.',
    'Tổ chức thực hiện Kế hoạch phòng, chống mại dâm phải dựa trên nguyên tắc tôn trọng quyền con người, chống kỳ thị, phân biệt đối xử đối với phụ nữ, trẻ em và các nhóm yếu thế khác.',
  ],
  // The plan has no separate "Mục tiêu": section II goes straight to targets and tasks.
  objectives: [],
  targets: [
    {
      key: 'communication-child-units',
      indicatorCode: 'communication.child_units_active',
      comparator: 'gte',
      value: 80,
      periodCode: phase,
      text: 'Ít nhất 80% số xã, thị trấn tổ chức được ít nhất một hình thức tuyên truyền về phòng ngừa mại dâm và được duy trì thường xuyên',
      section: sectionCommunication,
    },
    // TODO(indicator): no catalogue indicator for a target without a figure. Seed II.1.a, second bullet:
    // "Tăng cường thông tin về phòng, chống mại dâm trên cơ quan đài truyền thanh huyện và hệ thống đài
    // truyền thanh các xã, thị trấn" (communication.press_monthly needs a frequency the plan does not give).
    {
      key: 'reach-establishment-workers',
      indicatorCode: 'communication.reach_establishment_workers',
      comparator: 'gte',
      value: 70,
      periodCode: phase,
      text: reachText,
      section: sectionCommunication,
    },
    {
      key: 'reach-industrial-workers',
      indicatorCode: 'communication.reach_industrial_workers',
      comparator: 'gte',
      value: 60,
      periodCode: phase,
      text: reachText,
      section: sectionCommunication,
    },
    {
      // "70% học sinh, sinh viên các trường trung học phổ thông; cơ sở giáo dục nghề nghiệp".
      key: 'reach-students',
      indicatorCode: 'communication.reach_students',
      comparator: 'gte',
      value: 70,
      periodCode: phase,
      text: reachText,
      section: sectionCommunication,
    },
    {
      key: 'child-units-with-plan',
      indicatorCode: 'planning.child_units_with_plan',
      comparator: 'gte',
      value: 100,
      periodCode: phase,
      text: '100% các xã, thị trấn trong huyện xây dựng kế hoạch và tổ chức thực hiện các hoạt động phòng, chống tệ nạn mại dâm',
      section: sectionIntegration,
    },
    {
      key: 'child-units-integrating',
      indicatorCode: 'planning.child_units_integrating',
      comparator: 'gte',
      value: 60,
      periodCode: phase,
      text: 'Ít nhất 60% các xã, thị trấn lồng ghép nhiệm vụ phòng, chống tệ nạn mại dâm với việc thực hiện các chương trình phát triển kinh tế - xã hội, các chương trình an sinh, trợ giúp xã hội, chương trình phòng, chống ma túy, chương trình phòng, chống HIV/AIDS, chương trình phòng, chống mua, bán người.',
      section: sectionIntegration,
    },
    {
      key: 'tips-on-time',
      indicatorCode: 'tips.handled_on_time',
      comparator: 'gte',
      value: 100,
      periodCode: phase,
      text: '100% tin báo, tố giác, phản ánh hành vi vi phạm pháp luật về phòng, chống mại dâm được tiếp nhận, xác minh, phân loại, xử lý kịp thời',
      section: sectionEnforcement,
    },
    ...yearly(2021, {
      key: 'crimes-handled-growth',
      indicatorCode: 'enforcement.crimes_handled_growth',
      comparator: 'range',
      value: 5,
      valueHigh: 8,
      text: yearlyEnforcementText,
      section: sectionEnforcement,
    }),
    ...yearly(2021, {
      key: 'inspections-registry-share',
      indicatorCode: 'inspections.registry_share',
      comparator: 'gte',
      value: 20,
      text: yearlyEnforcementText,
      section: sectionEnforcement,
    }),
    {
      key: 'inspections-phase-coverage',
      indicatorCode: 'inspections.phase_coverage',
      comparator: 'gte',
      value: 100,
      periodCode: phase,
      text: 'Phấn đấu đến năm 2025, có 100% các cơ sở được kiểm tra ít nhất 1 lần.',
      section: sectionEnforcement,
    },
    {
      key: 'harm-reduction-models',
      indicatorCode: 'harm_reduction.child_units_with_model',
      comparator: 'gte',
      value: 10,
      periodCode: phase,
      text: 'Đảm bảo ít nhất 10% địa bàn cấp xã xây dựng và triển khai mô hình thí điểm về phòng ngừa mại dâm, hỗ trợ can thiệp giảm hại, phòng, chống bạo lực trên cơ sở giới, đảm bảo ít nhất quyền của người lao động trong các cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm, cung cấp dịch vụ hỗ trợ hòa nhập cộng đồng đối với người bán dâm',
      section: sectionHarmReduction,
    },
    {
      key: 'support-access',
      indicatorCode: 'support.access_share',
      comparator: 'gte',
      value: 70,
      periodCode: phase,
      text: 'Đảm bảo ít nhất 70% người bán dâm có nhu cầu và đủ điều kiện được tiếp cận và sử dụng các dịch vụ hỗ trợ xã hội, hòa nhập cộng đồng.',
      section: sectionHarmReduction,
    },
    {
      key: 'training-district',
      indicatorCode: 'training.officials_district',
      comparator: 'gte',
      value: 70,
      periodCode: phase,
      text: trainingText,
      section: sectionTraining,
    },
    {
      key: 'training-commune',
      indicatorCode: 'training.officials_commune',
      comparator: 'gte',
      value: 50,
      periodCode: phase,
      text: trainingText,
      section: sectionTraining,
    },
    // From V.1 (the lead's first duty), not from a Chỉ tiêu list: see the note at the top.
    ...yearly(2022, {
      key: 'annual-plan-on-time',
      indicatorCode: 'planning.annual_plan_on_time',
      comparator: 'eq',
      value: 1,
      text: annualPlanText,
      section: sectionLead,
    }),
  ],
  taskGroups: [
    // II. Chỉ tiêu, nhiệm vụ cụ thể đến năm 2025: the "b) Nhiệm vụ" of each section.
    {
      title: 'Nâng cao hiệu quả công tác truyền thông, tuyên truyền, phổ biến, giáo dục về phòng, chống mại dâm',
      tasks: [
        'Xây dựng và thực hiện các chiến lược truyền thông về chủ trương, chính sách của Đảng, Nhà nước đối với công tác phòng, chống mại dâm; giảm kỳ thị, phân biệt đối xử của cộng đồng đối với người bán dâm',
        'Tăng cường các biện pháp tuyên truyền phòng ngừa đến mọi người dân trong toàn xã hội trong đó chú trọng đến nhóm đối tượng là thanh thiếu niên, học sinh, sinh viên, người lao động trong các cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm, người lao động trong các khu công nghiệp; các địa phương có nhiều người di cư để hạn chế phát sinh mới số người tham gia mại dâm',
        'Xây dựng các chuyên trang, chuyên mục, các tiểu phẩm, ký sự, bài viết và tăng thời lượng truyền thông về tình hình tệ nạn mại dâm, công tác phòng, chống mại dâm trên các phương tiện thông tin đại chúng tại địa phương',
        'Đổi mới cách thức, nội dung công tác truyền thông theo hướng sinh động phù hợp với thuần phong mỹ tục, truyền thống văn hóa để thu hút giới trẻ, ứng dụng công nghệ thông tin và truyền thông qua mạng Internet và mạng xã hội; các hình thức truyền thông trực tiếp tại cộng đồng, tại các khu công nghiệp, trường học và các địa bàn thường xảy ra tệ nạn mại dâm',
        'Tổ chức biểu dương, khen thưởng kịp thời đối với những tập thể, cá nhân có nhiều đóng góp cho công tác phòng, chống mại dâm theo quy định hiện hành.',
      ],
    },
    {
      title: 'Tiếp tục đẩy mạnh thực hiện các hoạt động phòng ngừa mại dâm thông qua lồng ghép các chương trình có liên quan tại địa bàn cơ sở',
      tasks: [
        'Tổ chức điều tra, khảo sát, rà soát, đánh giá, dự báo về nhu cầu của người bán dâm có khó khăn về tài chính, thanh niên chưa có việc làm, người lao động trong các cơ sở kinh doanh, dịch vụ dễ phát sinh tệ nạn mại dâm và các chương trình phát triển kinh tế - xã hội, an sinh xã hội, bảo trợ xã hội tại địa phương để hướng mục tiêu của các chương trình đến các nhóm đối tượng này',
        'Xây dựng các hoạt động trợ giúp cho nhóm phụ nữ có nhu cầu tìm kiếm việc làm được tiếp cận, thực hiện chính sách của các chương trình về dạy nghề, tìm việc làm, hỗ trợ vay vốn, giảm nghèo nhằm tạo điều kiện phát triển sản xuất, kinh doanh, ổn định kinh tế, đời sống của cá nhân và hộ gia đình',
        'Xây dựng và tổ chức triển khai các kế hoạch lồng ghép việc thực hiện các chương trình an sinh xã hội; chương trình phòng, chống ma túy; phòng, chống HIV/AIDS, mua bán người tại địa phương với nhiệm vụ phòng, chống mại dâm.',
      ],
    },
    {
      title: 'Tăng cường thanh tra, kiểm tra; kịp thời phát hiện, xử lý các vi phạm pháp luật về phòng, chống mại dâm; điều tra, truy tố các tội phạm liên quan đến mại dâm',
      tasks: [
        'Kiện toàn Đoàn kiểm tra liên ngành về phòng, chống tệ nạn mại dâm; kinh doanh dịch vụ karaoke; dịch vụ vũ trường theo Nghị định số 178/2004/NĐ-CP ngày 15 tháng 10 năm 2004 của Chính phủ quy định chi tiết thi hành một số điều của Pháp lệnh Phòng, chống mại dâm; Công văn số 4802/BVHTTDL-TTr ngày 02/12/2019 của Bộ Văn hóa, Thể thao và Du lịch về việc tổ chức và hoạt động của Đoàn thanh tra, kiểm tra liên ngành các cấp đối với kinh doanh dịch vụ karaoke, dịch vụ vũ trường đảm bảo tinh gọn, hiệu lực, hiệu quả trong tổ chức và hoạt động',
        'Kiểm tra, quản lý chặt chẽ điều kiện thành lập và hoạt động kinh doanh, dịch vụ dễ phát sinh tệ nạn mại dâm theo quy định của pháp luật nhằm phòng ngừa, phát hiện và ngăn chặn việc lợi dụng các hoạt động này để tổ chức hoạt động mại dâm',
        'Tăng cường công tác chỉ đạo, kiểm tra, giám sát đối với các địa phương có các điểm du lịch, hệ thống nhà trọ, nhà nghỉ, khách sạn có nhiều người tạm trú, lưu trú ngăn ngừa để phòng ngừa hoạt động mua, bán dâm',
        'Tăng cường quản lý về an ninh, trật tự; tổ chức điều tra, các vụ án, triệt phá các tổ chức tội phạm liên quan đến hoạt động mại dâm. Nâng cao hiệu quả công tác kiểm tra, giám sát, công tác đấu tranh phòng, chống vi phạm hành chính, tội phạm liên quan đến hoạt động mại dâm từ cơ sở; kịp thời truy tố, xét xử các tội phạm liên quan đến mại dâm',
        'Tiến hành điều tra cơ bản, sử dụng các biện pháp nghiệp vụ, tập trung vào các tuyến, địa bàn, lĩnh vực trọng điểm để triển khai các biện pháp phòng ngừa, phát hiện, ngăn chặn các hành vi vi phạm hành chính, tội phạm liên quan đến hoạt động mại dâm',
        'Tổ chức thu thập, tiếp nhận, xác minh các nguồn tin tố giác, tin báo về đấu tranh tổ chức hoạt động mại dâm làm cơ sở để xử lý theo quy định của pháp luật',
        'Tổ chức điều tra các vụ án, triệt phá các tổ chức tội phạm liên quan đến hoạt động mại dâm. Nâng cao hiệu quả công tác kiểm tra giám sát các hoạt động đấu tranh phòng, chống vi phạm hành chính, tội phạm liên quan đến hoạt động mại dâm từ cơ sở',
        'Thực hiện hoạt động thực hành quyền công tố, kiểm sát việc giải quyết tin tố giác, tin báo về tội phạm, kiểm sát điều tra, kiểm sát xét xử các vụ án liên quan đến hoạt động mại dâm',
        'Xét xử kịp thời, nghiêm minh các vụ án về mại dâm chứa mại dâm, môi giới mại dâm, mua dâm người dưới 18 tuổi. Phối hợp với các cơ quan tiến hành tố tụng để tháo gỡ những khó khăn trong các vụ án liên quan đến mại dâm, lựa chọn các vụ án trọng điểm, tổ chức phiên tòa rút kinh nghiệm để đẩy nhanh tốc độ và nâng cao trách nhiệm xét xử, lồng ghép việc tuyên truyền giáo dục thông qua các phiên tòa nhằm nâng cao ý thức pháp luật trong Nhân dân.',
      ],
    },
    {
      title: 'Xây dựng, triển khai các hoạt động can thiệp giảm tác hại, phòng ngừa lây nhiễm các bệnh xã hội và HIV/AIDS, phòng ngừa, giảm tình trạng bạo lực trên cơ sở giới trong phòng, chống mại dâm',
      tasks: [
        'Tiếp tục xây dựng, nhân rộng các mô hình phòng ngừa mại dâm, hỗ trợ can thiệp giảm hại, phòng, chống bạo lực trên cơ sở giới, đảm bảo ít nhất quyền của người lao động trong các cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm có hiệu quả theo hướng hỗ trợ trao quyền, tăng cường sự tham gia của các nhóm đồng đẳng, nhóm tự lực trong việc giải quyết các vấn đề liên quan',
        'Hình thành mạng lưới cơ sở cung cấp dịch vụ hỗ trợ giảm hại; phòng, chống bạo lực trên cơ sở giới, hòa nhập cộng đồng cho người bán dâm có sự tham gia, đóng góp, hỗ trợ của các cơ quan nhà nước, các tổ chức xã hội, doanh nghiệp, chuyên gia, cá nhân trong và ngoài nước và một số nhóm đồng đẳng, nhóm tự lực, giúp đỡ người bán dâm hoàn lương hòa nhập cộng đồng',
        'Tăng cường hỗ trợ, đầu tư nguồn lực, kinh phí hoạt động cho các mạng lưới cung cấp dịch vụ hỗ trợ về giáo dục nghề nghiệp, chăm sóc sức khỏe, phòng ngừa lây nhiễm các bệnh xã hội và HIV/AIDS, hỗ trợ hòa nhập cộng đồng đối với người bán dâm',
        'Xây dựng tài liệu, tổ chức các khóa tập huấn nâng cao năng lực cho đội ngũ cán bộ làm công tác phòng, chống tệ nạn xã hội các cấp và cán bộ trực tiếp tham gia cung cấp, hỗ trợ dịch vụ cho người bán dâm.',
      ],
    },
    {
      title: 'Đào tạo, tập huấn, bồi dưỡng nâng cao năng lực, chuyên môn, nghiệp vụ cho đội ngũ cán bộ, công chức, viên chức, chiến sĩ trong thực hiện nhiệm vụ phòng, chống mại dâm',
      tasks: [
        'Xây dựng, biên soạn tài liệu, triển khai các chương trình đào tạo, bồi dưỡng, tập huấn, sử dụng công nghệ để hướng dẫn, cập nhật kiến thức, kỹ năng tư vấn, hỗ trợ thực hiện công tác tuyên truyền và hướng dẫn cộng đồng về phòng, chống mại dâm',
        'Tổ chức đào tạo, tập huấn nâng cao năng lực cho kiểm sát viên, thẩm phán, hội thẩm nhân dân trong công tác kiểm sát, điều tra, truy tố, xét xử các vụ án liên quan đến mại dâm',
        'Tổ chức đào tạo, bồi dưỡng, tập huấn cho đội ngũ cán bộ, công chức, viên chức, chiến sĩ làm công tác phòng, chống tệ nạn xã hội các cấp, các ngành có liên quan; người trực tiếp tham gia cung cấp dịch vụ hỗ trợ xã hội cho người bán dâm hòa nhập cộng đồng; mạng lưới báo cáo viên, tuyên truyền viên, tình nguyện viên, cộng tác viên các cấp về công tác phòng, chống mại dâm.',
      ],
    },
    // III. Các giải pháp thực hiện.
    {
      title: 'Giải pháp hoàn thiện thể chế',
      tasks: [
        'Rà soát, hoàn thiện các văn bản quy phạm pháp luật về phòng, chống mại dâm, phù hợp các yếu tố về văn hóa, phong tục tập quán, trình độ nhận thức của từng lứa tuổi, tầng lớp, bộ phận dân cư; cụ thể hóa trách nhiệm người đứng đầu các cơ quan, tổ chức khi để xảy ra tệ nạn mại dâm thuộc phạm vi quản lý',
        'Đề xuất sửa đổi, bổ sung các biện pháp chế tài phù hợp với thực tiễn phát triển của đời sống xã hội để áp dụng các biện pháp xử phạt hành chính, truy cứu trách nhiệm hình sự, các hành vi vi phạm pháp luật khác về mại dâm. Quy định rõ các biện pháp, giải pháp, nguồn lực và trách nhiệm thực hiện của các cơ quan, tổ chức, cá nhân trong việc thực hiện các giải pháp này',
        'Đề xuất các chính sách phòng ngừa, bảo vệ người chưa thành niên đối với hoạt động mại dâm; bảo đảm phát hiện sớm và xử lý nghiêm các hành vi vi phạm quyền trẻ em trong lĩnh vực phòng, chống mại dâm, các hoạt động tội phạm liên quan đến mại dâm; xây dựng khung pháp lý, định mức kinh tế kỹ thuật trong việc thực hiện các can thiệp giảm hại, trợ giúp xã hội trong công tác phòng, chống bạo lực trên cơ sở giới đối với người bán dâm để hòa nhập cộng đồng.',
      ],
    },
    {
      title: 'Giải pháp về tổ chức thực hiện',
      tasks: [
        'Cấp ủy Đảng các cấp xây dựng nội dung chương trình phòng, chống mại dâm trong văn kiện, nghị quyết và chiến lược về phát triển kinh tế - xã hội; thường xuyên theo dõi, đôn đốc, kiểm tra thực hiện; đẩy mạnh các hoạt động tuyên truyền, nâng cao nhận thức, trách nhiệm của cán bộ, đảng viên trong công tác phòng, chống mại dâm; gắn trách nhiệm của người đứng đầu với kết quả phòng, chống mại dâm ở địa phương, đơn vị',
        'Hằng năm, các phòng, ngành, tổ chức đoàn thể chủ động lập kế hoạch, tổ chức triển khai các hoạt động phòng, chống mại dâm theo chức năng, nhiệm vụ được phân công; lồng ghép vào các phong trào, sinh hoạt chuyên đề, hoạt động thường xuyên trong chương trình công tác',
        'Ủy ban nhân dân cấp xã phải đưa công tác phòng, chống mại dâm là một trong các nhiệm vụ quan trọng góp phần phát triển kinh tế - xã hội của địa phương; chỉ đạo thực hiện lồng ghép công tác phòng, chống mại dâm với các chương trình an sinh xã hội ở địa phương; phòng, chống HIV/AIDS; phòng, chống ma túy, phòng, chống mua bán người. Tập trung chỉ đạo thực hiện ở các khu vực trọng điểm; ưu tiên nguồn lực cho vùng sâu, vùng xa, khu vực biên giới',
        'Tăng cường công tác phối hợp liên ngành thông qua xây dựng, ký kết và thực hiện có hiệu quả quy chế phối hợp, duy trì cơ chế trao đổi thông tin, báo cáo, kiểm tra, đánh giá, sơ kết, tổng kết giữa các cơ quan, ban, ngành ở cấp huyện và các xã, thị trấn về công tác phòng, chống mại dâm',
        'Duy trì chế độ kiểm tra, đánh giá, sơ kết, tổng kết ở các cấp nhằm rút kinh nghiệm trong việc chỉ đạo, điều hành và nhân rộng các mô hình, phương pháp, giải pháp có hiệu quả cao',
        'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện Triệu Sơn và các tổ chức thành viên tăng cường chỉ đạo, tổ chức các hoạt động giám sát việc thực hiện nhiệm vụ phòng, chống mại dâm của các phòng, ngành và chính quyền các cấp.',
      ],
    },
    {
      title: 'Giải pháp về nguồn lực',
      tasks: [
        'Tập trung kinh phí của Nhà nước để thực hiện các hoạt động trọng điểm, ưu tiên; huy động nguồn lực, sự tham gia của các cơ quan, tổ chức, cá nhân và cộng đồng vào các hoạt động phòng ngừa, hỗ trợ giảm hại, hòa nhập cộng đồng cho người bán dâm',
        'Đẩy mạnh xã hội hóa; huy động nguồn lực của các tổ chức xã hội, các tổ chức phi chính phủ, các tổ chức dựa vào cộng đồng; các câu lạc bộ, nhóm tự lực, nhóm đồng đẳng tham gia công tác hỗ trợ xã hội, hỗ trợ hòa nhập cộng đồng đối với người bán dâm',
        'Tổ chức thực hiện lồng ghép nhiệm vụ phòng, chống mại dâm với các chương trình phát triển kinh tế - xã hội, các chương trình an sinh, trợ giúp xã hội, chương trình phòng, chống ma túy, chương trình phòng, chống HIV/AIDS, chương trình phòng, chống mua bán người.',
      ],
    },
    {
      title: 'Giải pháp hợp tác quốc tế',
      tasks: [
        'Chủ động, tích cực hội nhập, tăng cường hợp tác quốc tế trong lĩnh vực phòng, chống mại dâm, mua bán người vì mục đích mại dâm, mại dâm trẻ em, để tạo sự đồng thuận, ủng hộ và tranh thủ hỗ trợ kỹ thuật, tài chính của các chính phủ, tổ chức quốc tế.',
      ],
    },
  ],
  // IV. KINH PHÍ THỰC HIỆN: no amounts.
  budget: [
    { source: 'district', amount: null, notes: 'Đối với cấp huyện bố trí trong dự toán ngân sách hàng năm của các phòng, ngành, đơn vị, đồng thời lồng ghép với kinh phí thực hiện các chương trình, nhiệm vụ khác để thực hiện.' },
    { source: 'commune', amount: null, notes: 'Đối với các xã, thị trấn thực hiện theo phân cấp ngân sách hiện hành.' },
    { source: 'socialised', amount: null, notes: 'Nguồn kinh phí huy động hợp pháp khác' },
  ],
  budgetNotes: [
    'Kinh phí thực hiện Kế hoạch phòng, chống mại dâm trên địa bàn huyện Triệu Sơn giai đoạn 2021- 2025 được bố trí từ nguồn ngân sách Nhà nước và nguồn kinh phí huy động hợp pháp khác.',
    'Đối với cấp huyện bố trí trong dự toán ngân sách hàng năm của các phòng, ngành, đơn vị, đồng thời lồng ghép với kinh phí thực hiện các chương trình, nhiệm vụ khác để thực hiện.',
    'Đối với các xã, thị trấn thực hiện theo phân cấp ngân sách hiện hành.',
  ],
  // V. TỔ CHỨC THỰC HIỆN
  assignments: [
    {
      agencyKind: 'labour_social_affairs',
      agencyName: 'Phòng Lao động - Thương binh và Xã hội',
      role: 'lead',
      isRequest: false,
      duties: [
        'Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan xây dựng kế hoạch phòng, chống mại dâm hằng năm trên cơ sở kế hoạch giai đoạn 5 năm trình Chủ tịch Ủy ban nhân dân huyện phê duyệt trong tháng 01 hằng năm. Hướng dẫn, đôn đốc, kiểm tra, tổng hợp kết quả thực hiện, định kỳ báo cáo UBND huyện, Thường trực Ban Chỉ đạo 138 huyện và Sở Lao động - Thương binh và Xã hội',
        'Chủ trì, phối hợp với các phòng, ngành có liên quan nghiên cứu, xây dựng, trình UBND huyện ban hành theo thẩm quyền các chính sách, chế độ hỗ trợ hòa nhập cộng đồng; từng bước xây dựng, tổ chức cung cấp các dịch vụ hỗ trợ xã hội, hỗ trợ hòa nhập cộng đồng đối với người bán dâm',
        'Chủ trì thiết kế, phát triển các chương trình, các tài liệu, giáo trình công cụ truyền thông về phòng, chống mại dâm; tổ chức đào tạo, tập huấn, trao đổi kinh nghiệm nâng cao năng lực chuyên môn, nghiệp vụ cho đội ngũ cán bộ làm công tác phòng, chống tệ nạn xã hội các cấp, các ngành, các tổ chức có liên quan',
        'Đẩy mạnh công tác tuyên truyền, giáo dục và phổ biến pháp luật về phòng, chống mại dâm bằng nhiều hình thức và nội dung phong phú phù hợp với từng đối tượng tầng lớp Nhân dân; từng vùng, miền địa phương nhằm nâng cao nhận thức của cộng đồng xã hội về phòng, chống mại dâm, tập trung vào đối tượng có nguy cơ cao dễ sa vào tệ nạn mại dâm',
        'Phối hợp với các đơn vị có liên quan tổ chức khảo sát, đánh giá thực trạng tình hình tệ nạn mại dâm hoạt động tại nơi công cộng và tại cơ sở kinh doanh dịch vụ để làm cơ sở tham mưu, đề xuất các giải pháp phòng ngừa, ngăn chặn, không để tệ nạn mại dâm phát sinh tại các cơ sở trên địa bàn dân cư và khu vực',
        'Chủ trì, phối hợp với các đơn vị có liên quan chỉ đạo, tổ chức triển khai các giải pháp phòng ngừa tệ nạn mại dâm; xây dựng, phát triển hệ thống dịch vụ hỗ trợ xã hội đối với người bán dâm',
        'Triển khai các mô hình theo hướng hỗ trợ trao quyền, tăng cường sự tham gia đối với các nhóm đồng đẳng, nhóm tự lực, câu lạc bộ của người bán dâm trong việc giải quyết các vấn đề liên quan của người bán dâm khi có chỉ đạo của cơ quan nhà nước có thẩm quyền',
        'Kiện toàn lực lượng kiểm tra liên ngành về phòng, chống tệ nạn mại dâm, kinh doanh dịch vụ karaoke, dịch vụ vũ trường trên địa bàn huyện. Tổ chức các đoàn liên ngành kiểm tra, đánh giá việc thực hiện nhiệm vụ phòng, chống mại dâm của các xã, thị trấn',
        'Tổ chức sơ kết, tổng kết việc thực hiện chương trình báo cáo UBND huyện theo quy định. Đề xuất, khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong công tác phòng, chống mại dâm.',
      ],
    },
    {
      agencyKind: 'police',
      agencyName: 'Công an huyện',
      role: 'support',
      isRequest: false,
      duties: [
        'Chủ trì, phối hợp các phòng, ban, ngành liên quan tổ chức đấu tranh tội phạm mại dâm; tổ chức điều tra, triệt phá các ổ nhóm, tụ điểm, đường dây mại dâm. Gắn chương trình phòng, chống mại dâm với chương trình phòng, chống tội phạm trong đó có tội phạm mua bán phụ nữ, trẻ em vì mục đích mại dâm',
        'Thực hiện công tác quản lý Nhà nước về an ninh trật tự, quản lý các cơ sở về an ninh trật tự có điều kiện như vũ trường, quán bar, karaoke, massage... nơi tiềm ẩn nhiều phức tạp về tội phạm và tệ nạn mại dâm; không để hình thành các đường dây, tụ điểm hoạt động mại dâm gây bức xúc cho quần chúng Nhân dân',
        'Chỉ đạo lực lượng công an các cấp thực hiện tốt công tác tiếp nhận, giải quyết tố giác, tin báo về tội phạm, tệ nạn mại dâm; lập án đấu tranh với các đường dây mại dâm, môi giới mại dâm; nâng cao tỷ lệ, điều tra, khám phá, bắt giữ tội phạm về mại dâm, không để lọt đối tượng cầm đầu đường dây, tổ chức hoạt động mại dâm.',
      ],
    },
    {
      agencyKind: 'health',
      agencyName: 'Phòng Y tế',
      role: 'support',
      isRequest: false,
      duties: [
        'Chủ trì, phối hợp các phòng, ban, ngành tạo điều kiện thuận lợi cho người bán dâm tiếp cận, sử dụng các dịch vụ can thiệp dự phòng, khám và điều trị HIV/AIDS và các bệnh lây truyền qua đường tình dục; chương trình điều trị Methadone, cai nghiện ma túy cho người bán dâm có sử dụng ma túy',
        'Tổ chức thanh tra, kiểm tra điều kiện về y tế và hướng dẫn tổ chức khám sức khỏe định kỳ cho người lao động làm việc tại các cơ sở kinh doanh dịch vụ dễ bị lợi dụng để hoạt động mại dâm.',
      ],
    },
    {
      agencyKind: 'finance',
      agencyName: 'Phòng Tài chính - Kế hoạch',
      role: 'support',
      isRequest: false,
      duties: ['Chủ trì, phối hợp với các cơ quan liên quan bố trí ngân sách trong dự toán chi thường xuyên hàng năm của các phòng, ngành để thực hiện các nhiệm vụ, giải pháp của Chương trình này theo quy định của Luật Ngân sách nhà nước và phân cấp ngân sách hiện hành.'],
    },
    {
      agencyKind: 'culture_sports_tourism',
      agencyName: 'Phòng Văn hóa - Thông tin',
      role: 'support',
      isRequest: false,
      duties: [
        'Chỉ đạo việc thanh tra, kiểm tra các cơ sở kinh doanh dịch vụ văn hóa, du lịch nhằm ngăn chặn và xử lý các hành vi khiêu dâm, kích dục, lưu hành văn hóa phẩm độc hại, đồi trụy, lợi dụng du lịch để tổ chức hoạt động mại dâm',
        'Lồng ghép các nội dung tuyên truyền, giáo dục về phòng, chống mại dâm với các hoạt động văn hóa, nghệ thuật, thể dục, thể thao và du lịch.',
        'Chỉ đạo cơ sở thường xuyên thực hiện hoạt động thông tin, truyền thông về phòng, chống mại dâm; đề xuất các giải pháp phù hợp nhằm ngăn chặn các trang mạng có nội dung liên quan đến mại dâm',
        'Phối hợp với các cơ quan có liên quan trong việc theo dõi, nắm bắt thông tin trên mạng internet, nhất là các trang mạng xã hội để kịp thời phát hiện, ngăn chặn, xử lý các hành vi lợi dụng thông tin điện tử để tuyên truyền, tiếp thị, môi giới mại dâm, hoạt động mại dâm.',
      ],
    },
    {
      agencyKind: 'education',
      agencyName: 'Phòng Giáo dục và Đào tạo',
      role: 'support',
      isRequest: false,
      duties: [
        'Chỉ đạo các cơ sở giáo dục tổ chức tuyên truyền, giáo dục pháp luật về phòng, chống mại dâm, lồng ghép trong các hoạt động trải nghiệm, hoạt động ngoài giờ lên lớp cho học sinh, sinh viên',
        'Tăng cường tổ chức các hoạt động tuyên truyền, giáo dục nâng cao nhận thức, giáo dục đạo đức, lối sống, kỹ năng sống đối với học sinh, sinh viên về phòng, chống mại dâm.',
      ],
    },
    {
      agencyKind: 'justice',
      agencyName: 'Phòng Tư pháp',
      role: 'support',
      isRequest: false,
      duties: ['Phối hợp với các phòng, ngành liên quan chỉ đạo, hướng dẫn tuyên truyền giáo dục pháp luật về phòng, chống mại dâm; đề xuất hướng hoàn thiện các chế tài xử lý hành chính, hình sự đối với các hành vi mại dâm.'],
    },
    {
      // Block "9." (there is no 8): the district's culture, information and broadcasting centre.
      agencyKind: 'radio_television',
      agencyName: 'Trung tâm Văn hóa thông tin, Thể thao và Du lịch',
      role: 'support',
      isRequest: false,
      duties: ['Xây dựng các chuyên trang, chuyên mục, ký sự, phóng sự, bài viết tuyên truyền về các chủ chương, chính sách của Đảng, chính sách pháp luật của Nhà nước đối với công tác phòng, chống mại dâm; giảm kỳ thị, phân biệt đối xử của cộng đồng đối với người bán dâm; thông tin kịp thời về các vụ án liên quan đến tội phạm về mại dâm và tình hình tệ nạn mại dâm trên địa bàn huyện.'],
    },
    {
      // The communes' People's Committees: child units, not agencies of the district.
      agencyKind: 'other',
      agencyName: 'Ủy ban nhân dân các xã, thị trấn',
      role: 'support',
      isRequest: false,
      duties: [
        'Trên cơ sở kế hoạch của huyện và chương trình phát triển kinh tế - xã hội giai đoạn 2021-2025 của địa phương, xây dựng kế hoạch triển khai thực hiện các nhiệm vụ và giải pháp phòng, chống mại dâm trên địa bàn phù hợp',
        'Bố trí kinh phí hằng năm và huy động các nguồn đóng góp hợp pháp để đảm bảo kinh phí thực hiện nhiệm vụ phòng, chống mại dâm. Lồng ghép công tác phòng, chống mại dâm vào các chương trình an sinh xã hội của địa phương như: giảm nghèo, dạy nghề, tạo việc làm, phòng, chống ma túy, HIV/AIDS và phòng, chống mua bán người',
        'Kiện toàn và nâng cao hiệu quả hoạt động của Đội Kiểm tra liên ngành cấp xã; thường xuyên tổ chức kiểm tra các cơ sở kinh doanh dịch vụ để phát sinh tệ nạn mại dâm trên địa bàn. Chỉ đạo lực lượng công an và các ban, ngành của địa phương thường xuyên khảo sát, triệt xóa các tụ điểm mại dâm trên địa bàn',
        'Tăng cường hoạt động tiếp cận, tư vấn hỗ trợ y tế, pháp lý, dạy nghề tạo việc làm cho người bán dâm, giúp họ có thu nhập ổn định, chuyển đổi nghề nghiệp, thay đổi nhận thức, hành vi, không tái vi phạm tệ nạn xã hội',
        'Chỉ đạo các ban, ngành tích cực phối hợp với đơn vị liên quan triển khai các mô hình mới về hỗ trợ giảm hại đối với người bán dâm khi có chỉ đạo của Sở Lao động-Thương binh và Xã hội',
        'Đưa nội dung tuyên truyền phòng, chống mại dâm vào sinh hoạt tổ dân phố, khu dân cư và các câu lạc bộ của các Hội, đoàn thể ở địa phương; duy trì và xây dựng xã, thị trấn lành mạnh không có tệ nạn ma túy, mại dâm; duy trì trong sạch địa bàn không để hiện tượng mại dâm tái hoạt động tại các tụ điểm mại dâm công cộng đã được triệt xóa.',
      ],
    },
    // Block 11: "Đề nghị Viện Kiểm sát nhân dân huyện, Tòa án nhân dân huyện".
    {
      agencyKind: 'procuracy',
      agencyName: 'Viện Kiểm sát nhân dân huyện',
      role: 'support',
      isRequest: true,
      duties: [judicialDuty],
    },
    {
      agencyKind: 'court',
      agencyName: 'Tòa án nhân dân huyện',
      role: 'support',
      isRequest: true,
      duties: [judicialDuty],
    },
    // Block 12, one assignment per body named in its heading.
    {
      agencyKind: 'fatherland_front',
      agencyName: 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện Triệu Sơn',
      role: 'support',
      isRequest: true,
      duties: [
        massOrganisationsDuty,
        'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện Triệu Sơn triển khai thực hiện chương trình giám sát, phản biện xã hội đối với chính sách, pháp luật liên quan đến phòng, chống tệ nạn mại dâm',
      ],
    },
    {
      agencyKind: 'womens_union',
      agencyName: 'Hội Liên hiệp Phụ nữ huyện Triệu Sơn',
      role: 'support',
      isRequest: true,
      duties: [
        massOrganisationsDuty,
        'Đề nghị Hội Liên hiệp Phụ nữ huyện phối hợp với Phòng Lao động - Thương binh và Xã hội triển khai thực hiện các mô hình hỗ trợ xã hội, hỗ trợ giúp đỡ người bán dâm hòa nhập cộng đồng.',
      ],
    },
    {
      agencyKind: 'youth_union',
      agencyName: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh huyện Triệu Sơn',
      role: 'support',
      isRequest: true,
      duties: [massOrganisationsDuty],
    },
    {
      // The other socio-political organisations (veterans, farmers, labour federation), named as a group.
      agencyKind: 'other',
      agencyName: 'Các tổ chức chính trị xã hội',
      role: 'support',
      isRequest: true,
      duties: [massOrganisationsDuty],
    },
  ],
  // VI. CHẾ ĐỘ THÔNG TIN, BÁO CÁO. Recipients are those of the lead's consolidated report.
  reportingRules: [
    {
      kind: 'half_year',
      reporterDeadline: { day: 20, month: 6 },
      consolidatorDeadline: { day: 25, month: 6 },
      recipients: ['UBND huyện', 'Sở Lao động - Thương binh và Xã hội'],
      notes: 'Báo cáo 06 tháng: Trước ngày 20/6 hằng năm đối với các phòng, ban, ngành và UBND các xã, thị trấn; Phòng Lao động - Thương binh và Xã hội tổng hợp báo cáo UBND huyện, Sở Lao động - Thương binh và Xã hội trước ngày 25/6 hằng năm',
    },
    {
      kind: 'annual',
      reporterDeadline: { day: 20, month: 12 },
      consolidatorDeadline: { day: 25, month: 12 },
      recipients: ['UBND huyện', 'Sở Lao động - Thương binh và Xã hội'],
      notes: 'Báo cáo năm: Trước ngày 20/12 hằng năm đối với các phòng, ban, ngành và UBND các xã, thị trấn; Phòng Lao động - Thương binh và Xã hội tổng hợp báo cáo UBND huyện, Sở Lao động - Thương binh và Xã hội trước ngày 25/12 hằng năm',
    },
    {
      // Requested by higher levels; the lead consolidates and reports "theo quy định".
      kind: 'ad_hoc',
      reporterDeadline: null,
      consolidatorDeadline: null,
      recipients: [],
      notes: 'Báo cáo đột xuất: Khi có yêu cầu của cấp trên và các cơ quan chức năng, các phòng, ban, ngành và UBND các xã, thị trấn tổng hợp, gửi báo cáo kết quả thực hiện các nhiệm vụ về phòng, chống mại dâm (thuộc phạm vi lĩnh vực được giao quản lý, phụ trách) về Phòng Lao động - Thương binh và Xã hội để tổng hợp, báo cáo theo quy định.',
    },
    {
      // One-off: before 05/11/2025; the seed sets no separate deadline for the consolidated report.
      kind: 'phase_end',
      reporterDeadline: null,
      consolidatorDeadline: null,
      reporterDeadlineDate: '2025-11-05',
      recipients: ['UBND huyện', 'Sở Lao động - Thương binh và Xã hội'],
      notes: 'Trước ngày 05/11/2025, các phòng, ban, ngành và UBND các xã, thị trấn gửi báo cáo kết quả thực hiện kế hoạch của ngành, địa phương về Phòng Lao động - Thương binh và Xã hội để tổng hợp, báo cáo UBND huyện và Sở Lao động - Thương binh và Xã hội.',
    },
  ],
  // Nơi nhận, one line each, as printed.
  recipients: [
    'Sở Lao động - TB và Xã hội (để b/c)',
    'TTr: Huyện uỷ, HĐND (để b/c)',
    'Ban Chỉ đạo 138 huyện',
    'Các phòng, ban, ngành, đơn vị cấp huyện',
    'UBND các xã, thị trấn',
    'Lưu: VT, LĐTBXH',
  ],
  signer: {
    // Not in the seed (lost in its conversion); see the note at the top.
    authority: 'TM. ỦY BAN NHÂN DÂN',
    onBehalf: 'KT. CHỦ TỊCH',
    position: 'PHÓ CHỦ TỊCH',
    name: 'Lê Quang Trung',
  },
};
