import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { agencyKindsAvailableFor, findAgencyName, isRequestOnlyAgencyKind, type AgencyKind } from '../../../core/agencies/agency-catalogue.ts';
import type { AdminUnitDetail } from '../../../core/api/units.ts';
import { createAgency } from '../api/agencies.ts';
import { ApiError } from '../api/client.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { FormField } from '../common/FormField.tsx';
import { useAgencyKindLabel } from './agency-labels.ts';

interface AgencyCreateFormProps {
  unit: AdminUnitDetail;
  onCreated: () => void;
  onCancel: () => void;
}

/** Adds an agency; picking a kind proposes the name the plans use ('Công an phường Thành Vinh'). */
export function AgencyCreateForm({ unit, onCreated, onCancel }: AgencyCreateFormProps) {
  const { t } = useTranslation();
  const kindLabel = useAgencyKindLabel();
  const kinds = agencyKindsAvailableFor(unit);
  const [kind, setKind] = useState<AgencyKind | ''>('');
  const [name, setName] = useState('');
  const [isLead, setLead] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [isSubmitting, setSubmitting] = useState(false);

  function chooseKind(next: AgencyKind | '') {
    const previousDefault = kind ? findAgencyName(kind, unit) ?? '' : '';
    // Only replace a name the user has not typed themselves.
    if (name === '' || name === previousDefault) setName(next ? findAgencyName(next, unit) ?? '' : '');
    setKind(next);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    try {
      // The server does not derive "requested, not assigned" from the kind; the catalogue knows it.
      const isRequestOnly = kind ? isRequestOnlyAgencyKind(kind) : false;
      await createAgency(unit.id, { kind: kind || undefined, name, isLead, isRequestOnly });
      onCreated();
    } catch (caught) {
      setError(caught);
    } finally {
      setSubmitting(false);
    }
  }

  const fieldError = (field: string) => (error instanceof ApiError ? error.fieldMessage(field) : undefined);

  return (
    <form className="panel-form" onSubmit={submit} noValidate aria-labelledby="agency-create-heading">
      <h4 id="agency-create-heading">{t('agencies.addHeading')}</h4>
      <div className="form-row">
        <FormField label={t('agencies.kind')} error={fieldError('kind')}>
          <select value={kind} onChange={(event) => chooseKind(event.target.value as AgencyKind | '')}>
            <option value="">{t('common.choose')}</option>
            {kinds.map((candidate) => (
              <option key={candidate} value={candidate}>{kindLabel(candidate)}</option>
            ))}
          </select>
        </FormField>
        <FormField label={t('agencies.name')} error={fieldError('name')}>
          <input value={name} maxLength={200} onChange={(event) => setName(event.target.value)} />
        </FormField>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={isLead} onChange={(event) => setLead(event.target.checked)} />
        {t('agencies.isLeadLabel')}
      </label>
      <ErrorMessage error={error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={isSubmitting}>{t('agencies.addSubmit')}</button>
        <button type="button" className="button button-quiet" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
