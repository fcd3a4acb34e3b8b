import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../core/api/users.ts';

interface UserEmailFormProps {
  user: UserSummary;
  isBusy: boolean;
  /** The server's message for the e-mail field. */
  error: string | undefined;
  /** The new address, or null when the field was emptied (the address is removed). */
  onSubmit: (email: string | null) => void;
  onCancel: () => void;
}

/** Sets or removes the address an account's report reminders go to; the server checks and lower-cases it. */
export function UserEmailForm({ user, isBusy, error, onSubmit, onCancel }: UserEmailFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [email, setEmail] = useState(user.email ?? '');

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit(email.trim() || null);
  }

  return (
    <form className="inline-form" onSubmit={submit} noValidate>
      <label className="visually-hidden" htmlFor={`${id}-email`}>{t('users.emailFor', { name: user.displayName })}</label>
      <input
        id={`${id}-email`}
        type="email"
        value={email}
        autoComplete="off"
        spellCheck={false}
        // The form opens because the admin asked for it: the field is where they type next.
        autoFocus
        onChange={(event) => setEmail(event.target.value)}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={error ? true : undefined}
      />
      <button type="submit" className="button button-small button-primary" disabled={isBusy}>{t('users.emailSubmit')}</button>
      <button type="button" className="button button-small button-quiet" onClick={onCancel}>{t('common.cancel')}</button>
      <small id={`${id}-hint`} className="field-hint">{t('users.emailEditHint')}</small>
      {error && <small id={`${id}-error`} className="field-error" role="alert">{error}</small>}
    </form>
  );
}
