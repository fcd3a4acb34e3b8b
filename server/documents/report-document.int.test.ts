import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { docxText, zipEntry } from '../../test-support/office-files.ts';
import { convertToPdf, pdfFonts, pdfInfo, pdfText, renderPageToPng } from '../../test-support/libreoffice.ts';
import { communeReportInput, provinceReportInput } from '../../test-support/report-fixtures.ts';
import { renderReportDocument } from './report-document.ts';

// Needs no database: it runs with the integration tests because it drives LibreOffice and poppler.

const squash = (text: string) => text.replace(/\s+/g, ' ');
const vietnameseNumber = (value: number) => new Intl.NumberFormat('vi-VN').format(value);

describe('renderReportDocument: a province\'s consolidated 6-month report', () => {
  const input = provinceReportInput({ communes: 130, missing: 2, empty: ['crime'] });
  let docx: Buffer;
  let pdf: Buffer;
  let text: string;

  beforeAll(async () => {
    docx = await renderReportDocument(input);
    pdf = await convertToPdf(docx);
    text = squash(await pdfText(pdf));
  }, 120_000);

  it('prints on A4 in a Times-compatible serif, pages numbered from the second', async () => {
    const document = zipEntry(docx, 'word/document.xml');
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(document).toContain('<w:titlePg/>');
    expect(new Set([...document.matchAll(/w:ascii="([^"]+)"/g)].map((match) => match[1]))).toEqual(new Set(['Times New Roman']));
    expect(document).toBe(document.normalize('NFC'));
    const info = await pdfInfo(pdf);
    expect(Math.abs(info.pageWidth - 595)).toBeLessThanOrEqual(1);
    expect(Math.abs(info.pageHeight - 842)).toBeLessThanOrEqual(1);
    expect(info.pages).toBeGreaterThanOrEqual(2);
    for (const font of await pdfFonts(pdf)) {
      expect(font.name).toMatch(/^(LiberationSerif|Tinos|TimesNewRoman)/);
      expect(font.embedded).toBe(true);
    }
    const secondPage = await pdfText(pdf, { firstPage: 2, lastPage: 2 });
    expect(secondPage.trimStart().startsWith('2')).toBe(true);
  });

  it('heads the report as Decree 30 does: authority, blank number …/BC-UBND, place and date, title and data period', () => {
    for (const expected of [
      'ỦY BAN NHÂN DÂN', 'TỈNH NGHỆ AN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
      'BÁO CÁO', 'Kết quả thực hiện công tác phòng, chống mại dâm 6 tháng đầu năm 2024',
      '(Số liệu tính từ ngày 15/12/2023 đến ngày 14/6/2024)',
      'Ủy ban nhân dân tỉnh Nghệ An báo cáo kết quả thực hiện công tác phòng, chống mại dâm 6 tháng đầu năm 2024 như sau:',
    ]) {
      expect(text).toContain(expected);
    }
    // A draft has no number yet: room is left before "/BC-UBND", and the day and month are blank.
    expect(text).toMatch(/Số: \/BC-UBND/);
    expect(text).toMatch(/Nghệ An, ngày tháng năm 2024/);
  });

  it('has the sections of a report, with the consolidated totals and the count of units reported', () => {
    for (const heading of [
      'I. KẾT QUẢ THỰC HIỆN', '1. Tình hình triển khai thực hiện', '2. Kết quả cụ thể', '3. Kết quả thực hiện các chỉ tiêu',
      'II. KHÓ KHĂN, VƯỚNG MẮC', 'III. ĐỀ XUẤT, KIẾN NGHỊ',
      'a) Cơ sở kinh doanh dịch vụ dễ bị lợi dụng và tụ điểm', 'b) Kiểm tra, xử lý vi phạm', 'g) Tội phạm và xử lý hành chính liên quan đến mại dâm',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text.indexOf('I. KẾT QUẢ THỰC HIỆN')).toBeLessThan(text.indexOf('II. KHÓ KHĂN, VƯỚNG MẮC'));
    expect(text.indexOf('II. KHÓ KHĂN, VƯỚNG MẮC')).toBeLessThan(text.indexOf('III. ĐỀ XUẤT, KIẾN NGHỊ'));
    expect(text).toContain('Số liệu tổng hợp từ báo cáo đã được chấp nhận của 128/130 đơn vị và số liệu của Ủy ban nhân dân tỉnh Nghệ An');
    // Totals in Vietnamese digits (1.234.567), equal to the sum of the units' rows.
    const inspections = input.report.content.tables.find((table) => table.key === 'inspections')!;
    const fines = inspections.rows.reduce((sum, row) => sum + (row.values.fine_amount ?? 0), 0);
    expect(fines).toBeGreaterThan(1_000_000);
    expect(text).toMatch(new RegExp(`Số tiền phạt \\(đồng\\) ${vietnameseNumber(fines).replace(/\./g, '\\.')}`));
    for (const table of input.report.content.tables.filter((candidate) => !candidate.noData)) {
      for (const column of table.columns) expect(text).toContain(column.label);
    }
    const operating = input.report.content.tables[0]!.rows.reduce((sum, row) => sum + (row.values.establishments_operating ?? 0), 0);
    expect(text).toContain(`Cơ sở đang hoạt động ${vietnameseNumber(operating)}`);
  });

  it('says a table without records has no data rather than printing zeros', () => {
    expect(text).toContain('g) Tội phạm và xử lý hành chính liên quan đến mại dâm Không có số liệu trong kỳ.');
    expect(text).not.toContain('Số vụ án');
  });

  it('lists the units whose reports are missing', () => {
    const missing = input.report.content.missingUnits.map((unit) => unit.unitName);
    expect(missing).toHaveLength(2);
    expect(text).toContain(`Các đơn vị chưa có báo cáo được chấp nhận, số liệu chưa được tổng hợp (2 đơn vị): ${missing.join(', ')}.`);
  });

  it('gives the targets as chỉ tiêu, kết quả, đánh giá', () => {
    expect(text).toMatch(/STT Chỉ tiêu Kết quả Đánh giá/);
    expect(text).toContain('23,5%');
    expect(text).toContain('Đạt');
    expect(text).toContain('Có nguy cơ');
    expect(text).toContain('không đạt');
    expect(text).toContain('Chưa có số liệu');
  });

  it('ends with the closing, the recipients and the signature block', () => {
    for (const expected of [
      'Trên đây là báo cáo kết quả thực hiện công tác phòng, chống mại dâm 6 tháng đầu năm 2024 của Ủy ban nhân dân tỉnh Nghệ An./.',
      'Nơi nhận:', '- Bộ Y tế;', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Bùi Đình Long',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('renders its first and last pages for a person to look at', async () => {
    const { pages } = await pdfInfo(pdf);
    await writeFile(join(tmpdir(), 'pcmd-report-province.pdf'), pdf);
    await writeFile(join(tmpdir(), 'pcmd-report-province-page1.png'), await renderPageToPng(pdf, 1, 80));
    await writeFile(join(tmpdir(), 'pcmd-report-province-last.png'), await renderPageToPng(pdf, pages, 80));
  });
});

describe('renderReportDocument: a commune\'s own report', () => {
  it('shows the unit\'s figures, marks a corrected one with its note, and leaves an empty section visibly empty', async () => {
    const input = communeReportInput();
    const pdf = await convertToPdf(await renderReportDocument(input));
    const text = squash(await pdfText(pdf));
    const correction = input.report.content.corrections[0]!;
    expect(text).toContain('XÃ DIỄN CHÂU');
    expect(text).toContain('Thực hiện chế độ báo cáo của Ủy ban nhân dân tỉnh Nghệ An, Ủy ban nhân dân xã Diễn Châu báo cáo kết quả');
    expect(text).toContain('STT Nội dung Số liệu');
    expect(text).toContain(`Số cuộc kiểm tra ${correction.value} (1)`);
    expect(text).toContain(`(1) Số cuộc kiểm tra: số liệu đã điều chỉnh từ ${correction.computed} thành ${correction.value}. Bổ sung 02 cuộc kiểm tra liên ngành`);
    expect(text).toContain('Lực lượng kiểm tra còn mỏng, kiêm nhiệm nhiều việc.');
    expect(text).toContain('III. ĐỀ XUẤT, KIẾN NGHỊ (Chưa có nội dung.)');
    expect(text).toContain('g) Tội phạm và xử lý hành chính liên quan đến mại dâm Không có số liệu trong kỳ.');
    // Every row of every table is there (LibreOffice once dropped the rows of a table split over two pages).
    for (const table of input.report.content.tables.filter((candidate) => !candidate.noData)) {
      for (const column of table.columns) expect(text).toContain(column.label);
    }
    expect(text).toContain('- UBND tỉnh Nghệ An (qua Sở Y tế);');
    expect(text).toContain('Nguyễn Văn Hùng');
    const { pages } = await pdfInfo(pdf);
    await writeFile(join(tmpdir(), 'pcmd-report-commune-page1.png'), await renderPageToPng(pdf, 1, 80));
    await writeFile(join(tmpdir(), 'pcmd-report-commune-last.png'), await renderPageToPng(pdf, pages, 80));
  });

  it('is dated the day it was submitted, and says "Không có." for a section left empty', async () => {
    const input = communeReportInput({ status: 'submitted', submittedAt: '2024-06-19T18:30:00.000Z' });
    const text = docxText(await renderReportDocument(input));
    // 01:30 on 20/6 in Vietnam.
    expect(text).toContain('Diễn Châu, ngày 20 tháng 6 năm 2024');
    expect(text).toContain('III. ĐỀ XUẤT, KIẾN NGHỊ\nKhông có.');
    expect(text).not.toContain('Chưa có nội dung');
  });

  it('words the subject from the kind and period; an ad hoc report takes its request\'s title', async () => {
    const base = communeReportInput();
    const subjectOf = async (request: Partial<typeof base.request>) => {
      const text = docxText(await renderReportDocument({ ...base, request: { ...base.request, ...request } }));
      return text.split('\n')[text.split('\n').indexOf('BÁO CÁO') + 1];
    };
    expect(await subjectOf({ kind: 'annual', periodCode: 'RY2024' })).toBe('Kết quả thực hiện công tác phòng, chống mại dâm năm 2024');
    expect(await subjectOf({ kind: 'quarterly', periodCode: 'RQ2024-1' })).toBe('Kết quả thực hiện công tác phòng, chống mại dâm quý I năm 2024');
    expect(await subjectOf({ kind: 'monthly', periodCode: 'RM2024-06' })).toBe('Kết quả thực hiện công tác phòng, chống mại dâm tháng 6 năm 2024');
    expect(await subjectOf({ kind: 'phase_end', periodCode: 'P2021-2025' })).toBe('Kết quả thực hiện công tác phòng, chống mại dâm giai đoạn 2021–2025');
    expect(await subjectOf({ kind: 'ad_hoc', periodCode: 'AH-2025-01', title: 'Báo cáo kết quả kiểm tra cơ sở lưu trú dịp Tết Nguyên đán 2025' }))
      .toBe('Kết quả kiểm tra cơ sở lưu trú dịp Tết Nguyên đán 2025');
  });
});

describe('renderReportDocument: an agency\'s report to the lead agency', () => {
  const base = communeReportInput();
  const province = { id: '40', name: 'Tỉnh Nghệ An', shortName: 'Nghệ An', kind: 'Tỉnh', level: 'province' };
  const agencyInput = (agency: { name: string; kind: string }, parentAuthority: string | null) => ({
    ...base,
    unit: province,
    agency,
    parentAuthority,
    recipients: ['Sở Y tế (để tổng hợp)', 'Ủy ban nhân dân tỉnh Nghệ An (để báo cáo)'],
    signer: null,
    report: {
      ...base.report, unitId: '40', unitName: 'Tỉnh Nghệ An', agencyId: 'c0a80101-0000-4000-8000-000000000001', agencyName: agency.name,
      content: { ...base.report.content, duties: ['Đấu tranh, triệt xóa tụ điểm mại dâm.', 'Thống kê tội phạm về mại dâm.'] },
    },
  });

  it('is headed and numbered by the agency, opens with its duties and is signed by its head', async () => {
    const pdf = await convertToPdf(await renderReportDocument(agencyInput({ name: 'Công an tỉnh Nghệ An', kind: 'police' }, null)));
    const text = squash(await pdfText(pdf));
    expect(text).toContain('CÔNG AN TỈNH NGHỆ AN');
    expect(text).not.toContain('ỦY BAN NHÂN DÂN TỈNH NGHỆ AN');
    expect(text).toMatch(/Số: +\/BC-CAT/);
    expect(text).toContain('Thực hiện chế độ báo cáo của Ủy ban nhân dân tỉnh Nghệ An, Công an tỉnh Nghệ An báo cáo kết quả');
    expect(text).toContain('1. Nhiệm vụ được giao theo kế hoạch - Đấu tranh, triệt xóa tụ điểm mại dâm. - Thống kê tội phạm về mại dâm.');
    expect(text).toContain('Trên đây là báo cáo kết quả thực hiện công tác phòng, chống mại dâm 6 tháng đầu năm 2024 của Công an tỉnh Nghệ An./.');
    expect(text).toContain('- Sở Y tế (để tổng hợp);');
    expect(text).toContain('THỦ TRƯỞNG CƠ QUAN');
    await writeFile(join(tmpdir(), 'pcmd-report-agency-page1.png'), await renderPageToPng(pdf, 1, 80));
  });

  it('prints the committee over the name of one of its own offices', async () => {
    const text = docxText(await renderReportDocument(agencyInput({ name: 'Sở Văn hóa, Thể thao và Du lịch', kind: 'culture_sports_tourism' }, 'Ủy ban nhân dân Tỉnh Nghệ An')));
    expect(text).toContain('ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nSỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH');
    expect(text).toContain('/BC-SVHTTDL');
  });
});
