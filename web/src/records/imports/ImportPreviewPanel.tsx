import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../core/dates/format.ts';
import type { ImportPreview } from '../../api/imports.ts';
import { ImportIssuesTable } from './ImportIssuesTable.tsx';

/** What the check of a file found: counts, warnings, the first rows as they will be saved, every bad row. */
export function ImportPreviewPanel({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="notice notice-info" role="status">
        {t('imports.summary', { file: preview.fileName, total: preview.totalRows, valid: preview.validRows, bad: preview.badRows })}
      </p>
      <p className="muted small">
        {preview.sheetName && <>{t('imports.sheet', { sheet: preview.sheetName, row: preview.headerRow })} </>}
        {preview.status === 'ready' && t('imports.expires', { time: formatDateTime(new Date(preview.expiresAt)) })}
      </p>
      {preview.warnings.length > 0 && (
        <div className="notice notice-info">
          <div>
            <p className="notice-title">{t('imports.warnings')}</p>
            <ul>{preview.warnings.map((warning) => <li key={warning}>{warning}</li>)}</ul>
          </div>
        </div>
      )}
      {preview.sample.length > 0 && (
        <>
          <h2>{t('imports.sampleTitle')}</h2>
          <div className="table-scroll">
            <table className="table import-sample">
              <thead>
                <tr>
                  <th scope="col">{t('imports.row')}</th>
                  {preview.columns.map((column) => <th key={column.key} scope="col">{column.header}</th>)}
                </tr>
              </thead>
              <tbody>
                {preview.sample.map((row) => (
                  <tr key={row.row}>
                    <td>{row.row}</td>
                    {preview.columns.map((column) => <td key={column.key}>{row.values[column.key]}</td>)}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <h2>{t('imports.issuesTitle')}</h2>
      <ImportIssuesTable batchId={preview.batchId} badRows={preview.badRows} firstPage={preview.issues} />
    </>
  );
}
