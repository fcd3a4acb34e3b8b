import { useTranslation } from 'react-i18next';

/** Previous / next through a paged list, with "page n of m" and the list's own total line. */
export function Pager({ page, pageSize, total, totalText, onPage }: {
  page: number;
  pageSize: number;
  total: number;
  /** e.g. "Tổng số: 120 cơ sở", in the list's own words. */
  totalText: string;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  if (total === 0) return null;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav className="pager" aria-label={t('records.pager.label')}>
      <button type="button" className="button button-small" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('records.pager.previous')}
      </button>
      <span>{t('records.pager.pageOf', { page, pages: pageCount })}</span>
      <button type="button" className="button button-small" disabled={page >= pageCount} onClick={() => onPage(page + 1)}>
        {t('records.pager.next')}
      </button>
      <span className="muted">{totalText}</span>
    </nav>
  );
}
