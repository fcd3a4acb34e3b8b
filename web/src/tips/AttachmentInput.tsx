import { useTranslation } from 'react-i18next';
import { attachmentLimits } from '../../../core/api/tips.ts';
import { attachmentAccept, checkFiles, formatBytes, type FileProblem } from './tip-format.ts';

interface AttachmentInputProps {
  id?: string;
  files: readonly File[];
  onChange: (files: File[]) => void;
  disabled?: boolean;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

/** Words for the problems the browser saw before sending (the server checks each file's content too). */
export function useFileProblemText(): (problem: FileProblem) => string {
  const { t } = useTranslation();
  const mb = (bytes: number) => Math.round(bytes / (1024 * 1024));
  return (problem) => {
    switch (problem.kind) {
      case 'too_many': return t('tips.files.tooMany', { max: attachmentLimits.maxFiles });
      case 'total': return t('tips.files.total', { limit: mb(attachmentLimits.maxTotalBytes) });
      case 'too_large': return t('tips.files.tooLarge', { file: problem.file, limit: mb(attachmentLimits.maxFileBytes) });
      case 'type': return t('tips.files.type', { file: problem.file });
    }
  };
}

/**
 * Files chosen one or several at a time, each listed with its size and a button to take it out.
 * Nothing is sent until the form is: on a weak connection a wrong file costs nothing.
 */
export function AttachmentInput({ id, files, onChange, disabled, ...aria }: AttachmentInputProps) {
  const { t, i18n } = useTranslation();
  const problemText = useFileProblemText();
  const problems = checkFiles(files);
  const isFull = files.length >= attachmentLimits.maxFiles;
  return (
    <div className="attachment-input">
      <input id={id} type="file" multiple accept={attachmentAccept} disabled={disabled || isFull} {...aria}
        onChange={(event) => {
          const chosen = [...(event.target.files ?? [])];
          // The same file chosen twice is kept once.
          const known = new Set(files.map((file) => `${file.name}:${file.size}`));
          onChange([...files, ...chosen.filter((file) => !known.has(`${file.name}:${file.size}`))]);
          event.target.value = '';
        }} />
      {files.length > 0 && (
        <ul className="attachment-list">
          {files.map((file, index) => (
            <li key={`${file.name}:${file.size}:${index}`}>
              <span className="attachment-name">{file.name}</span>
              <span className="muted small"> · {formatBytes(file.size, i18n.language)}{file.type ? ` · ${file.type}` : ''}</span>
              <button type="button" className="button button-small" disabled={disabled}
                aria-label={t('tips.files.removeOf', { file: file.name })}
                onClick={() => onChange(files.filter((_, at) => at !== index))}>
                {t('tips.files.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {problems.length > 0 && (
        <ul className="field-error plain-list" role="alert">
          {problems.map((problem, index) => <li key={index}>{problemText(problem)}</li>)}
        </ul>
      )}
    </div>
  );
}

/** The upload's progress while files travel; hidden for a form without files. */
export function UploadProgress({ share }: { share: number | null }) {
  const { t } = useTranslation();
  if (share === null) return null;
  return (
    <p className="upload-progress" role="status">
      <progress value={share} max={1} /> {t('tips.files.uploading', { percent: Math.round(share * 100) })}
    </p>
  );
}
