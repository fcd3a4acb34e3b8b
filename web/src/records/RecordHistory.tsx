import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../core/dates/format.ts';
import { fetchRecordHistory, type RecordHistory as History, type RecordType } from '../api/record-history.ts';
import { ErrorMessage, Loading } from '../common/ErrorMessage.tsx';
import { useApi } from '../common/useApi.ts';

type Entry = History['entries'][number];

export interface RecordHistoryProps {
  type: RecordType;
  id: string;
  /** The field's label in the user's language, e.g. 'workers' → 'Số người lao động'. */
  fieldLabel: (field: string) => string;
  /** A field's value as the user reads it (codes → labels); the default shows dates as dd/mm/yyyy. */
  formatValue?: (field: string, value: unknown) => string | undefined;
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

function defaultValue(value: unknown, empty: string): string {
  if (value === null || value === undefined || value === '') return empty;
  if (typeof value === 'string') return isoDay.test(value) ? formatDate(value) : value;
  if (typeof value === 'number') return value.toLocaleString('vi-VN');
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  if (Array.isArray(value)) return `${value.length}`;
  return JSON.stringify(value);
}

/**
 * Who created, changed or deleted the record and what each change was, read from the audit log
 * when the user opens it (a weak connection should not pay for it otherwise).
 */
export function RecordHistory({ type, id, fieldLabel, formatValue }: RecordHistoryProps) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const history = useApi(isOpen ? `history:${type}:${id}` : null, (signal) => fetchRecordHistory(type, id, signal));
  const show = (field: string, value: unknown) => formatValue?.(field, value) ?? defaultValue(value, t('records.history.empty'));

  return (
    <details className="record-history" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('records.history.title')}</summary>
      {history.isLoading && <Loading />}
      <ErrorMessage error={history.error} onRetry={history.reload} />
      {history.data && history.data.entries.length === 0 && <p className="muted">{t('records.history.none')}</p>}
      {history.data && history.data.entries.length > 0 && (
        <ol className="history-list">
          {history.data.entries.map((entry, index) => (
            <li key={index}>
              <HistoryEntry entry={entry} fieldLabel={fieldLabel} show={show} />
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}

function HistoryEntry({ entry, fieldLabel, show }: { entry: Entry; fieldLabel: (field: string) => string; show: (field: string, value: unknown) => string }) {
  const { t } = useTranslation();
  const fields = entry.change === 'update' ? Object.keys(entry.after) : [];
  return (
    <>
      <p>
        <strong>{t(`records.history.${entry.change}`)}</strong>
        {' · '}
        <span className="nowrap">{formatDateTime(new Date(entry.occurredAt))}</span>
        {' · '}
        {entry.actorUsername ?? t('records.history.unknownUser')}
      </p>
      {entry.reason && <p className="muted">{t('records.history.reason', { reason: entry.reason })}</p>}
      {fields.length > 0 && (
        <ul className="history-changes">
          {fields.map((field) => (
            <li key={field}>
              {fieldLabel(field)}: <del>{show(field, entry.before[field])}</del> → <ins>{show(field, entry.after[field])}</ins>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
