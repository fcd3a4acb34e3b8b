import { useTranslation } from 'react-i18next';
import { fetchRootUnits } from '../api/units.ts';
import { ErrorMessage, Loading } from '../common/ErrorMessage.tsx';
import { useApi } from '../common/useApi.ts';
import { UnitTreeNode } from './UnitTreeNode.tsx';

interface UnitTreeProps {
  selectedId: string | null;
  onSelect: (unitId: string) => void;
}

/** The user's part of the country: their own unit for most users, every province for a system admin. */
export function UnitTree({ selectedId, onSelect }: UnitTreeProps) {
  const { t } = useTranslation();
  const roots = useApi('roots', fetchRootUnits);
  return (
    <div className="unit-tree">
      <h2 id="unit-tree-heading">{t('units.treeHeading')}</h2>
      {roots.isLoading && <Loading />}
      <ErrorMessage error={roots.error} onRetry={roots.reload} />
      {roots.data && (
        <ul className="tree" aria-labelledby="unit-tree-heading">
          {roots.data.units.map((unit) => (
            <UnitTreeNode
              key={unit.id}
              unit={unit}
              selectedId={selectedId}
              onSelect={onSelect}
              startExpanded={roots.data?.units.length === 1}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
