import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../core/api/users.ts';
import { assignableRoles } from '../../../core/auth/roles.ts';
import { useCurrentUser } from '../auth/session-context.ts';
import { UserRow } from './UserRow.tsx';

interface UserTableProps {
  users: UserSummary[];
  /** Whether the signed-in user holds user.write; the server still checks scope and roles. */
  canEdit: boolean;
}

/** Accounts changed on this page, as the server returned them; they only apply to the list they were changed in. */
interface ChangedUsers {
  list: UserSummary[];
  byId: Record<string, UserSummary>;
}

export function UserTable({ users, canEdit }: UserTableProps) {
  const { t } = useTranslation();
  const currentUser = useCurrentUser();
  const [changed, setChanged] = useState<ChangedUsers>({ list: users, byId: {} });
  if (users.length === 0) return <p className="muted">{t('users.none')}</p>;

  const grantable = assignableRoles(currentUser.role);
  const changedById = changed.list === users ? changed.byId : {};
  const replace = (user: UserSummary) =>
    setChanged((previous) => ({ list: users, byId: { ...(previous.list === users ? previous.byId : {}), [user.id]: user } }));

  return (
    <table className="table">
      <caption className="visually-hidden">{t('users.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('users.username')}</th>
          <th scope="col">{t('users.displayName')}</th>
          <th scope="col">{t('users.role')}</th>
          <th scope="col">{t('users.unitAndAgency')}</th>
          <th scope="col" className="nowrap">{t('users.email')}</th>
          <th scope="col">{t('users.status')}</th>
          <th scope="col">{t('users.lastLogin')}</th>
          {canEdit && <th scope="col">{t('common.actions')}</th>}
        </tr>
      </thead>
      <tbody>
        {users.map((listed) => {
          const user = changedById[listed.id] ?? listed;
          return (
            <UserRow
              key={user.id}
              user={user}
              canEdit={canEdit}
              // Nobody may change an account whose role they could not grant (the server refuses it too).
              canAct={canEdit && grantable.includes(user.role)}
              isSelf={user.id === currentUser.id}
              onChanged={replace}
            />
          );
        })}
      </tbody>
    </table>
  );
}
