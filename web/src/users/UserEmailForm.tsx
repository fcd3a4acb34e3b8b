import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../core/api/users.ts';
import { UserFieldForm } from './UserFieldForm.tsx';

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
  const [email, setEmail] = useState(user.email ?? '');

  return (
    <UserFieldForm
      label={t('users.emailFor', { name: user.displayName })}
      hint={t('users.emailEditHint')}
      submitText={t('users.emailSubmit')}
      isBusy={isBusy}
      error={error}
      onSubmit={() => onSubmit(email.trim() || null)}
      onCancel={onCancel}
    >
      <input
        type="email"
        value={email}
        autoComplete="off"
        spellCheck={false}
        // The form opens because the admin asked for it: the field is where they type next.
        autoFocus
        onChange={(event) => setEmail(event.target.value)}
      />
    </UserFieldForm>
  );
}
