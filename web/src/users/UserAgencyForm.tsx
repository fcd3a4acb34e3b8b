import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../core/api/users.ts';
import { fetchUnitAgencies } from '../api/agencies.ts';
import { useErrorText } from '../common/ErrorMessage.tsx';
import { useApi } from '../common/useApi.ts';
import { UserFieldForm } from './UserFieldForm.tsx';

interface UserAgencyFormProps {
  /** An account with a unit: agencies belong to units. */
  user: UserSummary & { unitId: string };
  isBusy: boolean;
  /** The server's message for the agency field. */
  error: string | undefined;
  /** The chosen agency, or null for none. */
  onSubmit: (agencyId: string | null) => void;
  onCancel: () => void;
}

/** Moves an account to another agency of its unit, or out of any; the server checks the agency and the role. */
export function UserAgencyForm({ user, isBusy, error, onSubmit, onCancel }: UserAgencyFormProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [agencyId, setAgencyId] = useState(user.agencyId ?? '');
  const agencies = useApi(`agencies:${user.unitId}`, (signal) => fetchUnitAgencies(user.unitId, signal));
  const current = user.agencyId ? [{ id: user.agencyId, name: user.agencyName ?? user.agencyId }] : [];
  // Until the list arrives the select holds the current agency, so it can take focus at once and
  // shows the truth; the current agency stays listed even if it has since been made inactive.
  const choices = agencies.data?.agencies.filter((agency) => agency.isActive || agency.id === user.agencyId) ?? current;

  return (
    <UserFieldForm
      label={t('users.agencyFor', { name: user.displayName })}
      hint={t('users.agencyEditHint', { unit: user.unitName ?? user.unitId })}
      submitText={t('users.agencySubmit')}
      isBusy={isBusy || !agencies.data}
      error={error ?? (agencies.error ? errorText(agencies.error) : undefined)}
      onSubmit={() => onSubmit(agencyId || null)}
      onCancel={onCancel}
    >
      <select
        value={agencyId}
        // The form opens because the admin asked for it: the choice is what they make next.
        autoFocus
        onChange={(event) => setAgencyId(event.target.value)}
      >
        <option value="">{t('users.agencyNone')}</option>
        {choices.map((agency) => <option key={agency.id} value={agency.id}>{agency.name}</option>)}
      </select>
    </UserFieldForm>
  );
}
