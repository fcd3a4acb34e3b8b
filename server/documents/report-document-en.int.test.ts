import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { figureTables } from '../../core/reports/figures.ts';
import { convertToPdf, pdfInfo, pdfText, renderPageToPng } from '../../test-support/libreoffice.ts';
import { communeReportInput, provinceReportInput } from '../../test-support/report-fixtures.ts';
import { renderReportDocument } from './report-document.ts';
import { reportWording } from './report-language.ts';

// Needs no database: it runs with the integration tests because it drives LibreOffice and poppler.

const squash = (text: string) => text.replace(/\s+/g, ' ');
const englishNumber = (value: number) => new Intl.NumberFormat('en-US').format(value);

/** The Vietnamese document's own words, none of which the translation may keep. */
const vietnameseWords = [
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'BÁO CÁO', 'Số:', 'Số liệu tính từ ngày', 'Thực hiện chế độ báo cáo',
  'KẾT QUẢ THỰC HIỆN', 'Tình hình triển khai thực hiện', 'Kết quả cụ thể', 'Kết quả thực hiện các chỉ tiêu', 'KHÓ KHĂN, VƯỚNG MẮC',
  'ĐỀ XUẤT, KIẾN NGHỊ', 'Không có số liệu trong kỳ', 'STT', 'Nội dung', 'Tổng số', 'Đánh giá', 'Số liệu tổng hợp', 'Các đơn vị chưa có báo cáo',
  'Trên đây là báo cáo', 'Nơi nhận', 'Lưu: VT', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Có nguy cơ', 'Chưa có số liệu',
];

describe('renderReportDocument in English: a province\'s consolidated 6-month report', () => {
  const input = provinceReportInput({ communes: 130, missing: 2, empty: ['crime'] });
  let pdf: Buffer;
  let text: string;

  beforeAll(async () => {
    pdf = await convertToPdf(await renderReportDocument(input, 'en'));
    text = squash(await pdfText(pdf));
  }, 120_000);

  it('says first of all that it is an unofficial translation', async () => {
    const firstLine = (await pdfText(pdf, { firstPage: 1, lastPage: 1 })).trim().split('\n')[0]!.trim();
    expect(firstLine).toBe('Unofficial English translation — the Vietnamese document is the official one');
  });

  it('has the header, title, data period and opening of the original, in English', () => {
    for (const expected of [
      'PEOPLE\'S COMMITTEE OF', 'NGHỆ AN PROVINCE', 'SOCIALIST REPUBLIC OF VIET NAM', 'Independence - Freedom - Happiness',
      'REPORT', 'Results of prostitution prevention and control in the first 6 months of 2024', '(Figures from 15/12/2023 to 14/6/2024)',
      'The People\'s Committee of Nghệ An Province reports on the results of prostitution prevention and control in the first 6 months of 2024 as follows:',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/No\.: \/BC-UBND/);
    expect(text).toMatch(/Nghệ An, \/ \/2024/);
  });

  it('has sections I–III in English, the tables titled and labelled from core/reports/figures.ts, figures written 1,234,567', () => {
    for (const heading of [
      'I. RESULTS', '1. Implementation', '2. Specific results', '3. Results against the targets',
      'II. DIFFICULTIES AND OBSTACLES', 'III. PROPOSALS AND RECOMMENDATIONS',
      'a) At-risk establishments and hotspots', 'b) Inspections and sanctions', 'g) Crimes and administrative sanctions No data in the period.',
      'No. Item Total', 'No. Target Result Assessment',
      'Figures consolidated from the accepted reports of 128/130 units and the figures of the People\'s Committee of Nghệ An Province',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text.indexOf('I. RESULTS')).toBeLessThan(text.indexOf('II. DIFFICULTIES AND OBSTACLES'));
    expect(text.indexOf('II. DIFFICULTIES AND OBSTACLES')).toBeLessThan(text.indexOf('III. PROPOSALS AND RECOMMENDATIONS'));
    for (const table of input.report.content.tables.filter((candidate) => !candidate.noData)) {
      const definition = figureTables.find((candidate) => candidate.key === table.key)!;
      for (const figure of definition.figures) expect(text).toContain(figure.label.en);
    }
    const inspections = input.report.content.tables.find((table) => table.key === 'inspections')!;
    const fines = inspections.rows.reduce((sum, row) => sum + (row.values.fine_amount ?? 0), 0);
    expect(text).toContain(`Fines (đồng) ${englishNumber(fines)}`);
    const missing = input.report.content.missingUnits.map((unit) => unit.unitName);
    expect(text).toContain(`Units without an accepted report, whose figures are not included (2 units): ${missing.join(', ')}.`);
    expect(text).toContain('23.5% Met');
    expect(text).toContain('No data yet');
  });

  it('keeps what the unit wrote as written', () => {
    expect(text).toContain(squash(input.report.content.narrative.difficulties));
    // A target's text wraps in its cell, beside the other columns: its first line is enough.
    expect(text).toContain('Kiểm tra ít nhất 20% số cơ sở kinh');
    expect(input.report.content.targets[0]!.text).toMatch(/^Kiểm tra ít nhất 20% số cơ sở kinh/);
    expect(text).toContain('- Bộ Y tế;');
    expect(text).toContain('Bùi Đình Long');
  });

  it('ends with the closing, the recipients and the default signers\' titles in English', () => {
    for (const expected of [
      'The above is the report of the People\'s Committee of Nghệ An Province on the results of prostitution prevention and control in the first 6 months of 2024./.',
      'Recipients:', '- Archived: VT.', 'FOR THE CHAIR', 'VICE CHAIR',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/ON BEHALF OF THE PEOPLE'S .*COMMITTEE/);
  });

  it('leaves none of the Vietnamese document\'s own words', () => {
    for (const words of vietnameseWords) expect(text, words).not.toContain(words);
  });

  it('renders its first and last pages for a person to look at', async () => {
    const { pages } = await pdfInfo(pdf);
    await writeFile(join(tmpdir(), 'pcmd-report-province-en.pdf'), pdf);
    await writeFile(join(tmpdir(), 'pcmd-report-province-en-page1.png'), await renderPageToPng(pdf, 1, 80));
    await writeFile(join(tmpdir(), 'pcmd-report-province-en-last.png'), await renderPageToPng(pdf, pages, 80));
  });
});

describe('renderReportDocument in English: a commune\'s own report and an agency\'s', () => {
  it('notes a corrected figure in English, with the unit\'s reason as written, and says a section is empty', async () => {
    const input = communeReportInput({ status: 'submitted', submittedAt: '2024-06-19T18:30:00.000Z' });
    const text = squash(await pdfText(await convertToPdf(await renderReportDocument(input, 'en'))));
    const correction = input.report.content.corrections[0]!;
    expect(text).toContain('DIỄN CHÂU COMMUNE');
    expect(text).toContain('Diễn Châu, 20/06/2024');
    expect(text).toContain('Pursuant to the reporting regime of the People\'s Committee of Nghệ An Province, the People\'s Committee of Diễn Châu Commune reports on');
    expect(text).toContain('No. Item Figure');
    expect(text).toContain(`Inspections ${correction.value} (1)`);
    expect(text).toContain(`(1) Inspections: figure corrected from ${correction.computed} to ${correction.value}. ${correction.note}.`);
    expect(text).toContain('III. PROPOSALS AND RECOMMENDATIONS None.');
    for (const words of vietnameseWords) expect(text, words).not.toContain(words);
  });

  it('is headed by the agency under its committee, opens with its duties and is signed by its head', async () => {
    const base = communeReportInput();
    const english = reportWording('en');
    const input = {
      ...base,
      unit: { id: '40', name: 'Tỉnh Nghệ An', shortName: 'Nghệ An', kind: 'Tỉnh', level: 'province' },
      agency: { name: 'Sở Văn hóa, Thể thao và Du lịch', kind: 'culture_sports_tourism' },
      parentAuthority: english.addresses.committeeOver('Tỉnh Nghệ An'),
      recipients: [english.addresses.forConsolidation('Sở Y tế'), english.addresses.forReport(english.addresses.committeeOf('Tỉnh Nghệ An'))],
      signer: null,
      report: {
        ...base.report, unitId: '40', unitName: 'Tỉnh Nghệ An', agencyId: 'c0a80101-0000-4000-8000-000000000001', agencyName: 'Sở Văn hóa, Thể thao và Du lịch',
        content: { ...base.report.content, duties: ['Kiểm tra các cơ sở kinh doanh dịch vụ văn hóa.'] },
      },
    };
    const pdf = await convertToPdf(await renderReportDocument(input, 'en'));
    const page = await pdfText(pdf, { firstPage: 1, lastPage: 1 });
    // The committee's place is not split over two lines of the narrow header column.
    expect(page).toMatch(/PEOPLE'S COMMITTEE OF\s.*\n\s*NGHỆ\sAN\sPROVINCE/);
    const text = squash(await pdfText(pdf));
    expect(text).toContain('SỞ VĂN HÓA, THỂ THAO VÀ');
    expect(text).toMatch(/No\.: +\/BC-SVHTTDL/);
    expect(text).toContain('1. Duties assigned by the plan - Kiểm tra các cơ sở kinh doanh dịch vụ văn hóa.');
    expect(text).toContain('the People\'s Committee of Nghệ An Province, Sở Văn hóa, Thể thao và Du lịch reports on the results');
    expect(text).toContain('- Sở Y tế (for consolidation);');
    expect(text).toContain('- People\'s Committee of Nghệ An Province (for reporting);');
    expect(text).toContain('HEAD OF AGENCY');
    await writeFile(join(tmpdir(), 'pcmd-report-agency-en-page1.png'), await renderPageToPng(pdf, 1, 80));
  });
});
