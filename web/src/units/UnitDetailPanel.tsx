import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AdminUnitDetail } from '../../../core/api/units.ts';
import { formatDate } from '../../../core/dates/format.ts';
import { fetchUnitDetail } from '../api/units.ts';
import { ErrorMessage, Loading } from '../common/ErrorMessage.tsx';
import { useApi } from '../common/useApi.ts';
import { AgencyList } from './AgencyList.tsx';
import { ReferenceFigures } from './ReferenceFigures.tsx';
import { UnitHistory } from './UnitHistory.tsx';

interface UnitDetailPanelProps {
  unitId: string;
  onSelect: (unitId: string) => void;
}

export function UnitDetailPanel({ unitId, onSelect }: UnitDetailPanelProps) {
  const detail = useApi(unitId, (signal) => fetchUnitDetail(unitId, signal));
  if (detail.isLoading) return <Loading />;
  if (detail.error || !detail.data) return <ErrorMessage error={detail.error} onRetry={detail.reload} />;
  return <UnitDetail unit={detail.data} onSelect={onSelect} />;
}

function UnitDetail({ unit, onSelect }: { unit: AdminUnitDetail; onSelect: (unitId: string) => void }) {
  const { t } = useTranslation();
  return (
    <article className="unit-detail" aria-labelledby="unit-detail-name">
      {unit.ancestors.length > 0 && (
        <p className="breadcrumb">
          {unit.ancestors.map((ancestor) => ancestor.name).join(' › ')}
        </p>
      )}
      <h2 id="unit-detail-name">{unit.name}</h2>
      <dl className="facts">
        <dt>{t('units.kind')}</dt>
        <dd>{unit.kind} ({t(`levels.${unit.level}`)})</dd>
        <dt>{t('units.code')}</dt>
        <dd>{unit.code ?? t('units.noCode')}</dd>
        <dt>{t('units.validity')}</dt>
        <dd>{validityText(unit, t)}</dd>
      </dl>
      <UnitHistory unit={unit} onSelect={onSelect} />
      <AgencyList unit={unit} />
      <ReferenceFigures unit={unit} />
    </article>
  );
}

function validityText(unit: AdminUnitDetail, t: TFunction): string {
  const from = unit.validFrom ? formatDate(unit.validFrom) : null;
  const to = unit.validTo ? formatDate(unit.validTo) : null;
  if (from && to) return t('units.validFromTo', { from, to });
  if (from) return t('units.validFrom', { from });
  if (to) return t('units.validTo', { to });
  return t('units.validAlways');
}
