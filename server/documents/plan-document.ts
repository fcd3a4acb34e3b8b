import { AlignmentType, Document, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun, type FileChild } from 'docx';
import { parsePeriod } from '../../core/periods/period.ts';
import type { PlanDetail } from '../services/plans/plan-service.ts';
import { headerTable, titleBlock, type Issuer } from './document-header.ts';
import { FONT, MARGIN, PAGE, SIZE, bodyParagraph, documentStyles, headingParagraph, lowerFirst, withTerminal } from './docx-styles.ts';
import { budgetSection, implementationSection, objectivesSection, purposeSection, tasksSection, type BodySection } from './plan-sections.ts';
import { closingParagraph, issuerAuthority, reportingSection, type ReportingContext } from './reporting-section.ts';
import { signatureTable, spacer } from './signature-block.ts';

/**
 * A plan as the .docx its issuer signs: the format of Decree 30/2020/NĐ-CP (A4, Times New Roman,
 * two-column header, sections I–VI, "Nơi nhận" and the signature block), worded like the seeds.
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

function dayMonthYear(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return `${day}/${month}/${year}`;
}

/** "Căn cứ …;" for each basis, the parent plans not already cited, then "… ban hành Kế hoạch … như sau:". */
function legalBasisParagraphs(plan: PlanDetail, issuer: Issuer): Paragraph[] {
  const bases = plan.content.legalBasis.map((basis) => basis.trim()).filter(Boolean);
  for (const parent of plan.parents) {
    if (!parent.number || bases.some((basis) => basis.includes(parent.number as string))) continue;
    const date = parent.issueDate ? ` ngày ${dayMonthYear(parent.issueDate)}` : '';
    bases.push(`Kế hoạch số ${parent.number}${date} về ${lowerFirst(parent.title)}`);
  }
  const lines = bases.map((basis) => {
    const sentence = /^(căn cứ|thực hiện|để)(?=\s)/iu.test(basis) ? basis : `Căn cứ ${basis}`;
    return bodyParagraph(withTerminal(sentence.replace(/[.]$/, ''), ';'));
  });
  const title = lowerFirst(plan.content.title).replace(/[.;]+$/, '');
  return [...lines, bodyParagraph(`${issuerAuthority(issuer)} ban hành Kế hoạch ${title} như sau:`)];
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

export async function renderPlanDocument(input: PlanDocumentInput): Promise<Buffer> {
  const { plan, issuer } = input;
  const content = plan.content;
  const context: ReportingContext = { content, issuer, periodStart: parsePeriod(content.periodCode).start };
  const children: FileChild[] = [
    headerTable({
      issuer,
      parentAuthority: input.parentAuthority ?? null,
      number: plan.number ?? content.number,
      issueDate: plan.issueDate ?? content.issueDate,
      issuePlace: content.issuePlace,
      title: content.title,
      draftYear: yearInVietnam(input.now ?? new Date()),
    }),
    ...titleBlock(content.title),
    ...legalBasisParagraphs(plan, issuer),
    ...numberedSections([
      purposeSection(content),
      objectivesSection(content),
      tasksSection(content),
      budgetSection(content),
      implementationSection(content),
      reportingSection(context),
    ]),
    closingParagraph(context),
    spacer(),
    signatureTable(content.recipients, content.signer),
  ];
  const document = new Document({
    title: content.title.normalize('NFC'),
    creator: issuerAuthority(issuer).normalize('NFC'),
    styles: documentStyles,
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
