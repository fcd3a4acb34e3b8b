import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../core/api/users.ts';
import { formatDateTime } from '../../../core/dates/format.ts';

export function UserTable({ users }: { users: UserSummary[] }) {
  const { t } = useTranslation();
  if (users.length === 0) return <p className="muted">{t('users.none')}</p>;
  return (
    <table className="table">
      <caption className="visually-hidden">{t('users.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('users.username')}</th>
          <th scope="col">{t('users.displayName')}</th>
          <th scope="col">{t('users.role')}</th>
          <th scope="col">{t('users.unit')}</th>
          <th scope="col">{t('users.status')}</th>
          <th scope="col">{t('users.lastLogin')}</th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => (
          <tr key={user.id} className={user.isDisabled ? 'row-inactive' : undefined}>
            <td><code>{user.username}</code>{user.isDemo && <span className="badge">{t('users.demo')}</span>}</td>
            <td>{user.displayName}</td>
            <td>{t(`roles.${user.role}`)}</td>
            <td>{user.unitName ?? t('header.wholeCountry')}</td>
            <td>{statusText(user, t)}</td>
            <td>{user.lastLoginAt ? formatDateTime(new Date(user.lastLoginAt)) : t('users.never')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function statusText(user: UserSummary, t: TFunction): string {
  if (user.isDisabled) return t('users.disabled');
  if (user.lockedUntil && new Date(user.lockedUntil) > new Date()) {
    return t('users.lockedUntil', { time: formatDateTime(new Date(user.lockedUntil)) });
  }
  return t('users.active');
}
