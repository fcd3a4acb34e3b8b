import { useTranslation } from 'react-i18next';
import type { BudgetLine, PlanAssignment, ReportingRule, Signer, TaskGroup } from '../../../core/plans/plan.ts';
import { formatDate } from '../../../core/dates/format.ts';
import { currentLanguage } from '../i18n/i18n.ts';

const dayMonth = (value: { day: number; month: number }) => `${String(value.day).padStart(2, '0')}/${String(value.month).padStart(2, '0')}`;

export function TasksPart({ numeral, groups }: { numeral: string; groups: TaskGroup[] }) {
  const { t } = useTranslation();
  return (
    <section className="doc-section">
      <h3>{numeral}. {t('plans.doc.tasks')}</h3>
      {groups.map((group, index) => (
        <div key={index}>
          <h4>{index + 1}. {group.title}</h4>
          <ul className="doc-list">{group.tasks.map((task, taskIndex) => <li key={taskIndex}>{task}</li>)}</ul>
        </div>
      ))}
    </section>
  );
}

export function BudgetPart({ numeral, lines, notes }: { numeral: string; lines: BudgetLine[]; notes: string[] }) {
  const { t } = useTranslation();
  const money = new Intl.NumberFormat(currentLanguage() === 'en' ? 'en-US' : 'vi-VN');
  return (
    <section className="doc-section">
      <h3>{numeral}. {t('plans.doc.budget')}</h3>
      {lines.length > 0 && (
        <ul className="doc-list">
          {lines.map((line, index) => (
            <li key={index}>
              {t(`plans.budgetSource.${line.source}`)}
              {line.amount !== null && <>: {t('plans.doc.amount', { amount: money.format(line.amount) })}</>}
              {line.notes && <> — {line.notes}</>}
            </li>
          ))}
        </ul>
      )}
      {notes.map((note, index) => <p key={index} className="doc-paragraph">{note}</p>)}
    </section>
  );
}

/** "Tổ chức thực hiện": one numbered block per agency, lead first as the plan lists it. */
export function AssignmentsPart({ numeral, assignments }: { numeral: string; assignments: PlanAssignment[] }) {
  const { t } = useTranslation();
  return (
    <section className="doc-section">
      <h3>{numeral}. {t('plans.doc.implementation')}</h3>
      {assignments.map((assignment, index) => (
        <div key={index} className="doc-assignment">
          <h4>
            {index + 1}. {assignment.isRequest ? t('plans.doc.requestPrefix', { name: assignment.agencyName }) : assignment.agencyName}
            {' '}
            <span className={assignment.role === 'lead' ? 'badge badge-lead' : 'badge badge-support'}>{t(`plans.role.${assignment.role}`)}</span>
            {assignment.isRequest && <span className="badge badge-requested">{t('plans.requested')}</span>}
          </h4>
          <ul className="doc-list">{assignment.duties.map((duty, dutyIndex) => <li key={dutyIndex}>{duty}</li>)}</ul>
        </div>
      ))}
    </section>
  );
}

export function ReportingPart({ numeral, rules }: { numeral: string; rules: ReportingRule[] }) {
  const { t } = useTranslation();
  const deadlines = (rule: ReportingRule) => [
    rule.reporterDeadline && t('plans.doc.reporterDeadline', { date: dayMonth(rule.reporterDeadline) }),
    rule.reporterDeadlineDate && t('plans.doc.reporterDeadline', { date: formatDate(rule.reporterDeadlineDate) }),
    rule.consolidatorDeadline && t('plans.doc.consolidatorDeadline', { date: dayMonth(rule.consolidatorDeadline) }),
  ].filter((text): text is string => Boolean(text));
  return (
    <section className="doc-section">
      <h3>{numeral}. {t('plans.doc.reporting')}</h3>
      <ul className="doc-list">
        {rules.map((rule, index) => (
          <li key={index}>
            <strong>{t(`plans.reportKind.${rule.kind}`)}</strong>
            {deadlines(rule).length > 0 && <>: {deadlines(rule).join('; ')}.</>}
            {rule.recipients.length > 0 && <> {t('plans.doc.reportTo', { recipients: rule.recipients.join(', ') })}.</>}
            {rule.notes && <p className="doc-paragraph">{rule.notes}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** "Nơi nhận" bottom left, the signature block bottom right. */
export function SignaturePart({ recipients, signer }: { recipients: string[]; signer: Signer }) {
  const { t } = useTranslation();
  return (
    <footer className="doc-footer">
      <div>
        <p className="doc-strong doc-italic">{t('plans.doc.recipients')}</p>
        <ul className="doc-recipients">{recipients.map((recipient, index) => <li key={index}>{recipient}</li>)}</ul>
      </div>
      <div className="doc-signer">
        <p className="doc-strong">{signer.authority}</p>
        {signer.onBehalf && <p className="doc-strong">{signer.onBehalf}</p>}
        <p className="doc-strong">{signer.position}</p>
        <p className="doc-signature-space" aria-hidden="true" />
        <p className="doc-strong">{signer.name ?? t('plans.doc.noSignerName')}</p>
      </div>
    </footer>
  );
}
