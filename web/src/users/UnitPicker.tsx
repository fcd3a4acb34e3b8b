import { useTranslation } from 'react-i18next';
import type { UnitLevel } from '../../../core/api/units.ts';
import { searchUnits, type UnitListItem } from '../api/units.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { useApi } from '../common/useApi.ts';
import { useSearchText } from '../common/useSearchText.ts';

export interface PickedUnit {
  id: string;
  name: string;
}

interface UnitPickerProps {
  id?: string;
  value: PickedUnit | null;
  onChange: (unit: PickedUnit | null) => void;
  /** Only units of this level (e.g. communes for the establishments registry). */
  level?: UnitLevel;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

/** Chooses one current unit in the user's scope by typing part of its name (accents optional). */
export function UnitPicker({ id, value, onChange, level, ...aria }: UnitPickerProps) {
  const { t } = useTranslation();
  const { text, setText, query } = useSearchText();
  const results = useApi(value === null && query ? `${level ?? ''}:${query}` : null, (signal) => searchUnits({ q: query, limit: 10, level }, signal));

  if (value) {
    return (
      <div className="picked-unit">
        <input id={id} value={value.name} readOnly {...aria} />
        <button type="button" className="button button-small" onClick={() => onChange(null)}>{t('common.change')}</button>
      </div>
    );
  }
  const choose = (unit: UnitListItem) => {
    onChange({ id: unit.id, name: unit.name });
    setText('');
  };
  return (
    <div className="unit-picker">
      <input id={id} type="search" value={text} placeholder={t('users.unitPlaceholder')} onChange={(event) => setText(event.target.value)} {...aria} />
      <ErrorMessage error={results.error} />
      {results.data && (
        <ul className="picker-results">
          {results.data.units.length === 0 && <li className="muted">{t('units.noResults', { query })}</li>}
          {results.data.units.map((unit) => (
            <li key={unit.id}>
              <button type="button" className="link-button" onClick={() => choose(unit)}>{unit.name}</button>
              {unit.parentName && <span className="muted"> — {unit.parentName}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
