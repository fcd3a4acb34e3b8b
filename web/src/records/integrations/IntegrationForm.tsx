import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { programmeKinds } from '../../../../core/api/programme-integrations.ts';
import { formatDate, todayInVietnam } from '../../../../core/dates/format.ts';
import { ApiError } from '../../api/client.ts';
import {
  createProgrammeIntegration, fetchProgrammeIntegration, updateProgrammeIntegration, type ProgrammeIntegration,
} from '../../api/programme-integrations.ts';
import { useCurrentUser } from '../../auth/session-context.ts';
import { ErrorMessage, Loading } from '../../common/ErrorMessage.tsx';
import { FormField } from '../../common/FormField.tsx';
import { useApi } from '../../common/useApi.ts';
import { UnitPicker } from '../../users/UnitPicker.tsx';
import { RecordHistory } from '../RecordHistory.tsx';
import { BodySelect } from './BodySelect.tsx';
import { formatBodyValue } from './body-labels.ts';
import { onlyChanged, type FieldErrors } from './changes.ts';
import { emptyIntegrationDraft, integrationDraftOf, readIntegrationDraft, type IntegrationDraft } from './integration-draft.ts';

/** /activities/integrations/new and /activities/integrations/:id/edit. */
export function IntegrationFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const user = useCurrentUser();
  const existing = useApi(id ? `integration:${id}` : null, (signal) => fetchProgrammeIntegration(id!, signal));
  if (!id) {
    // Integrations are recorded by a province or a commune: the user's own unit when it is one.
    const ownUnit = user.unit && (user.unit.level === 'commune' || user.unit.level === 'province') ? { id: user.unit.id, name: user.unit.name } : null;
    return <IntegrationForm initial={emptyIntegrationDraft(ownUnit, Number(todayInVietnam().slice(0, 4)))} />;
  }
  return (
    <>
      {existing.isLoading && <section className="page"><Loading /></section>}
      {existing.error ? <section className="page"><h1>{t('integrations.editTitle')}</h1><ErrorMessage error={existing.error} onRetry={existing.reload} /></section> : null}
      {existing.data && <IntegrationForm key={existing.data.id} existing={existing.data} initial={integrationDraftOf(existing.data)} />}
    </>
  );
}

interface IntegrationFormProps {
  existing?: ProgrammeIntegration;
  initial: IntegrationDraft;
}

/** Creates or edits one integration; the server's rules come back under the fields they concern. */
function IntegrationForm({ existing, initial }: IntegrationFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<IntegrationDraft>(initial);
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [isSubmitting, setSubmitting] = useState(false);
  const set = <K extends keyof IntegrationDraft>(key: K) => (value: IntegrationDraft[K]) => setDraft((previous) => ({ ...previous, [key]: value }));
  const text = (key: 'year' | 'programme' | 'programmeKind' | 'documentNumber' | 'documentDate' | 'notes') => ({
    value: draft[key],
    onChange: (event: { target: { value: string } }) => set(key)(event.target.value as never),
  });
  const today = todayInVietnam();
  const messages = {
    required: t('integrations.form.required'),
    yearInvalid: t('integrations.form.yearInvalid'),
    yearTooLate: t('integrations.form.yearTooLate', { year: Number(today.slice(0, 4)) + 1 }),
    dateInvalid: t('integrations.form.dateInvalid'),
    dateFuture: t('integrations.form.dateFuture', { date: formatDate(today) }),
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const { values, errors } = readIntegrationDraft(draft, today, messages);
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) return;
    setSubmitting(true);
    try {
      if (existing) {
        const update = onlyChanged(readIntegrationDraft(initial, today, messages).values, values);
        if (Object.keys(update).length > 0) await updateProgrammeIntegration(existing.id, update);
        void navigate('/activities/integrations', { state: { notice: t('integrations.saved', { name: values.programme }) } });
      } else {
        await createProgrammeIntegration(values);
        void navigate('/activities/integrations', { state: { notice: t('integrations.added', { name: values.programme }) } });
      }
    } catch (caught) {
      setError(caught);
      setSubmitting(false);
      window.scrollTo({ top: 0 });
    }
  }

  const fieldError = (field: string) => localErrors[field] ?? (error instanceof ApiError ? error.fieldMessage(field) : undefined);
  const isDuplicate = error instanceof ApiError && error.status === 409;
  const dateHint = t('integrations.form.dateHint');
  const title = existing ? t('integrations.editTitle') : t('integrations.createTitle');

  return (
    <section className="page record-form">
      <h1>{title}</h1>
      {isDuplicate && (
        <div className="notice notice-error" role="alert">
          <p className="notice-title"><strong>{t('integrations.form.duplicateTitle')}</strong></p>
          <p>{error.message}</p>
        </div>
      )}
      {!isDuplicate && <ErrorMessage error={error} />}
      {Object.keys(localErrors).length > 0 && <p className="notice notice-error" role="alert">{t('integrations.form.fixFields')}</p>}
      <form onSubmit={submit} noValidate aria-label={title}>
        <fieldset className="editor-section">
          <legend>{t('integrations.form.who')}</legend>
          <div className="form-grid">
            <FormField label={t('integrations.unit')} hint={t('integrations.form.unitHint')} error={fieldError('unitId')}>
              <UnitPicker value={draft.unit} onChange={(unit) => setDraft((previous) => ({ ...previous, unit, agencyId: '' }))} />
            </FormField>
            <FormField label={t('integrations.body')} hint={t('integrations.form.bodyHint')} error={fieldError('agencyId')}>
              <BodySelect unitId={draft.unit?.id ?? null} value={draft.agencyId} onChange={set('agencyId')}
                storedAgencyId={existing && draft.unit?.id === existing.unitId ? existing.agencyId : null} />
            </FormField>
            <FormField label={t('integrations.year')} hint={t('integrations.form.yearHint')} error={fieldError('year')}>
              <input {...text('year')} inputMode="numeric" size={6} maxLength={4} />
            </FormField>
          </div>
        </fieldset>
        <fieldset className="editor-section">
          <legend>{t('integrations.form.what')}</legend>
          <div className="form-grid">
            <FormField label={t('integrations.programme')} hint={t('integrations.form.programmeHint')} error={fieldError('programme')}>
              <input {...text('programme')} maxLength={300} size={48} />
            </FormField>
            <FormField label={t('integrations.kindLabel')} error={fieldError('programmeKind')}>
              <select {...text('programmeKind')}>
                <option value="">{t('common.choose')}</option>
                {programmeKinds.map((candidate) => <option key={candidate} value={candidate}>{t(`integrations.kind.${candidate}`)}</option>)}
              </select>
            </FormField>
            <FormField label={t('integrations.documentNumber')} hint={t('integrations.form.documentNumberHint')} error={fieldError('documentNumber')}>
              <input {...text('documentNumber')} maxLength={60} size={16} />
            </FormField>
            <FormField label={t('integrations.documentDate')} hint={dateHint} error={fieldError('documentDate')}>
              <input {...text('documentDate')} inputMode="numeric" size={12} />
            </FormField>
          </div>
          <FormField label={t('integrations.notes')} error={fieldError('notes')}>
            <textarea {...text('notes')} rows={3} maxLength={2000} />
          </FormField>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={isSubmitting}>
            {existing ? t('integrations.form.saveSubmit') : t('integrations.form.createSubmit')}
          </button>
          <Link to="/activities/integrations" className="button button-quiet">{t('common.cancel')}</Link>
        </div>
      </form>
      {existing && <IntegrationHistory id={existing.id} />}
    </section>
  );
}

const labelKeys: Record<string, string> = {
  unitId: 'unitCode', agencyName: 'body', programmeKind: 'kindLabel',
};

function IntegrationHistory({ id }: { id: string }) {
  const { t } = useTranslation();
  const formatValue = (field: string, value: unknown) => {
    if (field === 'programmeKind' && typeof value === 'string') return t(`integrations.kind.${value}`);
    if (field === 'year' && typeof value === 'number') return String(value);
    return formatBodyValue(field, value, t('integrations.peoplesCommittee'));
  };
  return (
    <RecordHistory type="programme_integration" id={id} formatValue={formatValue}
      fieldLabel={(field) => t(`integrations.${labelKeys[field] ?? field}`)} />
  );
}
