import type { PlanContentInput } from '../../../core/plans/plan.ts';

/**
 * Kế hoạch phòng, chống mại dâm phường Phú Thứ năm 2023 (UBND phường Phú Thứ, thị xã Kinh Môn, Hải
 * Dương), transcribed from the seed plan `phu-thu-ward-2023.txt` for the demo. The product never reads
 * the seed: this file is the data. Transcription rules: see `nghe-an-2024.ts`.
 *
 * Specific to this plan:
 * - It is dated (16/3/2023) but unnumbered. The place is printed "Phú thứ"; `issuePlace` gives the
 *   ward's name as the title writes it, "Phú Thứ". Running text keeps the plan's spelling.
 * - Section I is "Mục đích, chỉ tiêu": there are no separate requirements or objectives.
 * - The ward has no child units, so its communication target ("Tổ chức được ít nhất một hình thức tuyên
 *   truyền ... và được duy trì thường xuyên") is set on the count of communication activities (at least
 *   one in the year); "duy trì thường xuyên" is not captured by that count.
 * - In the PDF the "100% tố giác, tin báo, khiếu nại..." target runs on in the previous bullet; it is its
 *   own target here.
 * - Task headings II.5 and II.6 are themselves tasks: II.5 has no bullet under it; II.6 has one line,
 *   cut short in print ("... viên chức, chiến." for "chiến sĩ"), kept as printed.
 * - The plan has no reporting section (only "nếu có vướng mắc phản ánh về UBND phường..." in its
 *   closing paragraph), so it has no reporting rules.
 * - "MTTQ và các đoàn thể" are assigned (not "đề nghị") in this plan, so `isRequest` is false as written.
 * - The signature block is "TM. ỦY BAN NHÂN DÂN PHƯỜNG / PHÓ CHỦ TỊCH", without "KT. CHỦ TỊCH".
 */

const period = 'Y2023';
const targetSection = '2. Chỉ tiêu';

export const phuThu2023Plan: PlanContentInput = {
  issuerUnitId: 'pre2025-10714',
  // "Số: /KH-UBND Phú thứ, ngày 16 tháng 3 năm 2023"
  number: null,
  issueDate: '2023-03-16',
  issuePlace: 'Phú Thứ',
  title: 'Phòng, chống mại dâm phường Phú Thứ năm 2023',
  periodCode: period,
  // The preamble: "Căn cứ <1>; căn cứ <2>, Ủy ban nhân dân phường Phú thứ ban hành kế hoạch ...".
  legalBasis: [
    'Kế hoạch số 61/KH-UBND ngày 03/03/2023 của UBND thị xã Kinh Môn về phòng, chống mại dâm năm 2023',
    'Tình hình thực tế công tác phòng, chống mại dâm trên địa bàn phường năm 2023',
  ],
  purpose: [
    'Triển khai thực hiện nghiêm túc các quan điểm chỉ đạo của Đảng, Chính phủ về phòng, chống mại dâm giai đoạn 2021-2025; các văn bản chỉ đạo, kế hoạch phòng, chống mại dâm của tỉnh Hải Dương và của thị xã về công tác phòng, chống mại dâm giai đoạn 2021 – 2025 trên địa bàn phường.',
    'Tăng cường phòng ngừa, ngăn chặn, đẩy lùi tệ nạn mại dâm; tạo sự chuyển biến mạnh mẽ về nhận thức và hành động của Đảng ủy, các ban ngành đoàn thể và cộng đồng trong công tác phòng, chống mại dâm; tăng cường khả năng tiếp cận, sử dụng các dịch vụ xã hội để hòa nhập cộng đồng đối với người bán dâm.',
    'Tăng cường và đổi mới các hoạt động truyền thông, tuyên truyền, phổ biến, giáo dục pháp luật về phòng, chống mại dâm nhằm thống nhất nhận thức về tệ nạn mại dâm và công tác phòng, chống mại dâm trong Đảng ủy, chính quyền và người dân.',
    'Tăng cường kiểm tra, quản lý chặt chẽ điều kiện thành lập, hoạt động của các cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm; phát hiện và xử lý nghiêm minh các hành vi vi phạm pháp luật về phòng, chống mại dâm.',
    'Tuyên truyền cho nhân dân tiếp cận các dịch vụ hỗ trợ giảm hại, phòng chống bạo lực, hòa nhập cộng đồng cho người bán dâm; nâng cao năng lực cho đội ngũ cán bộ làm công tác phòng, chống mại dâm tại cơ sở.',
  ],
  requirements: [],
  objectives: [],
  targets: [
    {
      key: 'communication-activities',
      indicatorCode: 'communication.activities',
      comparator: 'gte',
      value: 1,
      periodCode: period,
      text: 'Tổ chức được ít nhất một hình thức tuyên truyền về phòng ngừa mại dâm và được duy trì thường xuyên',
      section: targetSection,
    },
    // TODO(value): the seed sets this target without a figure, so no value is invented for it. The
    // catalogue's planning.integration_plans counts the bodies with an integration plan, and the target
    // means "all of MTTQ and the mass organisations", whose number the plan does not give:
    // "MTTQ, các đoàn thể chính trị xã hội xây dựng kế hoạch lồng ghép nhiệm vụ phòng, chống tệ nạn mại
    // dâm với việc thực hiện các chương trình phát triển kinh tế - xã hội, các chương trình an sinh, trợ
    // giúp xã hội, chương trình phòng, chống ma túy, chương trình phòng, chống HIV/AIDS."
    {
      key: 'tips-on-time',
      indicatorCode: 'tips.handled_on_time',
      comparator: 'gte',
      value: 100,
      periodCode: period,
      text: '100% tố giác, tin báo, khiếu nại hành vi vi phạm pháp luật về phòng, chống mại dâm được tiếp nhận, xác minh, phân loại, xử lý kịp thời.',
      section: targetSection,
    },
    {
      // "Ít nhất 20% đội ngũ cán bộ, công chức, viên chức, chiến sĩ cấp phường ..." ("được, tập huấn" as printed).
      key: 'training-commune',
      indicatorCode: 'training.officials_commune',
      comparator: 'gte',
      value: 20,
      periodCode: period,
      text: 'Ít nhất 20% đội ngũ cán bộ, công chức, viên chức, chiến sĩ cấp phường, các tổ chức có liên quan đến lĩnh vực phòng, chống mại dâm được, tập huấn nâng cao năng lực chuyên môn, nghiệp vụ về công tác phòng, chống mại dâm; thực hiện các can thiệp giảm hại; phòng, chống bạo lực trên cơ sở giới; hỗ trợ hòa nhập cộng đồng đối với người bán dâm.',
      section: targetSection,
    },
  ],
  // II. NỘI DUNG
  taskGroups: [
    {
      title: 'Nâng cao hiệu quả công tác quản lý nhà nước trong phòng, chống mại dâm',
      tasks: [
        'Tăng cường lãnh đạo, chỉ đạo của Đảng ủy trong công tác phòng, chống mại dâm; đưa nội dung, nhiệm vụ công tác phòng, chống mại dâm vào nghị quyết của Đảng ủy, Hội đồng nhân dân và kế hoạch của UBND, các đoàn thể để lãnh đạo, chỉ đạo và tổ chức thực hiện nhằm huy động cả hệ thống chính trị cùng tham gia công tác phòng, chống mại dâm; thường xuyên theo dõi, đôn đốc, kiểm tra thực hiện; gắn trách nhiệm của người đứng đầu với kết quả phòng, chống mại dâm ở địa phương.',
        'Ủy ban nhân dân phường đưa công tác phòng, chống mại dâm là một trong các nhiệm vụ phát triển kinh tế - xã hội của địa phương; chỉ đạo thực hiện lồng ghép công tác phòng, chống mại dâm với các chương trình an sinh xã hội; phòng, chống HIV/AIDS; phòng, chống ma túy, phòng, chống mua bán người.',
        'Kiện toàn Tổ công tác liên ngành phòng, chống mại dâm; tăng cường công tác phối hợp liên ngành, duy trì cơ chế trao đổi thông tin, báo cáo, kiểm tra, đánh giá, sơ kết, tổng kết về công tác phòng, chống mại dâm.',
      ],
    },
    {
      title: 'Tăng cường công tác tuyên truyền, phổ biến, giáo dục pháp luật và nâng cao nhận thức về phòng, chống mại dâm',
      tasks: [
        'Tiếp tục đẩy mạnh công tác thông tin, tuyên truyền, phổ biến giáo dục pháp luật và nâng cao nhận thức về phòng, chống mại dâm, hệ lụy của mại dâm đối với đời sống xã hội; nêu gương điển hình người tốt, việc tốt, mô hình tốt, những cách làm sáng tạo, hiệu quả về phòng, chống mại dâm; giảm kỳ thị, phân biệt đối xử của cộng đồng đối với người bán dâm.',
        'Đa dạng hóa các hình thức tuyên truyền; nâng cao hiệu quả công tác thông tin, truyền thông phòng ngừa mại dâm thông qua các phương tiện thông tin đại chúng; Tăng cường truyền thông phòng ngừa mại dâm thông qua các hoạt động tuyên truyền trực tiếp tại cộng đồng; tăng cường tuyên truyền phòng, chống mại dâm trong học sinh',
        'Xây dựng các bài viết và tăng thời lượng đưa tin về tình hình tệ nạn mại dâm, công tác phòng, chống mại dâm trên đài truyền thanh phường.',
        'Biểu dương, tôn vinh, khen thưởng đối với những tập thể, cá nhân có nhiều đóng góp cho công tác phòng, chống mại dâm theo quy định.',
      ],
    },
    {
      title: 'Tiếp tục đẩy mạnh thực hiện các hoạt động phòng ngừa mại dâm thông qua lồng ghép các chương trình có liên quan tại địa bàn cơ sở',
      tasks: [
        'Tổ chức điều tra, khảo sát, rà soát, đánh giá, dự báo về nhu cầu của người bán dâm có khó khăn về tài chính, thanh niên chưa có việc làm, người lao động trong các cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm và các chương trình phát triển kinh tế - xã hội, an sinh xã hội, bảo trợ xã hội tại địa phương để hướng mục tiêu của các chương trình đến các nhóm đối tượng này.',
        'Xây dựng các hoạt động lồng ghép cho nhóm phụ nữ có nhu cầu tìm kiếm việc làm trong các chương trình về dạy nghề, hỗ trợ vay vốn, giảm nghèo nhằm cung cấp cho họ các cơ hội lựa chọn công việc phù hợp.',
        'Xây dựng và tổ chức triển khai các kế hoạch lồng ghép việc thực hiện các chương trình an sinh xã hội, chương trình phòng, chống ma túy, phòng, chống HIV/AIDS tại địa phương với nhiệm vụ phòng, chống mại dâm.',
      ],
    },
    {
      title: 'Tăng cường công tác kiểm tra; kịp thời phát hiện, xử lý các vi phạm pháp luật về phòng, chống mại dâm',
      tasks: [
        'Kiểm tra, quản lý chặt chẽ hoạt động kinh doanh, dịch vụ dễ phát sinh tệ nạn mại dâm theo quy định của pháp luật nhằm phòng ngừa, phát hiện và ngăn chặn việc lợi dụng các hoạt động này để tổ chức hoạt động mại dâm.',
        'Tăng cường quản lý về an ninh, trật tự',
      ],
    },
    {
      // A heading with no bullets under it.
      title: 'Tham gia, triển khai các hoạt động can thiệp giảm tác hại, phòng ngừa lây nhiễm các bệnh xã hội và HIV/AIDS, phòng ngừa, giảm tình trạng bạo lực trên cơ sở giới trong phòng, chống mại dâm do Thị xã triển khai',
      tasks: [],
    },
    {
      title: 'Tham gia tập huấn các lớp bồi dưỡng nâng cao năng lực, chuyên môn, nghiệp vụ thực hiện nhiệm vụ phòng, chống mại dâm do các cấp triển khai',
      tasks: [
        'Phối hợp tổ chức đào tạo, bồi dưỡng, tập huấn cho đội ngũ cán bộ, công chức, viên chức, chiến.',
      ],
    },
  ],
  // III. KINH PHÍ THỰC HIỆN: no amounts.
  budget: [
    { source: 'commune', amount: null, notes: 'Dự toán chi ngân sách địa phương theo phân cấp ngân sách nhà nước hiện hành' },
    { source: 'socialised', amount: null, notes: 'Nguồn tài trợ, huy động của các tổ chức cá nhân theo quy định của pháp luật' },
  ],
  budgetNotes: [
    'Kinh phí thực hiện Kế hoạch phòng, chống mại dâm năm 2023 được bố trí trong dự toán chi ngân sách địa phương theo phân cấp ngân sách nhà nước hiện hành; từ nguồn tài trợ, huy động của các tổ chức cá nhân theo quy định của pháp luật.',
  ],
  // IV. TỔ CHỨC THỰC HIỆN
  assignments: [
    {
      agencyKind: 'labour_social_affairs',
      agencyName: 'Công chức VH-XH phụ trách lĩnh vực Lao động - Thương binh và Xã hội',
      role: 'lead',
      isRequest: false,
      duties: [
        'Tham mưu xây dựng kế hoạch và tổ chức thực hiện các hoạt động phòng, chống mại dâm trên địa bàn. Hướng dẫn, đôn đốc, kiểm tra, phối hợp liên ngành trong công tác phòng, chống mại dâm trên địa bàn phường.',
        'Phối hợp với các ngành rà soát, đề xuất sửa đổi hoặc xây dựng các văn bản hướng dẫn thi hành chính sách trong công tác phòng, chống mại dâm; các quy định, quy chuẩn, tiêu chuẩn kỹ thuật bảo đảm chất lượng dịch vụ hỗ trợ xã hội đối với người bán dâm.',
        'Phối hợp đẩy mạnh công tác tuyên truyền với nhiều hình thức, tuyên truyền trực tiếp, tuyên truyền trên đài truyền thanh, băng rôn, khẩu hiệu…',
        'Phối hợp, tổ chức triển khai các giải pháp phòng ngừa tệ nạn mại dâm',
      ],
    },
    {
      agencyKind: 'police',
      agencyName: 'Công an phường',
      role: 'support',
      isRequest: false,
      duties: [
        'Rà soát, đề xuất sửa đổi, bổ sung các quy định về quản lý an ninh trật tự đối với các cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm.',
        'Tăng cường đấu tranh, triệt phá ổ nhóm đường dây, tổ chức tội phạm liên quan đến mại dâm, đặc biệt chú trọng đến các loại tội phạm mua bán người vì mục đích mại dâm, mại dâm trẻ em; thực hiện tốt công tác quản lý địa bàn, hướng dẫn các cơ sở kinh doanh dịch vụ thực hiện các quy định về đảm bảo an ninh trật tự, an toàn xã hội.',
        'Tăng cường phối hợp với các ngành liên quan triển khai các biện pháp kiểm tra, xử lý vi phạm về phòng, chống mại dâm, cung cấp thông tin, giúp đỡ người bán dâm tiếp cận, sử dụng các dịch vụ hỗ trợ hoà nhập cộng đồng.',
        'Phối hợp với các ban, ngành đoàn thể đẩy mạnh công tác tuyên truyền, giáo dục, nâng cao nhận thức về đường lối, chủ trương, chính sách của Đảng và pháp luật của Nhà nước về phòng, chống mại dâm; đẩy mạnh công tác nắm bắt địa bàn và tạo dư luận xã hội để lên án, tố giác tội phạm về mại dâm.',
        'Tham gia các lớp bồi dưỡng, nâng cao chất lượng đội ngũ trong lực lượng đảm nhiệm công tác đấu tranh phòng, chống mại dâm và tệ nạn xã hội do ngành dọc cấp trên triển khai.',
      ],
    },
    {
      agencyKind: 'culture_sports_tourism',
      agencyName: 'Công chức Văn hóa – XH phụ trách Thông tin – TT - TDTT',
      role: 'support',
      isRequest: false,
      duties: [
        'Tham mưu tuyên truyền sâu rộng về các vấn đề có liên quan đến công tác phòng, chống mại dâm trên địa bàn; lồng ghép các nội dung tuyên truyền, giáo dục về phòng, chống mại dâm với các hoạt động văn hóa, nghệ thuật, thể dục, thể thao.',
        'Tăng cường kiểm tra các cơ sở kinh doanh dịch vụ văn hóa. Tham mưu xử lý kịp thời các hành vi khiêu dâm, kích dục, lưu hành văn hóa phẩm độc hại, đồi trụy, lợi dụng du lịch để tổ chức hoạt động mại dâm.',
        'Xây dựng gia đình văn hóa, khu dân cư văn hóa gắn với hoạt động phòng chống tệ nạn ma túy, mại dâm, phòng chống HIV/AIDS; Hướng dẫn và đánh giá phân loại làng, khu dân cư văn hóa, lấy công tác phòng chống mại dâm và tệ nạn xã hội là một trong những tiêu chí để đánh giá, công nhận làng, khu dân cư văn hóa trên địa bàn phường.',
        'Phối hợp trong công tác kiểm tra liên ngành về phòng, chống mại dâm.',
      ],
    },
    {
      agencyKind: 'health_station',
      agencyName: 'Trạm y tế phường',
      role: 'support',
      isRequest: false,
      duties: ['Cung cấp tài liệu truyền thông về an toàn tình dục, phòng chống HIV/AIDS và các bệnh lây truyền qua đường tình dục.'],
    },
    {
      agencyKind: 'justice',
      agencyName: 'Công chức Tư pháp',
      role: 'support',
      isRequest: false,
      duties: ['Phối hợp với các ban, ngành có liên quan tổ chức tuyên truyền, giáo dục pháp luật về phòng, chống tệ nạn mại dâm; đề xuất sửa đổi, bổ sung hoàn thiện các văn bản pháp luật về phòng, chống mại dâm.'],
    },
    {
      agencyKind: 'finance',
      agencyName: 'Công chức Tài chính – Ngân sách',
      role: 'support',
      isRequest: false,
      duties: ['Tham mưu trình UBND phường bố trí ngân sách để triển khai thực hiện kế hoạch theo phân cấp, lồng ghép với các chương trình, đề án liên quan để triển khai thực hiện nội dung kế hoạch; hướng dẫn, kiểm tra, giám sát, thanh quyết toán về nội dung chi, mức chi cho công tác phòng, chống tệ nạn mại dâm theo quy định'],
    },
    {
      agencyKind: 'school',
      agencyName: 'Các nhà trường trên địa bàn phường',
      role: 'support',
      isRequest: false,
      duties: ['Tổ chức tuyên truyền, giáo dục về phòng, chống mại dâm, lồng ghép trong các hoạt động trải nghiệm, hoạt động ngoài giờ lên lớp cho học sinh; tăng cường tổ chức các hoạt động tuyên truyền, giáo dục nâng cao nhận thức, giáo dục đạo đức, lối sống, kỹ năng sống đối với học sinh về phòng, chống mại dâm'],
    },
    {
      agencyKind: 'radio_television',
      agencyName: 'Đài truyền thanh',
      role: 'support',
      isRequest: false,
      duties: [
        'Nâng cao chất lượng tin, bài, chuyên đề, thời lượng, thời gian phù hợp cho nội dung về phòng, chống mại dâm. Đưa tin biểu dương tập thể, cá nhân có sáng kiến, đóng góp tích cực cho công tác phòng, chống mại dâm; lên án những tổ chức, cá nhân vi phạm pháp luật về phòng, chống mại dâm.',
        'Thực hiện tốt các chương trình phối hợp truyền thông về phòng, chống HIV/AIDS, ma túy, mại dâm',
      ],
    },
    {
      agencyKind: 'fatherland_front',
      agencyName: 'MTTQ và các đoàn thể',
      role: 'support',
      isRequest: false,
      duties: [
        'Tham gia vận động, truyên truyền nhân dân nhằm nâng cao nhận thức, trách nhiệm về phòng, chống tệ nạn mại dâm.',
        'Phối hợp chặt chẽ với các ban, ngành trong việc triển khai lồng ghép tuyên truyền, giáo dục phòng, chống mại dâm với phong trào xây dựng gia đình văn hóa, với cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”.',
      ],
    },
  ],
  reportingRules: [],
  // Nơi nhận, one line each, as printed.
  recipients: [
    'Phòng Lao động – TB và XH',
    'Thường trực Đảng ủy, HĐND phường',
    'Các ngành, đoàn thể phường',
    'Lưu VP',
  ],
  signer: {
    authority: 'TM. ỦY BAN NHÂN DÂN PHƯỜNG',
    onBehalf: null,
    position: 'PHÓ CHỦ TỊCH',
    name: 'Vũ Văn Khôi',
  },
};
