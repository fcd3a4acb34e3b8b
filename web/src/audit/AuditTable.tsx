import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../core/api/audit.ts';
import { formatDateTime } from '../../../core/dates/format.ts';
import { describeAuditSummary } from './audit-summary.ts';

export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t } = useTranslation();
  const roleText = (role: string | null) => (role ? t(`roles.${role}`, { defaultValue: role }) : '');
  return (
    <table className="table audit-table">
      <caption className="visually-hidden">{t('audit.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('audit.time')}</th>
          <th scope="col">{t('audit.actor')}</th>
          <th scope="col">{t('audit.unit')}</th>
          <th scope="col">{t('audit.action')}</th>
          <th scope="col">{t('audit.outcome')}</th>
          <th scope="col">{t('audit.target')}</th>
          <th scope="col">{t('audit.summary')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => {
          const reason = typeof entry.summary.reason === 'string' ? entry.summary.reason : null;
          return (
            <tr key={entry.id}>
              <td className="nowrap">{formatDateTime(new Date(entry.occurredAt))}</td>
              <td>
                {entry.actorUsername ?? t('audit.anonymous')}
                {entry.actorRole && <div className="muted small">{roleText(entry.actorRole)}</div>}
              </td>
              <td>{entry.unitName ?? entry.unitId ?? '—'}</td>
              <td>{t(`audit.actions.${entry.action.replace('.', '_')}`, { defaultValue: entry.action })}</td>
              <td><span className={`badge badge-${entry.outcome}`}>{t(`audit.outcomes.${entry.outcome}`)}</span></td>
              <td>{entry.targetType ? `${t(`audit.targets.${entry.targetType}`, { defaultValue: entry.targetType })} ${entry.targetId ?? ''}` : '—'}</td>
              <td className="summary">
                {reason && <div>{t(`audit.reasons.${reason}`, { defaultValue: reason })}</div>}
                {describeAuditSummary(entry.summary).map((line, index) => <div key={index}>{line}</div>)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
