import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { harmReductionModelKinds } from '../../../../core/api/harm-reduction-models.ts';
import { formatDate, todayInVietnam } from '../../../../core/dates/format.ts';
import { ApiError } from '../../api/client.ts';
import {
  createHarmReductionModel, fetchHarmReductionModel, updateHarmReductionModel, type HarmReductionModel,
} from '../../api/harm-reduction-models.ts';
import { useCurrentUser } from '../../auth/session-context.ts';
import { ErrorMessage, Loading } from '../../common/ErrorMessage.tsx';
import { FormField } from '../../common/FormField.tsx';
import { useApi } from '../../common/useApi.ts';
import { UnitPicker } from '../../users/UnitPicker.tsx';
import { RecordHistory } from '../RecordHistory.tsx';
import { BodySelect } from '../integrations/BodySelect.tsx';
import { formatBodyValue } from '../integrations/body-labels.ts';
import { onlyChanged, type FieldErrors } from '../integrations/changes.ts';
import { emptyModelDraft, modelDraftOf, readModelDraft, type ModelDraft } from './model-draft.ts';

/** /activities/models/new and /activities/models/:id/edit. */
export function ModelFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const user = useCurrentUser();
  const existing = useApi(id ? `model:${id}` : null, (signal) => fetchHarmReductionModel(id!, signal));
  if (!id) {
    // Models are run by a province or a commune: the user's own unit when it is one.
    const ownUnit = user.unit && (user.unit.level === 'commune' || user.unit.level === 'province') ? { id: user.unit.id, name: user.unit.name } : null;
    return <ModelForm initial={emptyModelDraft(ownUnit)} />;
  }
  return (
    <>
      {existing.isLoading && <section className="page"><Loading /></section>}
      {existing.error ? <section className="page"><h1>{t('models.editTitle')}</h1><ErrorMessage error={existing.error} onRetry={existing.reload} /></section> : null}
      {existing.data && <ModelForm key={existing.data.id} existing={existing.data} initial={modelDraftOf(existing.data)} />}
    </>
  );
}

interface ModelFormProps {
  existing?: HarmReductionModel;
  initial: ModelDraft;
}

/** Creates or edits one model; the server's rules come back under the fields they concern. */
function ModelForm({ existing, initial }: ModelFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<ModelDraft>(initial);
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [isSubmitting, setSubmitting] = useState(false);
  const set = <K extends keyof ModelDraft>(key: K) => (value: ModelDraft[K]) => setDraft((previous) => ({ ...previous, [key]: value }));
  const text = (key: 'name' | 'kind' | 'description' | 'startedOn' | 'endedOn') => ({
    value: draft[key],
    onChange: (event: { target: { value: string } }) => set(key)(event.target.value as never),
  });
  const today = todayInVietnam();
  const messages = {
    required: t('models.form.required'),
    dateInvalid: t('models.form.dateInvalid'),
    dateFuture: t('models.form.dateFuture', { date: formatDate(today) }),
    endBeforeStart: t('models.form.endBeforeStart', { date: draft.startedOn.trim() }),
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const { values, errors } = readModelDraft(draft, today, messages);
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) return;
    setSubmitting(true);
    try {
      if (existing) {
        const update = onlyChanged(readModelDraft(initial, today, messages).values, values);
        if (Object.keys(update).length > 0) await updateHarmReductionModel(existing.id, update);
        void navigate('/activities/models', { state: { notice: t('models.saved', { name: values.name }) } });
      } else {
        await createHarmReductionModel(values);
        void navigate('/activities/models', { state: { notice: t('models.added', { name: values.name }) } });
      }
    } catch (caught) {
      setError(caught);
      setSubmitting(false);
      window.scrollTo({ top: 0 });
    }
  }

  const fieldError = (field: string) => localErrors[field] ?? (error instanceof ApiError ? error.fieldMessage(field) : undefined);
  const dateHint = t('models.form.dateHint');
  const title = existing ? t('models.editTitle') : t('models.createTitle');

  return (
    <section className="page record-form">
      <h1>{title}</h1>
      <ErrorMessage error={error} />
      {Object.keys(localErrors).length > 0 && <p className="notice notice-error" role="alert">{t('models.form.fixFields')}</p>}
      <form onSubmit={submit} noValidate aria-label={title}>
        <fieldset className="editor-section">
          <legend>{t('models.form.what')}</legend>
          <div className="form-grid">
            <FormField label={t('models.name')} error={fieldError('name')}>
              <input {...text('name')} maxLength={300} size={48} />
            </FormField>
            <FormField label={t('models.kindLabel')} error={fieldError('kind')}>
              <select {...text('kind')}>
                <option value="">{t('common.choose')}</option>
                {harmReductionModelKinds.map((candidate) => <option key={candidate} value={candidate}>{t(`models.kind.${candidate}`)}</option>)}
              </select>
            </FormField>
          </div>
          <FormField label={t('models.description')} hint={t('models.form.descriptionHint')} error={fieldError('description')}>
            <textarea {...text('description')} rows={3} maxLength={4000} />
          </FormField>
        </fieldset>
        <fieldset className="editor-section">
          <legend>{t('models.form.who')}</legend>
          <div className="form-grid">
            <FormField label={t('models.unit')} hint={t('models.form.unitHint')} error={fieldError('unitId')}>
              <UnitPicker value={draft.unit} onChange={(unit) => setDraft((previous) => ({ ...previous, unit, agencyId: '' }))} />
            </FormField>
            <FormField label={t('models.body')} error={fieldError('agencyId')}>
              <BodySelect unitId={draft.unit?.id ?? null} value={draft.agencyId} onChange={set('agencyId')}
                storedAgencyId={existing && draft.unit?.id === existing.unitId ? existing.agencyId : null} />
            </FormField>
          </div>
        </fieldset>
        <fieldset className="editor-section">
          <legend>{t('models.form.when')}</legend>
          <div className="form-grid">
            <FormField label={t('models.startedOn')} hint={dateHint} error={fieldError('startedOn')}>
              <input {...text('startedOn')} inputMode="numeric" size={12} />
            </FormField>
            <FormField label={t('models.endedOn')} hint={t('models.form.endedOnHint')} error={fieldError('endedOn')}>
              <input {...text('endedOn')} inputMode="numeric" size={12} />
            </FormField>
          </div>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={isSubmitting}>
            {existing ? t('models.form.saveSubmit') : t('models.form.createSubmit')}
          </button>
          <Link to="/activities/models" className="button button-quiet">{t('common.cancel')}</Link>
        </div>
      </form>
      {existing && <ModelHistory id={existing.id} />}
    </section>
  );
}

const labelKeys: Record<string, string> = { unitId: 'unitCode', agencyName: 'body', kind: 'kindLabel' };

function ModelHistory({ id }: { id: string }) {
  const { t } = useTranslation();
  const formatValue = (field: string, value: unknown) => {
    if (field === 'kind' && typeof value === 'string') return t(`models.kind.${value}`);
    if (field === 'endedOn' && value === null) return t('models.running');
    return formatBodyValue(field, value, t('models.peoplesCommittee'));
  };
  return (
    <RecordHistory type="harm_reduction_model" id={id} formatValue={formatValue}
      fieldLabel={(field) => t(`models.${labelKeys[field] ?? field}`)} />
  );
}
