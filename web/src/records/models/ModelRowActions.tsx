import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, parseVietnameseDate, todayInVietnam } from '../../../../core/dates/format.ts';
import { ApiError } from '../../api/client.ts';
import { deleteHarmReductionModel, updateHarmReductionModel, type HarmReductionModel } from '../../api/harm-reduction-models.ts';
import { ErrorMessage } from '../../common/ErrorMessage.tsx';
import { FormField } from '../../common/FormField.tsx';
import { DeleteWithReason } from '../DeleteWithReason.tsx';

interface RowActionsProps {
  item: HarmReductionModel;
  onChanged: (message: string) => void;
}

/** Sửa, Kết thúc (with the last day) and Xóa (with a reason) for one model. */
export function ModelRowActions({ item, onChanged }: RowActionsProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'end' | 'delete' | null>(null);
  const done = (message: string) => {
    setOpen(null);
    onChanged(message);
  };
  return (
    <div className="row-actions">
      <div className="row-action-buttons">
        <Link to={`/activities/models/${item.id}/edit`} className="button button-small" aria-label={t('models.editOf', { name: item.name })}>
          {t('models.edit')}
        </Link>
        {!item.endedOn && (
          <button type="button" className="button button-small" aria-expanded={open === 'end'} onClick={() => setOpen(open === 'end' ? null : 'end')}>
            {t('models.end')}
          </button>
        )}
        <button type="button" className="button button-small" aria-expanded={open === 'delete'} onClick={() => setOpen(open === 'delete' ? null : 'delete')}>
          {t('models.delete')}
        </button>
      </div>
      {open === 'end' && <EndForm item={item} onDone={done} onCancel={() => setOpen(null)} />}
      {open === 'delete' && (
        <DeleteWithReason heading={t('models.deleteHeading', { name: item.name })} reasonLabel={t('models.deleteReason')}
          submitLabel={t('models.deleteSubmit')} requiredMessage={t('models.form.required')}
          onDelete={async (reason) => {
            await deleteHarmReductionModel(item.id, reason);
            done(t('models.deleted', { name: item.name }));
          }}
          onCancel={() => setOpen(null)} />
      )}
    </div>
  );
}

/** Ending a model is recording its last day: no later than today, not before it started. */
function EndForm({ item, onDone, onCancel }: { item: HarmReductionModel; onDone: (message: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [localError, setLocalError] = useState<string | undefined>();
  const [error, setError] = useState<unknown>(null);
  const [isSubmitting, setSubmitting] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const today = todayInVietnam();
    const endedOn = parseVietnameseDate(text);
    const problem = !endedOn ? t('models.form.dateInvalid')
      : endedOn > today ? t('models.form.dateFuture', { date: formatDate(today) })
        : endedOn < item.startedOn ? t('models.form.endBeforeStart', { date: formatDate(item.startedOn) }) : undefined;
    setLocalError(problem);
    if (problem || !endedOn) return;
    setSubmitting(true);
    try {
      await updateHarmReductionModel(item.id, { endedOn });
      onDone(t('models.ended', { name: item.name, date: formatDate(endedOn) }));
    } catch (caught) {
      setError(caught);
      setSubmitting(false);
    }
  }

  const serverField = error instanceof ApiError ? error.fieldMessage('endedOn') : undefined;
  return (
    <form className="inline-form row-form" onSubmit={submit} noValidate aria-label={t('models.endHeading', { name: item.name })}>
      <FormField label={t('models.endedOn')} hint={t('models.form.dateHint')} error={localError ?? serverField}>
        <input value={text} size={12} inputMode="numeric" onChange={(event) => setText(event.target.value)} />
      </FormField>
      <ErrorMessage error={serverField ? null : error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary button-small" disabled={isSubmitting}>{t('models.endSubmit')}</button>
        <button type="button" className="button button-quiet button-small" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
