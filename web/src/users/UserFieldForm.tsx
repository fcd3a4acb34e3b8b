import { cloneElement, useId, type FormEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

interface UserFieldFormProps {
  /** Read by screen readers only: the row already shows whose account it is. */
  label: string;
  hint: string;
  submitText: string;
  isBusy: boolean;
  /** The server's message for the field. */
  error: string | undefined;
  onSubmit: () => void;
  onCancel: () => void;
  /** The one control; it gets the id and aria attributes that tie it to its label, hint and error. */
  children: ReactElement<{ id?: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }>;
}

/**
 * The small form a users-table row opens to change one field of an account (password, e-mail,
 * agency): the control, save and cancel, a hint, and the server's message for the field.
 */
export function UserFieldForm({ label, hint, submitText, isBusy, error, onSubmit, onCancel, children }: UserFieldFormProps) {
  const { t } = useTranslation();
  const id = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }

  return (
    <form className="inline-form" onSubmit={submit} noValidate>
      <label className="visually-hidden" htmlFor={`${id}-field`}>{label}</label>
      {cloneElement(children, {
        id: `${id}-field`,
        'aria-describedby': error ? `${id}-hint ${id}-error` : `${id}-hint`,
        'aria-invalid': error ? true : undefined,
      })}
      <button type="submit" className="button button-small button-primary" disabled={isBusy}>{submitText}</button>
      <button type="button" className="button button-small button-quiet" onClick={onCancel}>{t('common.cancel')}</button>
      <small id={`${id}-hint`} className="field-hint">{hint}</small>
      {error && <small id={`${id}-error`} className="field-error" role="alert">{error}</small>}
    </form>
  );
}
