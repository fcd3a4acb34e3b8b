import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Hotspot } from '../../api/hotspots.ts';
import { DeleteForm, EliminateForm, WatchVisitForm } from './HotspotActionForms.tsx';

type OpenForm = 'eliminate' | 'watch' | 'delete' | null;

/** Sửa; Triệt xóa (not yet eliminated) or Ghi lần theo dõi (eliminated); Xóa with a reason. */
export function HotspotRowActions({ item, onChanged }: { item: Hotspot; onChanged: (message: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<OpenForm>(null);
  const toggle = (form: Exclude<OpenForm, null>) => () => setOpen(open === form ? null : form);
  const done = (message: string) => {
    setOpen(null);
    onChanged(message);
  };
  const formProps = { item, onDone: done, onCancel: () => setOpen(null) };
  return (
    <div className="row-actions">
      <div className="row-action-buttons">
        <Link to={`/activities/hotspots/${item.id}/edit`} className="button button-small" aria-label={t('hotspots.editOf', { address: item.address })}>
          {t('hotspots.edit')}
        </Link>
        {item.status === 'eliminated' ? (
          <button type="button" className="button button-small" aria-expanded={open === 'watch'} onClick={toggle('watch')}>
            {t('hotspots.watch')}
          </button>
        ) : (
          <button type="button" className="button button-small" aria-expanded={open === 'eliminate'} onClick={toggle('eliminate')}>
            {t('hotspots.eliminate')}
          </button>
        )}
        <button type="button" className="button button-small" aria-expanded={open === 'delete'} onClick={toggle('delete')}>
          {t('hotspots.delete')}
        </button>
      </div>
      {open === 'eliminate' && <EliminateForm {...formProps} />}
      {open === 'watch' && <WatchVisitForm {...formProps} />}
      {open === 'delete' && <DeleteForm {...formProps} />}
    </div>
  );
}
