import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseVietnameseDate } from '../../../../core/dates/format.ts';
import { ApiError } from '../../api/client.ts';
import { deleteHotspot, eliminateHotspot, recordWatchVisit, type Hotspot } from '../../api/hotspots.ts';
import { ErrorMessage } from '../../common/ErrorMessage.tsx';
import { FormField } from '../../common/FormField.tsx';

export interface ActionFormProps {
  item: Hotspot;
  /** What was done, for the page's notice, and the hotspot as it now is (absent once deleted). */
  onDone: (message: string, updated?: Hotspot) => void;
  onCancel: () => void;
}

/** Sends one small form: the local check first, then the server, keeping its answer for the fields. */
function useSubmission() {
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [isSubmitting, setSubmitting] = useState(false);
  async function run(errors: Record<string, string>, send: () => Promise<void>) {
    setError(null);
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) return;
    setSubmitting(true);
    try {
      await send();
    } catch (caught) {
      setError(caught);
      setSubmitting(false);
    }
  }
  const fieldError = (field: string) => localErrors[field] ?? (error instanceof ApiError ? error.fieldMessage(field) : undefined);
  /** The error when no field shows it (a refusal, a lost connection). */
  const generalError = (fields: string[]) => (fields.some((field) => fieldError(field)) ? null : error);
  return { run, fieldError, generalError, isSubmitting };
}

/** "Triệt xóa": the day the hotspot was eliminated. */
export function EliminateForm({ item, onDone, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const { run, fieldError, generalError, isSubmitting } = useSubmission();

  function submit(event: FormEvent) {
    event.preventDefault();
    const eliminatedOn = parseVietnameseDate(text);
    void run(eliminatedOn ? {} : { eliminatedOn: t('hotspots.form.dateInvalid') }, async () => {
      const updated = await eliminateHotspot(item.id, eliminatedOn!);
      onDone(t('hotspots.eliminatedNotice', { address: item.address, date: text.trim() }), updated);
    });
  }

  return (
    <form className="inline-form row-form" onSubmit={submit} noValidate aria-label={t('hotspots.eliminateHeading', { address: item.address })}>
      <FormField label={t('hotspots.eliminatedOn')} hint={t('hotspots.form.dateHint')} error={fieldError('eliminatedOn')}>
        <input value={text} size={12} inputMode="numeric" onChange={(event) => setText(event.target.value)} />
      </FormField>
      <ErrorMessage error={generalError(['eliminatedOn'])} />
      <div className="form-actions">
        <button type="submit" className="button button-primary button-small" disabled={isSubmitting}>{t('hotspots.eliminateSubmit')}</button>
        <button type="button" className="button button-quiet button-small" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}

/** A watch visit after the elimination: its day, whether the hotspot re-formed, notes about the place. */
export function WatchVisitForm({ item, onDone, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  const findingName = useId();
  const [text, setText] = useState('');
  const [finding, setFinding] = useState<'' | 'no' | 'yes'>('');
  const [notes, setNotes] = useState('');
  const { run, fieldError, generalError, isSubmitting } = useSubmission();

  function submit(event: FormEvent) {
    event.preventDefault();
    const visitedOn = parseVietnameseDate(text);
    const errors: Record<string, string> = {};
    if (!visitedOn) errors.visitedOn = t('hotspots.form.dateInvalid');
    if (finding === '') errors.reformed = t('hotspots.form.findingRequired');
    void run(errors, async () => {
      const reformed = finding === 'yes';
      const updated = await recordWatchVisit(item.id, { visitedOn: visitedOn!, reformed, notes: notes.trim() === '' ? null : notes.trim() });
      const key = reformed ? 'hotspots.watchRecordedReformed' : 'hotspots.watchRecorded';
      onDone(t(key, { address: item.address, date: text.trim() }), updated);
    });
  }

  const findingError = fieldError('reformed');
  return (
    <form className="inline-form row-form" onSubmit={submit} noValidate aria-label={t('hotspots.watchHeading', { address: item.address })}>
      <FormField label={t('hotspots.visitedOn')} hint={t('hotspots.form.dateHint')} error={fieldError('visitedOn')}>
        <input value={text} size={12} inputMode="numeric" onChange={(event) => setText(event.target.value)} />
      </FormField>
      <fieldset className={findingError ? 'choice-field field-invalid' : 'choice-field'} aria-describedby={`${findingName}-hint`}>
        <legend>{t('hotspots.finding')}</legend>
        <label>
          <input type="radio" name={findingName} value="no" checked={finding === 'no'} onChange={() => setFinding('no')} />
          {' '}{t('hotspots.reformedNo')}
        </label>
        <label>
          <input type="radio" name={findingName} value="yes" checked={finding === 'yes'} onChange={() => setFinding('yes')} />
          {' '}{t('hotspots.reformedYes')}
        </label>
        <small id={`${findingName}-hint`} className="field-hint">{t('hotspots.reformedHint')}</small>
        {findingError && <small className="field-error" role="alert">{findingError}</small>}
      </fieldset>
      <FormField label={t('hotspots.visitNotes')} hint={t('hotspots.form.notesHint')} error={fieldError('notes')}>
        <textarea value={notes} rows={2} maxLength={2000} onChange={(event) => setNotes(event.target.value)} />
      </FormField>
      <ErrorMessage error={generalError(['visitedOn', 'reformed', 'notes'])} />
      <div className="form-actions">
        <button type="submit" className="button button-primary button-small" disabled={isSubmitting}>{t('hotspots.watchSubmit')}</button>
        <button type="button" className="button button-quiet button-small" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}

/** Soft deletion, with the reason the audit log keeps. */
export function DeleteForm({ item, onDone, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const { run, fieldError, generalError, isSubmitting } = useSubmission();

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(reason.trim() === '' ? { reason: t('hotspots.form.required') } : {}, async () => {
      await deleteHotspot(item.id, reason.trim());
      onDone(t('hotspots.deleted', { address: item.address }));
    });
  }

  return (
    <form className="inline-form row-form" onSubmit={submit} noValidate aria-label={t('hotspots.deleteHeading', { address: item.address })}>
      <FormField label={t('hotspots.deleteReason')} error={fieldError('reason')}>
        <textarea value={reason} rows={2} maxLength={500} onChange={(event) => setReason(event.target.value)} />
      </FormField>
      <ErrorMessage error={generalError(['reason'])} />
      <div className="form-actions">
        <button type="submit" className="button button-primary button-small" disabled={isSubmitting}>{t('hotspots.deleteSubmit')}</button>
        <button type="button" className="button button-quiet button-small" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
