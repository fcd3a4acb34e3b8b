import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../../core/dates/format.ts';
import { deleteInspection, type Inspection } from '../../api/inspections.ts';
import { DeleteWithReason } from '../DeleteWithReason.tsx';

/** Sửa and Xóa (with a reason) for one inspection. */
export function InspectionRowActions({ item, onChanged }: { item: Inspection; onChanged: (message: string) => void }) {
  const { t } = useTranslation();
  const [isDeleting, setDeleting] = useState(false);
  const date = formatDate(item.inspectedOn);
  return (
    <div className="row-actions">
      <div className="row-action-buttons">
        <Link to={`/activities/inspections/${item.id}/edit`} className="button button-small" aria-label={t('inspections.editOf', { date })}>
          {t('inspections.edit')}
        </Link>
        <button type="button" className="button button-small" aria-expanded={isDeleting} onClick={() => setDeleting(!isDeleting)}>
          {t('inspections.delete')}
        </button>
      </div>
      {isDeleting && (
        <DeleteWithReason heading={t('inspections.deleteHeading', { date })} reasonLabel={t('inspections.deleteReason')}
          submitLabel={t('inspections.deleteSubmit')} requiredMessage={t('inspections.form.required')} onCancel={() => setDeleting(false)}
          onDelete={async (reason) => {
            await deleteInspection(item.id, reason);
            setDeleting(false);
            onChanged(t('inspections.deleted', { date }));
          }} />
      )}
    </div>
  );
}
