import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { communicationAudiences, communicationForms, pressForms } from '../../../../core/api/communication-activities.ts';
import { todayInVietnam } from '../../../../core/dates/format.ts';
import { ApiError } from '../../api/client.ts';
import {
  createCommunicationActivity, fetchCommunicationActivity, updateCommunicationActivity, type CommunicationActivity,
} from '../../api/communication-activities.ts';
import { useCurrentUser } from '../../auth/session-context.ts';
import { ErrorMessage, Loading } from '../../common/ErrorMessage.tsx';
import { FormField } from '../../common/FormField.tsx';
import { useApi } from '../../common/useApi.ts';
import { UnitPicker } from '../../users/UnitPicker.tsx';
import { RecordHistory } from '../RecordHistory.tsx';
import { AgencySelect } from './AgencySelect.tsx';
import {
  communicationChanges, communicationDraftOf, emptyCommunicationDraft, emptyReach, keptReachIndexes, ownActivityUnit, readCommunicationDraft,
  type CommunicationDraft, type FieldErrors, type ReachDraft,
} from './communication-draft.ts';

/** /activities/communication/new and /activities/communication/:id/edit. */
export function CommunicationActivityFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const user = useCurrentUser();
  const existing = useApi(id ? `communication-activity:${id}` : null, (signal) => fetchCommunicationActivity(id!, signal));
  if (!id) return <CommunicationActivityForm initial={emptyCommunicationDraft(ownActivityUnit(user))} />;
  return (
    <>
      {existing.isLoading && <section className="page"><Loading /></section>}
      {existing.error ? <section className="page"><h1>{t('communication.editTitle')}</h1><ErrorMessage error={existing.error} onRetry={existing.reload} /></section> : null}
      {existing.data && <CommunicationActivityForm key={existing.data.id} existing={existing.data} initial={communicationDraftOf(existing.data)} />}
    </>
  );
}

interface FormProps {
  existing?: CommunicationActivity;
  initial: CommunicationDraft;
}

/** Creates or edits one activity; the server's rules (reference figures, the unit's agencies) come back under their fields. */
export function CommunicationActivityForm({ existing, initial }: FormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<CommunicationDraft>(initial);
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  // Which draft row each sent row came from: blank rows are not sent, and errors name the sent row.
  const [sentRows, setSentRows] = useState<number[]>([]);
  const [isSubmitting, setSubmitting] = useState(false);
  const set = <K extends keyof CommunicationDraft>(key: K) => (value: CommunicationDraft[K]) => setDraft((previous) => ({ ...previous, [key]: value }));
  const text = (key: 'occurredOn' | 'form' | 'title' | 'description' | 'materials' | 'materialsKind') => ({
    value: draft[key],
    onChange: (event: { target: { value: string } }) => set(key)(event.target.value as never),
  });
  const messages = {
    required: t('communication.form.required'),
    dateInvalid: t('communication.form.dateInvalid'),
    dateFuture: t('communication.form.dateFuture'),
    countInvalid: t('communication.form.countInvalid'),
    audienceTwice: t('communication.form.audienceTwice'),
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const { values, errors } = readCommunicationDraft(draft, todayInVietnam(), messages);
    setLocalErrors(errors);
    setSentRows(keptReachIndexes(draft));
    if (Object.keys(errors).length > 0) return;
    setSubmitting(true);
    try {
      if (existing) {
        const update = communicationChanges(readCommunicationDraft(initial, '9999-12-31', messages).values, values);
        if (Object.keys(update).length > 0) await updateCommunicationActivity(existing.id, update);
        void navigate('/activities/communication', { state: { notice: t('communication.saved', { title: values.title }) } });
      } else {
        await createCommunicationActivity(values);
        void navigate('/activities/communication', { state: { notice: t('communication.added', { title: values.title }) } });
      }
    } catch (caught) {
      setError(caught);
      setSubmitting(false);
      window.scrollTo({ top: 0 });
    }
  }

  const fieldError = (field: string) => localErrors[field] ?? (error instanceof ApiError ? error.fieldMessage(field) : undefined);
  const rowError = (index: number, field: keyof ReachDraft) => {
    const sent = sentRows.indexOf(index);
    return sent < 0 ? undefined : fieldError(`reach.${sent}.${field}`);
  };
  const changeReach = (index: number, row: ReachDraft) => set('reach')(draft.reach.map((candidate, at) => (at === index ? row : candidate)));
  const heading = existing ? t('communication.editTitle') : t('communication.createTitle');

  return (
    <section className="page communication-form-page">
      <h1>{heading}</h1>
      <ErrorMessage error={error} />
      {Object.keys(localErrors).length > 0 && <p className="notice notice-error" role="alert">{t('communication.form.fixFields')}</p>}
      <form className="record-form" onSubmit={submit} noValidate aria-label={heading}>
        <fieldset className="editor-section">
          <legend>{t('communication.form.activity')}</legend>
          <div className="form-grid">
            <FormField label={t('communication.unit')} hint={t('communication.form.unitHint')} error={fieldError('unitId')}>
              <UnitPicker value={draft.unit} onChange={(unit) => setDraft((previous) => ({ ...previous, unit, leadAgencyId: '' }))} />
            </FormField>
            <FormField label={t('communication.occurredOn')} hint={t('communication.form.dateHint')} error={fieldError('occurredOn')}>
              <input {...text('occurredOn')} inputMode="numeric" size={12} />
            </FormField>
            <FormField label={t('communication.formLabel')} hint={draft.form !== '' && pressForms.includes(draft.form) ? t('communication.pressHint') : undefined}
              error={fieldError('form')}>
              <select {...text('form')}>
                <option value="">{t('common.choose')}</option>
                {communicationForms.map((candidate) => (
                  <option key={candidate} value={candidate}>{t(`communication.formType.${candidate}`)}</option>
                ))}
              </select>
            </FormField>
            <FormField label={t('communication.leadAgency')} error={fieldError('leadAgencyId')}>
              <AgencySelect unitId={draft.unit?.id ?? null} value={draft.leadAgencyId} onChange={set('leadAgencyId')} />
            </FormField>
          </div>
          <FormField label={t('communication.titleField')} hint={t('communication.form.titleHint')} error={fieldError('title')}>
            <input {...text('title')} maxLength={300} />
          </FormField>
          <FormField label={t('communication.description')} error={fieldError('description')}>
            <textarea {...text('description')} rows={3} maxLength={4000} />
          </FormField>
        </fieldset>
        <fieldset className="editor-section">
          <legend>{t('communication.reach')}</legend>
          <p className="muted small">{t('communication.form.reachHint')}</p>
          {draft.reach.length > 0 && (
            <table className="table rows-editor">
              <thead>
                <tr>
                  <th scope="col">{t('communication.audience')}</th>
                  <th scope="col">{t('communication.peopleReached')}</th>
                  <th scope="col"><span className="visually-hidden">{t('common.actions')}</span></th>
                </tr>
              </thead>
              <tbody>
                {draft.reach.map((row, index) => (
                  <tr key={index}>
                    <td>
                      <FormField label={<span className="visually-hidden">{t('communication.audience')} {index + 1}</span>} error={rowError(index, 'audience')}>
                        <select value={row.audience} onChange={(event) => changeReach(index, { ...row, audience: event.target.value as ReachDraft['audience'] })}>
                          <option value="">{t('common.choose')}</option>
                          {communicationAudiences.map((audience) => (
                            <option key={audience} value={audience}>{t(`communication.audienceType.${audience}`)}</option>
                          ))}
                        </select>
                      </FormField>
                    </td>
                    <td>
                      <FormField label={<span className="visually-hidden">{t('communication.peopleReached')} {index + 1}</span>} error={rowError(index, 'peopleReached')}>
                        <input value={row.peopleReached} inputMode="numeric" size={10}
                          onChange={(event) => changeReach(index, { ...row, peopleReached: event.target.value })} />
                      </FormField>
                    </td>
                    <td>
                      <button type="button" className="button button-quiet button-small"
                        onClick={() => set('reach')(draft.reach.filter((_, at) => at !== index))}>
                        {t('communication.form.removeRow')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {fieldError('reach') && <p className="field-error">{fieldError('reach')}</p>}
          <button type="button" className="button button-small" onClick={() => set('reach')([...draft.reach, emptyReach()])}>
            {t('communication.form.addAudience')}
          </button>
        </fieldset>
        <fieldset className="editor-section">
          <legend>{t('communication.form.materialsSection')}</legend>
          <div className="form-grid">
            <FormField label={t('communication.materials')} error={fieldError('materials')}>
              <input {...text('materials')} inputMode="numeric" size={10} />
            </FormField>
            <FormField label={t('communication.materialsKind')} hint={t('communication.form.materialsKindHint')} error={fieldError('materialsKind')}>
              <input {...text('materialsKind')} maxLength={200} />
            </FormField>
          </div>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={isSubmitting}>
            {existing ? t('communication.form.saveSubmit') : t('communication.form.createSubmit')}
          </button>
          <Link to="/activities/communication" className="button button-quiet">{t('common.cancel')}</Link>
        </div>
      </form>
      {existing && <CommunicationHistory id={existing.id} />}
    </section>
  );
}

const labelKeys: Record<string, string> = {
  unitId: 'unitCode', occurredOn: 'occurredOn', leadAgencyId: 'leadAgencyCode', leadAgencyName: 'leadAgency', form: 'formLabel',
  isPress: 'press', title: 'titleField', description: 'description', reach: 'reach', materials: 'materials', materialsKind: 'materialsKind',
};

function CommunicationHistory({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const formatValue = (field: string, value: unknown) => {
    if (field === 'form' && typeof value === 'string') return t(`communication.formType.${value}`);
    if (field === 'reach' && Array.isArray(value)) {
      if (value.length === 0) return t('records.history.empty');
      return (value as { audience: string; peopleReached: number }[])
        .map((row) => `${t(`communication.audienceType.${row.audience}`)}: ${row.peopleReached.toLocaleString(i18n.language === 'en' ? 'en-US' : 'vi-VN')}`).join('; ');
    }
    return undefined;
  };
  return (
    <RecordHistory type="communication_activity" id={id} formatValue={formatValue}
      fieldLabel={(field) => (labelKeys[field] ? t(`communication.${labelKeys[field]}`) : field)} />
  );
}
