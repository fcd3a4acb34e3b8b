import { AlignmentType, Document, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun, type FileChild } from 'docx';
import { parsePeriod } from '../../core/periods/period.ts';
import type { PlanDetail } from '../services/plans/plan-service.ts';
import { headerTable, titleBlock, type Issuer } from './document-header.ts';
import { FONT, MARGIN, PAGE, SIZE, bodyParagraph, centred, documentStylesIn, headingParagraph, run, withTerminal } from './docx-styles.ts';
import { planWording, type PlanLanguage, type PlanReportingContext, type PlanWording } from './plan-language.ts';
import { budgetSection, implementationSection, objectivesSection, purposeSection, reportingSection, tasksSection, type BodySection } from './plan-sections.ts';
import { signatureTable, spacer } from './signature-block.ts';

/**
 * A plan as the .docx its issuer signs: the format of Decree 30/2020/NĐ-CP (A4, Times New Roman,
 * two-column header, sections I–VI, "Nơi nhận" and the signature block), worded like the seeds; or,
 * in English, its unofficial translation with the same structure (plan-language.ts).
 */

export type PlanDocumentInput = {
  plan: PlanDetail;
  issuer: Issuer;
  /** A superior authority printed over the issuer's name, when the issuer's documents carry one. */
  parentAuthority?: string | null;
  /** The moment of printing; only the year of an undated draft depends on it. */
  now?: Date;
};

const romanNumerals = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

function yearInVietnam(now: Date): number {
  return Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(now));
}

/** "Căn cứ …;" for each basis, the parent plans not already cited, then "… ban hành Kế hoạch … như sau:". */
function legalBasisParagraphs(plan: PlanDetail, issuer: Issuer, words: PlanWording): Paragraph[] {
  const bases = plan.content.legalBasis.map((basis) => basis.trim()).filter(Boolean);
  for (const parent of plan.parents) {
    if (!parent.number || bases.some((basis) => basis.includes(parent.number as string))) continue;
    bases.push(words.parentPlan({ number: parent.number, issueDate: parent.issueDate, title: parent.title }));
  }
  return [
    ...bases.map((basis) => bodyParagraph(withTerminal(words.basis(basis).replace(/[.]$/, ''), ';'))),
    bodyParagraph(words.enactment(issuer, plan.content.title)),
  ];
}

/**
 * A translation says so before anything else, in italics over the header: the Vietnamese document
 * is the one that counts.
 */
function translationNotice(notice: string): Paragraph {
  return centred([run(notice, { italics: true, size: 12 })], { after: 160 });
}

function numberedSections(sections: BodySection[]): Paragraph[] {
  return sections
    .filter((section) => section.paragraphs.length > 0)
    .flatMap((section, index) => [headingParagraph(`${romanNumerals[index] ?? index + 1}. ${section.heading}`), ...section.paragraphs]);
}

/** The page number, centred at the top of every page but the first (Decree 30: pages are numbered from the second). */
function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SIZE.body * 2 })],
      }),
    ],
  });
}

/** The plan in Vietnamese (the official document, the default) or English (`en`, its unofficial translation). */
export async function renderPlanDocument(input: PlanDocumentInput, language: PlanLanguage = 'vi'): Promise<Buffer> {
  const words = planWording(language);
  const { plan, issuer } = input;
  const content = plan.content;
  const context: PlanReportingContext = { content, issuer, periodStart: parsePeriod(content.periodCode).start };
  const issuerLines = words.committeeLines(issuer);
  const children: FileChild[] = [
    ...(words.translationNotice ? [translationNotice(words.translationNotice)] : []),
    headerTable({
      issuer,
      parentAuthority: input.parentAuthority ?? null,
      number: plan.number ?? content.number,
      issueDate: plan.issueDate ?? content.issueDate,
      issuePlace: content.issuePlace,
      title: content.title,
      draftYear: yearInVietnam(input.now ?? new Date()),
      ...(issuerLines ? { issuerLines } : {}),
      wording: words.header,
    }),
    ...titleBlock(content.title, words.documentKind),
    ...legalBasisParagraphs(plan, issuer, words),
    ...numberedSections([
      purposeSection(content, words),
      objectivesSection(content, words),
      tasksSection(content, words),
      budgetSection(content, words),
      implementationSection(content, words),
      reportingSection(context, words),
    ]),
    bodyParagraph(words.closing(context), { keepNext: true }),
    spacer(),
    signatureTable(content.recipients, content.signer, words.signature),
  ];
  const document = new Document({
    title: words.metadataTitle(content.title).normalize('NFC'),
    creator: words.authority(issuer).normalize('NFC'),
    styles: documentStylesIn(words.languageTag),
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
            margin: MARGIN,
          },
        },
        headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
