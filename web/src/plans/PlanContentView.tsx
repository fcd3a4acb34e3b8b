import { useTranslation } from 'react-i18next';
import { findIndicator } from '../../../core/indicators/catalogue.ts';
import type { PlanTarget } from '../../../core/plans/plan.ts';
import type { PlanDetail } from '../api/plans.ts';
import { currentLanguage } from '../i18n/i18n.ts';
import { AssignmentsPart, BudgetPart, ReportingPart, SignaturePart, TasksPart } from './PlanContentParts.tsx';
import { periodLabel, targetInWords } from './plan-format.ts';

/**
 * The plan read as the signed document reads (Decree 30/2020 order): header, legal basis, purpose and
 * requirements, objectives and targets, tasks, budget, implementation, reporting, recipients, signature.
 */
export function PlanContentView({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const { content } = plan;
  let numeral = 0;
  const next = () => ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'][numeral++] ?? '';
  const hasPurpose = content.purpose.length > 0 || content.requirements.length > 0;
  const hasObjectives = content.objectives.length > 0 || content.targets.length > 0;
  const hasBudget = content.budget.length > 0 || content.budgetNotes.length > 0;

  return (
    <article className="plan-document" aria-label={t('plans.tabs.content')}>
      <DocumentHeader plan={plan} />
      {content.legalBasis.length > 0 && (
        <section className="doc-section">
          <h3>{t('plans.doc.legalBasis')}</h3>
          <ul className="doc-list">{content.legalBasis.map((line, index) => <li key={index}>{line}</li>)}</ul>
        </section>
      )}
      {hasPurpose && (
        <section className="doc-section">
          <h3>{next()}. {t('plans.doc.purposeRequirements')}</h3>
          <Paragraphs heading={`1. ${t('plans.doc.purpose')}`} lines={content.purpose} />
          <Paragraphs heading={`${content.purpose.length > 0 ? 2 : 1}. ${t('plans.doc.requirements')}`} lines={content.requirements} />
        </section>
      )}
      {hasObjectives && (
        <section className="doc-section">
          <h3>{next()}. {t('plans.doc.objectivesTargets')}</h3>
          <Paragraphs heading={`1. ${t('plans.doc.objectives')}`} lines={content.objectives} />
          {content.targets.length > 0 && <TargetsPart number={content.objectives.length > 0 ? 2 : 1} targets={content.targets} />}
        </section>
      )}
      {content.taskGroups.length > 0 && <TasksPart numeral={next()} groups={content.taskGroups} />}
      {hasBudget && <BudgetPart numeral={next()} lines={content.budget} notes={content.budgetNotes} />}
      {content.assignments.length > 0 && <AssignmentsPart numeral={next()} assignments={content.assignments} />}
      {content.reportingRules.length > 0 && <ReportingPart numeral={next()} rules={content.reportingRules} />}
      <SignaturePart recipients={content.recipients} signer={content.signer} />
    </article>
  );
}

function DocumentHeader({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const { content } = plan;
  const [year, month, day] = (plan.issueDate ?? content.issueDate ?? '').split('-');
  return (
    <header className="doc-header">
      <div className="doc-header-columns">
        <div>
          <p className="doc-strong">{t('plans.doc.issuerLine', { unit: plan.issuerName.toLocaleUpperCase('vi') })}</p>
          <p>{t('plans.doc.numberLine', { number: plan.number ?? content.number ?? '…/KH-UBND' })}</p>
        </div>
        <div>
          <p className="doc-strong">{t('plans.doc.nation')}</p>
          <p className="doc-motto">{t('plans.doc.motto')}</p>
          <p className="doc-place">
            {day ? t('plans.doc.placeDate', { place: content.issuePlace, day, month, year }) : t('plans.doc.placeNoDate', { place: content.issuePlace })}
          </p>
        </div>
      </div>
      <p className="doc-title">{t('plans.doc.kind')}</p>
      <p className="doc-subtitle">{content.title}</p>
    </header>
  );
}

function Paragraphs({ heading, lines }: { heading: string; lines: string[] }) {
  if (lines.length === 0) return null;
  return (
    <>
      <h4>{heading}</h4>
      {lines.map((line, index) => <p key={index} className="doc-paragraph">{line}</p>)}
    </>
  );
}

/** The targets, grouped under the sections the plan names, each with its indicator, value and period. */
function TargetsPart({ number, targets }: { number: number; targets: PlanTarget[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const groups: Array<{ section: string | null; targets: PlanTarget[] }> = [];
  for (const target of targets) {
    const last = groups.at(-1);
    if (last && last.section === target.section) last.targets.push(target);
    else groups.push({ section: target.section, targets: [target] });
  }
  return (
    <>
      <h4>{number}. {t('plans.doc.targets')}</h4>
      {groups.map((group, index) => (
        <div key={index} className="doc-target-group">
          {group.section && <h5>{group.section}</h5>}
          <ul className="doc-list">
            {group.targets.map((target) => (
              <li key={target.key}>
                {target.text}
                <span className="doc-target-meta">
                  {findIndicator(target.indicatorCode)?.name[language] ?? target.indicatorCode}
                  {' · '}<strong>{targetInWords(target, t, language)}</strong>
                  {' · '}{periodLabel(target.periodCode, language)}
                  {target.looserReason && <> · {t('plans.looserReason')}: {target.looserReason}</>}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
