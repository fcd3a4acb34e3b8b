import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { assignableRoles, type Role } from '../../../core/auth/roles.ts';
import { fetchUnitAgencies } from '../api/agencies.ts';
import { ApiError } from '../api/client.ts';
import { createUser } from '../api/users.ts';
import { useCurrentUser } from '../auth/session-context.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { FormField } from '../common/FormField.tsx';
import { useApi } from '../common/useApi.ts';
import { UnitPicker, type PickedUnit } from './UnitPicker.tsx';

interface UserCreateFormProps {
  onCreated: (username: string) => void;
  onCancel: () => void;
}

/** Creates an account. The server checks everything; its messages are shown beside the fields they name. */
export function UserCreateForm({ onCreated, onCancel }: UserCreateFormProps) {
  const { t } = useTranslation();
  const currentUser = useCurrentUser();
  const roles = assignableRoles(currentUser.role);
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('programme_officer');
  const [unit, setUnit] = useState<PickedUnit | null>(currentUser.unit ? { id: currentUser.unit.id, name: currentUser.unit.name } : null);
  const [agencyId, setAgencyId] = useState('');
  const [email, setEmail] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [isSubmitting, setSubmitting] = useState(false);
  const agencies = useApi(unit ? `agencies:${unit.id}` : null, (signal) => fetchUnitAgencies(unit!.id, signal));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    try {
      const created = await createUser({ username: username.trim(), displayName, password, role, unitId: unit?.id ?? null, agencyId: agencyId || null, email: email.trim() || null });
      onCreated(created.username);
    } catch (caught) {
      setError(caught);
    } finally {
      setSubmitting(false);
    }
  }

  const fieldError = (field: string) => {
    if (!(error instanceof ApiError)) return undefined;
    if (field === 'username' && error.code === 'username_taken') return error.message;
    if (field === 'role' && error.code === 'role_not_assignable') return error.message;
    return error.fieldMessage(field);
  };
  // The general message is enough when the fields already say what is wrong.
  const showsGeneralError = error instanceof ApiError ? !['username_taken', 'role_not_assignable'].includes(error.code) : error !== null;

  return (
    <form className="panel-form" onSubmit={submit} noValidate aria-labelledby="user-create-heading">
      <h2 id="user-create-heading">{t('users.createHeading')}</h2>
      <div className="form-grid">
        <FormField label={t('users.username')} error={fieldError('username')} hint={t('users.usernameHint')}>
          <input value={username} autoComplete="off" autoCapitalize="none" spellCheck={false} onChange={(event) => setUsername(event.target.value)} />
        </FormField>
        <FormField label={t('users.displayName')} error={fieldError('displayName')}>
          <input value={displayName} autoComplete="off" onChange={(event) => setDisplayName(event.target.value)} />
        </FormField>
        <FormField label={t('users.password')} error={fieldError('password')} hint={t('users.passwordHint')}>
          <input type="password" value={password} autoComplete="new-password" onChange={(event) => setPassword(event.target.value)} />
        </FormField>
        <FormField label={t('users.emailOptional')} error={fieldError('email')} hint={t('users.emailHint')}>
          <input type="email" value={email} autoComplete="off" spellCheck={false} onChange={(event) => setEmail(event.target.value)} />
        </FormField>
        <FormField label={t('users.role')} error={fieldError('role')}>
          <select value={role} onChange={(event) => setRole(event.target.value as Role)}>
            {roles.map((candidate) => <option key={candidate} value={candidate}>{t(`roles.${candidate}`)}</option>)}
          </select>
        </FormField>
        <FormField label={t('users.unit')} error={fieldError('unitId')} hint={role === 'system_admin' ? t('users.unitHintSystemAdmin') : undefined}>
          <UnitPicker value={unit} onChange={(next) => { setUnit(next); setAgencyId(''); }} />
        </FormField>
        <FormField label={t('users.agency')} error={fieldError('agencyId')}>
          <select value={agencyId} disabled={!agencies.data} onChange={(event) => setAgencyId(event.target.value)}>
            <option value="">{t('users.noAgency')}</option>
            {agencies.data?.agencies.filter((agency) => agency.isActive).map((agency) => (
              <option key={agency.id} value={agency.id}>{agency.name}</option>
            ))}
          </select>
        </FormField>
      </div>
      {showsGeneralError && <ErrorMessage error={error} />}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={isSubmitting}>{t('users.createSubmit')}</button>
        <button type="button" className="button button-quiet" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
