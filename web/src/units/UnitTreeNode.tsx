import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchChildUnits, type UnitListItem } from '../api/units.ts';
import { ErrorMessage, Loading } from '../common/ErrorMessage.tsx';
import { useApi } from '../common/useApi.ts';
import { UnitName } from './UnitName.tsx';

interface UnitTreeNodeProps {
  unit: UnitListItem;
  selectedId: string | null;
  onSelect: (unitId: string) => void;
  startExpanded?: boolean;
}

/** One unit in the tree. Its children are fetched the first time it is opened, not before. */
export function UnitTreeNode({ unit, selectedId, onSelect, startExpanded = false }: UnitTreeNodeProps) {
  const { t } = useTranslation();
  const [isExpanded, setExpanded] = useState(startExpanded && unit.childCount > 0);
  const children = useApi(isExpanded ? unit.id : null, (signal) => fetchChildUnits(unit.id, signal));
  const hasChildren = unit.childCount > 0;
  const isSelected = unit.id === selectedId;

  return (
    <li className="tree-node">
      <div className={isSelected ? 'tree-row tree-row-selected' : 'tree-row'}>
        {hasChildren ? (
          <button
            type="button"
            className="tree-toggle"
            aria-expanded={isExpanded}
            onClick={() => setExpanded(!isExpanded)}
          >
            <span aria-hidden="true">{isExpanded ? '▾' : '▸'}</span>
            <span className="visually-hidden">
              {t(isExpanded ? 'units.collapse' : 'units.expand', { name: unit.name })}
            </span>
          </button>
        ) : (
          <span className="tree-toggle-spacer" aria-hidden="true" />
        )}
        <button
          type="button"
          className="tree-label"
          aria-current={isSelected ? 'true' : undefined}
          onClick={() => onSelect(unit.id)}
        >
          <UnitName unit={unit} />
          {hasChildren && <span className="tree-count">{t('units.childCount', { count: unit.childCount })}</span>}
        </button>
      </div>
      {isExpanded && (
        <div className="tree-children">
          {children.isLoading && <Loading />}
          <ErrorMessage error={children.error} onRetry={children.reload} />
          {children.data && (
            <ul className="tree">
              {children.data.units.map((child) => (
                <UnitTreeNode key={child.id} unit={child} selectedId={selectedId} onSelect={onSelect} />
              ))}
            </ul>
          )}
        </div>
      )}
    </li>
  );
}
