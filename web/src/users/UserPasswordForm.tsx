import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH, type UserSummary } from '../../../core/api/users.ts';
import { UserFieldForm } from './UserFieldForm.tsx';

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
  const [password, setPassword] = useState('');

  return (
    <UserFieldForm
      label={t('users.newPasswordFor', { name: user.displayName })}
      hint={t('users.newPasswordHint', { min: MIN_PASSWORD_LENGTH })}
      submitText={t('users.resetPasswordSubmit')}
      isBusy={isBusy}
      error={error}
      onSubmit={() => onSubmit(password)}
      onCancel={onCancel}
    >
      <input
        type="password"
        value={password}
        autoComplete="new-password"
        // The form opens because the admin asked for it: the field is where they type next.
        autoFocus
        onChange={(event) => setPassword(event.target.value)}
      />
    </UserFieldForm>
  );
}
