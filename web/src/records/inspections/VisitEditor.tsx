import { useTranslation } from 'react-i18next';
import { inspectionOutcomes } from '../../../../core/api/inspections.ts';
import { FormField } from '../../common/FormField.tsx';
import type { VisitDraft } from './inspection-draft.ts';

interface VisitEditorProps {
  visit: VisitDraft;
  onChange: (visit: VisitDraft) => void;
  onRemove: () => void;
  /** The error for one of the visit's fields ('outcome', 'fineAmount'…), local or from the server. */
  fieldError: (field: keyof VisitDraft) => string | undefined;
}

/** What the team found at one establishment and what it decided; the fine's amount and legal basis only for a fine. */
export function VisitEditor({ visit, onChange, onRemove, fieldError }: VisitEditorProps) {
  const { t } = useTranslation();
  const text = (key: Exclude<keyof VisitDraft, 'establishmentId' | 'establishmentName'>) => ({
    value: visit[key],
    onChange: (event: { target: { value: string } }) => onChange({ ...visit, [key]: event.target.value }),
  });
  const dateHint = t('inspections.form.dateHint');
  return (
    <fieldset className="visit-editor">
      <legend>{visit.establishmentName}</legend>
      <div className="form-grid">
        <FormField label={t('inspections.form.outcome')} error={fieldError('outcome') ?? fieldError('establishmentId')}>
          <select {...text('outcome')}>
            <option value="">{t('common.choose')}</option>
            {inspectionOutcomes.map((outcome) => (
              <option key={outcome} value={outcome}>{t(`inspections.outcome.${outcome}`)}</option>
            ))}
          </select>
        </FormField>
        {visit.outcome === 'fine' && (
          <>
            <FormField label={t('inspections.form.fineAmount')} error={fieldError('fineAmount')}>
              <input {...text('fineAmount')} inputMode="numeric" size={14} />
            </FormField>
            <FormField label={t('inspections.form.legalBasis')} hint={t('inspections.form.legalBasisHint')} error={fieldError('legalBasis')}>
              <input {...text('legalBasis')} maxLength={300} />
            </FormField>
          </>
        )}
        <FormField label={t('inspections.form.followUpDue')} hint={dateHint} error={fieldError('followUpDue')}>
          <input {...text('followUpDue')} inputMode="numeric" size={12} />
        </FormField>
      </div>
      <FormField label={t('inspections.form.findings')} error={fieldError('findings')}>
        <textarea {...text('findings')} rows={2} maxLength={4000} />
      </FormField>
      <FormField label={t('inspections.form.violations')} error={fieldError('violations')}>
        <textarea {...text('violations')} rows={2} maxLength={4000} />
      </FormField>
      <button type="button" className="button button-quiet button-small" onClick={onRemove}>{t('inspections.form.remove')}</button>
    </fieldset>
  );
}
