import { useTranslation } from 'react-i18next';
import type { AdminUnit } from '../../../core/api/units.ts';
import { formatDate } from '../../../core/dates/format.ts';

/** A unit's name, marked when it no longer exists since the 2025 reorganisation. */
export function UnitName({ unit }: { unit: Pick<AdminUnit, 'name' | 'validTo'> }) {
  const { t } = useTranslation();
  return (
    <>
      {unit.name}
      {unit.validTo && <span className="badge badge-former">{t('units.formerUntil', { date: formatDate(unit.validTo) })}</span>}
    </>
  );
}
