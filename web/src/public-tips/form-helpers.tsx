import { useEffect, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type FieldDetail } from '../api/client.ts';
import { currentLanguage } from '../i18n/i18n.ts';
import { PublicApiError } from './public-api.ts';
import { fieldOf, textLength } from './public-tip-draft.ts';

/**
 * After a 429 the send button waits out the server's time, counting down, rather than letting a
 * reporter hit the limit again.
 */
export function useCooldown(): { secondsLeft: number; startFrom: (error: unknown) => void } {
  const [until, setUntil] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until <= now) return;
    const timer = window.setTimeout(() => setNow(Date.now()), 1000);
    return () => window.clearTimeout(timer);
  }, [until, now]);
  return {
    secondsLeft: Math.max(0, Math.ceil((until - now) / 1000)),
    startFrom: (error) => {
      if (error instanceof PublicApiError && error.status === 429) {
        const wait = error.retryAfterSeconds ?? 60;
        const start = Date.now();
        setNow(start);
        setUntil(start + wait * 1000);
      }
    },
  };
}

/**
 * The server's field problems sorted into ours, by the field they name (`subjects.0` goes to
 * `subjects`); what names none of our fields is kept to show with the general message. A refused
 * file (`attachment_*`) belongs to the attachments.
 */
export function serverFieldErrors(error: unknown, fields: readonly string[]): { byField: Record<string, string>; other: FieldDetail[] } {
  const byField: Record<string, string> = {};
  const other: FieldDetail[] = [];
  if (!(error instanceof ApiError)) return { byField, other };
  if (error.code.startsWith('attachment_') && fields.includes('attachments')) byField.attachments = error.message;
  for (const detail of error.details) {
    const field = fieldOf(detail.field, fields);
    if (field) byField[field] = byField[field] ? `${byField[field]} ${detail.message}` : detail.message;
    else other.push(detail);
  }
  return { byField, other };
}

interface CountedTextareaProps {
  id?: string;
  value: string;
  onChange: (value: string) => void;
  max: number;
  rows?: number;
  disabled?: boolean;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

/**
 * A text area with its count of characters against the limit. Nothing is cut off while typing or
 * pasting: past the limit the count turns red and the form says so before sending.
 */
export function CountedTextarea({ id, value, onChange, max, rows = 6, disabled, ...aria }: CountedTextareaProps) {
  const { t } = useTranslation();
  const count = textLength(value);
  const language = currentLanguage();
  const counterId = id ? `${id}-counter` : undefined;
  const describedBy = [aria['aria-describedby'], counterId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="counted-text">
      <textarea
        id={id}
        value={value}
        rows={rows}
        disabled={disabled}
        onChange={(event: ChangeEvent<HTMLTextAreaElement>) => onChange(event.target.value)}
        aria-describedby={describedBy}
        aria-invalid={aria['aria-invalid']}
      />
      <small id={counterId} className={count > max ? 'text-counter text-counter-over' : 'text-counter'}>
        {t('public-tips.form.counter', { used: count.toLocaleString(language), max: max.toLocaleString(language) })}
      </small>
    </div>
  );
}
