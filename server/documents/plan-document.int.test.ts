import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { planContent } from '../../core/plans/plan.ts';
import type { PlanDetail } from '../services/plans/plan-service.ts';
import { docxText, zipEntry } from '../../test-support/office-files.ts';
import { convertToPdf, pdfFonts, pdfInfo, pdfText, renderPageToPng } from '../../test-support/libreoffice.ts';
import { renderPlanDocument } from './plan-document.ts';

// Needs no database: it runs with the integration tests because it drives LibreOffice and poppler.

/** Every Vietnamese letter with a diacritic, lower and upper case (NFC), grouped by base letter. */
const DIACRITICS = 'àáảãạ ăằắẳẵặ âầấẩẫậ đ èéẻẽẹ êềếểễệ ìíỉĩị òóỏõọ ôồốổỗộ ơờớởỡợ ùúủũụ ưừứửữự ỳýỷỹỵ';
const ALL_LETTERS = `${DIACRITICS} ${DIACRITICS.toLocaleUpperCase('vi')}`;

const TITLE = 'Thực hiện phòng, chống mại dâm trên địa bàn tỉnh Nghệ An năm 2026';

const content = planContent.parse({
  issuerUnitId: '40',
  number: '249/KH-UBND',
  issueDate: '2026-01-15',
  issuePlace: 'Nghệ An',
  title: TITLE,
  periodCode: 'Y2026',
  legalBasis: [
    'Luật Phòng, chống mại dâm ngày 14/3/2003',
    'Quyết định số 1629/QĐ-TTg ngày 28/9/2021 của Thủ tướng Chính phủ phê duyệt Chương trình phòng, chống mại dâm giai đoạn 2021 - 2025',
  ],
  purpose: ['Cụ thể hóa các nhiệm vụ phòng, chống mại dâm năm 2026; tăng cường vai trò, trách nhiệm của các sở, ban, ngành và địa phương.'],
  requirements: ['Phân công nhiệm vụ cụ thể, bảo đảm tiến độ; tôn trọng quyền con người, không kỳ thị, phân biệt đối xử với người bán dâm.'],
  objectives: ['Tăng cường phòng ngừa, ngăn chặn, đẩy lùi tệ nạn mại dâm; tăng khả năng tiếp cận dịch vụ xã hội để hòa nhập cộng đồng đối với người bán dâm.'],
  targets: [
    { key: 'ke-hoach-xa', indicatorCode: 'plans.child_units_issued', comparator: 'eq', value: 100, periodCode: 'Y2026', text: '100% xã, phường xây dựng kế hoạch phòng, chống mại dâm' },
    { key: 'truyen-thong', indicatorCode: 'communication.child_units_active', comparator: 'gte', value: 70, periodCode: 'Y2026', section: '1. Truyền thông, tuyên truyền', text: 'Ít nhất 70% số xã, phường tổ chức được ít nhất một hình thức tuyên truyền' },
    { key: 'kiem-tra', indicatorCode: 'inspections.registry_share', comparator: 'gte', value: 20, periodCode: 'Y2026', section: '2. Kiểm tra, xử lý vi phạm', text: 'Kiểm tra ít nhất 20% số cơ sở kinh doanh dịch vụ dễ bị lợi dụng để hoạt động mại dâm' },
    { key: 'ho-tro', indicatorCode: 'support.access_share', comparator: 'gte', value: 60, periodCode: 'Y2026', section: '3. Hỗ trợ xã hội, giảm hại', text: 'Ít nhất 60% người bán dâm có nhu cầu được tiếp cận dịch vụ hỗ trợ xã hội' },
    { key: 'tap-huan', indicatorCode: 'training.officials_share', comparator: 'gte', value: 50, periodCode: 'Y2026', section: '4. Đào tạo, tập huấn', text: 'Ít nhất 50% cán bộ cấp xã được tập huấn nghiệp vụ' },
  ],
  taskGroups: [
    { title: 'Công tác chỉ đạo, điều hành', tasks: ['Rà soát, kiện toàn Đội kiểm tra liên ngành cấp tỉnh.', 'Lồng ghép nhiệm vụ phòng, chống mại dâm với chương trình phòng, chống HIV/AIDS'] },
    { title: 'Truyền thông, kiểm tra', tasks: [`Bảo đảm hiển thị đúng mọi chữ có dấu: ${ALL_LETTERS}`] },
  ],
  budget: [
    { source: 'province', amount: 1_500_000_000 },
    { source: 'socialised', notes: 'huy động từ các tổ chức, cá nhân' },
  ],
  budgetNotes: ['Các sở, ngành, địa phương lập dự toán kinh phí cùng thời điểm lập dự toán ngân sách hằng năm.'],
  assignments: [
    { agencyKind: 'health', agencyName: 'Sở Y tế', role: 'lead', duties: ['Chủ trì, hướng dẫn, theo dõi, tổng hợp kết quả thực hiện Kế hoạch'] },
    { agencyKind: 'police', agencyName: 'Công an tỉnh', role: 'support', duties: ['Đấu tranh, triệt phá các đường dây mua bán người, tổ chức hoạt động mại dâm'] },
    { agencyKind: 'procuracy', agencyName: 'Viện Kiểm sát nhân dân tỉnh', role: 'support', isRequest: true, duties: ['Thống kê về truy tố tội phạm liên quan đến mại dâm'] },
  ],
  reportingRules: [
    { kind: 'half_year', reporterDeadline: { day: 20, month: 6 }, consolidatorDeadline: { day: 25, month: 6 } },
    { kind: 'annual', reporterDeadline: { day: 20, month: 12 }, consolidatorDeadline: { day: 25, month: 12 }, recipients: ['Ủy ban nhân dân tỉnh', 'Bộ Y tế'] },
  ],
  recipients: ['Bộ Y tế', 'Chủ tịch, các PCT UBND tỉnh', 'Các sở, ban, ngành cấp tỉnh', 'UBND các xã, phường'],
  signer: { authority: 'TM. ỦY BAN NHÂN DÂN', onBehalf: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Bùi Đình Long' },
});

const plan: PlanDetail = {
  id: '3f0c2a4e-8d1b-4c6a-9e2f-5a7b9c1d3e5f',
  status: 'issued',
  version: 1,
  issuerUnitId: '40',
  issuerName: 'Tỉnh Nghệ An',
  number: '249/KH-UBND',
  issueDate: '2026-01-15',
  title: TITLE,
  periodCode: 'Y2026',
  updatedAt: '2026-01-15T03:00:00.000Z',
  amendsPlanId: null,
  parents: [],
  content,
  issuedAt: '2026-01-15T03:00:00.000Z',
};

const issuer = { name: 'Tỉnh Nghệ An', kind: 'Tỉnh', shortName: 'Nghệ An', level: 'province' };

function attributes(xml: string, element: string): Record<string, string> {
  const tag = new RegExp(`<${element}\\b([^>]*)/?>`).exec(xml);
  if (!tag?.[1]) throw new Error(`No <${element}> in the XML`);
  return Object.fromEntries([...tag[1].matchAll(/([\w:]+)="([^"]*)"/g)].map((match) => [match[1], match[2]]));
}

const squash = (text: string) => text.replace(/\s+/g, ' ');

describe('renderPlanDocument', () => {
  let docx: Buffer;
  let pdf: Buffer;

  beforeAll(async () => {
    docx = await renderPlanDocument({ plan, issuer });
    pdf = await convertToPdf(docx);
  }, 120_000);

  it('lays the page out as Decree 30/2020 requires: A4, margins 20/20/30/15 mm, Times New Roman 14 pt', () => {
    const document = zipEntry(docx, 'word/document.xml');
    const styles = zipEntry(docx, 'word/styles.xml');
    expect(attributes(document, 'w:pgSz')).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    expect(attributes(document, 'w:pgMar')).toMatchObject({ 'w:top': '1134', 'w:bottom': '1134', 'w:left': '1701', 'w:right': '850' });
    expect(document).toContain('<w:titlePg/>');
    const fonts = [...document.matchAll(/w:ascii="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(fonts)).toEqual(new Set(['Times New Roman']));
    expect(attributes(styles, 'w:rFonts')).toMatchObject({ 'w:ascii': 'Times New Roman', 'w:hAnsi': 'Times New Roman' });
    expect(styles).toMatch(/<w:docDefaults>.*<w:sz w:val="28"\/>/s);
    // Body paragraphs: 14 pt, justified, first line indented 1 cm.
    expect(document).toMatch(/<w:ind w:firstLine="567"\/>.*<w:jc w:val="both"\/>|<w:jc w:val="both"\/>.*<w:ind w:firstLine="567"\/>/s);
    expect(document.match(/<w:sz w:val="28"\/>/g)?.length).toBeGreaterThan(30);
    expect(document).toBe(document.normalize('NFC'));
  });

  it('prints on A4 with a Times-compatible serif', async () => {
    const info = await pdfInfo(pdf);
    expect(Math.abs(info.pageWidth - 595)).toBeLessThanOrEqual(1);
    expect(Math.abs(info.pageHeight - 842)).toBeLessThanOrEqual(1);
    expect(info.pages).toBeGreaterThanOrEqual(2);
    const fonts = await pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.name).toMatch(/^(LiberationSerif|Tinos|TimesNewRoman)/);
      expect(font.embedded).toBe(true);
    }
  });

  it('reads like a plan: header, title, sections, recipients and signature', async () => {
    const text = squash(await pdfText(pdf));
    for (const expected of [
      'ỦY BAN NHÂN DÂN', 'TỈNH NGHỆ AN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
      'Số: 249/KH-UBND', 'Nghệ An, ngày 15 tháng 01 năm 2026', 'KẾ HOẠCH', TITLE,
      'Căn cứ Luật Phòng, chống mại dâm ngày 14/3/2003;',
      'Ủy ban nhân dân tỉnh Nghệ An ban hành Kế hoạch thực hiện phòng, chống mại dâm trên địa bàn tỉnh Nghệ An năm 2026 như sau:',
      'I. MỤC ĐÍCH, YÊU CẦU', '1. Mục đích', '2. Yêu cầu', 'II. MỤC TIÊU, CHỈ TIÊU', '2. Các chỉ tiêu cụ thể',
      '- 100% xã, phường xây dựng kế hoạch phòng, chống mại dâm.',
      '1. Truyền thông, tuyên truyền', '2. Kiểm tra, xử lý vi phạm', '3. Hỗ trợ xã hội, giảm hại', '4. Đào tạo, tập huấn',
      '- Ít nhất 50% cán bộ cấp xã được tập huấn nghiệp vụ.',
      'III. NHIỆM VỤ, GIẢI PHÁP', 'IV. KINH PHÍ THỰC HIỆN', '- Ngân sách cấp tỉnh: 1.500.000.000 đồng;',
      'V. TỔ CHỨC THỰC HIỆN', '1. Sở Y tế (chủ trì)', '3. Đề nghị Viện Kiểm sát nhân dân tỉnh (phối hợp)',
      'VI. CHẾ ĐỘ BÁO CÁO',
      '- Báo cáo 6 tháng: trước ngày 20/6 hằng năm đối với các sở, ban, ngành, đoàn thể cấp tỉnh và Ủy ban nhân dân cấp xã; ' +
        'Sở Y tế tổng hợp, báo cáo Ủy ban nhân dân tỉnh Nghệ An trước ngày 25/6 hằng năm.',
      'Trên đây là Kế hoạch thực hiện phòng, chống mại dâm', 'điều chỉnh cho phù hợp./.',
      'Nơi nhận:', '- Bộ Y tế;', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Bùi Đình Long',
      ALL_LETTERS,
    ]) {
      expect(text).toContain(squash(expected));
    }
  });

  it('numbers pages from the second one', async () => {
    const firstPage = await pdfText(pdf, { firstPage: 1, lastPage: 1 });
    const secondPage = await pdfText(pdf, { firstPage: 2, lastPage: 2 });
    expect(secondPage.trimStart().startsWith('2')).toBe(true);
    expect(firstPage.trimStart().startsWith('ỦY BAN NHÂN DÂN') || firstPage.trimStart().startsWith('CỘNG HÒA')).toBe(true);
  });

  it('leaves blanks for the number and the day of an undated draft', async () => {
    const draft = { ...plan, status: 'draft' as const, number: null, issueDate: null, content: { ...content, number: null, issueDate: null } };
    const text = squash(await pdfText(await convertToPdf(await renderPlanDocument({ plan: draft, issuer, now: new Date('2026-03-02T10:00:00Z') }))));
    expect(text).toMatch(/Số: \/KH-UBND/);
    expect(text).toMatch(/Nghệ An, ngày tháng năm 2026/);
  });

  it('heads a commune plan with its own committee, and numbers only the sections it has', async () => {
    const commune = { name: 'Phường Phú Thứ', kind: 'Phường', shortName: 'Phú Thứ', level: 'commune' };
    const wardPlan = {
      ...plan,
      content: {
        ...content,
        issuePlace: 'Phú Thứ',
        legalBasis: ['Căn cứ tình hình thực tế trên địa bàn phường.'],
        budget: [],
        budgetNotes: [],
        assignments: [
          ...content.assignments,
          { agencyKind: 'fatherland_front' as const, agencyName: 'Đề nghị Ủy ban MTTQ Việt Nam phường', role: 'support' as const, isRequest: true, duties: ['Vận động Nhân dân tham gia'] },
        ],
        recipients: ['Thường trực Đảng ủy, HĐND phường', 'Lưu: VT, VHXH'],
      },
    };
    const text = docxText(await renderPlanDocument({ plan: wardPlan, issuer: commune, parentAuthority: 'UBND thành phố Hải Phòng' }));
    expect(text).toContain('UBND THÀNH PHỐ HẢI PHÒNG\nỦY BAN NHÂN DÂN\nPHƯỜNG PHÚ THỨ');
    expect(text).toContain('Phú Thứ, ngày 15 tháng 01 năm 2026');
    expect(text).not.toContain('KINH PHÍ');
    expect(text).toContain('IV. TỔ CHỨC THỰC HIỆN');
    expect(text).toContain('V. CHẾ ĐỘ BÁO CÁO');
    expect(text).toContain('trước ngày 20/6 hằng năm đối với các ban, ngành, đoàn thể phường;');
    expect(text).toContain('Căn cứ tình hình thực tế trên địa bàn phường;');
    expect(text).not.toContain('Căn cứ Căn cứ');
    expect(text).toContain('4. Đề nghị Ủy ban MTTQ Việt Nam phường');
    expect(text).not.toContain('Đề nghị Đề nghị');
    expect(text).toContain('- Thường trực Đảng ủy, HĐND phường;\n- Lưu: VT, VHXH.');
    expect(text).not.toContain('Lưu: VT.');
  });

  it('prints a sentence several targets share once, and no second heading for a group named as its part', async () => {
    const shared = 'Hằng năm, 100% xã, phường xây dựng kế hoạch và tổ chức tuyên truyền';
    const targets = planContent.parse({
      ...content,
      targets: [
        { key: 'ke-hoach', indicatorCode: 'plans.child_units_issued', comparator: 'eq', value: 100, periodCode: 'Y2026', section: '2. Các chỉ tiêu cụ thể', text: shared },
        { key: 'tuyen-truyen', indicatorCode: 'communication.child_units_active', comparator: 'eq', value: 100, periodCode: 'Y2026', section: '2. Các chỉ tiêu cụ thể', text: shared },
      ],
    });
    const text = docxText(await renderPlanDocument({ plan: { ...plan, content: targets }, issuer }));
    expect(text.split(shared)).toHaveLength(2);
    expect(text.split('Các chỉ tiêu cụ thể')).toHaveLength(2);
  });

  it('renders the PDF and its first and last pages for a person to look at', async () => {
    const { pages } = await pdfInfo(pdf);
    await writeFile(join(tmpdir(), 'pcmd-plan.pdf'), pdf);
    await writeFile(join(tmpdir(), 'pcmd-plan-page1.png'), await renderPageToPng(pdf, 1));
    await writeFile(join(tmpdir(), 'pcmd-plan-last.png'), await renderPageToPng(pdf, pages));
  });
});
