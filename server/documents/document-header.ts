import { Table, TableBorders, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType, type Paragraph } from 'docx';
import { SIZE, TEXT_WIDTH, centred, mm, ruleLine, run, upper } from './docx-styles.ts';

/**
 * The top of the first page (Decree 30/2020/NĐ-CP, Appendix I): the issuer on the left,
 * the national name and motto on the right, the number under the issuer and the place and date
 * under the motto, then the kind of document and its title.
 */

export type Issuer = { name: string; kind: string; shortName: string; level: string };

export type HeaderInput = {
  issuer: Issuer;
  /** The superior authority's line over the issuer's own name, when the document carries one. */
  parentAuthority: string | null;
  /** '249/KH-UBND', or null while the plan has no number yet. */
  number: string | null;
  /** 'YYYY-MM-DD', or null while the plan is not dated yet. */
  issueDate: string | null;
  issuePlace: string;
  title: string;
  /** The year printed on an undated plan ("ngày … tháng … năm 2026"). */
  draftYear: number;
  /** The kind-and-issuer code after a blank number: 'KH-UBND' for a plan (the default), 'BC-UBND' for a report. */
  numberCode?: string;
  /** The issuer's own bold lines when it is not the People's Committee: an agency's name ('CÔNG AN TỈNH NGHỆ AN'). */
  issuerLines?: readonly string[];
  /** The header's fixed words: Vietnamese unless given (a report's English translation gives its own). */
  wording?: HeaderWording;
};

/** The national name, the motto, the number and the place-and-date lines, in the document's language. */
export type HeaderWording = {
  nation: string;
  motto: string;
  numberLine: (number: string | null, code?: string) => string;
  placeDateLine: (place: string, issueDate: string | null, draftYear: number) => string;
};

/**
 * The header reaches 5 mm into the left margin, as the usual templates do, so that a superior
 * authority's name and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" each fit on one line.
 */
const OUTDENT = mm(5);
const LEFT_COLUMN = mm(70);
const RIGHT_COLUMN = TEXT_WIDTH + OUTDENT - LEFT_COLUMN;
/** Room left for what is written in by hand on issue (the number, the day and month). */
export const BLANK = '\u00a0'.repeat(6);

/**
 * A rough width in twips of a line of Times New Roman, enough to size the short rules drawn under
 * a line of text (the layout itself never depends on it).
 */
export function estimateWidth(text: string, sizePt: number, bold: boolean): number {
  let ems = 0;
  for (const char of text.normalize('NFD').replace(/\p{M}/gu, '')) {
    if (char === ' ') ems += 0.25;
    else if (/[-–,.:;/]/.test(char)) ems += 0.3;
    else if (/[MWĐD]/.test(char) || /[A-Z]/.test(char)) ems += char === 'I' ? 0.39 : 0.72;
    else if (/[mw]/.test(char)) ems += 0.78;
    else if (/[iljtf]/.test(char)) ems += 0.3;
    else ems += 0.5;
  }
  return Math.round(ems * sizePt * 20 * (bold ? 1.04 : 1));
}

/** "Nghệ An, ngày 05 tháng 01 năm 2026": Decree 30 pads days below 10 and the months January and February. */
export function placeDateLine(place: string, issueDate: string | null, draftYear: number): string {
  if (!issueDate) return `${place}, ngày${BLANK}tháng${BLANK}năm ${draftYear}`;
  const [year, month, day] = issueDate.split('-').map(Number) as [number, number, number];
  const dayText = day < 10 ? `0${day}` : String(day);
  const monthText = month < 3 ? `0${month}` : String(month);
  return `${place}, ngày ${dayText} tháng ${monthText} năm ${year}`;
}

/** "Số: 249/KH-UBND", or "Số:      /KH-UBND" with room for the number written on issue. */
export function numberLine(number: string | null, code = 'KH-UBND'): string {
  return number ? `Số: ${number}` : `Số:${BLANK}/${code}`;
}

export const vietnameseHeader: HeaderWording = {
  nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  numberLine,
  placeDateLine,
};

/** The issuer's name as its seal reads: "TỈNH NGHỆ AN", "PHƯỜNG PHÚ THỨ". */
function issuerNameLine(issuer: Issuer): string {
  const kinded = issuer.name.toLowerCase().startsWith(issuer.kind.toLowerCase()) ? issuer.name : `${issuer.kind} ${issuer.shortName}`;
  return upper(kinded);
}

function cell(children: Paragraph[], width: number): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    verticalAlign: VerticalAlign.TOP,
  });
}

function issuerColumn(input: HeaderInput): Paragraph[] {
  const size = SIZE.header;
  const lines = input.issuerLines ? [...input.issuerLines] : ['ỦY BAN NHÂN DÂN', issuerNameLine(input.issuer)];
  const paragraphs: Paragraph[] = [];
  if (input.parentAuthority) paragraphs.push(centred([run(upper(input.parentAuthority), { size: 12 })]));
  for (const line of lines) paragraphs.push(centred([run(line, { bold: true, size })]));
  const widest = Math.max(...lines.map((line) => estimateWidth(line, size, true)));
  paragraphs.push(ruleLine(Math.max(mm(15), Math.round(widest * 0.4)), LEFT_COLUMN, { before: 70 }));
  return paragraphs;
}

function nationColumn(wording: HeaderWording): Paragraph[] {
  const { motto } = wording;
  return [
    centred([run(wording.nation, { bold: true, size: SIZE.header })]),
    centred([run(motto, { bold: true, size: 14 })]),
    ruleLine(estimateWidth(motto, 14, true), RIGHT_COLUMN, { before: 70 }),
  ];
}

/** The two-column header as a borderless table, so that both columns stay aligned in any editor. */
export function headerTable(input: HeaderInput): Table {
  const spaced = { before: 160 };
  const wording = input.wording ?? vietnameseHeader;
  return new Table({
    width: { size: LEFT_COLUMN + RIGHT_COLUMN, type: WidthType.DXA },
    indent: { size: -OUTDENT, type: WidthType.DXA },
    columnWidths: [LEFT_COLUMN, RIGHT_COLUMN],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({ cantSplit: true, children: [cell(issuerColumn(input), LEFT_COLUMN), cell(nationColumn(wording), RIGHT_COLUMN)] }),
      new TableRow({
        cantSplit: true,
        children: [
          cell([centred([run(wording.numberLine(input.number, input.numberCode), { size: SIZE.header })], spaced)], LEFT_COLUMN),
          cell([centred([run(wording.placeDateLine(input.issuePlace, input.issueDate, input.draftYear), { italics: true, size: 14 })], spaced)], RIGHT_COLUMN),
        ],
      }),
    ],
  });
}

/** "KẾ HOẠCH" (or the translation's "PLAN") and the title under it, centred and bold, with a short rule below. */
export function titleBlock(title: string, kind = 'KẾ HOẠCH'): Paragraph[] {
  const titleWidth = Math.min(estimateWidth(title, 14, true), TEXT_WIDTH);
  return [
    centred([run(kind, { bold: true, size: 14 })], { before: 480 }),
    centred([run(title.trim(), { bold: true, size: 14 })], { line: 264 }),
    ruleLine(Math.min(mm(60), Math.max(mm(25), Math.round(titleWidth * 0.4))), TEXT_WIDTH, { before: 80 }),
    centred([run('', { size: 8 })], { after: 120 }),
  ];
}
