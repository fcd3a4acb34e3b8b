import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PublicTipStatusView } from '../../../core/api/tips.ts';
import { formatDate } from '../../../core/dates/format.ts';
import { ApiError } from '../api/client.ts';
import { useErrorText } from '../common/ErrorMessage.tsx';
import { FormField } from '../common/FormField.tsx';
import { currentLanguage } from '../i18n/i18n.ts';
import { AttachmentsField } from './AttachmentsField.tsx';
import { CountedTextarea, serverFieldErrors, useCooldown } from './form-helpers.tsx';
import { addToPublicTip, isAborted, lookupPublicTip } from './public-api.ts';
import { PublicLayout } from './PublicLayout.tsx';
import { publicLimits, textLength, typedReceiptCode } from './public-tip-draft.ts';

/**
 * /bao-tin/tra-cuu: the reporter types their receipt code and sees the public status, then may add
 * information. The code stays in this page's memory only: it is sent in request bodies, never put
 * in the address, the history or the browser's storage.
 */
export function PublicTipStatusPage() {
  const { t } = useTranslation();
  const [found, setFound] = useState<{ code: string; status: PublicTipStatusView } | null>(null);
  return (
    <PublicLayout title={t('public-tips.statusPageTitle')} emergencyFooter>
      <h1>{t('public-tips.lookup.title')}</h1>
      {found ? (
        <StatusView code={found.code} status={found.status}
          onUpdated={(status) => setFound({ code: found.code, status })} onForget={() => setFound(null)} />
      ) : (
        <LookupForm onFound={(code, status) => setFound({ code, status })} />
      )}
    </PublicLayout>
  );
}

function useErrorLine(): (error: unknown) => string {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return (error) => (error instanceof ApiError && error.code === 'network' ? t('errors.network') : errorText(error));
}

function LookupForm({ onFound }: { onFound: (code: string, status: PublicTipStatusView) => void }) {
  const { t } = useTranslation();
  const errorLine = useErrorLine();
  const [input, setInput] = useState('');
  const [localError, setLocalError] = useState<string | undefined>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const cooldown = useCooldown();
  const controllerRef = useRef<AbortController | null>(null);
  useEffect(() => () => controllerRef.current?.abort(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || cooldown.secondsLeft > 0) return;
    setError(null);
    const code = typedReceiptCode(input);
    if (!code) {
      setLocalError(t('public-tips.lookup.codeInvalid'));
      return;
    }
    setLocalError(undefined);
    setBusy(true);
    const controller = new AbortController();
    controllerRef.current = controller;
    try {
      const status = await lookupPublicTip(code, { signal: controller.signal });
      controllerRef.current = null;
      // The code typed is forgotten with the form; only the found one is kept, in memory.
      onFound(code, status);
      return;
    } catch (caught) {
      if (isAborted(caught)) return;
      setError(caught);
      cooldown.startFrom(caught);
    }
    setBusy(false);
  }

  const fieldError = localError ?? (error instanceof ApiError && error.details.length > 0 ? error.details.map((detail) => detail.message).join(' ') : undefined);
  return (
    <>
      <p>{t('public-tips.lookup.intro')}</p>
      <form className="public-form lookup-form" onSubmit={submit} noValidate autoComplete="off" aria-label={t('public-tips.lookup.title')}>
        <FormField label={t('public-tips.lookup.code')} hint={t('public-tips.lookup.codeHint')} error={fieldError}>
          <input
            className="code-input"
            value={input}
            onChange={(event) => setInput(event.target.value)}
            autoComplete="off"
            autoCapitalize="characters"
            autoCorrect="off"
            spellCheck={false}
            maxLength={64}
            placeholder="XXXX-XXXX-XXXX-XXXX-XXXX"
            translate="no"
          />
        </FormField>
        {error ? <p className="notice notice-error" role="alert">{errorLine(error)}</p> : null}
        <div className="form-actions">
          <button type="submit" className="button button-primary button-large" disabled={busy || cooldown.secondsLeft > 0}>
            {cooldown.secondsLeft > 0
              ? t('public-tips.form.waitSeconds', { seconds: cooldown.secondsLeft })
              : busy ? t('public-tips.lookup.submitting') : t('public-tips.lookup.submit')}
          </button>
        </div>
      </form>
      <p className="muted">
        {t('public-tips.lookup.noCode')} <Link to="/bao-tin">{t('public-tips.lookup.reportLink')}</Link>
      </p>
    </>
  );
}

interface StatusViewProps {
  code: string;
  status: PublicTipStatusView;
  onUpdated: (status: PublicTipStatusView) => void;
  onForget: () => void;
}

function StatusView({ code, status, onUpdated, onForget }: StatusViewProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <>
      <section className="status-card" aria-labelledby="status-title">
        <h2 id="status-title" ref={headingRef} tabIndex={-1}>{t('public-tips.status.title')}</h2>
        <p className="status-line">
          <span className="muted">{t('public-tips.status.label')}: </span>
          <strong className={`public-status public-status-${status.status}`}>{t(`public-tips.status.name.${status.status}`)}</strong>
        </p>
        <p>{t(`public-tips.status.help.${status.status}`)}</p>
        <dl className="facts status-facts">
          <dt>{t('public-tips.status.receivedOn')}</dt>
          <dd>{formatDate(status.receivedOn)}</dd>
          <dt>{t('public-tips.status.updatedOn')}</dt>
          <dd>{formatDate(status.updatedOn)}</dd>
          <dt>{t('public-tips.status.additions')}</dt>
          <dd>{status.additions}</dd>
        </dl>
      </section>
      <AdditionForm code={code} onAdded={onUpdated} />
      <p>
        <button type="button" className="button" onClick={onForget}>{t('public-tips.status.forget')}</button>
      </p>
    </>
  );
}

function AdditionForm({ code, onAdded }: { code: string; onAdded: (status: PublicTipStatusView) => void }) {
  const { t } = useTranslation();
  const errorLine = useErrorLine();
  const language = currentLanguage();
  const [text, setText] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [localError, setLocalError] = useState<string | undefined>();
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const cooldown = useCooldown();
  const controllerRef = useRef<AbortController | null>(null);
  useEffect(() => () => controllerRef.current?.abort(), []);
  const sending = progress !== null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (sending || cooldown.secondsLeft > 0) return;
    setError(null);
    setNotice('');
    const length = textLength(text);
    if (length === 0) {
      setLocalError(t('public-tips.addition.required'));
      return;
    }
    if (length > publicLimits.additionMax) {
      setLocalError(t('public-tips.validation.tooLong', { max: publicLimits.additionMax.toLocaleString(language) }));
      return;
    }
    setLocalError(undefined);
    const controller = new AbortController();
    controllerRef.current = controller;
    setProgress(0);
    try {
      const status = await addToPublicTip(code, text.normalize('NFC').trim(), files, { signal: controller.signal, onProgress: setProgress });
      setText('');
      setFiles([]);
      setNotice(t('public-tips.addition.sent'));
      onAdded(status);
    } catch (caught) {
      if (isAborted(caught)) setNotice(t('public-tips.form.cancelled'));
      else {
        setError(caught);
        cooldown.startFrom(caught);
      }
    }
    controllerRef.current = null;
    setProgress(null);
  }

  const server = serverFieldErrors(error, ['text', 'attachments']);
  const percent = progress === null ? 0 : Math.round(progress * 100);
  return (
    <section className="public-section addition" aria-labelledby="addition-title">
      <h2 id="addition-title">{t('public-tips.addition.title')}</h2>
      <p>{t('public-tips.addition.intro')}</p>
      <form className="public-form" onSubmit={submit} noValidate autoComplete="off" aria-labelledby="addition-title">
        <FormField label={t('public-tips.addition.text')} error={localError ?? server.byField.text}>
          <CountedTextarea value={text} onChange={setText} max={publicLimits.additionMax} rows={5} disabled={sending} />
        </FormField>
        <AttachmentsField files={files} onChange={setFiles} error={server.byField.attachments} disabled={sending} />
        {error ? (
          <div className="notice notice-error" role="alert">
            <div>
              <p className="notice-message">{errorLine(error)}</p>
              {server.other.length > 0 && <ul>{server.other.map((detail) => <li key={`${detail.field}:${detail.message}`}>{detail.message}</li>)}</ul>}
            </div>
          </div>
        ) : null}
        {notice && <p className="notice notice-success" role="status">{notice}</p>}
        <div className="form-actions">
          <button type="submit" className="button button-primary button-large" disabled={sending || cooldown.secondsLeft > 0}>
            {cooldown.secondsLeft > 0
              ? t('public-tips.form.waitSeconds', { seconds: cooldown.secondsLeft })
              : sending
                ? (files.length > 0 ? t('public-tips.form.sendingPercent', { percent }) : t('public-tips.form.sending'))
                : t('public-tips.addition.submit')}
          </button>
          {sending && <button type="button" className="button" onClick={() => controllerRef.current?.abort()}>{t('public-tips.form.cancel')}</button>}
        </div>
        {sending && files.length > 0 && <progress className="upload-progress" max={100} value={percent} aria-label={t('public-tips.form.sending')} />}
      </form>
    </section>
  );
}
