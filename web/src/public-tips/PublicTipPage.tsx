import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicTipReceipt } from '../../../core/api/tips.ts';
import { tipSubjects, type TipSubject } from '../../../core/tips/tip-kinds.ts';
import { ApiError } from '../api/client.ts';
import { useErrorText } from '../common/ErrorMessage.tsx';
import { FormField } from '../common/FormField.tsx';
import { currentLanguage } from '../i18n/i18n.ts';
import { AttachmentsField } from './AttachmentsField.tsx';
import { CountedTextarea, serverFieldErrors, useCooldown } from './form-helpers.tsx';
import { PlacePicker } from './PlacePicker.tsx';
import { isAborted, submitPublicTip } from './public-api.ts';
import { EmergencyNumbers, PublicLayout } from './PublicLayout.tsx';
import {
  emptyPublicTipDraft, newSubmissionKey, publicLimits, readPublicTipDraft, submissionKeySpent, type DraftMessages, type FieldErrors,
  type PublicTipDraft, type PublicTipField,
} from './public-tip-draft.ts';
import { ReceiptView } from './ReceiptView.tsx';

const fields: readonly PublicTipField[] = [
  'unitId', 'subjects', 'address', 'onlineAccount', 'happenedOn', 'description', 'reporter',
  'reporter.fullName', 'reporter.phone', 'reporter.email', 'reporter.address', 'attachments',
];

/** /bao-tin: a citizen reports, anonymously unless they choose otherwise, without signing in. */
export function PublicTipPage() {
  const { t } = useTranslation();
  const [receipt, setReceipt] = useState<PublicTipReceipt | null>(null);
  return (
    <PublicLayout title={t('public-tips.pageTitle')}>
      {receipt ? <ReceiptView receipt={receipt} onAnother={() => setReceipt(null)} /> : <PublicTipForm onSent={setReceipt} />}
    </PublicLayout>
  );
}

function Intro() {
  const { t } = useTranslation();
  return (
    <div className="public-intro">
      <h1>{t('public-tips.intro.title')}</h1>
      <p className="public-lead">{t('public-tips.intro.lead')}</p>
      <div className="intro-columns">
        <section className="intro-box" aria-labelledby="intro-safe">
          <h2 id="intro-safe">{t('public-tips.intro.safeTitle')}</h2>
          <ul>
            <li>{t('public-tips.intro.anonymous')}</li>
            <li>{t('public-tips.intro.noTracking')}</li>
            <li>{t('public-tips.intro.protected')}</li>
          </ul>
          <h2>{t('public-tips.intro.nextTitle')}</h2>
          <p>{t('public-tips.intro.next')}</p>
          <p className="muted">{t('public-tips.intro.safety')}</p>
        </section>
        <EmergencyNumbers />
      </div>
    </div>
  );
}

/** A label with its "(required)" mark. */
function Required({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return <>{children} <span className="field-required">{t('public-tips.form.required')}</span></>;
}

interface IdentityChoiceProps {
  id: string;
  checked: boolean;
  disabled: boolean;
  onChoose: () => void;
  label: string;
  hint: string;
}

/** One way of sending: named by its title alone, described by its hint; the whole box can be tapped. */
function IdentityChoice({ id, checked, disabled, onChoose, label, hint }: IdentityChoiceProps) {
  return (
    // The box is a larger target for a finger; the radio button stays the control for keyboards and screen readers.
    <div className={checked ? 'choice choice-block choice-checked' : 'choice choice-block'} onClick={() => { if (!disabled) onChoose(); }}>
      <input id={id} type="radio" name="identity" checked={checked} disabled={disabled} onChange={onChoose} aria-describedby={`${id}-hint`} />
      <span>
        <label htmlFor={id}><strong>{label}</strong></label>
        <span id={`${id}-hint`} className="choice-hint">{hint}</span>
      </span>
    </div>
  );
}

function PublicTipForm({ onSent }: { onSent: (receipt: PublicTipReceipt) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const formRef = useRef<HTMLFormElement>(null);
  const controllerRef = useRef<AbortController | null>(null);
  const [draft, setDraft] = useState<PublicTipDraft>(emptyPublicTipDraft);
  const [files, setFiles] = useState<File[]>([]);
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [attempt, setAttempt] = useState(0);
  // One key for this filled-in form, kept through failed tries so that a repeat of a send whose
  // answer was lost is recognised; the next form (after the receipt) mounts with a new one.
  const [submissionKey, setSubmissionKey] = useState(newSubmissionKey);
  const cooldown = useCooldown();
  const sending = progress !== null;
  const language = currentLanguage();

  // Each refused attempt takes the reporter to the first field to fix.
  useEffect(() => {
    if (attempt === 0) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], .contact-error');
    invalid?.focus();
    invalid?.scrollIntoView({ block: 'center' });
  }, [attempt]);

  // Leaving the page while sending stops the upload.
  useEffect(() => () => controllerRef.current?.abort(), []);

  const set = <K extends keyof PublicTipDraft>(key: K, value: PublicTipDraft[K]) => setDraft((previous) => ({ ...previous, [key]: value }));
  const text = (key: 'address' | 'onlineAccount' | 'happenedOn' | 'fullName' | 'phone' | 'email' | 'contactAddress') => ({
    value: draft[key],
    onChange: (event: { target: { value: string } }) => set(key, event.target.value),
    disabled: sending,
  });
  const toggleSubject = (subject: TipSubject, checked: boolean) =>
    set('subjects', checked ? tipSubjects.filter((candidate) => candidate === subject || draft.subjects.includes(candidate)) : draft.subjects.filter((candidate) => candidate !== subject));

  const messages: DraftMessages = {
    unitRequired: t('public-tips.validation.unitRequired'),
    subjectsRequired: t('public-tips.validation.subjectsRequired'),
    descriptionRequired: t('public-tips.validation.descriptionRequired'),
    tooLong: (max) => t('public-tips.validation.tooLong', { max: max.toLocaleString(language) }),
    dateInvalid: t('public-tips.validation.dateInvalid'),
    dateInFuture: t('public-tips.validation.dateInFuture'),
    contactRequired: t('public-tips.validation.contactRequired'),
    phoneInvalid: t('public-tips.validation.phoneInvalid'),
    emailInvalid: t('public-tips.validation.emailInvalid'),
  };

  const server = serverFieldErrors(error, fields);
  const fieldError = (field: PublicTipField) => localErrors[field] ?? server.byField[field];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (sending || cooldown.secondsLeft > 0) return;
    setError(null);
    setNotice('');
    const { value, errors } = readPublicTipDraft(draft, messages);
    setLocalErrors(errors);
    if (!value) {
      setAttempt((count) => count + 1);
      return;
    }
    const controller = new AbortController();
    controllerRef.current = controller;
    setProgress(0);
    try {
      const receipt = await submitPublicTip(value, files, { signal: controller.signal, onProgress: setProgress, submissionKey });
      controllerRef.current = null;
      onSent(receipt);
      return;
    } catch (caught) {
      if (isAborted(caught)) {
        setNotice(t('public-tips.form.cancelled'));
      } else {
        setError(caught);
        // The earlier send arrived but its answer cannot be given again: a press of "Gửi" now sends a new tip.
        if (caught instanceof ApiError && submissionKeySpent(caught.code)) setSubmissionKey(newSubmissionKey());
        cooldown.startFrom(caught);
        setAttempt((count) => count + 1);
      }
    }
    controllerRef.current = null;
    setProgress(null);
  }

  const generalError = !error ? ''
    : error instanceof ApiError && error.code === 'network' ? t('public-tips.form.networkKept')
      : error instanceof ApiError && error.code === 'tip_submission_key_reused' ? t('public-tips.form.keyReused')
        : error instanceof ApiError && error.code === 'tip_already_submitted' ? t('public-tips.form.alreadySent')
          : errorText(error);
  const hasLocalErrors = Object.keys(localErrors).length > 0;
  const percent = progress === null ? 0 : Math.round(progress * 100);

  return (
    <>
      <Intro />
      <form ref={formRef} className="public-form" onSubmit={submit} noValidate autoComplete="off" aria-label={t('public-tips.form.label')}>
        <fieldset className="public-section">
          <legend>{t('public-tips.form.placeSection')}</legend>
          <FormField label={<Required>{t('public-tips.form.place')}</Required>} hint={t('public-tips.form.placeHint')} error={fieldError('unitId')}>
            <PlacePicker value={draft.unit} onChange={(unit) => set('unit', unit)} />
          </FormField>
          <FormField label={t('public-tips.form.address')} hint={t('public-tips.form.addressHint')} error={fieldError('address')}>
            <input {...text('address')} />
          </FormField>
          <FormField label={t('public-tips.form.onlineAccount')} hint={t('public-tips.form.onlineAccountHint')} error={fieldError('onlineAccount')}>
            <input {...text('onlineAccount')} spellCheck={false} autoCapitalize="none" />
          </FormField>
        </fieldset>

        <fieldset className="public-section">
          <legend>{t('public-tips.form.whatSection')}</legend>
          <fieldset className="choice-list" aria-describedby={fieldError('subjects') ? 'subjects-hint subjects-error' : 'subjects-hint'}>
            <legend><Required>{t('public-tips.form.subjects')}</Required></legend>
            <small id="subjects-hint" className="field-hint">{t('public-tips.form.subjectsHint')}</small>
            {tipSubjects.map((subject) => (
              <label key={subject} className="choice">
                <input type="checkbox" checked={draft.subjects.includes(subject)} disabled={sending}
                  aria-invalid={fieldError('subjects') ? true : undefined}
                  onChange={(event) => toggleSubject(subject, event.target.checked)} />
                <span>{t(`public-tips.subject.${subject}`)}</span>
              </label>
            ))}
            {fieldError('subjects') && <small id="subjects-error" className="field-error">{fieldError('subjects')}</small>}
          </fieldset>
          <FormField label={t('public-tips.form.happenedOn')} hint={t('public-tips.form.happenedOnHint')} error={fieldError('happenedOn')}>
            <input {...text('happenedOn')} inputMode="numeric" placeholder="dd/mm/yyyy" size={12} className="input-date" />
          </FormField>
          <FormField label={<Required>{t('public-tips.form.description')}</Required>} hint={t('public-tips.form.descriptionHint')} error={fieldError('description')}>
            <CountedTextarea value={draft.description} onChange={(value) => set('description', value)} max={publicLimits.descriptionMax} rows={7} disabled={sending} />
          </FormField>
          <AttachmentsField files={files} onChange={(next) => { setFiles(next); if (server.byField.attachments) setError(null); }}
            error={fieldError('attachments')} disabled={sending} />
        </fieldset>

        <fieldset className="public-section">
          <legend>{t('public-tips.form.identitySection')}</legend>
          <fieldset className="choice-list">
            <legend>{t('public-tips.form.identity')}</legend>
            <IdentityChoice id="identity-anonymous" checked={draft.anonymous} disabled={sending} onChoose={() => set('anonymous', true)}
              label={t('public-tips.form.anonymous')} hint={t('public-tips.form.anonymousHint')} />
            <IdentityChoice id="identity-withContact" checked={!draft.anonymous} disabled={sending} onChoose={() => set('anonymous', false)}
              label={t('public-tips.form.withContact')} hint={t('public-tips.form.withContactHint')} />
          </fieldset>
          {!draft.anonymous && (
            <div className="contact-fields">
              <p className="notice notice-info contact-note">{t('public-tips.form.contactNote')}</p>
              <p className="muted small">{t('public-tips.form.contactHint')}</p>
              {fieldError('reporter') && <p className="field-error contact-error" role="alert" tabIndex={-1}>{fieldError('reporter')}</p>}
              <div className="contact-grid">
                <FormField label={t('public-tips.form.fullName')} error={fieldError('reporter.fullName')}>
                  <input {...text('fullName')} />
                </FormField>
                <FormField label={t('public-tips.form.phone')} error={fieldError('reporter.phone')}>
                  <input {...text('phone')} type="tel" inputMode="tel" />
                </FormField>
                <FormField label={t('public-tips.form.email')} error={fieldError('reporter.email')}>
                  <input {...text('email')} type="email" inputMode="email" autoCapitalize="none" spellCheck={false} />
                </FormField>
                <FormField label={t('public-tips.form.contactAddress')} error={fieldError('reporter.address')}>
                  <input {...text('contactAddress')} />
                </FormField>
              </div>
              <label className="choice">
                <input type="checkbox" checked={draft.wantsFeedback} disabled={sending} onChange={(event) => set('wantsFeedback', event.target.checked)} />
                <span>{t('public-tips.form.wantsFeedback')}</span>
              </label>
            </div>
          )}
        </fieldset>

        <div className="public-submit">
          {hasLocalErrors && <p className="notice notice-error" role="alert">{t('public-tips.form.fixFields')}</p>}
          {generalError && (
            <div className="notice notice-error" role="alert">
              <div>
                <p className="notice-message">{generalError}</p>
                {server.other.length > 0 && (
                  <ul>{server.other.map((detail) => <li key={`${detail.field}:${detail.message}`}>{detail.message}</li>)}</ul>
                )}
              </div>
            </div>
          )}
          {notice && <p className="notice notice-info" role="status">{notice}</p>}
          <p className="muted small">{t('public-tips.form.beforeSubmit')}</p>
          <div className="form-actions">
            <button type="submit" className="button button-primary button-large" disabled={sending || cooldown.secondsLeft > 0}>
              {cooldown.secondsLeft > 0
                ? t('public-tips.form.waitSeconds', { seconds: cooldown.secondsLeft })
                : sending
                  ? (files.length > 0 ? t('public-tips.form.sendingPercent', { percent }) : t('public-tips.form.sending'))
                  : t('public-tips.form.submit')}
            </button>
            {sending && (
              <button type="button" className="button" onClick={() => controllerRef.current?.abort()}>{t('public-tips.form.cancel')}</button>
            )}
          </div>
          {sending && files.length > 0 && (
            <progress className="upload-progress" max={100} value={percent} aria-label={t('public-tips.form.sending')} />
          )}
        </div>
      </form>
    </>
  );
}
