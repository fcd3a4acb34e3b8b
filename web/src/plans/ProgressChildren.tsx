import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetProgress } from '../../../core/api/progress.ts';
import { formatNumber } from '../../../core/indicators/measurement.ts';
import type { TargetStatus } from '../../../core/indicators/status.ts';
import { currentLanguage } from '../i18n/i18n.ts';
import { compareStatus } from './plan-format.ts';
import { TargetStatusChip } from './StatusChips.tsx';

type Sort = 'none' | 'worst' | 'best';
const nextSort: Record<Sort, Sort> = { none: 'worst', worst: 'best', best: 'none' };

/** The child units' figures for one target; sortable by status, each unit opens its own board. */
export function ProgressChildren({ target, onDrill }: { target: TargetProgress; onDrill: (unit: { id: string; name: string }) => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [sort, setSort] = useState<Sort>('none');
  if (target.children.length === 0) return <p className="muted small">{t('plans.progress.noChildren')}</p>;
  const rows = [...target.children];
  if (sort !== 'none') {
    rows.sort((a, b) => (sort === 'worst' ? 1 : -1) * compareStatus(a.status as TargetStatus, b.status as TargetStatus) || a.unitName.localeCompare(b.unitName, 'vi'));
  }
  const figure = (value: number | null) => (value === null ? '—' : formatNumber(value, language));
  const hasDenominator = rows.some((child) => child.denominator !== null);
  return (
    <div className="progress-children">
      <h4>{t('plans.progress.childrenHeading', { count: rows.length })}</h4>
      <div className="progress-children-scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('plans.children.unit')}</th>
              <th scope="col">{t('plans.progress.result')}</th>
              <th scope="col">{hasDenominator ? t('plans.progress.figures') : t('plans.progress.numerator')}</th>
              <th scope="col" aria-sort={sort === 'none' ? 'none' : sort === 'worst' ? 'ascending' : 'descending'}>
                <button type="button" className="link-button" onClick={() => setSort(nextSort[sort])}>
                  {t('plans.statusLabel')} {sort === 'worst' ? '▲' : sort === 'best' ? '▼' : '↕'}
                  <span className="visually-hidden"> {t(`plans.progress.sort.${nextSort[sort]}`)}</span>
                </button>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((child) => (
              <tr key={child.unitId}>
                <td>
                  <button type="button" className="link-button" onClick={() => onDrill({ id: child.unitId, name: child.unitName })}>
                    {child.unitName}
                  </button>
                </td>
                <td>{child.display}</td>
                <td className="nowrap">{hasDenominator ? `${figure(child.numerator)} / ${figure(child.denominator)}` : figure(child.numerator)}</td>
                <td><TargetStatusChip status={child.status as TargetStatus} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
