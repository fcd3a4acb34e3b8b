import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { attachmentLimits } from '../../../core/api/tips.ts';
import { tipChannels, tipSubjects, type TipSubject } from '../../../core/tips/tip-kinds.ts';
import { ApiError } from '../api/client.ts';
import { useCurrentUser } from '../auth/session-context.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { FormField } from '../common/FormField.tsx';
import { EstablishmentPicker } from '../records/inspections/EstablishmentPicker.tsx';
import { UnitPicker } from '../users/UnitPicker.tsx';
import { AttachmentInput, UploadProgress } from './AttachmentInput.tsx';
import { HotspotPicker } from './HotspotPicker.tsx';
import { emptyTipDraft, readTipDraft, type TipDraft, type TipFieldErrors } from './tip-draft.ts';
import { checkFiles } from './tip-format.ts';
import { createTip } from './tips-api.ts';

const DESCRIPTION_MAX = 10_000;
const staffChannels = tipChannels.filter((channel) => channel !== 'public_form');

/** The fields this form shows; a server message about any other field is listed at the top. */
const formFields = [
  'unitId', 'channel', 'receivedAt', 'subjects', 'establishmentId', 'hotspotId', 'address', 'onlineAccount', 'description',
  'anonymous', 'reporter', 'reporter.fullName', 'reporter.phone', 'reporter.email', 'reporter.address', 'reporter.wantsFeedback',
];

/** The server's messages for a field and for its list entries ('subjects' and 'subjects.1'). */
function serverMessage(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const messages = error.details
    .filter((detail) => detail.field === field || (detail.field.startsWith(`${field}.`) && /^\d+$/.test(detail.field.slice(field.length + 1))))
    .map((detail) => detail.message);
  return messages.length > 0 ? [...new Set(messages)].join(' ') : undefined;
}

function isPlaced(field: string): boolean {
  return formFields.includes(field) || formFields.some((known) => new RegExp(`^${known.replace('.', '\\.')}\\.\\d+$`).test(field));
}

/**
 * /tips/new: a tip, denunciation or complaint received by telephone, in person, by letter… The
 * reporter may stay anonymous; their identity is kept apart from the tip, and only the unit's
 * tip custodian sees it. Sent as one multipart request: the form as JSON and the files.
 */
export function TipIntakePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const [draft, setDraft] = useState<TipDraft>(() => emptyTipDraft(user.unit ? { id: user.unit.id, name: user.unit.name } : null));
  const [files, setFiles] = useState<File[]>([]);
  const [localErrors, setLocalErrors] = useState<TipFieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const isSubmitting = progress !== null;
  const set = <K extends keyof TipDraft>(key: K) => (value: TipDraft[K]) => setDraft((previous) => ({ ...previous, [key]: value }));
  const text = (key: 'receivedOn' | 'receivedTime' | 'address' | 'onlineAccount' | 'description' | 'fullName' | 'phone' | 'email' | 'reporterAddress') => ({
    value: draft[key],
    onChange: (event: { target: { value: string } }) => set(key)(event.target.value),
  });
  // Another unit has another registry: what was picked from the first no longer applies.
  const changeUnit = (unit: TipDraft['unit']) => setDraft((previous) => ({ ...previous, unit, establishment: null, hotspot: null }));
  const toggleSubject = (subject: TipSubject, checked: boolean) =>
    set('subjects')(checked ? tipSubjects.filter((candidate) => candidate === subject || draft.subjects.includes(candidate)) : draft.subjects.filter((candidate) => candidate !== subject));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const { values, errors } = readTipDraft(draft, {
      required: t('tips.intake.required'),
      channelRequired: t('tips.intake.channelRequired'),
      dateInvalid: t('tips.intake.dateInvalid'),
      timeInvalid: t('tips.intake.timeInvalid'),
      inFuture: t('tips.intake.inFuture'),
      subjectsRequired: t('tips.intake.subjectsRequired'),
      concernRequired: t('tips.intake.concernRequired'),
      reporterEmpty: t('tips.intake.reporterEmpty'),
      emailInvalid: t('tips.intake.emailInvalid'),
    });
    if (checkFiles(files).length > 0) errors.attachments = t('tips.intake.filesToFix');
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) {
      window.scrollTo({ top: 0 });
      return;
    }
    setProgress(0);
    try {
      const tip = await createTip(values, files, files.length > 0 ? setProgress : undefined);
      void navigate(`/tips/${tip.id}`, { state: { notice: t('tips.intake.received', { reference: tip.reference }) } });
    } catch (caught) {
      setError(caught);
      setProgress(null);
      window.scrollTo({ top: 0 });
    }
  }

  const fieldError = (field: string) => localErrors[field] ?? serverMessage(error, field);
  const attachmentError = localErrors.attachments
    ?? (error instanceof ApiError && error.code.startsWith('attachment_') ? error.message : undefined);
  const unplaced = error instanceof ApiError ? error.details.filter((detail) => !isPlaced(detail.field)) : [];
  const title = t('tips.intake.title');
  const dateHint = t('tips.intake.dateHint');

  return (
    <section className="page tip-intake-page">
      <h1>{title}</h1>
      <ErrorMessage error={error} />
      {unplaced.length > 0 && (
        <ul className="notice notice-error plain-list" role="alert">
          {unplaced.map((detail, index) => <li key={index}>{detail.message}</li>)}
        </ul>
      )}
      {Object.keys(localErrors).length > 0 && <p className="notice notice-error" role="alert">{t('tips.intake.fixFields')}</p>}
      <form className="tip-form" onSubmit={submit} noValidate aria-label={title}>
        <fieldset className="editor-section">
          <legend>{t('tips.intake.receipt')}</legend>
          <div className="form-grid">
            <FormField label={t('tips.field.unit')} hint={t('tips.intake.unitHint')} error={fieldError('unitId')}>
              <UnitPicker value={draft.unit} onChange={changeUnit} />
            </FormField>
            <FormField label={t('tips.field.channel')} error={fieldError('channel')}>
              <select value={draft.channel} onChange={(event) => set('channel')(event.target.value as TipDraft['channel'])}>
                <option value="">{t('common.choose')}</option>
                {staffChannels.map((channel) => <option key={channel} value={channel}>{t(`tips.channel.${channel}`)}</option>)}
              </select>
            </FormField>
            <div className="form-pair">
              <FormField label={t('tips.field.receivedOn')} hint={dateHint} error={fieldError('receivedAt')}>
                <input {...text('receivedOn')} inputMode="numeric" size={12} />
              </FormField>
              <FormField label={t('tips.field.receivedTime')} hint={t('tips.intake.timeHint')}>
                <input {...text('receivedTime')} inputMode="numeric" size={6} />
              </FormField>
            </div>
          </div>
        </fieldset>

        <fieldset className="editor-section" aria-describedby={fieldError('subjects') ? 'tip-subjects-error' : undefined}>
          <legend>{t('tips.field.subjects')}</legend>
          <p className="muted small">{t('tips.intake.subjectsHint')}</p>
          <ul className="checklist">
            {tipSubjects.map((subject) => (
              <li key={subject}>
                <label>
                  <input type="checkbox" checked={draft.subjects.includes(subject)} onChange={(event) => toggleSubject(subject, event.target.checked)} />
                  {t(`tips.subject.${subject}`)}
                </label>
              </li>
            ))}
          </ul>
          {fieldError('subjects') && <small id="tip-subjects-error" className="field-error">{fieldError('subjects')}</small>}
        </fieldset>

        <fieldset className="editor-section">
          <legend>{t('tips.intake.concerns')}</legend>
          <p className="muted small">{t('tips.intake.concernsHint')}</p>
          {localErrors.concerns && <p className="field-error" role="alert">{localErrors.concerns}</p>}
          <div className="form-columns">
            <FormField label={t('tips.field.establishment')} hint={t('tips.intake.establishmentHint')} error={fieldError('establishmentId')}>
              {draft.establishment ? (
                <PickedValue value={draft.establishment.name} onClear={() => set('establishment')(null)} />
              ) : (
                <EstablishmentPicker unitId={draft.unit?.id ?? null} excludeIds={[]}
                  onPick={(establishment) => set('establishment')({ id: establishment.id, name: establishment.name })} />
              )}
            </FormField>
            <FormField label={t('tips.field.hotspot')} hint={t('tips.intake.hotspotHint')} error={fieldError('hotspotId')}>
              {draft.hotspot ? (
                <PickedValue value={draft.hotspot.address} onClear={() => set('hotspot')(null)} />
              ) : (
                <HotspotPicker unitId={draft.unit?.id ?? null} onPick={(hotspot) => set('hotspot')({ id: hotspot.id, address: hotspot.address })} />
              )}
            </FormField>
            <FormField label={t('tips.field.address')} error={fieldError('address')}>
              <input {...text('address')} maxLength={300} />
            </FormField>
            <FormField label={t('tips.field.onlineAccount')} hint={t('tips.intake.onlineAccountHint')} error={fieldError('onlineAccount')}>
              <input {...text('onlineAccount')} maxLength={500} />
            </FormField>
          </div>
        </fieldset>

        <fieldset className="editor-section">
          <legend>{t('tips.field.description')}</legend>
          <FormField label={t('tips.intake.descriptionLabel')} error={fieldError('description')}
            hint={t('tips.intake.descriptionCount', { count: draft.description.length, max: DESCRIPTION_MAX.toLocaleString('vi-VN') })}>
            <textarea {...text('description')} rows={7} maxLength={DESCRIPTION_MAX} />
          </FormField>
        </fieldset>

        <fieldset className="editor-section">
          <legend>{t('tips.intake.reporter')}</legend>
          <p className="notice notice-info">{t('tips.intake.identityNote')}</p>
          <label className="checkbox">
            <input type="checkbox" checked={draft.anonymous} onChange={(event) => set('anonymous')(event.target.checked)} />
            {t('tips.field.anonymous')}
          </label>
          {!draft.anonymous && (
            <div className="form-columns">
              <FormField label={t('tips.field.fullName')} error={fieldError('reporter.fullName')}>
                <input {...text('fullName')} maxLength={200} autoComplete="off" />
              </FormField>
              <FormField label={t('tips.field.phone')} error={fieldError('reporter.phone')}>
                <input {...text('phone')} maxLength={30} inputMode="tel" autoComplete="off" />
              </FormField>
              <FormField label={t('tips.field.email')} error={fieldError('reporter.email')}>
                <input {...text('email')} maxLength={200} type="email" autoComplete="off" />
              </FormField>
              <FormField label={t('tips.field.reporterAddress')} error={fieldError('reporter.address')}>
                <input {...text('reporterAddress')} maxLength={300} autoComplete="off" />
              </FormField>
              <label className="checkbox">
                <input type="checkbox" checked={draft.wantsFeedback} onChange={(event) => set('wantsFeedback')(event.target.checked)} />
                {t('tips.field.wantsFeedback')}
              </label>
            </div>
          )}
          {fieldError('reporter') && <p className="field-error">{fieldError('reporter')}</p>}
        </fieldset>

        <fieldset className="editor-section">
          <legend>{t('tips.field.attachments')}</legend>
          <FormField label={t('tips.intake.chooseFiles')} error={attachmentError}
            hint={t('tips.files.hint', { max: attachmentLimits.maxFiles, limit: Math.round(attachmentLimits.maxFileBytes / (1024 * 1024)) })}>
            <AttachmentInput files={files} onChange={setFiles} disabled={isSubmitting} />
          </FormField>
        </fieldset>

        <UploadProgress share={files.length > 0 ? progress : null} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={isSubmitting}>
            {isSubmitting ? t('tips.intake.submitting') : t('tips.intake.submit')}
          </button>
          <Link to="/tips" className="button button-quiet">{t('common.cancel')}</Link>
        </div>
      </form>
    </section>
  );
}

/** A record picked from a search, shown read-only with a button to pick another; the field's label points at it. */
function PickedValue({ id, value, onClear, ...aria }: { id?: string; value: string; onClear: () => void; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="picked-unit">
      <input id={id} value={value} readOnly {...aria} />
      <button type="button" className="button button-small" onClick={onClear}>{t('tips.intake.unpick')}</button>
    </div>
  );
}
