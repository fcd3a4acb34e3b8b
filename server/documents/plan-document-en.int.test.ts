import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getIndicator } from '../../core/indicators/catalogue.ts';
import { planContent } from '../../core/plans/plan.ts';
import { convertToPdf, pdfInfo, pdfText, renderPageToPng } from '../../test-support/libreoffice.ts';
import { seedPlans } from '../demo/plans/index.ts';
import type { PlanDetail } from '../services/plans/plan-service.ts';
import { renderPlanDocument } from './plan-document.ts';

// Needs no database: it runs with the integration tests because it drives LibreOffice and poppler.

const squash = (text: string) => text.replace(/\s+/g, ' ');

/** The Vietnamese document's own words (headings, header, foot), none of which the translation may keep. */
const vietnameseWords = [
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'ỦY BAN NHÂN DÂN', 'KẾ HOẠCH', 'Số:', 'như sau:',
  'MỤC ĐÍCH, YÊU CẦU', '1. Mục đích', '2. Yêu cầu', 'MỤC TIÊU, CHỈ TIÊU', '1. Mục tiêu', 'Các chỉ tiêu cụ thể', 'NHIỆM VỤ, GIẢI PHÁP',
  'KINH PHÍ THỰC HIỆN', 'Ngân sách cấp tỉnh:', '(chủ trì)', '(phối hợp)', 'CHẾ ĐỘ BÁO CÁO', 'Báo cáo 6 tháng:', 'Báo cáo năm:',
  'Trên đây là Kế hoạch', 'Nơi nhận', 'Lưu: VT', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH',
];

function seedPlan(id: string): PlanDetail {
  const content = planContent.parse(seedPlans.find((seed) => seed.id === id)!.content);
  return {
    id: '3f0c2a4e-8d1b-4c6a-9e2f-5a7b9c1d3e5f', status: 'draft', version: 1, issuerUnitId: content.issuerUnitId, issuerName: 'Tỉnh Nghệ An',
    number: null, issueDate: null, title: content.title, periodCode: content.periodCode, updatedAt: '2026-01-15T03:00:00.000Z',
    amendsPlanId: null, parents: [], content, issuedAt: null,
  };
}

describe('renderPlanDocument in English: the Nghệ An 2024 seed plan', () => {
  const plan = seedPlan('nghe-an-2024');
  const { content } = plan;
  const issuer = { name: 'Tỉnh Nghệ An', kind: 'Tỉnh', shortName: 'Nghệ An', level: 'province' };
  let pdf: Buffer;
  let text: string;

  beforeAll(async () => {
    pdf = await convertToPdf(await renderPlanDocument({ plan, issuer, now: new Date('2026-03-02T10:00:00Z') }, 'en'));
    text = squash(await pdfText(pdf));
  }, 120_000);

  it('says first of all that it is an unofficial translation', async () => {
    const firstLine = (await pdfText(pdf, { firstPage: 1, lastPage: 1 })).trim().split('\n')[0]!.trim();
    expect(firstLine).toBe('Unofficial English translation — the Vietnamese document is the official one');
  });

  it('has the header, title and preamble of the original, in English', () => {
    for (const expected of [
      'PEOPLE\'S COMMITTEE OF', 'NGHỆ AN PROVINCE', 'SOCIALIST REPUBLIC OF VIET NAM', 'Independence - Freedom - Happiness', 'PLAN', content.title,
      `Pursuant to ${content.legalBasis[0]};`,
      `The People's Committee of Nghệ An Province issues the Plan “${content.title}” as follows:`,
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/No\.: \/KH-UBND/);
    expect(text).toMatch(/Nghệ An, \/ \/2026/);
  });

  it('has sections I–VI in English, in order, each target with its indicator in English and its value', () => {
    const headings = [
      'I. PURPOSE AND REQUIREMENTS', '1. Purpose', '2. Requirements', 'II. OBJECTIVES AND TARGETS', '1. Objectives', '2. Specific targets',
      'III. TASKS AND SOLUTIONS', 'IV. FUNDING', 'V. ORGANISATION OF IMPLEMENTATION', 'VI. REPORTING REGIME',
    ];
    for (const heading of headings) expect(text).toContain(heading);
    const at = (heading: string) => text.indexOf(heading);
    expect(headings.filter((heading) => /^[IVX]+\./.test(heading)).map(at)).toEqual(headings.filter((heading) => /^[IVX]+\./.test(heading)).map(at).sort((a, b) => a - b));
    expect(text).toContain(`Indicator: ${getIndicator('communication.child_units_active').name.en}. Target: ≥ 70%.`);
    expect(text).toContain(`Indicator: ${getIndicator('communication.press_monthly').name.en}. Target: ≥ 12 months.`);
    // pdftotext may break the line after the dash.
    expect(text).toMatch(/Target: growth 3– ?5%\./);
    for (const target of content.targets) expect(text).toContain(getIndicator(target.indicatorCode).name.en);
    expect(text).toContain('- Provincial budget: ');
    expect(text).toContain('1. Sở Lao động - Thương binh và Xã hội (lead)');
    expect(text).toContain('12. Viện Kiểm sát nhân dân tỉnh (requested to support)');
    expect(text).toContain('- 6-month report: the provincial departments, agencies, sectors and mass organisations and the district-level People\'s Committees '
      + 'send their reports to Sở Lao động - Thương binh và Xã hội; Sở Lao động - Thương binh và Xã hội consolidates them and reports to UBND tỉnh, '
      + 'Bộ Lao động – Thương binh và Xã hội.');
    expect(text).toContain(`The above is the Plan “${content.title}”.`);
    expect(text).toContain('appropriate adjustment./.');
  });

  it('keeps what the issuer wrote as written, and leaves none of the Vietnamese document\'s own words', () => {
    for (const written of [content.purpose[0]!, content.requirements[0]!, content.objectives[0]!, content.taskGroups[0]!.title, content.assignments[1]!.duties[0]!]) {
      expect(text).toContain(squash(written));
    }
    // A target's sentence shared by three indicators is printed once, with a note for each.
    const shared = content.targets.find((target) => target.indicatorCode === 'communication.reach_students')!.text;
    expect(text.split(squash(shared)).length - 1).toBe(1);
    expect(text).toContain('Recipients:');
    for (const recipient of content.recipients) expect(text).toContain(recipient);
    // The signer's column is narrow: "ON BEHALF OF THE PEOPLE'S COMMITTEE" takes two lines, read beside the recipients.
    for (const line of ['ON BEHALF OF THE PEOPLE\'S', 'COMMITTEE', 'FOR THE CHAIR', 'VICE CHAIR', content.signer.name!]) expect(text).toContain(line);
    for (const word of vietnameseWords) expect(text).not.toContain(word);
  });

  it('renders the PDF and its first and last pages for a person to look at', async () => {
    const { pages } = await pdfInfo(pdf);
    await writeFile(join(tmpdir(), 'pcmd-plan-en.pdf'), pdf);
    await writeFile(join(tmpdir(), 'pcmd-plan-en-page1.png'), await renderPageToPng(pdf, 1));
    await writeFile(join(tmpdir(), 'pcmd-plan-en-last.png'), await renderPageToPng(pdf, pages));
  });
});
