import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportIssue } from '../../../../core/api/imports.ts';
import { fetchImportIssues } from '../../api/imports.ts';
import { ErrorMessage, Loading } from '../../common/ErrorMessage.tsx';
import { Pager } from '../../common/Pager.tsx';
import { useApi } from '../../common/useApi.ts';

/** Bad rows per page: the preview brings the first page with it. */
export const ISSUE_PAGE_SIZE = 200;

/** Every bad row of an upload with its problems (row, column, reason), a page of bad rows at a time. */
export function ImportIssuesTable({ batchId, badRows, firstPage }: { batchId: string; badRows: number; firstPage: readonly ImportIssue[] }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const later = useApi(page > 1 ? `import-issues:${batchId}:${page}` : null, (signal) => fetchImportIssues(batchId, page, ISSUE_PAGE_SIZE, signal));
  const issues = page === 1 ? firstPage : later.data?.issues;
  if (badRows === 0) return <p className="muted">{t('imports.noIssues')}</p>;
  return (
    <>
      {later.isLoading && <Loading />}
      <ErrorMessage error={later.error} onRetry={later.reload} />
      {issues && (
        <table className="table import-issues">
          <thead>
            <tr>
              <th scope="col" className="nowrap">{t('imports.row')}</th>
              <th scope="col">{t('imports.column')}</th>
              <th scope="col">{t('imports.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {issues.map((issue, index) => (
              <tr key={`${issue.row}-${index}`}>
                <td>{issue.row}</td>
                <td>{issue.column ?? <span className="muted">{t('imports.wholeRow')}</span>}</td>
                <td>{issue.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager page={page} pageSize={ISSUE_PAGE_SIZE} total={badRows} totalText={t('imports.issuesTotal', { count: badRows })} onPage={setPage} />
    </>
  );
}
