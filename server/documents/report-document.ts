import { AlignmentType, Document, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun, type FileChild } from 'docx';
import type { Signer } from '../../core/plans/plan.ts';
import { estimateWidth, headerTable, type Issuer } from './document-header.ts';
import { FONT, MARGIN, PAGE, SIZE, TEXT_WIDTH, bodyParagraph, centred, documentStyles, lowerFirst, mm, ruleLine, run } from './docx-styles.ts';
import { narrativeSection, numberedSections, resultsSection } from './report-sections.ts';
import {
  agencyNumberCode, authorityOfName, dataPeriodLine, dateInVietnam, isConsolidated, reportAuthority, reportSubject, type ReportDocumentInput,
} from './report-wording.ts';
import { signatureTable, spacer } from './signature-block.ts';

/**
 * A report as the .docx its unit signs and sends up, in the format of Decree 30/2020/NĐ-CP (the
 * same page, header and signature block as a plan): "BÁO CÁO Kết quả thực hiện công tác phòng,
 * chống mại dâm 6 tháng đầu năm 2024", the Decree 09/2019 data period, sections I–III, "Nơi nhận"
 * and the signature. A pure function of its input, so that it can be checked without a database.
 */

export type { ReportDocumentInput } from './report-wording.ts';

/** Who signs when the unit has not said: the chair, on behalf of the committee. */
export const DEFAULT_REPORT_SIGNER: Signer = { authority: 'TM. ỦY BAN NHÂN DÂN', onBehalf: null, position: 'CHỦ TỊCH', name: null };
/** An agency's report is signed by its head, whose title (Giám đốc, Trưởng phòng, Chủ tịch Hội…) the agency writes in. */
export const DEFAULT_AGENCY_SIGNER: Signer = { authority: 'THỦ TRƯỞNG CƠ QUAN', onBehalf: null, position: '', name: null };

function yearInVietnam(now: Date): number {
  return Number(dateInVietnam(now).slice(0, 4));
}

/** The page number, centred at the top of every page but the first (Decree 30: pages are numbered from the second). */
function pageNumberHeader(): Header {
  return new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SIZE.body * 2 })] })],
  });
}

/** The date a report carries: the day it was submitted; an unsubmitted draft leaves the day blank. */
function documentDate(input: ReportDocumentInput): string | null {
  const { report } = input;
  if ((report.status === 'submitted' || report.status === 'accepted') && report.submittedAt) return dateInVietnam(report.submittedAt);
  return null;
}

/**
 * "BÁO CÁO", the subject under it and a short rule (as a plan's title block), then the data period
 * in italics: "(Số liệu tính từ ngày 15/12/2023 đến ngày 14/6/2024)".
 */
function titleBlock(subject: string, period: string): Paragraph[] {
  const subjectWidth = Math.min(estimateWidth(subject, 14, true), TEXT_WIDTH);
  return [
    centred([run('BÁO CÁO', { bold: true, size: 14 })], { before: 480 }),
    centred([run(subject.trim(), { bold: true, size: 14 })], { line: 264 }),
    ruleLine(Math.min(mm(60), Math.max(mm(25), Math.round(subjectWidth * 0.4))), TEXT_WIDTH, { before: 80 }),
    centred([run(`(${period})`, { italics: true })], { before: 120, after: 120 }),
  ];
}

/** "Thực hiện chế độ báo cáo của …, Ủy ban nhân dân xã … báo cáo kết quả … như sau:". */
function openingParagraph(input: ReportDocumentInput, subject: string, authority: string): Paragraph {
  const { report, request } = input;
  // An agency reports to its own unit's committee (through the lead agency); a unit to the one above.
  const asked = report.issuerUnitName && (input.agency || report.issuerUnitName !== input.unit.name) ? authorityOfName(report.issuerUnitName) : null;
  const basis = request.kind === 'ad_hoc'
    ? (asked ? `Thực hiện yêu cầu của ${asked}, ` : '')
    : (asked ? `Thực hiện chế độ báo cáo của ${asked}, ` : '');
  const lead = basis ? `${basis}${authority}` : authority;
  return bodyParagraph(`${lead} báo cáo ${lowerFirst(subject)} như sau:`);
}

/** "Trên đây là báo cáo … của Ủy ban nhân dân tỉnh Nghệ An./." */
function closingParagraph(subject: string, authority: string): Paragraph {
  return bodyParagraph(`Trên đây là báo cáo ${lowerFirst(subject)} của ${authority}./.`, { keepNext: true });
}

export function reportDocumentChildren(input: ReportDocumentInput): FileChild[] {
  const { report, request, unit } = input;
  const issuer: Issuer = { name: unit.name, kind: unit.kind, shortName: unit.shortName, level: unit.level };
  const subject = reportSubject(request);
  const authority = reportAuthority(input);
  return [
    headerTable({
      issuer,
      parentAuthority: input.parentAuthority,
      number: input.number ?? null,
      numberCode: input.agency ? agencyNumberCode(input.agency.name, unit.shortName) : 'BC-UBND',
      ...(input.agency ? { issuerLines: [input.agency.name.toLocaleUpperCase('vi')] } : {}),
      issueDate: documentDate(input),
      issuePlace: unit.shortName,
      title: subject,
      draftYear: yearInVietnam(input.now ?? new Date()),
    }),
    ...titleBlock(subject, dataPeriodLine(request.periodStart, request.periodEnd)),
    openingParagraph(input, subject, authority),
    ...numberedSections([
      resultsSection({ report, ownAuthority: authority }),
      narrativeSection('KHÓ KHĂN, VƯỚNG MẮC', report.content.narrative.difficulties, report),
      narrativeSection('ĐỀ XUẤT, KIẾN NGHỊ', report.content.narrative.proposals, report),
    ]),
    closingParagraph(subject, authority),
    spacer(),
    signatureTable(input.recipients, input.signer ?? (input.agency ? DEFAULT_AGENCY_SIGNER : DEFAULT_REPORT_SIGNER)),
  ];
}

export async function renderReportDocument(input: ReportDocumentInput): Promise<Buffer> {
  const subject = reportSubject(input.request);
  const document = new Document({
    title: `Báo cáo ${lowerFirst(subject)}`.normalize('NFC'),
    creator: reportAuthority(input).normalize('NFC'),
    description: isConsolidated(input.report) ? 'Báo cáo tổng hợp' : 'Báo cáo',
    styles: documentStyles,
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT }, margin: MARGIN },
        },
        headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
        children: reportDocumentChildren(input),
      },
    ],
  });
  return Packer.toBuffer(document);
}
