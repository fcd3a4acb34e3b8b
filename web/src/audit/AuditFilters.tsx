import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseVietnameseDate } from '../../../core/dates/format.ts';
import type { AuditFilter } from '../api/audit.ts';
import { FormField } from '../common/FormField.tsx';
import { auditActions } from './audit-actions.ts';

interface AuditFiltersProps {
  onApply: (filter: AuditFilter) => void;
  /** Messages the server gave for its query fields ('from', 'unit', …). */
  serverError: (field: string) => string | undefined;
}

const emptyDraft = { action: '', outcome: '', unit: '', actor: '', from: '', to: '' };

/** The filters; dates are typed as officials write them (dd/mm/yyyy) and sent as ISO dates. */
export function AuditFilters({ onApply, serverError }: AuditFiltersProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(emptyDraft);
  const [dateErrors, setDateErrors] = useState<{ from?: string; to?: string }>({});
  const set = (field: keyof typeof emptyDraft) => (event: { target: { value: string } }) =>
    setDraft((previous) => ({ ...previous, [field]: event.target.value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const from = draft.from.trim() ? parseVietnameseDate(draft.from) : undefined;
    const to = draft.to.trim() ? parseVietnameseDate(draft.to) : undefined;
    const errors = {
      from: draft.from.trim() && !from ? t('audit.badDate') : undefined,
      to: draft.to.trim() && !to ? t('audit.badDate') : undefined,
    };
    setDateErrors(errors);
    if (errors.from || errors.to) return;
    onApply({
      action: draft.action || undefined,
      outcome: (draft.outcome || undefined) as AuditFilter['outcome'],
      unit: draft.unit.trim() || undefined,
      actor: draft.actor.trim() || undefined,
      from,
      to,
    });
  }

  function reset() {
    setDraft(emptyDraft);
    setDateErrors({});
    onApply({});
  }

  return (
    <form className="filters" onSubmit={submit} noValidate aria-label={t('audit.filters')}>
      <FormField label={t('audit.action')} error={serverError('query.action')}>
        <select value={draft.action} onChange={set('action')}>
          <option value="">{t('common.all')}</option>
          {auditActions.map((action) => (
            <option key={action} value={action}>{t(`audit.actions.${action.replace('.', '_')}`, { defaultValue: action })}</option>
          ))}
        </select>
      </FormField>
      <FormField label={t('audit.outcome')} error={serverError('query.outcome')}>
        <select value={draft.outcome} onChange={set('outcome')}>
          <option value="">{t('common.all')}</option>
          {(['success', 'denied', 'failed'] as const).map((outcome) => (
            <option key={outcome} value={outcome}>{t(`audit.outcomes.${outcome}`)}</option>
          ))}
        </select>
      </FormField>
      <FormField label={t('audit.unitCode')} error={serverError('query.unit')}>
        <input value={draft.unit} onChange={set('unit')} inputMode="numeric" size={8} />
      </FormField>
      <FormField label={t('audit.actor')} error={serverError('query.actor')}>
        <input value={draft.actor} onChange={set('actor')} autoCapitalize="none" size={14} />
      </FormField>
      <FormField label={t('audit.from')} error={dateErrors.from ?? serverError('query.from')}>
        <input value={draft.from} onChange={set('from')} placeholder="dd/mm/yyyy" size={10} />
      </FormField>
      <FormField label={t('audit.to')} error={dateErrors.to ?? serverError('query.to')}>
        <input value={draft.to} onChange={set('to')} placeholder="dd/mm/yyyy" size={10} />
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button button-primary">{t('audit.apply')}</button>
        <button type="button" className="button button-quiet" onClick={reset}>{t('audit.reset')}</button>
      </div>
    </form>
  );
}
