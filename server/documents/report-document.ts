import { AlignmentType, Document, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun, type FileChild } from 'docx';
import type { Signer } from '../../core/plans/plan.ts';
import { estimateWidth, headerTable, type Issuer } from './document-header.ts';
import { FONT, MARGIN, PAGE, SIZE, TEXT_WIDTH, bodyParagraph, centred, documentStylesIn, mm, ruleLine, run } from './docx-styles.ts';
import { reportWording, type ReportLanguage, type ReportWording } from './report-language.ts';
import { narrativeSection, numberedSections, resultsSection } from './report-sections.ts';
import { agencyNumberCode, dateInVietnam, isConsolidated, type ReportDocumentInput } from './report-wording.ts';
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
function titleBlock(kind: string, subject: string, period: string): Paragraph[] {
  const subjectWidth = Math.min(estimateWidth(subject, 14, true), TEXT_WIDTH);
  return [
    centred([run(kind, { bold: true, size: 14 })], { before: 480 }),
    centred([run(subject.trim(), { bold: true, size: 14 })], { line: 264 }),
    ruleLine(Math.min(mm(60), Math.max(mm(25), Math.round(subjectWidth * 0.4))), TEXT_WIDTH, { before: 80 }),
    centred([run(`(${period})`, { italics: true })], { before: 120, after: 120 }),
  ];
}

/**
 * A translation says so before anything else, in italics over the header: the Vietnamese document
 * is the one that counts.
 */
function translationNotice(notice: string): Paragraph {
  return centred([run(notice, { italics: true, size: 12 })], { after: 160 });
}

/**
 * "Thực hiện chế độ báo cáo của …" names the committee that asked: an agency reports to its own
 * unit's committee (through the lead agency); a unit to the one above. A unit's own request asks no one.
 */
function askedBy(input: ReportDocumentInput): string | null {
  const { report } = input;
  return report.issuerUnitName && (input.agency || report.issuerUnitName !== input.unit.name) ? report.issuerUnitName : null;
}

export function reportDocumentChildren(input: ReportDocumentInput, words: ReportWording = reportWording('vi')): FileChild[] {
  const { report, request, unit } = input;
  const issuer: Issuer = { name: unit.name, kind: unit.kind, shortName: unit.shortName, level: unit.level };
  const subject = words.subject(request);
  const authority = words.authority(input);
  const facts = { request, issuerName: askedBy(input), authority };
  const issuerLines = input.agency ? [input.agency.name.toLocaleUpperCase('vi')] : words.committeeLines(unit);
  return [
    ...(words.translationNotice ? [translationNotice(words.translationNotice)] : []),
    headerTable({
      issuer,
      parentAuthority: input.parentAuthority,
      number: input.number ?? null,
      numberCode: input.agency ? agencyNumberCode(input.agency.name, unit.shortName) : 'BC-UBND',
      ...(issuerLines ? { issuerLines } : {}),
      issueDate: documentDate(input),
      issuePlace: unit.shortName,
      title: subject,
      draftYear: yearInVietnam(input.now ?? new Date()),
      wording: words.header,
    }),
    ...titleBlock(words.documentKind, subject, words.dataPeriod(request.periodStart, request.periodEnd)),
    bodyParagraph(words.opening(facts)),
    ...numberedSections([
      resultsSection({ report, ownAuthority: authority, words }),
      narrativeSection(words.sections.difficulties, report.content.narrative.difficulties, report, words),
      narrativeSection(words.sections.proposals, report.content.narrative.proposals, report, words),
    ]),
    bodyParagraph(words.closing(facts), { keepNext: true }),
    spacer(),
    signatureTable(input.recipients, input.signer ?? (input.agency ? DEFAULT_AGENCY_SIGNER : DEFAULT_REPORT_SIGNER), words.signature),
  ];
}

/**
 * The report as a .docx: in Vietnamese, the official document; in English (`en`), its unofficial
 * translation, marked as such at the top and in the file's properties.
 */
export async function renderReportDocument(input: ReportDocumentInput, language: ReportLanguage = 'vi'): Promise<Buffer> {
  const words = reportWording(language);
  const metadata = words.metadata(input.request, isConsolidated(input.report));
  const document = new Document({
    title: metadata.title.normalize('NFC'),
    creator: words.authority(input).normalize('NFC'),
    description: metadata.description,
    styles: documentStylesIn(words.languageTag),
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT }, margin: MARGIN },
        },
        headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
        children: reportDocumentChildren(input, words),
      },
    ],
  });
  return Packer.toBuffer(document);
}
