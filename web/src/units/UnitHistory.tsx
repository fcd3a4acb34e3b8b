import { useTranslation } from 'react-i18next';
import type { AdminUnitDetail } from '../../../core/api/units.ts';
import { formatDate } from '../../../core/dates/format.ts';

interface UnitHistoryProps {
  unit: AdminUnitDetail;
  onSelect: (unitId: string) => void;
}

/** The 2025 reorganisation seen from this unit: the old units merged into it, or the new units it went into. */
export function UnitHistory({ unit, onSelect }: UnitHistoryProps) {
  const { t } = useTranslation();
  return (
    <>
      {unit.predecessors.length > 0 && (
        <section className="detail-section">
          <h3>{t('units.predecessorsHeading', { count: unit.predecessors.length })}</h3>
          <ul className="plain-list">
            {unit.predecessors.map((predecessor) => (
              <li key={predecessor.id}>
                <button type="button" className="link-button" onClick={() => onSelect(predecessor.id)}>
                  {predecessor.name}
                </button>
                {predecessor.parentName && <span className="muted"> — {predecessor.parentName}</span>}
                {predecessor.validTo && (
                  <span className="muted"> · {t('units.until', { date: formatDate(predecessor.validTo) })}</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {unit.successors.length > 0 && (
        <section className="detail-section">
          <h3>{t('units.successorsHeading')}</h3>
          <ul className="plain-list">
            {unit.successors.map((successor) => (
              <li key={successor.id}>
                <button type="button" className="link-button" onClick={() => onSelect(successor.id)}>
                  {successor.name}
                </button>
                {!successor.isPrimary && <span className="muted"> · {t('units.partly')}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
