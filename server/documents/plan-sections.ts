import type { Paragraph } from 'docx';
import type { BudgetLine, PlanContent, PlanTarget } from '../../core/plans/plan.ts';
import { bodyParagraph, dashParagraph, headingParagraph, run } from './docx-styles.ts';
import type { PlanReportingContext, PlanWording } from './plan-language.ts';

/**
 * Sections I–VI of the plan body, each as a heading and its paragraphs, in the order of the seed
 * plans and the words of the document's language. A section with nothing in it is left out; the
 * caller numbers what remains.
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

export function purposeSection(content: PlanContent, words: PlanWording): BodySection {
  return {
    heading: words.sections.purpose,
    paragraphs: numbered([
      { title: words.parts.purpose, paragraphs: prose(content.purpose) },
      { title: words.parts.requirements, paragraphs: prose(content.requirements) },
    ]),
  };
}

/**
 * One group's targets. A sentence shared by several targets (one per indicator or per year, as the
 * plan words them once) is printed once, as the plan has it; where the language words what each
 * target sets (the translation), a note for each target follows its sentence.
 */
function targetList(targets: readonly PlanTarget[], words: PlanWording, planPeriodCode: string): Paragraph[] {
  const sentences = [...new Set(targets.map((target) => target.text))];
  const note = words.targetNote;
  if (!note) return dashList(sentences);
  return sentences.flatMap((sentence, index) => [
    dashParagraph(sentence, index === sentences.length - 1 ? '.' : ';'),
    ...targets.filter((target) => target.text === sentence)
      .map((target) => bodyParagraph([run(note(target, planPeriodCode), { italics: true })], { ragged: true })),
  ]);
}

/** The targets' sentences, grouped under their sections when the plan gives them; unsectioned ones first. */
function targetParagraphs(content: PlanContent, words: PlanWording): Paragraph[] {
  const groups = new Map<string | null, PlanTarget[]>();
  const unsectioned = content.targets.filter((target) => !target.section?.trim());
  if (unsectioned.length > 0) groups.set(null, unsectioned);
  for (const target of content.targets) {
    const section = target.section?.trim();
    if (!section) continue;
    groups.set(section, [...(groups.get(section) ?? []), target]);
  }
  // A group named as the part it stands in ("2. Các chỉ tiêu cụ thể" under "2. Các chỉ tiêu cụ thể") gets no second heading.
  const isPartTitle = (section: string) =>
    words.targetGroupHeading(section).replace(/^[\dIVX]+[.)]\s*/u, '').trim().toLocaleLowerCase('vi') === words.parts.targets.toLocaleLowerCase('vi');
  return [...groups].flatMap(([section, targets]) => [
    ...(section === null || isPartTitle(section) ? [] : [headingParagraph(words.targetGroupHeading(section), { italics: true })]),
    ...targetList(targets, words, content.periodCode),
  ]);
}

export function objectivesSection(content: PlanContent, words: PlanWording): BodySection {
  return {
    heading: words.sections.objectives,
    paragraphs: numbered([
      { title: words.parts.objectives, paragraphs: prose(content.objectives) },
      { title: words.parts.targets, paragraphs: targetParagraphs(content, words) },
    ]),
  };
}

export function tasksSection(content: PlanContent, words: PlanWording): BodySection {
  return {
    heading: words.sections.tasks,
    paragraphs: content.taskGroups.flatMap((group, index) => [
      headingParagraph(`${index + 1}. ${group.title.trim()}`),
      ...dashList(group.tasks),
    ]),
  };
}

function budgetLineText(line: BudgetLine, words: PlanWording): string {
  const source = words.budgetSource[line.source];
  const parts = [line.amount === null ? null : words.money(line.amount), line.notes?.trim() || null].filter((part) => part !== null);
  return parts.length > 0 ? `${source}: ${parts.join('; ')}` : source;
}

export function budgetSection(content: PlanContent, words: PlanWording): BodySection {
  return {
    heading: words.sections.budget,
    paragraphs: [...dashList(content.budget.map((line) => budgetLineText(line, words))), ...prose(content.budgetNotes)],
  };
}

export function implementationSection(content: PlanContent, words: PlanWording): BodySection {
  return {
    heading: words.sections.implementation,
    paragraphs: content.assignments.flatMap((assignment, index) => [
      bodyParagraph(
        [
          run(`${index + 1}. ${words.assignmentTitle(assignment)}`, { bold: true }),
          run(words.assignmentRole(assignment), { italics: true }),
        ],
        { keepNext: true },
      ),
      ...dashList(assignment.duties),
    ]),
  };
}

export function reportingSection(context: PlanReportingContext, words: PlanWording): BodySection {
  const rules = context.content.reportingRules;
  return { heading: words.sections.reporting, paragraphs: rules.map((rule) => dashParagraph(words.reporting(rule, context), '.')) };
}

/** The agency that consolidates reports: the plan's lead, as the seeds name it. */
export function leadAgency(content: PlanContent): string | null {
  return content.assignments.find((assignment) => assignment.role === 'lead' && !assignment.isRequest)?.agencyName.trim() ?? null;
}
