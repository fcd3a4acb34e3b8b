import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../core/dates/format.ts';
import type { Hotspot } from '../../api/hotspots.ts';
import { WatchVisitForm } from './HotspotActionForms.tsx';

interface WatchVisitsProps {
  item: Hotspot;
  /** After a visit is recorded: what was done, and the hotspot as it now is (a re-formed one is active again). */
  onRecorded: (message: string, updated: Hotspot) => void;
}

/** The watch visits of a hotspot, oldest first, and the form for a new one once it is eliminated. */
export function WatchVisits({ item, onRecorded }: WatchVisitsProps) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  return (
    <section className="watch-visits" aria-labelledby="watch-visits-title">
      <h2 id="watch-visits-title">{t('hotspots.visits.title')}</h2>
      {item.watchVisits.length === 0 && <p className="muted">{t('hotspots.visits.none')}</p>}
      {item.watchVisits.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('hotspots.visitedOn')}</th>
              <th scope="col">{t('hotspots.finding')}</th>
              <th scope="col">{t('hotspots.visitNotes')}</th>
            </tr>
          </thead>
          <tbody>
            {item.watchVisits.map((visit) => (
              <tr key={visit.id}>
                <td className="nowrap">{formatDate(visit.visitedOn)}</td>
                <td>{visit.reformed ? <strong>{t('hotspots.reformedYes')}</strong> : t('hotspots.reformedNo')}</td>
                <td>{visit.notes ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {item.status !== 'eliminated' && <p className="muted small">{t('hotspots.visits.onlyEliminated')}</p>}
      {item.status === 'eliminated' && !isOpen && (
        <button type="button" className="button" aria-expanded={false} onClick={() => setOpen(true)}>{t('hotspots.watch')}</button>
      )}
      {item.status === 'eliminated' && isOpen && (
        <WatchVisitForm
          item={item}
          onCancel={() => setOpen(false)}
          onDone={(message, updated) => {
            setOpen(false);
            if (updated) onRecorded(message, updated);
          }}
        />
      )}
    </section>
  );
}
