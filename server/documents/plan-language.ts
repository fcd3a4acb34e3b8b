import type { BudgetLine, PlanAssignment, PlanContent, PlanTarget, ReportingRule } from '../../core/plans/plan.ts';
import type { HeaderWording, Issuer } from './document-header.ts';
import { englishPlanWording } from './plan-wording-en.ts';
import { vietnamesePlanWording } from './plan-wording-vi.ts';
import type { ReportLanguage } from './report-language.ts';
import type { SignatureWording } from './signature-block.ts';

/**
 * Every word a plan's .docx prints that is not the plan's own, in one object per language, as
 * report-language.ts does for reports: Vietnamese (the official document, the default) and English
 * (an unofficial courtesy translation, on request). What the issuer wrote — the title, purposes,
 * requirements, targets' sentences, tasks, duties, legal basis, recipients, names — is printed as
 * written in both.
 */

export type PlanLanguage = ReportLanguage;

/** The facts the reporting regime's sentences and the closing paragraph are made of. */
export type PlanReportingContext = { content: PlanContent; issuer: Issuer; periodStart: string };

/** A parent plan cited in the legal basis. */
export type ParentPlanCitation = { number: string; issueDate: string | null; title: string };

export interface PlanWording {
  language: PlanLanguage;
  /** The language Word's spelling checker is told the text is in. */
  languageTag: string;
  /** Printed atop the first page: null on the official document. */
  translationNotice: string | null;
  header: HeaderWording;
  signature: SignatureWording;
  /** The bold issuer lines of the header; undefined leaves the header's own ("ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN"). */
  committeeLines: (issuer: Issuer) => string[] | undefined;
  /** "KẾ HOẠCH" over the title. */
  documentKind: string;
  /** The file's title property. */
  metadataTitle: (title: string) => string;
  /** Who issues the plan: "Ủy ban nhân dân tỉnh Nghệ An", "People's Committee of Nghệ An Province". */
  authority: (issuer: Issuer) => string;
  /** One basis as its sentence, without the closing ';' ("Căn cứ …", or as written when it says its own verb). */
  basis: (basis: string) => string;
  /** A parent plan the bases do not cite yet: "Kế hoạch số 61/KH-UBND ngày 3/3/2023 về …". */
  parentPlan: (parent: ParentPlanCitation) => string;
  /** "… ban hành Kế hoạch … như sau:". */
  enactment: (issuer: Issuer, title: string) => string;
  sections: { purpose: string; objectives: string; tasks: string; budget: string; implementation: string; reporting: string };
  parts: { purpose: string; requirements: string; objectives: string; targets: string };
  /**
   * What a target sets, in the document's words, under the plan's sentence; null where the
   * sentence is the whole of it (the Vietnamese document).
   */
  targetNote: ((target: PlanTarget, planPeriodCode: string) => string) | null;
  /** A group of targets' heading, as the plan writes it (the translation words the seeds' usual "Các chỉ tiêu cụ thể"). */
  targetGroupHeading: (section: string) => string;
  budgetSource: Record<BudgetLine['source'], string>;
  money: (amount: number) => string;
  assignmentTitle: (assignment: PlanAssignment) => string;
  /** " (chủ trì)", " (phối hợp)", printed in italics after the agency's name. */
  assignmentRole: (assignment: PlanAssignment) => string;
  reporting: (rule: ReportingRule, context: PlanReportingContext) => string;
  /** "Trên đây là Kế hoạch …", ending "./.". */
  closing: (context: PlanReportingContext) => string;
  /** The download's file name, in ASCII. */
  fileName: (number: string | null, periodCode: string) => string;
}

export function planWording(language: PlanLanguage): PlanWording {
  return language === 'en' ? englishPlanWording : vietnamesePlanWording;
}
