import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/i18n.ts';
import { attachmentAccept, checkFiles, formatBytes, publicLimits, type FileMessages } from './public-tip-draft.ts';

const megabytes = (bytes: number) => `${bytes / 1024 / 1024} MB`;

interface AttachmentsFieldProps {
  files: File[];
  onChange: (files: File[]) => void;
  /** The server's word on the files (a refused type, a size), shown under them. */
  error?: string | undefined;
  disabled?: boolean;
}

/**
 * Optional files: chosen one batch at a time (phones often pick one photo at a time), listed with
 * their sizes, each removable. Counts, sizes and kinds are checked here first; the server then
 * reads each file's content.
 */
export function AttachmentsField({ files, onChange, error, disabled = false }: AttachmentsFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [localError, setLocalError] = useState<string | undefined>();
  const language = currentLanguage();
  const messages: FileMessages = {
    tooMany: (max) => t('public-tips.files.tooMany', { max }),
    tooLarge: (name) => t('public-tips.files.tooLarge', { name, max: megabytes(publicLimits.maxFileBytes) }),
    totalTooLarge: t('public-tips.files.totalTooLarge', { max: megabytes(publicLimits.maxTotalBytes) }),
    wrongType: (name) => t('public-tips.files.wrongType', { name }),
    empty: (name) => t('public-tips.files.empty', { name }),
  };

  function add(event: ChangeEvent<HTMLInputElement>) {
    const picked = [...(event.target.files ?? [])];
    // The same file may be chosen again later: the input forgets it once taken.
    event.target.value = '';
    if (picked.length === 0) return;
    const known = new Set(files.map((file) => `${file.name}:${file.size}:${file.lastModified}`));
    const combined = [...files, ...picked.filter((file) => !known.has(`${file.name}:${file.size}:${file.lastModified}`))];
    const problem = checkFiles(combined, messages);
    setLocalError(problem);
    if (!problem) onChange(combined);
  }

  function remove(index: number) {
    setLocalError(undefined);
    onChange(files.filter((_, position) => position !== index));
  }

  const shown = localError ?? error;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const total = files.reduce((sum, file) => sum + file.size, 0);
  const full = disabled || files.length >= publicLimits.maxFiles;
  return (
    <div className={shown ? 'field field-invalid attachments-field' : 'field attachments-field'}>
      <label htmlFor={id}>
        {t('public-tips.files.label')} <span className="field-optional">{t('public-tips.form.optional')}</span>
      </label>
      {/* The browser's own button speaks the browser's language; this one speaks the page's. */}
      <input
        id={id}
        type="file"
        className="file-input visually-hidden"
        multiple
        accept={attachmentAccept}
        onChange={add}
        disabled={full}
        aria-describedby={[hintId, shown ? errorId : null].filter(Boolean).join(' ')}
        aria-invalid={shown ? true : undefined}
      />
      <label htmlFor={id} className={full ? 'button file-button file-button-disabled' : 'button file-button'} aria-hidden="true">
        {t('public-tips.files.choose')}
      </label>
      <small id={hintId} className="field-hint">
        {t('public-tips.files.hint', {
          maxFiles: publicLimits.maxFiles, maxFile: megabytes(publicLimits.maxFileBytes), maxTotal: megabytes(publicLimits.maxTotalBytes),
        })}
      </small>
      {shown && <small id={errorId} className="field-error" role="alert">{shown}</small>}
      {files.length > 0 && (
        <>
          <ul className="file-list" aria-label={t('public-tips.files.chosen')}>
            {files.map((file, index) => (
              <li key={`${file.name}:${file.size}:${file.lastModified}`}>
                <span className="file-name">{file.name}</span>
                <span className="file-size">{formatBytes(file.size, language)}</span>
                <button type="button" className="button file-remove" disabled={disabled}
                  aria-label={t('public-tips.files.removeNamed', { name: file.name })} onClick={() => remove(index)}>
                  {t('public-tips.files.remove')}
                </button>
              </li>
            ))}
          </ul>
          <p className="muted small file-total">{t('public-tips.files.total', { count: files.length, size: formatBytes(total, language) })}</p>
        </>
      )}
    </div>
  );
}
