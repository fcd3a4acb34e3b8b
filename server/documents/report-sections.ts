import {
  AlignmentType, BorderStyle, LineRuleType, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType, type FileChild,
} from 'docx';
import type { FigureTable, Report } from '../../core/api/reports.ts';
import { TEXT_WIDTH, bodyParagraph, headingParagraph, mm, run } from './docx-styles.ts';
import type { ReportWording } from './report-language.ts';
import { vietnameseWording } from './report-wording-vi.ts';
import { isConsolidated, reportedUnits } from './report-wording.ts';

/**
 * Sections I–III of a report's body, as the seeds' 6-month reports write them: I. the results —
 * the unit's own account, then the figures table by table (a table without records says so rather
 * than printing zeros; a corrected figure carries its note), then the plan's targets; II. the
 * difficulties; III. the proposals.
 */

export type ReportBodySection = { heading: string; children: FileChild[] };

const TABLE_SIZE = 13;
const CELL_MARGIN = { top: 40, bottom: 40, left: 80, right: 80 };
const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** One paragraph per line the unit wrote; blank lines dropped. */
export function proseParagraphs(text: string): Paragraph[] {
  return text.normalize('NFC').split(/\r?\n/).map((line) => line.trim()).filter(Boolean).map((line) => bodyParagraph(line));
}

function cellParagraph(text: string, options: { bold?: boolean; italics?: boolean; align?: 'left' | 'center' | 'right'; keepNext?: boolean } = {}): Paragraph {
  const alignment = options.align === 'center' ? AlignmentType.CENTER : options.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT;
  return new Paragraph({
    children: [run(text, { size: TABLE_SIZE, ...(options.bold ? { bold: true } : {}), ...(options.italics ? { italics: true } : {}) })],
    alignment,
    spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
    keepNext: options.keepNext ?? false,
  });
}

/** Tables up to this many rows are kept on one page (with the heading before them). */
const KEEP_TOGETHER_ROWS = 12;

type Cell = { text: string; bold?: boolean; italics?: boolean; align?: 'left' | 'center' | 'right' };

/**
 * A bordered table with a bold header row. Rows never split. A short table is kept whole (every
 * row "keep with next" but the last) and its header is not marked to repeat: LibreOffice dropped
 * the rows after the page break of a short table split with a repeating header. A long table
 * (the targets) splits, repeating its header on each page.
 */
function gridTable(widths: readonly number[], header: readonly string[], rows: readonly (readonly Cell[])[], options: { keepWithNext?: boolean } = {}): Table {
  const together = rows.length <= KEEP_TOGETHER_ROWS;
  const lastKeeps = together && (options.keepWithNext ?? false);
  const cell = (content: Cell, width: number, keepNext: boolean) => new TableCell({
    children: [cellParagraph(content.text, { ...content, keepNext })],
    width: { size: width, type: WidthType.DXA },
    margins: CELL_MARGIN,
    verticalAlign: VerticalAlign.CENTER,
  });
  return new Table({
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders,
    rows: [
      new TableRow({ cantSplit: true, tableHeader: !together, children: header.map((text, index) => cell({ text, bold: true, align: 'center' }, widths[index]!, true)) }),
      ...rows.map((cells, row) => new TableRow({
        cantSplit: true,
        children: cells.map((content, index) => cell(content, widths[index]!, together && (row < rows.length - 1 || lastKeeps))),
      })),
    ],
  });
}

/** A small line under a table, as reports print notes and sources: italic, 12 pt, no indent. */
function noteLine(text: string): Paragraph {
  return new Paragraph({
    children: [run(text, { italics: true, size: 12 })],
    alignment: AlignmentType.JUSTIFIED,
    spacing: { before: 60, after: 0, line: 240, lineRule: LineRuleType.AUTO },
  });
}

/** Space after a table, before the next heading. */
function afterTable(): Paragraph {
  return new Paragraph({ children: [run('', { size: 6 })], spacing: { before: 0, after: 60 } });
}

type Correction = Report['content']['corrections'][number];

/**
 * One figure table: "Không có số liệu trong kỳ." when no record fed it; otherwise STT | Nội dung |
 * Số liệu (the unit's own figures, or a consolidated report's totals), a corrected figure marked
 * (1), (2)… with its note under the table.
 */
export function figureTableBlock(
  table: FigureTable, corrections: readonly Correction[], consolidated: boolean, letter: string, words: ReportWording = vietnameseWording,
): FileChild[] {
  const heading = headingParagraph(`${letter}) ${words.tableTitle(table)}`, { italics: true });
  if (table.noData) return [heading, bodyParagraph(words.noData)];
  const ownRow = table.rows.length === 1 ? table.rows[0] : undefined;
  const notes: string[] = [];
  const rows = table.columns.map((column, index): Cell[] => {
    const value = consolidated || !ownRow ? (table.total[column.key] ?? null) : (ownRow.values[column.key] ?? null);
    const correction = corrections.find((item) => item.table === table.key && item.figure === column.key);
    const label = words.figureLabel(table.key, column);
    let text = words.formatFigure(value);
    if (correction) {
      notes.push(words.correctionNote({ index: notes.length + 1, label, computed: correction.computed, value: correction.value, reason: correction.note }));
      text = `${text} (${notes.length})`;
    }
    return [{ text: String(index + 1), align: 'center' }, { text: label }, { text, align: 'right' }];
  });
  const widths = [mm(12), TEXT_WIDTH - mm(12) - mm(42), mm(42)];
  return [
    heading,
    gridTable(widths, words.figureHeaders(consolidated), rows, { keepWithNext: notes.length > 0 }),
    ...notes.map(noteLine),
    afterTable(),
  ];
}

/** Chỉ tiêu | Kết quả | Đánh giá, one row per target of the plan. */
export function targetsTable(targets: Report['content']['targets'], words: ReportWording = vietnameseWording): Table {
  const widths = [mm(12), mm(78), mm(40), TEXT_WIDTH - mm(12) - mm(78) - mm(40)];
  return gridTable(widths, words.targetHeaders, targets.map((target, index) => [
    { text: String(index + 1), align: 'center' },
    { text: target.text.trim() },
    { text: words.measure(target.result.trim()) || '–', align: 'center' },
    { text: words.targetStatus[target.status], align: 'center' },
  ]));
}

export type ResultsContext = { report: Report; ownAuthority: string; words?: ReportWording };

/** "Số liệu tổng hợp từ báo cáo của 128/130 đơn vị …" and the units whose report is missing. */
function consolidationLines(context: ResultsContext): Paragraph[] {
  const { report } = context;
  const words = context.words ?? vietnameseWording;
  const { reported, expected, hasOwnRow, withAgencies } = reportedUnits(report);
  const lines = [bodyParagraph(words.consolidation({ reported, expected, ownAuthority: hasOwnRow ? context.ownAuthority : null, withAgencies }))];
  const missing = report.content.missingUnits;
  if (missing.length > 0) lines.push(bodyParagraph(words.missingUnits(missing.map((unit) => unit.unitName.trim()), withAgencies)));
  return lines;
}

/** I. KẾT QUẢ THỰC HIỆN: the account, the figures, the targets. */
export function resultsSection(context: ResultsContext): ReportBodySection {
  const { report } = context;
  const words = context.words ?? vietnameseWording;
  const consolidated = isConsolidated(report);
  const parts: { title: string; children: FileChild[] }[] = [];
  // An agency reports against the duties the plan gave it: they open the section, as the plan words them.
  const duties = report.content.duties ?? [];
  if (duties.length > 0) parts.push({ title: words.parts.duties, children: duties.map((duty) => bodyParagraph(`- ${duty}`)) });
  const account = proseParagraphs(report.content.narrative.results);
  parts.push({ title: words.parts.implementation, children: account.length > 0 ? account : [placeholder(report, words)] });
  const tables = report.content.tables.flatMap((table, index) =>
    figureTableBlock(table, report.content.corrections, consolidated, words.letters[index] ?? String(index + 1), words));
  if (tables.length > 0) {
    parts.push({ title: words.parts.specificResults, children: [...(consolidated ? consolidationLines(context) : []), ...tables] });
  } else if (consolidated && report.content.missingUnits.length > 0) {
    parts.push({ title: words.parts.specificResults, children: consolidationLines(context) });
  }
  if (report.content.targets.length > 0) {
    parts.push({ title: words.parts.targets, children: [targetsTable(report.content.targets, words), afterTable()] });
  }
  return {
    heading: words.sections.results,
    children: parts.flatMap((part, index) => [headingParagraph(`${index + 1}. ${part.title}`), ...part.children]),
  };
}

/** What an empty narrative section says: nothing written yet in a draft (in italics); "Không có." once submitted. */
function placeholder(report: Report, words: ReportWording): Paragraph {
  return report.status === 'submitted' || report.status === 'accepted'
    ? bodyParagraph(words.none)
    : bodyParagraph([run(words.notWritten, { italics: true })]);
}

export function narrativeSection(heading: string, text: string, report: Report, words: ReportWording = vietnameseWording): ReportBodySection {
  const paragraphs = proseParagraphs(text);
  return { heading, children: paragraphs.length > 0 ? paragraphs : [placeholder(report, words)] };
}

export function numberedSections(sections: readonly ReportBodySection[]): FileChild[] {
  return sections.flatMap((section, index) => [headingParagraph(`${ROMAN[index] ?? index + 1}. ${section.heading}`), ...section.children]);
}
