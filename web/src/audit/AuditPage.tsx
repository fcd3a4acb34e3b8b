import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchAuditPage, type AuditFilter } from '../api/audit.ts';
import { ApiError } from '../api/client.ts';
import { ErrorMessage, Loading } from '../common/ErrorMessage.tsx';
import { useApi } from '../common/useApi.ts';
import type { AuditEntry } from '../../../core/api/audit.ts';
import { AuditFilters } from './AuditFilters.tsx';
import { AuditTable } from './AuditTable.tsx';

interface LaterPages {
  key: string;
  entries: AuditEntry[];
  nextBefore: number | null;
}

/** The audit log, newest first, fifty entries at a time. */
export function AuditPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<AuditFilter>({});
  const key = JSON.stringify(filter);
  const firstPage = useApi(key, (signal) => fetchAuditPage(filter, null, signal));
  const [later, setLater] = useState<LaterPages | null>(null);
  const [moreError, setMoreError] = useState<unknown>(null);
  const [isLoadingMore, setLoadingMore] = useState(false);

  // Pages loaded for an earlier filter no longer belong to the list.
  const laterPages = later?.key === key ? later : null;
  const entries = [...(firstPage.data?.entries ?? []), ...(laterPages?.entries ?? [])];
  const nextBefore = laterPages ? laterPages.nextBefore : firstPage.data?.nextBefore ?? null;

  async function loadMore() {
    if (nextBefore === null) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const page = await fetchAuditPage(filter, nextBefore);
      setLater({ key, entries: [...(laterPages?.entries ?? []), ...page.entries], nextBefore: page.nextBefore });
    } catch (error) {
      setMoreError(error);
    } finally {
      setLoadingMore(false);
    }
  }

  const serverError = (field: string) => (firstPage.error instanceof ApiError ? firstPage.error.fieldMessage(field) : undefined);

  return (
    <section className="page">
      <h1>{t('audit.title')}</h1>
      <AuditFilters onApply={setFilter} serverError={serverError} />
      {firstPage.isLoading && <Loading />}
      <ErrorMessage error={firstPage.error} onRetry={firstPage.reload} />
      {firstPage.data && entries.length === 0 && <p className="muted">{t('audit.none')}</p>}
      {entries.length > 0 && <AuditTable entries={entries} />}
      <ErrorMessage error={moreError} />
      {nextBefore !== null && (
        <p>
          <button type="button" className="button" onClick={() => void loadMore()} disabled={isLoadingMore}>
            {isLoadingMore ? t('common.loading') : t('audit.loadMore')}
          </button>
        </p>
      )}
    </section>
  );
}
