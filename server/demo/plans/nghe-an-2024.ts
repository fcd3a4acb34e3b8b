import type { PlanContentInput } from '../../../core/plans/plan.ts';

/**
 * Kế hoạch thực hiện phòng, chống mại dâm trên địa bàn tỉnh Nghệ An năm 2024 (UBND tỉnh Nghệ An),
 * transcribed from the seed plan `nghe-an-province-2024.txt` for the demo. The product never reads the
 * seed: this file is the data.
 *
 * Transcription rules (the same in every seed fixture):
 * - Text is as written, with the PDF artefacts removed: broken lines joined, runs of spaces collapsed,
 *   spaces before punctuation dropped, a split word rejoined ("mục đ ích" → "mục đích"), the bullet
 *   dash, a bullet's trailing list ';' and the closing mark "./." dropped. Spelling is not corrected
 *   (e.g. "điềm tham quan" in the Sở Du lịch block stays as the plan prints it).
 * - Task-group titles and agency names drop their numbering ("1.") and trailing punctuation, and agency
 *   names drop the leading "Đề nghị" (carried by `isRequest`); a target's `section` keeps its number.
 * - Blocks of "Tổ chức thực hiện" that name two bodies of different kinds ("Đài Phát thanh và Truyền
 *   hình tỉnh, Báo Nghệ An"; "Viện Kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh") become one assignment
 *   per body, each with the block's duties, so that each agency sees its own tasks.
 * - A sentence setting targets for several populations or levels becomes one target per indicator;
 *   each keeps the whole sentence as its `text`.
 */

const targetSection = '2. Các chỉ tiêu cụ thể';

const sharedReachText = 'Ít nhất 70% người lao động tại các cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm; ít nhất 60% người lao động trong các khu công nghiệp; 70% học sinh, sinh viên các trường trung học phổ thông, cơ sở giáo dục đại học và cơ sở giáo dục nghề nghiệp được tuyên truyền, phổ biến chính sách, pháp luật, cung cấp thông tin, kiến thức về phòng, chống tệ nạn mại dâm.';
const sharedTrainingText = 'Ít nhất 70% đội ngũ cán bộ, công chức, viên chức, chiến sĩ cấp tỉnh và 50% ở cấp huyện, cấp xã, các cơ quan, tổ chức có liên quan đến lĩnh vực phòng, chống mại dâm được đào tạo, bồi dưỡng, tập huấn nâng cao năng lực chuyên môn, nghiệp vụ về công tác phòng, chống mại dâm; thực hiện các can thiệp giảm hại; phòng, chống bạo lực trên cơ sở giới; hỗ trợ hòa nhập cộng đồng đối với người bán dâm.';
const stateBudgetNote = 'Nguồn ngân sách nhà nước trong dự toán chi thường xuyên của các cơ quan, đơn vị, địa phương theo phân cấp ngân sách hiện hành';
/** Block 10 (radio-television and newspaper) and block 11 (procuracy and court) each give their bodies one duty. */
const pressDuty = 'Căn cứ chức năng, nhiệm vụ được giao, phối hợp với các cơ quan liên quan thường xuyên đăng, phát nội dung tuyên truyền phòng, chống mại dâm trên các số báo, các chương trình phát thanh, truyền hình và các nền tảng số; nâng cao chất lượng nội dung và tăng thời lượng các chương trình về phòng, chống mại dâm.';
const judicialDuty = 'Chỉ đạo, hướng dẫn Viện Kiểm sát, Tòa án cấp huyện nâng cao năng lực trình độ chuyên môn nghiệp vụ cho lực lượng Kiểm sát viên, Kiểm tra viên, Thẩm phán, Thư ký và Thẩm tra viên trong công tác truy tố, xét xử các vụ án liên quan đến mại dâm; phối hợp với cơ quan quản lý nhà nước về phòng, chống mại dâm cùng cấp thực hiện nhiệm vụ thống kê về truy tố, xét xử tội phạm liên quan đến mại dâm.';
const periodicReportingText = 'Định kỳ 06 tháng, 01 năm và đột xuất các sở, ban, ngành, đoàn thể cấp tỉnh và UBND các huyện, thành phố, thị xã báo cáo kết quả thực hiện về Sở Lao động – Thương binh và Xã hội để tổng hợp báo cáo UBND tỉnh và Bộ Lao động – Thương binh và Xã hội.';
const consolidatedReportRecipients = ['UBND tỉnh', 'Bộ Lao động – Thương binh và Xã hội'];

export const ngheAn2024Plan: PlanContentInput = {
  issuerUnitId: 'pre2025-p-nghe-an',
  // "Số: /KH-UBND Nghệ An, ngày tháng năm 2024": number, day and month are blank in the seed.
  number: null,
  issueDate: null,
  issuePlace: 'Nghệ An',
  title: 'Thực hiện phòng, chống mại dâm trên địa bàn tỉnh Nghệ An năm 2024',
  periodCode: 'Y2024',
  // The preamble: "Để tiếp tục thực hiện có hiệu quả <1> và <2>, UBND tỉnh ban hành Kế hoạch ... như sau".
  legalBasis: [
    'Quyết định số 1629/QĐ-TTg ngày 28/9/2021 của Thủ tướng Chính phủ phê duyệt Chương trình phòng, chống mại dâm giai đoạn 2021 – 2025',
    'Quyết định số 808/QĐ-LĐTBXH ngày 05/9/2022 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội về việc ban hành Kế hoạch tổng thể thực hiện Chương trình phòng, chống mại dâm giai đoạn 2021 - 2025',
  ],
  purpose: [
    'Cụ thể hóa các nhiệm vụ được giao trong Chương trình Phòng, chống mại dâm giai đoạn 2021 – 2025 của Thủ tướng Chính phủ và Kế hoạch tổng thể thực hiện Chương trình phòng, chống mại dâm giai đoạn 2021 – 2025 của Bộ Lao động - Thương binh và Xã hội để triển khai thực hiện trong năm 2024.',
    'Tăng cường vai trò, trách nhiệm của các Sở, ban, ngành, đoàn thể và các địa phương trực tiếp liên quan đến công tác phòng, chống mại dâm; phối hợp liên ngành giữa các Sở, ban, ngành, đoàn thể trong quá trình triển khai thực hiện Kế hoạch.',
  ],
  requirements: [
    'Phân công nhiệm vụ cụ thể đối với các Sở, ban, ngành, đoàn thể và địa phương, đơn vị có liên quan nhằm triển khai đồng bộ các nội dung, giải pháp góp phần đạt được mục tiêu đề ra.',
    'Bảo đảm về tiến độ và trách nhiệm chỉ đạo, tổ chức thực hiện Kế hoạch phù hợp với các mục tiêu và nhiệm vụ, giải pháp đã được xác định trong Chương trình Phòng, chống mại dâm giai đoạn 2021 – 2025, gắn với các mục tiêu phát triển kinh tế - xã hội, các nhiệm vụ, chức năng của từng cơ quan, đơn vị, tổ chức có liên quan.',
  ],
  objectives: [
    'Tăng cường phòng ngừa, ngăn chặn, đẩy lùi tệ nạn mại dâm; tạo sự chuyển biến mạnh mẽ về nhận thức và hành động của các cấp, ngành, tổ chức xã hội và cộng đồng trong công tác phòng, chống mại dâm; tăng cường khả năng tiếp cận, sử dụng các dịch vụ xã hội để hòa nhập cộng đồng đối với người bán dâm.',
  ],
  targets: [
    {
      key: 'communication-child-units',
      indicatorCode: 'communication.child_units_active',
      comparator: 'gte',
      value: 70,
      periodCode: 'Y2024',
      text: 'Ít nhất 70% số xã, phường, thị trấn tổ chức được ít nhất một hình thức tuyên truyền về phòng ngừa mại dâm và được duy trì thường xuyên.',
      section: targetSection,
    },
    {
      // "At least once a month" over the year: every one of the 12 months has an item.
      key: 'press-monthly',
      indicatorCode: 'communication.press_monthly',
      comparator: 'gte',
      value: 12,
      periodCode: 'Y2024',
      text: 'Thông tin về phòng, chống mại dâm được đăng tải trên cơ quan báo chí cấp tỉnh và cấp huyện ít nhất một tháng một lần.',
      section: targetSection,
    },
    {
      key: 'reach-establishment-workers',
      indicatorCode: 'communication.reach_establishment_workers',
      comparator: 'gte',
      value: 70,
      periodCode: 'Y2024',
      text: sharedReachText,
      section: targetSection,
    },
    {
      key: 'reach-industrial-workers',
      indicatorCode: 'communication.reach_industrial_workers',
      comparator: 'gte',
      value: 60,
      periodCode: 'Y2024',
      text: sharedReachText,
      section: targetSection,
    },
    {
      // "70% học sinh, sinh viên các trường trung học phổ thông, cơ sở giáo dục đại học và cơ sở giáo dục nghề nghiệp".
      key: 'reach-students',
      indicatorCode: 'communication.reach_students',
      comparator: 'gte',
      value: 70,
      periodCode: 'Y2024',
      text: sharedReachText,
      section: targetSection,
    },
    {
      key: 'child-units-with-plan',
      indicatorCode: 'planning.child_units_with_plan',
      comparator: 'gte',
      value: 100,
      periodCode: 'Y2024',
      text: '100% các huyện, thành phố, thị xã xây dựng kế hoạch và tổ chức thực hiện các hoạt động phòng, chống tệ nạn mại dâm.',
      section: targetSection,
    },
    {
      key: 'child-units-integrating',
      indicatorCode: 'planning.child_units_integrating',
      comparator: 'gte',
      value: 50,
      periodCode: 'Y2024',
      text: 'Ít nhất 50% các huyện, thành phố, thị xã lồng ghép nhiệm vụ phòng, chống tệ nạn mại dâm với việc thực hiện các chương trình phát triển kinh tế - xã hội, các chương trình an sinh, trợ giúp xã hội, chương trình phòng, chống ma túy, chương trình phòng, chống HIV/AIDS.',
      section: targetSection,
    },
    {
      key: 'tips-on-time',
      indicatorCode: 'tips.handled_on_time',
      comparator: 'gte',
      value: 100,
      periodCode: 'Y2024',
      text: '100% tố giác, tin báo, khiếu nại hành vi vi phạm pháp luật về phòng, chống mại dâm được tiếp nhận, xác minh, phân loại, xử lý kịp thời.',
      section: targetSection,
    },
    {
      key: 'crimes-handled-growth',
      indicatorCode: 'enforcement.crimes_handled_growth',
      comparator: 'range',
      value: 3,
      valueHigh: 5,
      periodCode: 'Y2024',
      text: 'Tăng 3 - 5% số tội phạm liên quan đến mại dâm được xử lý theo quy định của pháp luật, đặc biệt những địa bàn trọng điểm.',
      section: targetSection,
    },
    {
      key: 'inspections-registry-share',
      indicatorCode: 'inspections.registry_share',
      comparator: 'gte',
      value: 20,
      periodCode: 'Y2024',
      text: 'Tổ chức kiểm tra ít nhất 20% số cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm trên địa bàn.',
      section: targetSection,
    },
    {
      key: 'support-access',
      indicatorCode: 'support.access_share',
      comparator: 'gte',
      value: 60,
      periodCode: 'Y2024',
      text: 'Ít nhất 60% người bán dâm có nhu cầu và đủ điều kiện được tiếp cận và sử dụng các dịch vụ hỗ trợ xã hội, hòa nhập cộng đồng.',
      section: targetSection,
    },
    {
      key: 'training-province',
      indicatorCode: 'training.officials_province',
      comparator: 'gte',
      value: 70,
      periodCode: 'Y2024',
      text: sharedTrainingText,
      section: targetSection,
    },
    {
      key: 'training-district',
      indicatorCode: 'training.officials_district',
      comparator: 'gte',
      value: 50,
      periodCode: 'Y2024',
      text: sharedTrainingText,
      section: targetSection,
    },
    {
      key: 'training-commune',
      indicatorCode: 'training.officials_commune',
      comparator: 'gte',
      value: 50,
      periodCode: 'Y2024',
      text: sharedTrainingText,
      section: targetSection,
    },
  ],
  // III. NỘI DUNG THỰC HIỆN
  taskGroups: [
    {
      title: 'Công tác chỉ đạo, điều hành và xây dựng cơ chế, chính sách',
      tasks: [
        'Rà soát, đánh giá và đề xuất Chính phủ, các Bộ, ngành sửa đổi, bổ sung hoặc ban hành mới các văn bản quy phạm pháp luật, chính sách về phòng, chống mại dâm; đặc biệt các vấn đề liên quan đến việc xây dựng hoạt động can thiệp giảm hại, phòng, chống mại dâm và hỗ trợ hòa nhập cộng đồng cho người bán dâm hoàn lương phù hợp với tình hình thực tế trên địa bàn tỉnh Nghệ An.',
        'Nghiên cứu, đề xuất các chính sách phòng ngừa, bảo vệ trẻ em và người chưa thành niên đối với hoạt động mại dâm; bảo đảm phát hiện sớm và xử lý nghiêm các hành vi vi phạm quyền trẻ em trong lĩnh vực phòng, chống mại dâm, các hoạt động tội phạm liên quan đến mại dâm; xây dựng khung pháp lý trong việc thực hiện các can thiệp giảm hại, phòng, chống bạo lực trên cơ sở giới đối với người bán dâm để hòa nhập cộng đồng.',
      ],
    },
    {
      title: 'Nâng cao hiệu quả công tác truyền thông, tuyên truyền, phổ biến, giáo dục về phòng, chống mại dâm',
      tasks: [
        'Xây dựng và thực hiện các chiến lược truyền thông về chủ trương, chính sách của Đảng, Nhà nước đối với công tác phòng, chống mại dâm; giảm kỳ thị, phân biệt đối xử của cộng đồng đối với người bán dâm.',
        'Tăng cường tuyên truyền phòng ngừa mại dâm đến toàn xã hội, chú trọng ở vùng đồng bào dân tộc thiểu số và miền núi, địa phương có nhiều người di cư để hạn chế phát sinh mới số người tham gia mại dâm.',
        'Xây dựng các chuyên trang, chuyên mục, các tiểu phẩm, ký sự, bài viết và tăng thời lượng truyền thông về tình hình tệ nạn mại dâm, công tác phòng, chống mại dâm trên các phương tiện thông tin đại chúng.',
        'Đổi mới cách thức, nội dung công tác truyền thông phù hợp giới trẻ hiện nay, thông qua ứng dụng công nghệ thông tin và truyền thông, qua mạng Internet và mạng xã hội; các hình thức truyền thông trực tiếp tại cộng đồng, có tính tương tác cao tại các khu công nghiệp, trường học...',
        'Lồng ghép, thiết kế, phát triển các chương trình, tài liệu, công cụ truyền thông về phòng, chống mại dâm phù hợp với từng nhóm đối tượng, địa phương, cộng đồng.',
      ],
    },
    {
      title: 'Tăng cường thực hiện các hoạt động phòng ngừa mại dâm thông qua lồng ghép các chương trình có liên quan tại địa bàn cơ sở',
      tasks: [
        'Nắm chắc tình hình các cơ sở kinh doanh dịch vụ dễ bị lợi dụng để hoạt động mại dâm, tình hình di biến động của các đối tượng có liên quan đến tệ nạn mại dâm; tích cực phòng ngừa, ngăn chặn các vụ vi phạm.',
        'Tổ chức các hoạt động lồng ghép cho nhóm phụ nữ có nhu cầu tìm kiếm việc làm trong các chương trình về dạy nghề, tìm việc làm, hỗ trợ vay vốn, giảm nghèo nhằm cung cấp cho họ các cơ hội lựa chọn công việc phù hợp.',
        'Tiếp tục tổ chức triển khai các kế hoạch lồng ghép việc thực hiện các Chương trình an sinh xã hội, chương trình phòng, chống ma túy, phòng, chống HIV/AIDS tại địa phương với nhiệm vụ phòng, chống mại dâm.',
      ],
    },
    {
      title: 'Đẩy mạnh công tác thanh tra, kiểm tra; kịp thời phát hiện, xử lý các vi phạm pháp luật về phòng, chống mại dâm; điều tra, truy tố, xét xử nghiêm minh các tội phạm liên quan đến mại dâm',
      tasks: [
        'Tăng cường cơ chế phối hợp, xử lý trong việc tiếp nhận thông tin, điều tra, xử lý các hành vi vi phạm pháp luật về phòng, chống mại dâm giữa các cơ quan quản lý Nhà nước liên quan; cơ chế phối hợp liên ngành trong việc thực hiện nhiệm vụ phòng chống mại dâm.',
        'Tăng cường quản lý về an ninh, trật tự; tổ chức điều tra, khám phá các vụ án, triệt phá các tổ chức phạm tội liên quan đến mại dâm. Nâng cao hiệu quả công tác kiểm tra, giám sát các hoạt động đấu tranh phòng, chống vi phạm hành chính, tội phạm liên quan đến mại dâm từ cơ sở; kịp thời truy tố các tội phạm liên quan đến mại dâm; kiểm soát các trang mạng xã hội để kịp thời phát hiện, ngăn chặn và xử lý hoạt động môi giới, tổ chức hoạt động mua dâm thông qua mạng xã hội.',
        'Kiểm tra, quản lý chặt chẽ điều kiện thành lập và hoạt động kinh doanh, dịch vụ dễ phát sinh tệ nạn mại dâm theo quy định của pháp luật nhằm phòng ngừa, phát hiện và ngăn chặn việc lợi dụng các hoạt động này để tổ chức hoạt động mại dâm.',
        'Kiện toàn và phát huy vai trò Đội Kiểm tra liên ngành phòng, chống tệ nạn mại dâm các cấp (sau đây gọi tắt là Đội Kiểm tra liên ngành 178), đảm bảo tinh gọn, hiệu lực, hiệu quả trong tổ chức và hoạt động; kiểm tra định kỳ hoặc đột xuất các cơ sở kinh doanh dịch vụ dễ nảy sinh tệ nạn mại dâm, thông qua đó tuyên truyền, giáo dục pháp luật về phòng, chống mại dâm và xử lý nghiêm với các hành vi vi phạm.',
        'Kịp thời truy tố, xét xử nghiêm minh các tội phạm liên quan đến mại dâm; tăng cường xét xử lưu động các vụ án liên quan đến hoạt động môi giới, chứa chấp, tổ chức hoạt động mại dâm để giáo dục, răn đe, phòng ngừa chung trong xã hội.',
      ],
    },
    {
      title: 'Xây dựng, triển khai các hoạt động can thiệp giảm tác hại, phòng ngừa lây nhiễm các bệnh xã hội và HIV/AIDS, phòng ngừa, giảm tình trạng bạo lực trên cơ sở giới trong phòng, chống mại dâm',
      tasks: [
        'Nghiên cứu, đề xuất các quy định chính sách khuyến khích và hỗ trợ phát triển các cơ sở dịch vụ xã hội, tạo điều kiện cho người bán dâm được tiếp cận với các can thiệp dự phòng, khám, điều trị HIV và các bệnh lây truyền qua đường tình dục, chương trình điều trị Methadone cho người bán dâm có sử dụng ma túy; chương trình sử dụng bao cao su đối với người bán dâm và người mua dâm.',
        'Tăng cường hỗ trợ, đầu tư nguồn lực để cải tạo, mở rộng, nâng cấp cơ sở vật chất, trang thiết bị cho các cơ sở, mạng lưới cung cấp dịch vụ hỗ trợ về giáo dục nghề nghiệp, chăm sóc sức khỏe, phòng ngừa lây nhiễm các bệnh xã hội và HIV/AIDS, hỗ trợ hòa nhập cộng đồng đối với người bán dâm.',
        'Phát huy vai trò của các tổ chức đoàn thể: Hội Phụ nữ, Đoàn Thanh niên... trong việc tham gia các hoạt động phòng ngừa, giảm hại, giảm phân biệt đối xử, hỗ trợ tư vấn tâm lý, giới thiệu việc làm, giúp người bán dâm có điều kiện ổn định cuộc sống, phòng ngừa tái phạm.',
      ],
    },
    {
      title: 'Đào tạo, tập huấn, bồi dưỡng nâng cao năng lực, chuyên môn, nghiệp vụ cho đội ngũ cán bộ, công chức, viên chức, chiến sĩ trong thực hiện nhiệm vụ phòng, chống mại dâm',
      tasks: [
        'Tổ chức đào tạo, bồi dưỡng, tập huấn cho đội ngũ cán bộ, công chức, viên chức, chiến sĩ làm công tác phòng, chống tệ nạn xã hội các cấp, các ngành có liên quan về công tác phòng, chống mại dâm; việc triển khai thực hiện hoạt động thanh kiểm tra; hoạt động điều tra, truy tố và giải quyết, xét xử các tội phạm về mại dâm.',
        'Tổ chức đào tạo, tập huấn nâng cao năng lực về triển khai các hoạt động can thiệp giảm hại, phòng ngừa bạo lực giới và hỗ trợ người bán dâm hòa nhập cộng đồng đối với đội ngũ cán bộ ngành Lao động - Thương binh và Xã hội, nhân viên công tác xã hội, cán bộ nhân viên của các đơn vị cung cấp dịch vụ hỗ trợ xã hội, cán bộ các tổ chức chính trị - xã hội và thành viên nòng cốt tham gia hỗ trợ người bán dâm hòa nhập cộng đồng.',
      ],
    },
  ],
  // IV. KINH PHÍ THỰC HIỆN: no amounts. The state budget is spent "theo phân cấp ngân sách hiện hành"
  // by the agencies and localities of every level in the province, hence one line per level.
  budget: [
    { source: 'province', amount: null, notes: stateBudgetNote },
    { source: 'district', amount: null, notes: stateBudgetNote },
    { source: 'commune', amount: null, notes: stateBudgetNote },
    // Domestic and foreign contributions are one phrase in the plan ("trong, ngoài nước"): not split into aid.
    { source: 'socialised', amount: null, notes: 'Nguồn huy động, đóng góp, hỗ trợ của các tổ chức, cá nhân trong, ngoài nước' },
    { source: 'other', amount: null, notes: 'Các nguồn kinh phí hợp pháp khác' },
  ],
  budgetNotes: [
    'Được bố trí từ nguồn ngân sách nhà nước trong dự toán chi thường xuyên của các cơ quan, đơn vị, địa phương theo phân cấp ngân sách hiện hành; từ nguồn huy động, đóng góp, hỗ trợ của các tổ chức, cá nhân trong, ngoài nước và các nguồn kinh phí hợp pháp khác.',
  ],
  // V. TỔ CHỨC THỰC HIỆN (blocks 1–13; block 14 is the reporting regime below).
  assignments: [
    {
      agencyKind: 'labour_social_affairs',
      agencyName: 'Sở Lao động - Thương binh và Xã hội',
      role: 'lead',
      isRequest: false,
      duties: [
        'Hướng dẫn, theo dõi và giám sát việc triển khai Kế hoạch, định kỳ kiểm tra, đánh giá, 6 tháng, 01 năm tổng hợp báo cáo UBND tỉnh và Bộ Lao động – Thương binh và Xã hội tình hình triển khai và kết quả thực hiện Kế hoạch này.',
        'Tham mưu triển khai các văn bản quy phạm pháp luật và các văn bản hướng dẫn của Bộ, ngành Trung ương về công tác phòng chống mại dâm trình cơ quan có thẩm quyền ban hành các chủ trương, cơ chế, chính sách đối với công tác phòng, chống tệ nạn mại dâm phù hợp với yêu cầu trong tình hình hiện nay.',
        'Tổ chức tập huấn các văn bản mới liên quan đến công tác phòng, chống mại dâm; học tập, trao đổi, nâng cao trình độ nghiệp vụ cho cán bộ làm công tác phòng, chống tệ nạn xã hội; tổ chức truyền thông công tác phòng, chống mại dâm chú trọng các địa bàn phức tạp về tệ nạn mại dâm, trường học,…; tập trung chỉ đạo thực hiện ở các khu vực trọng điểm.',
        'Chủ trì triển khai công tác của Đội kiểm tra liên ngành 178 cấp tỉnh; phối hợp các Sở, ngành liên quan xây dựng kế hoạch kiểm tra các cơ sở kinh doanh dịch vụ có điều kiện về an ninh trật tự; tăng cường chỉ đạo, hướng dẫn Đội kiểm tra liên ngành 178 cấp huyện, cấp xã thường xuyên tổ chức thanh tra, kiểm tra các cơ sở kinh doanh dịch vụ có điều kiện về an ninh trật tự tại địa phương mình',
        'Đánh giá xã, phường, thị trấn về công tác phòng, chống tệ nạn xã hội; các hoạt động hỗ trợ tín dụng, giải quyết việc làm cho người bán dâm hoàn lương.',
      ],
    },
    {
      agencyKind: 'police',
      agencyName: 'Công an tỉnh',
      role: 'support',
      isRequest: false,
      duties: ['Chỉ đạo lực lượng Công an các cấp tăng cường đấu tranh, triệt phá ổ, nhóm đường dây, tổ chức tội phạm liên quan đến mại dâm, đặc biệt chú trọng đến các loại tội phạm mua bán người vì mục đích mại dâm, mại dâm trẻ em; thực hiện chỉ đạo của Bộ Công an về rà soát, đề xuất sửa đổi, bổ sung các quy định về quản lý an ninh trật tự đối với các cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm.'],
    },
    {
      agencyKind: 'border_guard',
      agencyName: 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh',
      role: 'support',
      isRequest: false,
      duties: ['Chủ trì, phối hợp với các cơ quan, ban, ngành, lực lượng chức năng, chính quyền địa phương các cấp thực hiện có hiệu quả các Quy chế, Kế hoạch phối hợp đã ký kết về phòng, chống mại dâm và phòng, chống mua bán người ở khu vực biên giới. Chủ động tham mưu cho cấp ủy, chính quyền địa phương tuyên truyền vận động quần chúng nhân dân tích cực tham gia tố giác và đấu tranh tội phạm; thực hiện các Chương trình phát triển kinh tế - xã hội, tạo việc làm, xóa đói giảm nghèo, nâng cao đời sống vật chất, tinh thần cho nhân dân, nhằm giảm thiểu tội phạm và tệ nạn mại dâm. Triển khai đồng bộ các biện pháp phòng ngừa nghiệp vụ, tổ chức tuần tra, kiểm soát chặt chẽ biên giới, tập trung vào các tuyến, địa bàn trọng điểm, khu vực cửa khẩu, cảng biển, khu vực giáp ranh, đường mòn, lối mở qua lại biên giới để kịp thời phát hiện, ngăn chặn tội phạm, tệ nạn mại dâm, hành vi mua bán người vì mục đích mại dâm; tổ chức điều tra xác minh, xử lý theo quy định của pháp luật.'],
    },
    {
      agencyKind: 'health',
      agencyName: 'Sở Y tế',
      role: 'support',
      isRequest: false,
      duties: [
        'Tăng cường công tác phối hợp với ngành Lao động - Thương binh và Xã hội triển khai các biện pháp can thiệp giảm hại về HIV/AIDS trong phòng, chống mại dâm.',
        'Chỉ đạo các cơ sở y tế trên địa bàn phối hợp với các tổ chức xã hội và các đơn vị liên quan tạo điều kiện thuận lợi cho người bán dâm tiếp cận, sử dụng các dịch vụ can thiệp dự phòng, khám và điều trị HIV và các bệnh lây truyền qua đường tình dục, chương trình điều trị Methadone cho người bán dâm có sử dụng ma túy.',
      ],
    },
    {
      agencyKind: 'culture_sports_tourism',
      agencyName: 'Sở Văn hóa và Thể thao',
      role: 'support',
      isRequest: false,
      duties: ['Tăng cường chỉ đạo, thanh tra, kiểm tra các cơ sở kinh doanh dịch vụ văn hóa, thể thao nhằm ngăn chặn, xử lý kịp thời các hành vi khiêu dâm, kích dục, lưu hành các ấn phẩm độc hại, đồi trụy, lợi dụng các hoạt động văn hóa, thể thao để tổ chức mại dâm; lồng ghép các nội dung tuyên truyền, giáo dục về phòng chống mại dâm với các hoạt động văn hóa, nghệ thuật, thể dục thể thao.'],
    },
    {
      agencyKind: 'tourism',
      agencyName: 'Sở Du lịch',
      role: 'support',
      isRequest: false,
      duties: ['Tăng cường vai trò quản lý nhà nước và công tác tuyên truyền, hướng dẫn, kiểm tra, quản lý, phòng ngừa hoạt động mại dâm đối với các hoạt động: kinh doanh dịch vụ lưu trú, lữ hành, điềm tham quan du lịch và các dịch vụ du lịch trên địa bàn toàn tỉnh. Phối hợp xử lý nghiêm các cơ sở thuộc phạm vi quản lý để xảy ra hoạt động mại dâm.'],
    },
    {
      agencyKind: 'information_communications',
      agencyName: 'Sở Thông tin và Truyền thông',
      role: 'support',
      isRequest: false,
      duties: ['Chỉ đạo các cơ quan báo chí trên địa bàn đa dạng các hoạt động, nội dung, hình thức tuyên truyền trên các phương tiện truyền thông; nâng cao nhận thức của cộng đồng về công tác phòng chống mại dâm; tăng cường công tác quản lý, phát hiện, ngăn chặn và xử lý các trang mạng có liên quan đến hoạt động mại dâm trên địa bàn. Phát huy hệ thống đài truyền thanh cơ sở tại các xã, phường, thị trấn đảm bảo công tác tuyên truyền hiệu quả và phù hợp với điều kiện phát triển kinh tế - xã hội của từng địa phương.'],
    },
    {
      agencyKind: 'education',
      agencyName: 'Sở Giáo dục và Đào tạo',
      role: 'support',
      isRequest: false,
      duties: ['Chỉ đạo các cơ sở giáo dục và đào tạo tăng cường công tác giáo dục đạo đức, lối sống, kỹ năng sống, truyền thống văn hóa cho học sinh; xây dựng và lồng ghép thực hiện công tác tuyên truyền, giáo dục giới tính, phòng, chống tệ nạn xã hội, ma túy, mại dâm, HIV/AIDS trong các hoạt động chính khóa và các hoạt động ngoài giờ lên lớp cho học sinh.'],
    },
    {
      agencyKind: 'justice',
      agencyName: 'Sở Tư pháp',
      role: 'support',
      isRequest: false,
      duties: ['Theo dõi, hướng dẫn, kiểm tra công tác tuyên truyền, phổ biến giáo dục pháp luật về phòng, chống mại dâm; phối hợp với Sở Lao động - Thương binh và Xã hội và các sở, ngành liên quan trong việc nghiên cứu, đề xuất sửa đổi, bổ sung hoàn thiện các văn bản pháp luật về phòng, chống mại dâm.'],
    },
    // Block 10 names two bodies: one assignment each, same duties.
    {
      agencyKind: 'radio_television',
      agencyName: 'Đài Phát thanh và Truyền hình tỉnh',
      role: 'support',
      isRequest: false,
      duties: [pressDuty],
    },
    {
      agencyKind: 'newspaper',
      agencyName: 'Báo Nghệ An',
      role: 'support',
      isRequest: false,
      duties: [pressDuty],
    },
    // Block 11: "Đề nghị Viện Kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh".
    {
      agencyKind: 'procuracy',
      agencyName: 'Viện Kiểm sát nhân dân tỉnh',
      role: 'support',
      isRequest: true,
      duties: [judicialDuty],
    },
    {
      agencyKind: 'court',
      agencyName: 'Tòa án nhân dân tỉnh',
      role: 'support',
      isRequest: true,
      duties: [judicialDuty],
    },
    {
      agencyKind: 'fatherland_front',
      agencyName: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An và các tổ chức thành viên',
      role: 'support',
      isRequest: true,
      duties: ['Hướng dẫn Uỷ ban Mặt trận Tổ quốc Việt Nam các huyện, thành thị phối hợp các tổ chức thành viên tổ chức các hoạt động tuyên truyền, vận động các đoàn viên, hội viên và các tầng lớp Nhân dân nâng cao ý thức trách nhiệm, tích cực tham gia các hoạt động tuyên truyền, phổ biến, giáo dục pháp luật về công tác phòng, chống mại dâm tại cộng đồng dân cư; tham gia các hoạt động phản biện xã hội đối với các dự thảo chính sách pháp luật liên quan đến công tác phòng, chống mại dâm.'],
    },
    {
      // The district-level People's Committees: child units, not agencies of the province.
      agencyKind: 'other',
      agencyName: 'Ủy ban nhân dân các huyện, thành phố, thị xã',
      role: 'support',
      isRequest: false,
      duties: [
        'Xây dựng kế hoạch cụ thể, bố trí nguồn lực để thực hiện các nhiệm vụ, giải pháp của Kế hoạch này phù hợp với đặc điểm tình hình cụ thể của địa phương; lồng ghép nhiệm vụ phòng, chống mại dâm trong việc thực hiện các chương trình, kế hoạch, dự án khác có liên quan ở địa phương.',
        'Thực hiện các chính sách, chế độ hỗ trợ hòa nhập cộng đồng; từng bước xây dựng, tổ chức cung cấp dịch vụ hỗ trợ xã hội, hỗ trợ hòa nhập cộng đồng đối với người bán dâm.',
        'Thực hiện nhiệm vụ chuyên môn theo hướng dẫn của cơ quan chuyên môn cấp tỉnh về phòng, chống mại dâm; phối hợp trong công tác thông tin, tuyên truyền, kiểm tra và xử lý vi phạm về phòng, chống mại dâm trên địa bàn quản lý.',
      ],
    },
  ],
  // 14. Chế độ báo cáo: 6-monthly, annual and ad hoc, with no deadline dates. Recipients are those of the
  // consolidated report; the agencies and districts report to Sở Lao động - Thương binh và Xã hội.
  reportingRules: [
    {
      kind: 'half_year',
      reporterDeadline: null,
      consolidatorDeadline: null,
      recipients: consolidatedReportRecipients,
      notes: periodicReportingText,
    },
    {
      kind: 'annual',
      reporterDeadline: null,
      consolidatorDeadline: null,
      recipients: consolidatedReportRecipients,
      notes: periodicReportingText,
    },
    {
      kind: 'ad_hoc',
      reporterDeadline: null,
      consolidatorDeadline: null,
      recipients: consolidatedReportRecipients,
      notes: 'Định kỳ 06 tháng, 01 năm và đột xuất các sở, ban, ngành, đoàn thể cấp tỉnh và UBND các huyện, thành phố, thị xã báo cáo kết quả thực hiện về Sở Lao động – Thương binh và Xã hội để tổng hợp báo cáo UBND tỉnh và Bộ Lao động – Thương binh và Xã hội. Quá trình triển khai thực hiện nếu có khó khăn, vướng mắc báo cáo về UBND tỉnh (qua Sở Lao động - Thương binh và Xã hội) để xem xét, giải quyết.',
    },
  ],
  // Nơi nhận, one line each, as printed: "(B/c)" follows the third line (in the layout of such documents
  // it usually brackets the lines above it).
  recipients: [
    'Bộ LĐ – TB & XH',
    'VP Thường trực PCMT – BCA',
    'Cục PCTNXH – Bộ LĐTBXH (B/c)',
    'Chủ tịch UBND tỉnh',
    'PCT VX UBND tỉnh',
    'CVP, PCVP NC UBND tỉnh',
    'Các Sở, ban, ngành cấp tỉnh',
    'UBND các huyện, thành, thị',
    'Cổng thông tin điện tử tỉnh',
    'Lưu VT, KGVX (TP, D)',
  ],
  signer: {
    authority: 'TM. ỦY BAN NHÂN DÂN',
    onBehalf: 'KT. CHỦ TỊCH',
    position: 'PHÓ CHỦ TỊCH',
    name: 'Bùi Đình Long',
  },
};
