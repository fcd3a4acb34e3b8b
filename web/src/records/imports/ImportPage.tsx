import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { ImportCommit } from '../../../../core/api/imports.ts';
import { formatMegabytes, importLimits } from '../../../../core/imports/limits.ts';
import { isAbort } from '../../api/client.ts';
import { commitImport, fetchImportPreview, uploadImportFile, type ImportPreview, type ImportResult } from '../../api/imports.ts';
import { ErrorMessage, Loading } from '../../common/ErrorMessage.tsx';
import { FormField } from '../../common/FormField.tsx';
import { ImportPreviewPanel } from './ImportPreviewPanel.tsx';

export interface ImportPageProps {
  /** The server's name for the kind (/api/imports/{kind}); its name in a sentence is imports.kinds.{kind}. */
  kind: string;
  /** Where the kind's list lives. */
  listPath: string;
}

type Step =
  | { name: 'choose' }
  | { name: 'uploading'; share: number }
  | { name: 'preview'; preview: ImportPreview }
  | { name: 'committing'; preview: ImportPreview }
  | { name: 'done'; preview: ImportPreview; result: ImportResult | null }
  | { name: 'discarded'; preview: ImportPreview };

const ACCEPT = '.xlsx,.xlsm,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

/**
 * Import from a file: choose it, upload it (with progress), read the server's check — counts, the
 * first rows as they will be saved, every bad row — and choose to import nothing, only the valid
 * rows, or all of them. The batch's id stays in the address, so a reload comes back to the preview.
 */
export function ImportPage({ kind, listPath }: ImportPageProps) {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const batchId = searchParams.get('batch');
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState('');
  const [error, setError] = useState<unknown>(null);
  const upload = useRef<AbortController | null>(null);

  useEffect(() => {
    if (!batchId || step.name !== 'choose') return;
    const controller = new AbortController();
    fetchImportPreview(batchId, controller.signal).then(
      (preview) => setStep(preview.status === 'committed' ? { name: 'done', preview, result: null } : { name: 'preview', preview }),
      (failure: unknown) => {
        if (isAbort(failure)) return;
        setError(failure);
        setSearchParams({}, { replace: true });
      },
    );
    return () => controller.abort();
  }, [batchId, step.name, setSearchParams]);

  useEffect(() => () => upload.current?.abort(), []);

  const choose = (chosen: File | null) => {
    setError(null);
    setFile(chosen);
    if (chosen && chosen.size > importLimits.maxFileBytes) {
      setFileError(t('imports.fileTooLarge', { name: chosen.name, size: formatMegabytes(importLimits.maxFileBytes) }));
    } else if (chosen && !/\.(xlsx|xlsm|csv)$/i.test(chosen.name)) {
      setFileError(t('imports.fileType'));
    } else {
      setFileError('');
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file || fileError) return;
    setError(null);
    const controller = new AbortController();
    upload.current = controller;
    setStep({ name: 'uploading', share: 0 });
    try {
      const preview = await uploadImportFile(kind, file, (share) => setStep({ name: 'uploading', share }), controller.signal);
      setStep({ name: 'preview', preview });
      setSearchParams({ batch: preview.batchId }, { replace: true });
    } catch (failure) {
      setStep({ name: 'choose' });
      if (!isAbort(failure)) setError(failure);
    } finally {
      upload.current = null;
    }
  };

  const decide = async (preview: ImportPreview, mode: ImportCommit['mode'] | 'nothing') => {
    setError(null);
    if (mode === 'nothing') {
      setStep({ name: 'discarded', preview });
      setSearchParams({}, { replace: true });
      return;
    }
    setStep({ name: 'committing', preview });
    try {
      const result = await commitImport(preview.batchId, mode);
      setStep({ name: 'done', preview, result });
    } catch (failure) {
      setError(failure);
      // The report may have changed (rows found bad at commit): show it as it is now.
      const fresh = await fetchImportPreview(preview.batchId).catch(() => preview);
      setStep({ name: 'preview', preview: fresh });
    }
  };

  const restart = () => {
    setStep({ name: 'choose' });
    setFile(null);
    setSearchParams({}, { replace: true });
  };

  return (
    <section className="page import-page">
      <div className="section-heading">
        <h1>{t('imports.title', { what: t(`imports.kinds.${kind}`) })}</h1>
        <Link to={listPath} className="button button-quiet">{t('imports.backToList')}</Link>
      </div>
      <p className="muted">{t('imports.intro')}</p>
      <ErrorMessage error={error} />

      {(step.name === 'choose' || step.name === 'uploading') && !batchId && (
        <form onSubmit={submit} className="import-choose">
          <FormField label={t('imports.chooseFile')} error={fileError || undefined}
            hint={t('imports.chooseFileHint', { size: formatMegabytes(importLimits.maxFileBytes), rows: importLimits.maxDataRows.toLocaleString('vi-VN') })}>
            <input type="file" accept={ACCEPT} disabled={step.name === 'uploading'} onChange={(event) => choose(event.target.files?.[0] ?? null)} />
          </FormField>
          {step.name === 'uploading' ? (
            <div className="form-actions" role="status" aria-live="polite">
              <progress max={1} value={step.share < 1 ? step.share : undefined} aria-label={t('imports.uploading', { percent: Math.round(step.share * 100) })} />
              <span>{step.share < 1 ? t('imports.uploading', { percent: Math.round(step.share * 100) }) : t('imports.checking')}</span>
              <button type="button" className="button button-quiet" onClick={() => upload.current?.abort()}>{t('imports.cancel')}</button>
            </div>
          ) : (
            <div className="form-actions">
              <button type="submit" className="button button-primary" disabled={!file || Boolean(fileError)}>{t('imports.upload')}</button>
            </div>
          )}
        </form>
      )}
      {step.name === 'choose' && batchId && <Loading />}

      {(step.name === 'preview' || step.name === 'committing') && (
        <>
          <ImportPreviewPanel key={step.preview.batchId + step.preview.badRows} preview={step.preview} />
          <h2>{t('imports.choose')}</h2>
          {step.name === 'committing' ? (
            <p className="loading" role="status" aria-live="polite">{t('imports.committing')}</p>
          ) : (
            <>
              <div className="form-actions">
                <button type="button" className="button" onClick={() => decide(step.preview, 'nothing')}>{t('imports.nothing')}</button>
                {step.preview.validRows > 0 && step.preview.badRows > 0 && (
                  <button type="button" className="button button-primary" onClick={() => decide(step.preview, 'valid_only')}>
                    {t('imports.validOnly', { count: step.preview.validRows })}
                  </button>
                )}
                {step.preview.badRows === 0 && (
                  <button type="button" className="button button-primary" onClick={() => decide(step.preview, 'all')}>
                    {t('imports.all', { count: step.preview.validRows })}
                  </button>
                )}
              </div>
              {step.preview.badRows > 0 && <p className="muted small">{t('imports.allUnavailable')}</p>}
            </>
          )}
        </>
      )}

      {step.name === 'done' && (
        <>
          <p className="notice notice-success" role="status">
            {t('imports.done', { imported: step.result?.imported ?? step.preview.importedRows ?? 0, skipped: step.result?.skipped ?? step.preview.badRows })}
          </p>
          {step.result && step.result.newIssues.length > 0 && (
            <>
              <p>{t('imports.newIssues')}</p>
              <table className="table import-issues">
                <thead>
                  <tr><th scope="col">{t('imports.row')}</th><th scope="col">{t('imports.column')}</th><th scope="col">{t('imports.reason')}</th></tr>
                </thead>
                <tbody>
                  {step.result.newIssues.map((issue, index) => (
                    <tr key={`${issue.row}-${index}`}><td>{issue.row}</td><td>{issue.column ?? t('imports.wholeRow')}</td><td>{issue.message}</td></tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
          <div className="form-actions">
            <Link to={listPath} className="button button-primary">{t('imports.backToList')}</Link>
            <button type="button" className="button" onClick={restart}>{t('imports.another')}</button>
          </div>
        </>
      )}

      {step.name === 'discarded' && (
        <>
          <p className="notice notice-info" role="status">{t('imports.discarded', { file: step.preview.fileName })}</p>
          <div className="form-actions">
            <Link to={listPath} className="button button-primary">{t('imports.backToList')}</Link>
            <button type="button" className="button" onClick={restart}>{t('imports.another')}</button>
          </div>
        </>
      )}
    </section>
  );
}
