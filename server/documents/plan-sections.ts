import type { Paragraph } from 'docx';
import type { BudgetLine, PlanAssignment, PlanContent, PlanTarget } from '../../core/plans/plan.ts';
import { bodyParagraph, dashParagraph, headingParagraph, run } from './docx-styles.ts';

/**
 * Sections I–V of the plan body, each as a heading and its paragraphs, in the order and wording of
 * the seed plans. A section with nothing in it is left out; the caller numbers what remains.
 */

export type BodySection = { heading: string; paragraphs: Paragraph[] };

/** A numbered sub-heading and its paragraphs; sub-sections without paragraphs are dropped. */
function numbered(parts: Array<{ title: string; paragraphs: Paragraph[] }>): Paragraph[] {
  return parts
    .filter((part) => part.paragraphs.length > 0)
    .flatMap((part, index) => [headingParagraph(`${index + 1}. ${part.title}`), ...part.paragraphs]);
}

/** "- " points, ';' after each but the last, which ends with '.'. */
function dashList(items: readonly string[]): Paragraph[] {
  return items.map((item, index) => dashParagraph(item, index === items.length - 1 ? '.' : ';'));
}

function prose(items: readonly string[]): Paragraph[] {
  return items.map((item) => bodyParagraph(item.trim()));
}

export function purposeSection(content: PlanContent): BodySection {
  return {
    heading: 'MỤC ĐÍCH, YÊU CẦU',
    paragraphs: numbered([
      { title: 'Mục đích', paragraphs: prose(content.purpose) },
      { title: 'Yêu cầu', paragraphs: prose(content.requirements) },
    ]),
  };
}

/** The targets' sentences, grouped under their sections when the plan gives them; unsectioned ones first. */
function targetParagraphs(targets: readonly PlanTarget[]): Paragraph[] {
  const groups = new Map<string | null, string[]>();
  const unsectioned = targets.filter((target) => !target.section?.trim()).map((target) => target.text);
  if (unsectioned.length > 0) groups.set(null, unsectioned);
  for (const target of targets) {
    const section = target.section?.trim();
    if (!section) continue;
    groups.set(section, [...(groups.get(section) ?? []), target.text]);
  }
  return [...groups].flatMap(([section, texts]) => [
    ...(section === null ? [] : [headingParagraph(section, { italics: true })]),
    ...dashList(texts),
  ]);
}

export function objectivesSection(content: PlanContent): BodySection {
  return {
    heading: 'MỤC TIÊU, CHỈ TIÊU',
    paragraphs: numbered([
      { title: 'Mục tiêu', paragraphs: prose(content.objectives) },
      { title: 'Các chỉ tiêu cụ thể', paragraphs: targetParagraphs(content.targets) },
    ]),
  };
}

export function tasksSection(content: PlanContent): BodySection {
  return {
    heading: 'NHIỆM VỤ, GIẢI PHÁP',
    paragraphs: content.taskGroups.flatMap((group, index) => [
      headingParagraph(`${index + 1}. ${group.title.trim()}`),
      ...dashList(group.tasks),
    ]),
  };
}

const budgetSourceNames: Record<BudgetLine['source'], string> = {
  central: 'Ngân sách trung ương',
  province: 'Ngân sách cấp tỉnh',
  district: 'Ngân sách cấp huyện',
  commune: 'Ngân sách cấp xã',
  socialised: 'Nguồn xã hội hóa',
  aid: 'Nguồn viện trợ, tài trợ',
  other: 'Các nguồn kinh phí hợp pháp khác',
};

/** 1500000000 → "1.500.000.000 đồng". */
export function formatDong(amount: number): string {
  const digits = String(Math.trunc(amount));
  return `${digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đồng`;
}

function budgetLineText(line: BudgetLine): string {
  const parts = [line.amount === null ? null : formatDong(line.amount), line.notes?.trim() || null].filter((part) => part !== null);
  return parts.length > 0 ? `${budgetSourceNames[line.source]}: ${parts.join('; ')}` : budgetSourceNames[line.source];
}

export function budgetSection(content: PlanContent): BodySection {
  return {
    heading: 'KINH PHÍ THỰC HIỆN',
    paragraphs: [...dashList(content.budget.map(budgetLineText)), ...prose(content.budgetNotes)],
  };
}

/** "Sở Y tế", "Đề nghị Viện Kiểm sát nhân dân tỉnh" for a body the issuer can only ask. */
export function assignmentTitle(assignment: PlanAssignment): string {
  const name = assignment.agencyName.trim();
  return assignment.isRequest && !/^đề nghị(?=\s|$)/iu.test(name) ? `Đề nghị ${name}` : name;
}

export function implementationSection(content: PlanContent): BodySection {
  return {
    heading: 'TỔ CHỨC THỰC HIỆN',
    paragraphs: content.assignments.flatMap((assignment, index) => [
      bodyParagraph(
        [
          run(`${index + 1}. ${assignmentTitle(assignment)}`, { bold: true }),
          run(assignment.role === 'lead' ? ' (chủ trì)' : ' (phối hợp)', { italics: true }),
        ],
        { keepNext: true },
      ),
      ...dashList(assignment.duties),
    ]),
  };
}

/** The agency that consolidates reports: the plan's lead, as the seeds name it. */
export function leadAgency(content: PlanContent): string | null {
  return content.assignments.find((assignment) => assignment.role === 'lead' && !assignment.isRequest)?.agencyName.trim() ?? null;
}
