import type { ReactNode } from 'react';
import { ErrorMessage, Loading } from './ErrorMessage.tsx';
import { Pager } from './Pager.tsx';
import type { ApiState } from './useApi.ts';

interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

/**
 * A paged list as the queues show it: loading, the error with a retry, an empty message, the table
 * with its column headings (scrolling in its own frame on narrow screens), and the pager.
 */
export function PagedTable<T>({ list, label, className, headings, row, emptyText, totalText, onPage }: {
  list: ApiState<Page<T>>;
  /** The table's accessible name. */
  label: string;
  className: string;
  headings: readonly string[];
  row: (item: T) => ReactNode;
  emptyText: string;
  totalText: (total: number) => string;
  onPage: (page: number) => void;
}) {
  const { data } = list;
  return (
    <>
      {list.isLoading && <Loading />}
      <ErrorMessage error={list.error} onRetry={list.reload} />
      {data && data.items.length === 0 && <p className="muted">{emptyText}</p>}
      {data && data.items.length > 0 && (
        <div className="table-scroll">
          <table className={`table ${className}`} aria-label={label}>
            <thead>
              <tr>{headings.map((heading) => <th key={heading} scope="col">{heading}</th>)}</tr>
            </thead>
            <tbody>{data.items.map(row)}</tbody>
          </table>
        </div>
      )}
      {data && <Pager page={data.page} pageSize={data.pageSize} total={data.total} totalText={totalText(data.total)} onPage={onPage} />}
    </>
  );
}
