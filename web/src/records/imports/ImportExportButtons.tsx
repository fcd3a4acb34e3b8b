import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { exportUrl, importTemplateUrl } from '../../api/imports.ts';

export interface ImportExportButtonsProps {
  /** The server's name for the kind: /api/imports/{kind}, /api/exports/{kind}.xlsx. */
  kind: string;
  /** The kind's import page, e.g. /activities/establishments/import. */
  importPath: string;
  /** The list's current filters (paging aside): the export holds exactly what the list shows. */
  filters: Record<string, string | number | undefined | null>;
  /** Whether the user may write this kind (template and import); everyone who sees the list may export it. */
  mayImport: boolean;
}

/**
 * "Tải mẫu Excel", "Nhập từ Excel/CSV" and "Xuất Excel" for a list of records: one line on a tab,
 * e.g. <ImportExportButtons kind="establishments" importPath="/activities/establishments/import" filters={filters} mayImport={mayWrite} />.
 * Downloads are plain links: the browser streams them to disk with the session cookie.
 */
export function ImportExportButtons({ kind, importPath, filters, mayImport }: ImportExportButtonsProps) {
  const { t } = useTranslation();
  const { page: _page, pageSize: _pageSize, ...listFilters } = filters;
  return (
    <div className="form-actions import-export-buttons">
      {mayImport && (
        <a className="button" href={importTemplateUrl(kind)} download title={t('imports.downloadTemplateHint')}>
          {t('imports.downloadTemplate')}
        </a>
      )}
      {mayImport && <Link className="button" to={importPath}>{t('imports.import')}</Link>}
      <a className="button" href={exportUrl(kind, listFilters)} download title={t('imports.exportHint')}>{t('imports.export')}</a>
    </div>
  );
}
