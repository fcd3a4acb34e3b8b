import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { parseVietnameseDate } from '../../../core/dates/format.ts';
import { deleteEstablishment, updateEstablishment, type Establishment } from '../api/establishments.ts';
import { ApiError } from '../api/client.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { FormField } from '../common/FormField.tsx';

interface RowActionsProps {
  item: Establishment;
  onChanged: (message: string) => void;
}

/** Sửa, Đóng cửa (with the closing day) and Xóa (with a reason) for one establishment. */
export function EstablishmentRowActions({ item, onChanged }: RowActionsProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'close' | 'delete' | null>(null);
  return (
    <div className="row-actions">
      <div className="row-action-buttons">
        <Link to={`/activities/establishments/${item.id}/edit`} className="button button-small" aria-label={t('establishments.editOf', { name: item.name })}>
          {t('establishments.edit')}
        </Link>
        {item.status !== 'closed' && (
          <button type="button" className="button button-small" aria-expanded={open === 'close'} onClick={() => setOpen(open === 'close' ? null : 'close')}>
            {t('establishments.close')}
          </button>
        )}
        <button type="button" className="button button-small" aria-expanded={open === 'delete'} onClick={() => setOpen(open === 'delete' ? null : 'delete')}>
          {t('establishments.delete')}
        </button>
      </div>
      {open === 'close' && <CloseForm item={item} onDone={(message) => { setOpen(null); onChanged(message); }} onCancel={() => setOpen(null)} />}
      {open === 'delete' && <DeleteForm item={item} onDone={(message) => { setOpen(null); onChanged(message); }} onCancel={() => setOpen(null)} />}
    </div>
  );
}

interface SmallFormProps {
  item: Establishment;
  onDone: (message: string) => void;
  onCancel: () => void;
}

function CloseForm({ item, onDone, onCancel }: SmallFormProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [localError, setLocalError] = useState<string | undefined>();
  const [error, setError] = useState<unknown>(null);
  const [isSubmitting, setSubmitting] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const closedOn = parseVietnameseDate(text);
    if (!closedOn) {
      setLocalError(t('establishments.form.dateInvalid'));
      return;
    }
    setLocalError(undefined);
    setSubmitting(true);
    try {
      await updateEstablishment(item.id, { status: 'closed', closedOn });
      onDone(t('establishments.closed', { name: item.name, date: text.trim() }));
    } catch (caught) {
      setError(caught);
      setSubmitting(false);
    }
  }

  const serverField = error instanceof ApiError ? error.fieldMessage('closedOn') : undefined;
  return (
    <form className="inline-form row-form" onSubmit={submit} noValidate aria-label={t('establishments.closeHeading', { name: item.name })}>
      <FormField label={t('establishments.closedOn')} hint={t('establishments.form.dateHint')} error={localError ?? serverField}>
        <input value={text} size={12} inputMode="numeric" onChange={(event) => setText(event.target.value)} />
      </FormField>
      <ErrorMessage error={serverField ? null : error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary button-small" disabled={isSubmitting}>{t('establishments.closeSubmit')}</button>
        <button type="button" className="button button-quiet button-small" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}

function DeleteForm({ item, onDone, onCancel }: SmallFormProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [localError, setLocalError] = useState<string | undefined>();
  const [error, setError] = useState<unknown>(null);
  const [isSubmitting, setSubmitting] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (reason.trim() === '') {
      setLocalError(t('establishments.form.required'));
      return;
    }
    setLocalError(undefined);
    setSubmitting(true);
    try {
      await deleteEstablishment(item.id, reason.trim());
      onDone(t('establishments.deleted', { name: item.name }));
    } catch (caught) {
      setError(caught);
      setSubmitting(false);
    }
  }

  const serverField = error instanceof ApiError ? error.fieldMessage('reason') : undefined;
  return (
    <form className="inline-form row-form" onSubmit={submit} noValidate aria-label={t('establishments.deleteHeading', { name: item.name })}>
      <FormField label={t('establishments.deleteReason')} error={localError ?? serverField}>
        <textarea value={reason} rows={2} maxLength={500} onChange={(event) => setReason(event.target.value)} />
      </FormField>
      <ErrorMessage error={serverField ? null : error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary button-small" disabled={isSubmitting}>{t('establishments.deleteSubmit')}</button>
        <button type="button" className="button button-quiet button-small" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
