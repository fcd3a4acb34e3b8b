import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { agencyKinds, reformEffectiveDate } from '../../../../core/agencies/agency-catalogue.ts';
import { trainingLevels, type TrainingLevel } from '../../../../core/api/training-courses.ts';
import { parseVietnameseDate, todayInVietnam } from '../../../../core/dates/format.ts';
import { ApiError } from '../../api/client.ts';
import { createTrainingCourse, fetchTrainingCourse, updateTrainingCourse, type TrainingCourse } from '../../api/training-courses.ts';
import { useCurrentUser } from '../../auth/session-context.ts';
import { ErrorMessage, Loading } from '../../common/ErrorMessage.tsx';
import { FormField } from '../../common/FormField.tsx';
import { useApi } from '../../common/useApi.ts';
import { UnitPicker } from '../../users/UnitPicker.tsx';
import { RecordHistory } from '../RecordHistory.tsx';
import { AgencySelect } from '../communication/AgencySelect.tsx';
import { ownActivityUnit } from '../communication/communication-draft.ts';
import {
  emptyParticipants, emptyTrainingDraft, readTrainingDraft, trainingChanges, trainingDraftOf,
  type FieldErrors, type ParticipantsDraft, type TrainingDraft,
} from './training-draft.ts';

/** /activities/training/new and /activities/training/:id/edit. */
export function TrainingCourseFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const user = useCurrentUser();
  const existing = useApi(id ? `training-course:${id}` : null, (signal) => fetchTrainingCourse(id!, signal));
  if (!id) {
    const unit = ownActivityUnit(user);
    return <TrainingCourseForm initial={emptyTrainingDraft(unit, unit ? (user.unit!.level as TrainingLevel) : '')} />;
  }
  return (
    <>
      {existing.isLoading && <section className="page"><Loading /></section>}
      {existing.error ? <section className="page"><h1>{t('training.editTitle')}</h1><ErrorMessage error={existing.error} onRetry={existing.reload} /></section> : null}
      {existing.data && <TrainingCourseForm key={existing.data.id} existing={existing.data} initial={trainingDraftOf(existing.data)} />}
    </>
  );
}

interface FormProps {
  existing?: TrainingCourse;
  initial: TrainingDraft;
}

/** Creates or edits one course; participants' names are shown and sent only inside the course's unit. */
export function TrainingCourseForm({ existing, initial }: FormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const [draft, setDraft] = useState<TrainingDraft>(initial);
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [isSubmitting, setSubmitting] = useState(false);
  const set = <K extends keyof TrainingDraft>(key: K) => (value: TrainingDraft[K]) => setDraft((previous) => ({ ...previous, [key]: value }));
  const text = (key: 'heldOn' | 'level' | 'topic' | 'participantNames') => ({
    value: draft[key],
    onChange: (event: { target: { value: string } }) => set(key)(event.target.value as never),
  });
  // The names belong to the unit that holds the course: only its own users see, type and send them.
  const withNames = draft.unit !== null && user.unit?.id === draft.unit.id && (!existing || existing.unitId === draft.unit.id);
  const messages = {
    required: t('training.form.required'),
    dateInvalid: t('training.form.dateInvalid'),
    dateFuture: t('training.form.dateFuture'),
    countInvalid: t('training.form.countInvalid'),
    participantsRequired: t('training.form.participantsRequired'),
    rowTwice: t('training.form.rowTwice'),
    districtGone: t('training.form.districtGone'),
    tooManyNames: (named: number, total: number) => t('training.form.tooManyNames', { named, total }),
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const { values, errors } = readTrainingDraft(draft, todayInVietnam(), messages, withNames);
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) return;
    setSubmitting(true);
    try {
      if (existing) {
        const update = trainingChanges(readTrainingDraft(initial, '9999-12-31', messages, withNames).values, values, withNames);
        if (Object.keys(update).length > 0) await updateTrainingCourse(existing.id, update);
        void navigate('/activities/training', { state: { notice: t('training.saved', { topic: values.topic }) } });
      } else {
        await createTrainingCourse(values);
        void navigate('/activities/training', { state: { notice: t('training.added', { topic: values.topic }) } });
      }
    } catch (caught) {
      setError(caught);
      setSubmitting(false);
      window.scrollTo({ top: 0 });
    }
  }

  const fieldError = (field: string) => localErrors[field] ?? (error instanceof ApiError ? error.fieldMessage(field) : undefined);
  const changeRow = (index: number, row: ParticipantsDraft) =>
    set('participants')(draft.participants.map((candidate, at) => (at === index ? row : candidate)));
  // District level only for a course held before the districts were abolished, or already recorded so.
  const heldOn = parseVietnameseDate(draft.heldOn);
  const levels = trainingLevels.filter((level) => level !== 'district' || (heldOn !== undefined && heldOn < reformEffectiveDate)
    || draft.level === 'district' || draft.participants.some((row) => row.level === 'district'));
  const heading = existing ? t('training.editTitle') : t('training.createTitle');

  return (
    <section className="page training-form-page">
      <h1>{heading}</h1>
      <ErrorMessage error={error} />
      {Object.keys(localErrors).length > 0 && <p className="notice notice-error" role="alert">{t('training.form.fixFields')}</p>}
      <form className="record-form" onSubmit={submit} noValidate aria-label={heading}>
        <fieldset className="editor-section">
          <legend>{t('training.form.course')}</legend>
          <div className="form-grid">
            <FormField label={t('training.unit')} hint={t('training.form.unitHint')} error={fieldError('unitId')}>
              <UnitPicker value={draft.unit} onChange={(unit) => setDraft((previous) => ({ ...previous, unit, organiserAgencyId: '' }))} />
            </FormField>
            <FormField label={t('training.heldOn')} hint={t('training.form.dateHint')} error={fieldError('heldOn')}>
              <input {...text('heldOn')} inputMode="numeric" size={12} />
            </FormField>
            <FormField label={t('training.organiser')} error={fieldError('organiserAgencyId')}>
              <AgencySelect unitId={draft.unit?.id ?? null} value={draft.organiserAgencyId} onChange={set('organiserAgencyId')} />
            </FormField>
            <FormField label={t('training.levelLabel')} hint={t('training.form.levelHint')} error={fieldError('level')}>
              <select {...text('level')}>
                <option value="">{t('common.choose')}</option>
                {levels.map((level) => <option key={level} value={level}>{t(`training.level.${level}`)}</option>)}
              </select>
            </FormField>
          </div>
          <FormField label={t('training.topic')} hint={t('training.form.topicHint')} error={fieldError('topic')}>
            <input {...text('topic')} maxLength={500} />
          </FormField>
        </fieldset>
        <fieldset className="editor-section">
          <legend>{t('training.participants')}</legend>
          <p className="muted small">{t('training.form.participantsHint')}</p>
          {draft.participants.length > 0 && (
            <table className="table rows-editor">
              <thead>
                <tr>
                  <th scope="col">{t('training.participantLevel')}</th>
                  <th scope="col">{t('training.agencyKind')}</th>
                  <th scope="col">{t('training.count')}</th>
                  <th scope="col"><span className="visually-hidden">{t('common.actions')}</span></th>
                </tr>
              </thead>
              <tbody>
                {draft.participants.map((row, index) => (
                  <tr key={index}>
                    <td>
                      <FormField label={<span className="visually-hidden">{t('training.participantLevel')} {index + 1}</span>} error={fieldError(`participants.${index}.level`)}>
                        <select value={row.level} onChange={(event) => changeRow(index, { ...row, level: event.target.value as ParticipantsDraft['level'] })}>
                          <option value="">{t('common.choose')}</option>
                          {levels.map((level) => <option key={level} value={level}>{t(`training.level.${level}`)}</option>)}
                        </select>
                      </FormField>
                    </td>
                    <td>
                      <FormField label={<span className="visually-hidden">{t('training.agencyKind')} {index + 1}</span>} error={fieldError(`participants.${index}.agencyKind`)}>
                        <select value={row.agencyKind} onChange={(event) => changeRow(index, { ...row, agencyKind: event.target.value as ParticipantsDraft['agencyKind'] })}>
                          <option value="">{t('common.choose')}</option>
                          {agencyKinds.map((kind) => <option key={kind} value={kind}>{t(`agencyKind.${kind}`)}</option>)}
                        </select>
                      </FormField>
                    </td>
                    <td>
                      <FormField label={<span className="visually-hidden">{t('training.count')} {index + 1}</span>} error={fieldError(`participants.${index}.participants`)}>
                        <input value={row.participants} inputMode="numeric" size={8} onChange={(event) => changeRow(index, { ...row, participants: event.target.value })} />
                      </FormField>
                    </td>
                    <td>
                      <button type="button" className="button button-quiet button-small"
                        onClick={() => set('participants')(draft.participants.filter((_, at) => at !== index))}>
                        {t('training.form.removeRow')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {fieldError('participants') && <p className="field-error">{fieldError('participants')}</p>}
          <button type="button" className="button button-small"
            onClick={() => set('participants')([...draft.participants, emptyParticipants(draft.level)])}>
            {t('training.form.addRow')}
          </button>
        </fieldset>
        <fieldset className="editor-section">
          <legend>{t('training.names')}</legend>
          {withNames ? (
            <FormField label={t('training.form.namesLabel')} hint={t('training.form.namesHint', { unit: draft.unit?.name ?? '' })} error={fieldError('participantNames')}>
              <textarea {...text('participantNames')} rows={6} />
            </FormField>
          ) : (
            <p className="muted">
              {draft.unit ? t('training.form.namesElsewhere', { unit: draft.unit.name }) : t('training.form.namesChooseUnit')}
              {existing && existing.namedParticipants > 0 && <> {t('training.namedCount', { count: existing.namedParticipants })}</>}
            </p>
          )}
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={isSubmitting}>
            {existing ? t('training.form.saveSubmit') : t('training.form.createSubmit')}
          </button>
          <Link to="/activities/training" className="button button-quiet">{t('common.cancel')}</Link>
        </div>
      </form>
      {existing && <TrainingHistory id={existing.id} />}
    </section>
  );
}

const labelKeys: Record<string, string> = {
  unitId: 'unitCode', heldOn: 'heldOn', organiserAgencyId: 'organiserCode', organiserName: 'organiser', level: 'levelLabel', topic: 'topic',
  participants: 'participants', totalParticipants: 'totalParticipants', namedParticipants: 'namedParticipants',
};

function TrainingHistory({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const formatValue = (field: string, value: unknown) => {
    if (field === 'level' && typeof value === 'string') return t(`training.level.${value}`);
    if (field === 'participants' && Array.isArray(value)) {
      const locale = i18n.language === 'en' ? 'en-US' : 'vi-VN';
      return (value as { level: string; agencyKind: string | null; participants: number }[])
        .map((row) => `${t(`training.level.${row.level}`)} – ${row.agencyKind ? t(`agencyKind.${row.agencyKind}`) : '?'}: ${row.participants.toLocaleString(locale)}`)
        .join('; ');
    }
    return undefined;
  };
  return (
    <RecordHistory type="training_course" id={id} formatValue={formatValue}
      fieldLabel={(field) => (labelKeys[field] ? t(`training.${labelKeys[field]}`) : field)} />
  );
}
