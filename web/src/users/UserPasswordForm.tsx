import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH, type UserSummary } from '../../../core/api/users.ts';

interface UserPasswordFormProps {
  user: UserSummary;
  isBusy: boolean;
  /** The server's message for the password field. */
  error: string | undefined;
  onSubmit: (password: string) => void;
  onCancel: () => void;
}

/** Sets a new password for someone else's account; the server checks its length and ends their open sessions. */
export function UserPasswordForm({ user, isBusy, error, onSubmit, onCancel }: UserPasswordFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [password, setPassword] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit(password);
  }

  return (
    <form className="inline-form" onSubmit={submit} noValidate>
      <label className="visually-hidden" htmlFor={`${id}-password`}>{t('users.newPasswordFor', { name: user.displayName })}</label>
      <input
        id={`${id}-password`}
        type="password"
        value={password}
        autoComplete="new-password"
        // The form opens because the admin asked for it: the field is where they type next.
        autoFocus
        onChange={(event) => setPassword(event.target.value)}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={error ? true : undefined}
      />
      <button type="submit" className="button button-small button-primary" disabled={isBusy}>{t('users.resetPasswordSubmit')}</button>
      <button type="button" className="button button-small button-quiet" onClick={onCancel}>{t('common.cancel')}</button>
      <small id={`${id}-hint`} className="field-hint">{t('users.newPasswordHint', { min: MIN_PASSWORD_LENGTH })}</small>
      {error && <small id={`${id}-error`} className="field-error" role="alert">{error}</small>}
    </form>
  );
}
