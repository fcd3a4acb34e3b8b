import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Permission } from '../../../core/auth/roles.ts';
import { useHasPermission } from '../auth/session-context.ts';

/** Keeps a page typed into the address bar from showing to a role that may not use it. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { t } = useTranslation();
  if (!useHasPermission(permission)) {
    return (
      <section className="page">
        <p className="notice notice-error" role="alert">{t('errors.noPermission')}</p>
      </section>
    );
  }
  return children;
}
