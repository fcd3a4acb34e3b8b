import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TextRun, type IStylesOptions } from 'docx';

/**
 * Page, fonts and paragraph kinds of an administrative document under Decree 30/2020/NĐ-CP,
 * Appendix I: A4 portrait, Times New Roman, body 14 pt, margins top/bottom 20 mm, left 30 mm,
 * right 15 mm. Sizes are in twips (1/20 pt, 1/1440 in) and half-points, as Word stores them.
 */

export const FONT = 'Times New Roman';

const twipsPerMm = 1440 / 25.4;
export const mm = (millimetres: number): number => Math.round(millimetres * twipsPerMm);

/** A4: 210 × 297 mm. Word writes it as 11906 × 16838 twips. */
export const PAGE = { width: 11906, height: 16838 } as const;
export const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) } as const;
/** The width of the text between the margins (165 mm). */
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** Font sizes in points. */
export const SIZE = { body: 14, header: 13, recipients: 11, recipientsLabel: 12 } as const;

/** 1.15 lines, as Word's "Multiple 1.15": 240ths of a line. */
const LINE_115 = 276;
const FIRST_LINE_INDENT = mm(10);
/** Space before each body paragraph (Decree 30: at least 6 pt). */
const SPACE_BEFORE = 120;

/** The default run and paragraph; `language` tells Word which spelling checker to use. */
export function documentStylesIn(language: string): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONT, size: SIZE.body * 2, language: { value: language } },
        paragraph: { spacing: { before: 0, after: 0, line: LINE_115, lineRule: LineRuleType.AUTO } },
      },
    },
  };
}

export const documentStyles: IStylesOptions = documentStylesIn('vi-VN');

export type RunStyle = { bold?: boolean; italics?: boolean; size?: number };

/** A run of Vietnamese text, normalised to NFC (precomposed letters, as Decree 30 requires Unicode TCVN 6909). */
export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text: text.normalize('NFC'),
    font: FONT,
    size: (style.size ?? SIZE.body) * 2,
    ...(style.bold ? { bold: true } : {}),
    ...(style.italics ? { italics: true } : {}),
  });
}

/** A justified body paragraph with its first line indented 1 cm (`ragged`: aligned left, for a short note that wraps). */
export function bodyParagraph(children: TextRun[] | string, options: { keepNext?: boolean; ragged?: boolean } = {}): Paragraph {
  return new Paragraph({
    children: typeof children === 'string' ? [run(children)] : children,
    alignment: options.ragged ? AlignmentType.LEFT : AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: { before: SPACE_BEFORE, line: LINE_115, lineRule: LineRuleType.AUTO },
    keepNext: options.keepNext ?? false,
  });
}

/** A bold heading in the body ("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích"), kept with what follows. */
export function headingParagraph(text: string, style: RunStyle = {}): Paragraph {
  return bodyParagraph([run(text, { bold: true, ...style })], { keepNext: true });
}

/** A "- " point, as the seeds list targets, tasks and duties. */
export function dashParagraph(text: string, terminal: ';' | '.' = ';'): Paragraph {
  return bodyParagraph(`- ${withTerminal(text, terminal)}`);
}

/** Ends a sentence with the given punctuation unless it already ends with some. */
export function withTerminal(text: string, terminal: string): string {
  const trimmed = text.trim();
  return /[.;:!?…]$/.test(trimmed) ? trimmed : `${trimmed}${terminal}`;
}

/** A centred paragraph in a header or signature column; no first-line indent. */
export function centred(children: TextRun[], options: { before?: number; after?: number; line?: number } = {}): Paragraph {
  return new Paragraph({
    children,
    alignment: AlignmentType.CENTER,
    spacing: { before: options.before ?? 0, after: options.after ?? 0, line: options.line ?? 240, lineRule: LineRuleType.AUTO },
  });
}

/**
 * A short solid horizontal line, centred in a space `within` twips wide: an empty paragraph whose
 * top border is narrowed by its indents. Decree 30 draws such lines under the issuer's name, the
 * motto and the title.
 */
export function ruleLine(length: number, within: number, options: { before?: number } = {}): Paragraph {
  const side = Math.max(0, Math.round((within - length) / 2));
  return new Paragraph({
    children: [new TextRun({ text: '', size: 4 })],
    indent: { left: side, right: side },
    spacing: { before: options.before ?? 0, after: 0, line: 40, lineRule: LineRuleType.EXACT },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
  });
}

/** An empty line of the given size, for the space left for a signature. */
export function blankLine(size: number = SIZE.body): Paragraph {
  return new Paragraph({ children: [run('', { size })], spacing: { line: 240, lineRule: LineRuleType.AUTO } });
}

/** Lowers the first letter: a title inside a sentence ("Kế hoạch thực hiện phòng, chống…"). */
export function lowerFirst(text: string): string {
  const trimmed = text.trim().normalize('NFC');
  const first = trimmed.charAt(0);
  return `${first.toLocaleLowerCase('vi')}${trimmed.slice(1)}`;
}

/** Capitals the Vietnamese way ("Nghệ An" → "NGHỆ AN"). */
export function upper(text: string): string {
  return text.normalize('NFC').toLocaleUpperCase('vi').normalize('NFC');
}
