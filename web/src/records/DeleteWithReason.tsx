import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { FormField } from '../common/FormField.tsx';

interface DeleteWithReasonProps {
  heading: string;
  reasonLabel: string;
  submitLabel: string;
  /** Shown when the reason is left empty. */
  requiredMessage: string;
  /** Deletes with the reason typed; rejects with the server's error. */
  onDelete: (reason: string) => Promise<void>;
  onCancel: () => void;
}

/** Soft deletion always says why: the reason is required here and kept in the audit log. */
export function DeleteWithReason({ heading, reasonLabel, submitLabel, requiredMessage, onDelete, onCancel }: DeleteWithReasonProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [localError, setLocalError] = useState<string | undefined>();
  const [error, setError] = useState<unknown>(null);
  const [isSubmitting, setSubmitting] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (reason.trim() === '') {
      setLocalError(requiredMessage);
      return;
    }
    setLocalError(undefined);
    setSubmitting(true);
    try {
      await onDelete(reason.trim());
    } catch (caught) {
      setError(caught);
      setSubmitting(false);
    }
  }

  const serverField = error instanceof ApiError ? error.fieldMessage('reason') : undefined;
  return (
    <form className="inline-form row-form" onSubmit={submit} noValidate aria-label={heading}>
      <FormField label={reasonLabel} error={localError ?? serverField}>
        <textarea value={reason} rows={2} maxLength={500} onChange={(event) => setReason(event.target.value)} />
      </FormField>
      <ErrorMessage error={serverField ? null : error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary button-small" disabled={isSubmitting}>{submitLabel}</button>
        <button type="button" className="button button-quiet button-small" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
