import { useTranslation } from 'react-i18next';
import { findPeriod } from '../../../../core/periods/period.ts';
import { FormField } from '../../common/FormField.tsx';
import { currentLanguage } from '../../i18n/i18n.ts';
import { UnitPicker } from '../../users/UnitPicker.tsx';
import { periodLabel } from '../plan-format.ts';
import type { PlanForm } from './editor-state.ts';

export interface SectionProps {
  form: PlanForm;
  update: (patch: Partial<PlanForm>) => void;
  fieldError: (field: string) => string | undefined;
}

type TextKey = 'legalBasis' | 'purpose' | 'requirements' | 'objectives';

/** Issuer, title, place, period, and the prose parts, one paragraph per line. */
export function HeaderFields({ form, update, fieldError }: SectionProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const period = findPeriod(form.periodCode.trim());
  const paragraphs = (key: TextKey, rows: number) => (
    <FormField label={t(`plans.editor.fields.${key}`)} hint={t('plans.editor.onePerLine')} error={fieldError(`content.${key}`)}>
      <textarea data-field={`content.${key}`} value={form[key]} rows={rows} onChange={(event) => update({ [key]: event.target.value })} />
    </FormField>
  );
  return (
    <fieldset className="editor-section">
      <legend>{t('plans.editor.headerSection')}</legend>
      <div className="form-grid">
        <FormField label={t('plans.editor.fields.issuerUnitId')} error={fieldError('content.issuerUnitId')}>
          <UnitPicker data-field="content.issuerUnitId" value={form.issuer} onChange={(issuer) => update({ issuer })} />
        </FormField>
        <FormField label={t('plans.editor.fields.issuePlace')} hint={t('plans.editor.issuePlaceHint')} error={fieldError('content.issuePlace')}>
          <input data-field="content.issuePlace" value={form.issuePlace} onChange={(event) => update({ issuePlace: event.target.value })} />
        </FormField>
        <FormField
          label={t('plans.editor.fields.periodCode')}
          hint={period ? `${t('plans.editor.periodHint')} → ${periodLabel(period.code, language)}` : t('plans.editor.periodHint')}
          error={fieldError('content.periodCode')}
        >
          <input data-field="content.periodCode" value={form.periodCode} onChange={(event) => update({ periodCode: event.target.value })} placeholder="Y2026" size={12} />
        </FormField>
      </div>
      <FormField label={t('plans.editor.fields.title')} hint={t('plans.editor.titleHint')} error={fieldError('content.title')}>
        <input data-field="content.title" value={form.title} onChange={(event) => update({ title: event.target.value })} />
      </FormField>
      {paragraphs('legalBasis', 3)}
      <div className="form-columns">
        {paragraphs('purpose', 4)}
        {paragraphs('requirements', 4)}
      </div>
      {paragraphs('objectives', 3)}
    </fieldset>
  );
}

/** "Kinh phí" as prose; budget lines with amounts are kept as they were imported. */
export function BudgetNotesField({ form, update, fieldError }: SectionProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="editor-section">
      <legend>{t('plans.editor.budgetSection')}</legend>
      {form.kept.budget.length > 0 && <p className="muted small">{t('plans.editor.budgetLinesKept', { count: form.kept.budget.length })}</p>}
      <FormField label={t('plans.editor.fields.budgetNotes')} hint={t('plans.editor.onePerLine')} error={fieldError('content.budgetNotes')}>
        <textarea data-field="content.budgetNotes" value={form.budgetNotes} rows={3} onChange={(event) => update({ budgetNotes: event.target.value })} />
      </FormField>
    </fieldset>
  );
}
