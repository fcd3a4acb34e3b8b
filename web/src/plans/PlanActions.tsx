import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatDate, parseVietnameseDate } from '../../../core/dates/format.ts';
import { ApiError } from '../api/client.ts';
import { amendPlan, issuePlan, planDocumentUrl, type PlanDetail } from '../api/plans.ts';
import { useHasPermission } from '../auth/session-context.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { FormField } from '../common/FormField.tsx';

interface PlanActionsProps {
  plan: PlanDetail;
  /** False for a plan of a unit above the user's: it is addressed to them, not theirs to change. */
  mayManage: boolean;
  onChanged: () => void;
}

/** Edit and issue a draft, amend an issued plan, download the document. */
export function PlanActions({ plan, mayManage, onChanged }: PlanActionsProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mayWrite = useHasPermission('plan.write') && mayManage;
  const mayIssue = useHasPermission('plan.issue') && mayManage;
  const [isIssuing, setIssuing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setBusy] = useState(false);

  async function amend() {
    if (!window.confirm(t('plans.amendConfirm'))) return;
    setBusy(true);
    setError(null);
    try {
      const draft = await amendPlan(plan.id);
      void navigate(`/plans/${draft.id}/edit`);
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  return (
    <div className="plan-actions">
      <div className="form-actions">
        {plan.status === 'draft' && mayWrite && <Link to={`/plans/${plan.id}/edit`} className="button">{t('plans.edit')}</Link>}
        {plan.status === 'draft' && mayIssue && !isIssuing && (
          <button type="button" className="button button-primary" onClick={() => setIssuing(true)}>{t('plans.issue')}</button>
        )}
        {plan.status === 'issued' && mayWrite && (
          <button type="button" className="button" disabled={isBusy} onClick={() => void amend()}>{t('plans.amend')}</button>
        )}
        <a className="button button-quiet" href={planDocumentUrl(plan.id)} download>{t('plans.download')}</a>
        {/* The Vietnamese file is the official one; the English is a courtesy translation. */}
        <a className="button button-quiet" href={`${planDocumentUrl(plan.id)}?lang=en`} download>{t('plans.downloadEnglish')}</a>
      </div>
      {notice && <p className="notice notice-success" role="status">{notice}</p>}
      <ErrorMessage error={error} />
      {isIssuing && (
        <IssueForm
          plan={plan}
          onCancel={() => setIssuing(false)}
          onIssued={(issued) => {
            setIssuing(false);
            setNotice(t('plans.issuedNotice', { number: issued.number ?? '', date: issued.issueDate ? formatDate(issued.issueDate) : '' }));
            onChanged();
          }}
        />
      )}
    </div>
  );
}

/** The number and date the chair signed; dates typed as dd/mm/yyyy. */
function IssueForm({ plan, onIssued, onCancel }: { plan: PlanDetail; onIssued: (plan: PlanDetail) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [number, setNumber] = useState(plan.content.number ?? '');
  const [date, setDate] = useState(formatDate(plan.content.issueDate ?? new Date()));
  const [dateError, setDateError] = useState<string | undefined>();
  const [error, setError] = useState<unknown>(null);
  const [isSubmitting, setSubmitting] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const issueDate = parseVietnameseDate(date);
    setDateError(issueDate ? undefined : t('plans.badDate'));
    if (!issueDate) return;
    setSubmitting(true);
    setError(null);
    try {
      onIssued(await issuePlan(plan.id, { number: number.trim(), issueDate }));
    } catch (caught) {
      setError(caught);
      setSubmitting(false);
    }
  }

  const fieldError = (field: string) => (error instanceof ApiError ? error.fieldMessage(field) : undefined);
  return (
    <form className="panel-form issue-form" onSubmit={submit} noValidate aria-labelledby="issue-heading">
      <h2 id="issue-heading">{t('plans.issueHeading')}</h2>
      <p className="muted small">{t('plans.issueIntro')}</p>
      <div className="form-grid">
        <FormField label={t('plans.number')} hint={t('plans.numberHint')} error={fieldError('number')}>
          <input value={number} onChange={(event) => setNumber(event.target.value)} placeholder="12/KH-UBND" size={16} />
        </FormField>
        <FormField label={t('plans.issueDate')} hint={t('plans.dateHint')} error={dateError ?? fieldError('issueDate')}>
          <input value={date} onChange={(event) => setDate(event.target.value)} placeholder="dd/mm/yyyy" size={12} />
        </FormField>
      </div>
      <ErrorMessage error={error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={isSubmitting}>{t('plans.issueSubmit')}</button>
        <button type="button" className="button button-quiet" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
