import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchUsers } from '../api/users.ts';
import { useHasPermission } from '../auth/session-context.ts';
import { ErrorMessage, Loading } from '../common/ErrorMessage.tsx';
import { useApi } from '../common/useApi.ts';
import { UserCreateForm } from './UserCreateForm.tsx';
import { UserTable } from './UserTable.tsx';

/** Accounts in the user's part of the tree; admins also create them here. */
export function UsersPage() {
  const { t } = useTranslation();
  const canEdit = useHasPermission('user.write');
  const users = useApi('users', fetchUsers);
  const [isCreating, setCreating] = useState(false);
  const [created, setCreated] = useState<string | null>(null);

  return (
    <section className="page">
      <div className="section-heading">
        <h1>{t('users.title')}</h1>
        {canEdit && !isCreating && (
          <button type="button" className="button button-primary" onClick={() => { setCreating(true); setCreated(null); }}>
            {t('users.create')}
          </button>
        )}
      </div>
      {created && <p className="notice notice-success" role="status">{t('users.createdNotice', { username: created })}</p>}
      {isCreating && (
        <UserCreateForm
          onCancel={() => setCreating(false)}
          onCreated={(username) => {
            setCreating(false);
            setCreated(username);
            users.reload();
          }}
        />
      )}
      {users.isLoading && <Loading />}
      <ErrorMessage error={users.error} onRetry={users.reload} />
      {users.data && <UserTable users={users.data.users} canEdit={canEdit} />}
    </section>
  );
}
