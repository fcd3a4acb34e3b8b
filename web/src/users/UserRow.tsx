import { useEffect, useRef, useState, type RefObject } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { UserSummary, UserUpdate } from '../../../core/api/users.ts';
import { formatDateTime } from '../../../core/dates/format.ts';
import { ApiError } from '../api/client.ts';
import { updateUser } from '../api/users.ts';
import { useErrorText } from '../common/ErrorMessage.tsx';
import { UserEmailForm } from './UserEmailForm.tsx';
import { UserPasswordForm } from './UserPasswordForm.tsx';

interface UserRowProps {
  user: UserSummary;
  /** Whether the table has an actions column at all. */
  canEdit: boolean;
  /** Whether this account may be changed by the signed-in user. */
  canAct: boolean;
  /** The signed-in user's own account: it can be neither disabled nor given a new password here. */
  isSelf: boolean;
  onChanged: (user: UserSummary) => void;
}

export function UserRow({ user, canEdit, canAct, isSelf, onChanged }: UserRowProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [isResetting, setResetting] = useState(false);
  const [isEditingEmail, setEditingEmail] = useState(false);
  const toggleButton = useRef<HTMLButtonElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);
  const emailButton = useRef<HTMLButtonElement>(null);
  // Where focus goes once a request is over: buttons are disabled meanwhile, and some go away.
  const focusNext = useRef<RefObject<HTMLElement | null> | null>(null);
  useEffect(() => {
    if (isBusy || !focusNext.current) return;
    focusNext.current.current?.focus();
    focusNext.current = null;
  }, [isBusy, isResetting, isEditingEmail]);

  /** Sends one change; on success the row shows the account as the server now has it, then `then` runs. */
  async function change(update: UserUpdate, doneText: string, then?: () => void) {
    const started = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    focusNext.current = null;
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      onChanged(await updateUser(user.id, update));
      setNotice(doneText);
      then?.();
    } catch (caught) {
      setError(caught);
    } finally {
      focusNext.current ??= { current: started };
      setBusy(false);
    }
  }

  function toggleDisabled() {
    if (!user.isDisabled && !window.confirm(t('users.confirmDisable', { name: user.displayName, username: user.username }))) return;
    void change({ isDisabled: !user.isDisabled }, user.isDisabled ? t('users.enabledNotice') : t('users.disabledNotice'));
  }

  function closePasswordForm() {
    focusNext.current = resetButton;
    setResetting(false);
  }

  function closeEmailForm() {
    focusNext.current = emailButton;
    setEditingEmail(false);
  }

  const passwordError = error instanceof ApiError ? error.fieldMessage('password') : undefined;
  const emailError = error instanceof ApiError ? error.fieldMessage('email') : undefined;
  // A field's message is shown in its form; the row shows the rest.
  const showsFieldError = (isResetting && passwordError !== undefined) || (isEditingEmail && emailError !== undefined);
  const name = <span className="visually-hidden"> – {user.displayName}</span>;

  return (
    <tr className={user.isDisabled ? 'row-inactive' : undefined}>
      <td><code>{user.username}</code>{user.isDemo && <span className="badge">{t('users.demo')}</span>}</td>
      <td>{user.displayName}</td>
      <td>{t(`roles.${user.role}`)}</td>
      <td>{user.unitName ?? t('header.wholeCountry')}</td>
      <td>{user.email ? <EmailText email={user.email} /> : <span className="muted">{t('users.noEmail')}</span>}</td>
      <td className={isLockedNow(user) && !user.isDisabled ? undefined : 'nowrap'}>{statusText(user, t)}</td>
      <td>{user.lastLoginAt ? formatDateTime(new Date(user.lastLoginAt)) : t('users.never')}</td>
      {canEdit && (
        <td>
          {canAct && (
            <div className="actions">
              {!isSelf && (
                <button ref={toggleButton} type="button" className="button button-small" disabled={isBusy} onClick={toggleDisabled}>
                  {user.isDisabled ? t('users.enable') : t('users.disable')}{name}
                </button>
              )}
              {isLockedNow(user) && (
                <button type="button" className="button button-small" disabled={isBusy} onClick={() => void change({ unlock: true }, t('users.unlockedNotice'), () => { focusNext.current = toggleButton; })}>
                  {t('users.unlock')}{name}
                </button>
              )}
              {!isSelf && (
                <button
                  ref={resetButton}
                  type="button"
                  className="button button-small"
                  disabled={isBusy}
                  aria-expanded={isResetting}
                  onClick={() => { setResetting(!isResetting); setEditingEmail(false); setError(null); setNotice(null); }}
                >
                  {t('users.resetPassword')}{name}
                </button>
              )}
              <button
                ref={emailButton}
                type="button"
                className="button button-small"
                disabled={isBusy}
                aria-expanded={isEditingEmail}
                onClick={() => { setEditingEmail(!isEditingEmail); setResetting(false); setError(null); setNotice(null); }}
              >
                {t('users.changeEmail')}{name}
              </button>
            </div>
          )}
          {isResetting && (
            <UserPasswordForm user={user} isBusy={isBusy} error={passwordError} onSubmit={(password) => void change({ password }, t('users.passwordResetNotice'), closePasswordForm)} onCancel={() => { closePasswordForm(); setError(null); }} />
          )}
          {isEditingEmail && (
            <UserEmailForm user={user} isBusy={isBusy} error={emailError}
              onSubmit={(email) => void change({ email }, email ? t('users.emailSavedNotice') : t('users.emailRemovedNotice'), closeEmailForm)}
              onCancel={() => { closeEmailForm(); setError(null); }} />
          )}
          {error !== null && !showsFieldError && <p className="field-error" role="alert">{errorText(error)}</p>}
          {notice && <p className="small" role="status">{notice}</p>}
        </td>
      )}
    </tr>
  );
}

/** An address that may break after its @ in a narrow column, rather than widen the table. */
function EmailText({ email }: { email: string }) {
  const at = email.indexOf('@');
  return at < 0 ? email : <>{email.slice(0, at + 1)}<wbr />{email.slice(at + 1)}</>;
}

function isLockedNow(user: UserSummary): boolean {
  return user.lockedUntil !== null && new Date(user.lockedUntil) > new Date();
}

function statusText(user: UserSummary, t: TFunction): string {
  if (user.isDisabled) return t('users.disabled');
  if (user.lockedUntil && isLockedNow(user)) return t('users.lockedUntil', { time: formatDateTime(new Date(user.lockedUntil)) });
  return t('users.active');
}
