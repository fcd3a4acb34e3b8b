import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { FormField } from '../common/FormField.tsx';
import { reporterNameOf, type CorrectionInput } from './report-format.ts';
import {
  acceptReport, fetchReport, returnReport, saveReport, submitReport, type Report,
} from './reports-api.ts';

export interface NarrativeDraft {
  results: string;
  difficulties: string;
  proposals: string;
}

type Step = 'save' | 'submit' | 'accept' | 'return';

interface ReportActionsProps {
  report: Report;
  narrative: NarrativeDraft;
  corrections: CorrectionInput[];
  /** Figures typed wrongly or changed without a note: saving waits for them. */
  problems: number;
  isDirty: boolean;
  /** Whether a save was refused for the figures' problems (the message then shows). */
  showProblems: boolean;
  onProblems: () => void;
  onChanged: (report: Report, notice: string) => void;
  onReload: () => void;
}

/**
 * Save, submit (after a confirmation; what was typed is saved first), and for reviewers accept or
 * return with a comment. Each step is followed by a fresh read of the report, so the page always
 * shows what the server holds. The server's refusals (409: locked, not submitted…) are shown as
 * it words them.
 */
export function ReportActions({ report, narrative, corrections, problems, isDirty, showProblems, onProblems, onChanged, onReload }: ReportActionsProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState<'submit' | 'accept' | 'return' | null>(null);
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | undefined>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<Step | null>(null);
  const mayEdit = report.canEdit;
  const mayReview = report.canReview && report.status === 'submitted';
  if (!mayEdit && !mayReview) return null;

  const run = async (step: Step, action: () => Promise<unknown>) => {
    setError(null);
    setBusy(step);
    try {
      await action();
      const next = await fetchReport(report.id);
      setConfirming(null);
      onChanged(next, t(`reports.actions.done.${step}`));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  };
  const save = () => saveReport(report.id, { narrative, corrections });
  const checkFigures = () => {
    if (problems === 0) return true;
    onProblems();
    setError(null);
    setConfirming(null);
    // Once the page marks them, the first figure to fix gets the focus.
    window.setTimeout(() => {
      document.querySelector<HTMLElement>('.figure-input-problem textarea, .figure-input-problem input[aria-invalid="true"]')?.focus();
    }, 0);
    return false;
  };

  const onSave = () => {
    if (!checkFigures()) return;
    void run('save', save);
  };
  const onSubmit = () => {
    if (!checkFigures()) return;
    void run('submit', async () => {
      // What was typed is saved first, so the frozen version holds it.
      if (isDirty || report.status === 'not_started') await save();
      await submitReport(report.id);
    });
  };
  const onReturn = (event: FormEvent) => {
    event.preventDefault();
    if (!comment.trim()) {
      setCommentError(t('reports.actions.commentRequired'));
      return;
    }
    setCommentError(undefined);
    void run('return', () => returnReport(report.id, comment.trim()));
  };
  const isStale = error instanceof ApiError && error.status === 409;

  return (
    <section className="report-section report-actions" aria-labelledby="report-actions-heading">
      <h2 id="report-actions-heading">{mayEdit ? t('reports.actions.titleEdit') : t('reports.actions.titleReview')}</h2>
      {problems > 0 && showProblems && <p className="field-error" role="alert">{t('reports.actions.figureProblems', { count: problems })}</p>}
      <ErrorMessage error={error} />
      {isStale && <p><button type="button" className="button" onClick={onReload}>{t('reports.actions.reload')}</button></p>}
      {mayEdit && (
        <div className="form-actions">
          <button type="button" className="button" disabled={busy !== null} onClick={onSave}>
            {busy === 'save' ? t('reports.actions.saving') : t('reports.actions.save')}
          </button>
          <button type="button" className="button button-primary" disabled={busy !== null} aria-expanded={confirming === 'submit'}
            onClick={() => setConfirming(confirming === 'submit' ? null : 'submit')}>
            {t('reports.actions.submit')}
          </button>
          {isDirty && <span className="muted small">{t('reports.actions.unsaved')}</span>}
        </div>
      )}
      {mayEdit && confirming === 'submit' && (
        <div className="panel-form confirm-panel" role="group" aria-label={t('reports.actions.confirmSubmitTitle')}>
          <p className="notice-title">{t('reports.actions.confirmSubmitTitle')}</p>
          <p>
            {report.role === 'consolidator'
              ? t('reports.actions.confirmSubmitConsolidated')
              : t('reports.actions.confirmSubmit', { issuer: report.issuerUnitName })}
          </p>
          <div className="form-actions">
            <button type="button" className="button button-primary" disabled={busy !== null} onClick={onSubmit}>
              {busy === 'submit' ? t('reports.actions.submitting') : t('reports.actions.confirmSubmitButton')}
            </button>
            <button type="button" className="button button-quiet" onClick={() => setConfirming(null)}>{t('common.cancel')}</button>
          </div>
        </div>
      )}
      {mayReview && (
        <div className="form-actions">
          <button type="button" className="button button-primary" disabled={busy !== null} aria-expanded={confirming === 'accept'}
            onClick={() => setConfirming(confirming === 'accept' ? null : 'accept')}>
            {t('reports.actions.accept')}
          </button>
          <button type="button" className="button" disabled={busy !== null} aria-expanded={confirming === 'return'}
            onClick={() => setConfirming(confirming === 'return' ? null : 'return')}>
            {t('reports.actions.return')}
          </button>
        </div>
      )}
      {mayReview && confirming === 'accept' && (
        <div className="panel-form confirm-panel" role="group" aria-label={t('reports.actions.confirmAcceptTitle')}>
          <p className="notice-title">{t('reports.actions.confirmAcceptTitle')}</p>
          <p>{t('reports.actions.confirmAccept', { unit: reporterNameOf(report) })}</p>
          <div className="form-actions">
            <button type="button" className="button button-primary" disabled={busy !== null}
              onClick={() => void run('accept', () => acceptReport(report.id))}>
              {t('reports.actions.confirmAcceptButton')}
            </button>
            <button type="button" className="button button-quiet" onClick={() => setConfirming(null)}>{t('common.cancel')}</button>
          </div>
        </div>
      )}
      {mayReview && confirming === 'return' && (
        <form className="panel-form confirm-panel" aria-label={t('reports.actions.returnTitle')} noValidate onSubmit={onReturn}>
          <p className="notice-title">{t('reports.actions.returnTitle')}</p>
          <FormField label={t('reports.actions.comment')} hint={t('reports.actions.commentHint')}
            error={commentError ?? (error instanceof ApiError ? error.fieldMessage('comment') : undefined)}>
            <textarea rows={4} value={comment} maxLength={5000} onChange={(event) => setComment(event.target.value)} />
          </FormField>
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy !== null}>{t('reports.actions.confirmReturnButton')}</button>
            <button type="button" className="button button-quiet" onClick={() => setConfirming(null)}>{t('common.cancel')}</button>
          </div>
        </form>
      )}
    </section>
  );
}
