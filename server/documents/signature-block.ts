import { AlignmentType, LineRuleType, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';
import type { Signer } from '../../core/plans/plan.ts';
import { SIZE, TEXT_WIDTH, blankLine, centred, mm, run, upper } from './docx-styles.ts';

/**
 * The foot of the document (Decree 30/2020/NĐ-CP, Appendix I): "Nơi nhận" on the
 * left, the signer's authority, title and name on the right, side by side in a borderless table.
 */

const LEFT_COLUMN = mm(80);
const RIGHT_COLUMN = TEXT_WIDTH - LEFT_COLUMN;
/** Room for the signature and the seal. */
const SIGNATURE_LINES = 4;

function recipientLine(text: string): Paragraph {
  return new Paragraph({
    children: [run(text, { size: SIZE.recipients })],
    alignment: AlignmentType.LEFT,
    spacing: { line: 240, lineRule: LineRuleType.AUTO },
  });
}

/** The foot's fixed words: Vietnamese unless given (a report's English translation gives its own). */
export type SignatureWording = {
  recipientsLabel: string;
  /** The file copy's line when the recipients list none. */
  archive: string;
  /** A signer's title line as printed (the translation words the known titles in English). */
  signerTitle: (line: string) => string;
};

export const vietnameseSignature: SignatureWording = { recipientsLabel: 'Nơi nhận:', archive: 'Lưu: VT', signerTitle: (line) => line };

/** "- Bộ Y tế;" lines, always ending "- Lưu: VT." unless the plan lists its own file copy. */
export function recipientLines(recipients: readonly string[], defaultArchive = vietnameseSignature.archive): string[] {
  const named = recipients.map((recipient) => recipient.trim().replace(/^-\s*/, '').replace(/[.;,]+$/, '')).filter(Boolean);
  const archive = named.find((recipient) => /^lưu(?=[\s:]|$)/iu.test(recipient)) ?? defaultArchive;
  const others = named.filter((recipient) => recipient !== archive);
  return [...others.map((recipient) => `- ${recipient};`), `- ${archive}.`];
}

function recipientsColumn(recipients: readonly string[], wording: SignatureWording): Paragraph[] {
  return [
    new Paragraph({
      children: [run(wording.recipientsLabel, { bold: true, italics: true, size: SIZE.recipientsLabel })],
      spacing: { line: 240, lineRule: LineRuleType.AUTO },
    }),
    ...recipientLines(recipients, wording.archive).map(recipientLine),
  ];
}

function signerColumn(signer: Signer, wording: SignatureWording): Paragraph[] {
  const titles = [signer.authority, signer.onBehalf, signer.position].filter((line): line is string => Boolean(line?.trim()));
  return [
    ...titles.map((line) => centred([run(upper(wording.signerTitle(line.trim())), { bold: true })])),
    ...Array.from({ length: SIGNATURE_LINES }, () => blankLine()),
    centred([run(signer.name?.trim() ?? '', { bold: true })]),
  ];
}

function cell(children: Paragraph[], width: number): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    verticalAlign: VerticalAlign.TOP,
  });
}

export function signatureTable(recipients: readonly string[], signer: Signer, wording: SignatureWording = vietnameseSignature): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LEFT_COLUMN, RIGHT_COLUMN],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [cell(recipientsColumn(recipients, wording), LEFT_COLUMN), cell(signerColumn(signer, wording), RIGHT_COLUMN)],
      }),
    ],
  });
}

/** Space between the closing paragraph and the foot block, kept on the same page as both. */
export function spacer(): Paragraph {
  return new Paragraph({ children: [run('', { size: 8 })], spacing: { before: 240 }, keepNext: true });
}
