import { useCallback, useState } from 'react';
import { useLocation } from 'react-router';
import { useSearchText } from '../common/useSearchText.ts';

/**
 * What every record tab keeps besides its own filters: the search words, the page (back to the
 * first whenever the search or a filter changes) and the notice a form sent the user back with
 * ('Đã thêm tụ điểm …').
 */
export function useRecordListState() {
  const [page, setPage] = useState(1);
  const firstPage = useCallback(() => setPage(1), []);
  const search = useSearchText({ onSettle: firstPage });
  const location = useLocation();
  const [notice, setNotice] = useState(() => (location.state as { notice?: string } | null)?.notice ?? '');
  /** A filter's setter that also returns to the first page. */
  const choose = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setPage(1);
  };
  return { ...search, page, setPage, notice, setNotice, choose };
}
