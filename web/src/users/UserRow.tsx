import { useEffect, useRef, useState, type RefObject } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { UserSummary, UserUpdate } from '../../../core/api/users.ts';
import { formatDateTime } from '../../../core/dates/format.ts';
import { ApiError } from '../api/client.ts';
import { updateUser } from '../api/users.ts';
import { useErrorText } from '../common/ErrorMessage.tsx';
import { UserAgencyForm } from './UserAgencyForm.tsx';
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

/** The one-field forms a row can open, one at a time, each with the field the server names in its errors. */
const formFields = { password: 'password', email: 'email', agency: 'agencyId' } as const;
type RowForm = keyof typeof formFields;

export function UserRow({ user, canEdit, canAct, isSelf, onChanged }: UserRowProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [openForm, setOpenForm] = useState<RowForm | null>(null);
  const toggleButton = useRef<HTMLButtonElement>(null);
  const formButtons: Record<RowForm, RefObject<HTMLButtonElement | null>> = {
    password: useRef<HTMLButtonElement>(null),
    email: useRef<HTMLButtonElement>(null),
    agency: useRef<HTMLButtonElement>(null),
  };
  // Where focus goes once a request is over: buttons are disabled meanwhile, and some go away.
  const focusNext = useRef<RefObject<HTMLElement | null> | null>(null);
  useEffect(() => {
    if (isBusy || !focusNext.current) return;
    focusNext.current.current?.focus();
    focusNext.current = null;
  }, [isBusy, openForm]);

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

  function toggleForm(form: RowForm) {
    setOpenForm(openForm === form ? null : form);
    setError(null);
    setNotice(null);
  }

  /** Closes the open form; focus goes back to the button that opened it. */
  function closeForm(form: RowForm) {
    focusNext.current = formButtons[form];
    setOpenForm(null);
  }

  function cancelForm(form: RowForm) {
    closeForm(form);
    setError(null);
  }

  // A field's message is shown in its form; the row shows the rest.
  const formError = openForm && error instanceof ApiError ? error.fieldMessage(formFields[openForm]) : undefined;
  const name = <span className="visually-hidden"> – {user.displayName}</span>;
  const formButton = (form: RowForm, text: string) => (
    <button ref={formButtons[form]} type="button" className="button button-small" disabled={isBusy} aria-expanded={openForm === form} onClick={() => toggleForm(form)}>
      {text}{name}
    </button>
  );
  const unitId = user.unitId;

  return (
    <tr className={user.isDisabled ? 'row-inactive' : undefined}>
      <td><code>{user.username}</code>{user.isDemo && <span className="badge">{t('users.demo')}</span>}</td>
      <td>{user.displayName}</td>
      <td>{t(`roles.${user.role}`)}</td>
      <td>
        {user.unitName ?? t('header.wholeCountry')}
        {user.agencyName && <div className="small muted">{user.agencyName}</div>}
      </td>
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
              {!isSelf && formButton('password', t('users.resetPassword'))}
              {formButton('email', t('users.changeEmail'))}
              {/* Agencies belong to units: an account without a unit has none to choose from. */}
              {unitId !== null && formButton('agency', t('users.changeAgency'))}
            </div>
          )}
          {openForm === 'password' && (
            <UserPasswordForm user={user} isBusy={isBusy} error={formError}
              onSubmit={(password) => void change({ password }, t('users.passwordResetNotice'), () => closeForm('password'))}
              onCancel={() => cancelForm('password')} />
          )}
          {openForm === 'email' && (
            <UserEmailForm user={user} isBusy={isBusy} error={formError}
              onSubmit={(email) => void change({ email }, email ? t('users.emailSavedNotice') : t('users.emailRemovedNotice'), () => closeForm('email'))}
              onCancel={() => cancelForm('email')} />
          )}
          {openForm === 'agency' && unitId !== null && (
            <UserAgencyForm user={{ ...user, unitId }} isBusy={isBusy} error={formError}
              onSubmit={(agencyId) => void change({ agencyId }, agencyId ? t('users.agencySavedNotice') : t('users.agencyRemovedNotice'), () => closeForm('agency'))}
              onCancel={() => cancelForm('agency')} />
          )}
          {error !== null && formError === undefined && <p className="field-error" role="alert">{errorText(error)}</p>}
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
