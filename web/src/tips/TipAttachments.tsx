import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHasPermission } from '../auth/session-context.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { FormField } from '../common/FormField.tsx';
import { AttachmentInput, UploadProgress } from './AttachmentInput.tsx';
import { checkFiles, formatBytes, formatMoment } from './tip-format.ts';
import { addTipAttachments, attachmentUrl, type Tip } from './tips-api.ts';

/**
 * The files sent with the tip or added later, each a download (the server serves it as an
 * attachment, never displayed inside the application); officers may add their own.
 */
export function TipAttachments({ tip, onChanged }: { tip: Tip; onChanged: (tip: Tip, notice: string) => void }) {
  const { t, i18n } = useTranslation();
  // Only while the user's unit holds the tip (it offers them a next step): a tip transferred away is the other unit's.
  const mayAdd = useHasPermission('tip.write') && tip.availableActions.length > 0;
  const [files, setFiles] = useState<File[]>([]);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const upload = async () => {
    setError(null);
    setProgress(0);
    try {
      const next = await addTipAttachments(tip.id, files, setProgress);
      setFiles([]);
      setProgress(null);
      onChanged(next, t('tips.files.added', { count: files.length }));
    } catch (caught) {
      setError(caught);
      setProgress(null);
    }
  };
  return (
    <section className="tip-section" aria-labelledby="tip-attachments-heading">
      <h2 id="tip-attachments-heading">{t('tips.field.attachments')}</h2>
      {tip.attachments.length === 0 && <p className="muted">{t('tips.files.none')}</p>}
      {tip.attachments.length > 0 && (
        <ul className="attachment-list">
          {tip.attachments.map((attachment) => (
            <li key={attachment.id}>
              <a href={attachmentUrl(tip.id, attachment.id)} download={attachment.fileName} className="attachment-name">{attachment.fileName}</a>
              <span className="muted small">
                {' · '}{formatBytes(attachment.byteSize, i18n.language)} · {attachment.mediaType}
                {' · '}{t(`tips.files.source.${attachment.source}`)} · {formatMoment(attachment.createdAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {mayAdd && (
        <details className="tip-add-files">
          <summary>{t('tips.files.addTitle')}</summary>
          <ErrorMessage error={error} />
          <FormField label={t('tips.intake.chooseFiles')} hint={t('tips.files.staffHint')}>
            <AttachmentInput files={files} onChange={setFiles} disabled={progress !== null} />
          </FormField>
          <UploadProgress share={progress} />
          <button type="button" className="button" disabled={files.length === 0 || progress !== null || checkFiles(files).length > 0}
            onClick={() => void upload()}>
            {t('tips.files.upload')}
          </button>
        </details>
      )}
    </section>
  );
}
