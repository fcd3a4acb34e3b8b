import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { useApi } from '../common/useApi.ts';
import type { PickedUnit } from '../users/UnitPicker.tsx';
import { searchPublicUnits } from './tips-api.ts';
import { useSearchText } from '../common/useSearchText.ts';

interface PublicUnitPickerProps {
  id?: string;
  value: PickedUnit | null;
  onChange: (unit: PickedUnit | null) => void;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

/**
 * Chooses any of today's units of the country by name, for a transfer: the receiving unit may be
 * outside the officer's own scope (a neighbouring province's police).
 */
export function PublicUnitPicker({ id, value, onChange, ...aria }: PublicUnitPickerProps) {
  const { t } = useTranslation();
  const { text, setText, query } = useSearchText();
  const results = useApi(value === null && query ? `public-units:${query}` : null, (signal) => searchPublicUnits(query, signal));

  if (value) {
    return (
      <div className="picked-unit">
        <input id={id} value={value.name} readOnly {...aria} />
        <button type="button" className="button button-small" onClick={() => onChange(null)}>{t('common.change')}</button>
      </div>
    );
  }
  return (
    <div className="unit-picker">
      <input id={id} type="search" value={text} placeholder={t('users.unitPlaceholder')} onChange={(event) => setText(event.target.value)} {...aria} />
      <ErrorMessage error={results.error} />
      {results.data && (
        <ul className="picker-results">
          {results.data.length === 0 && <li className="muted">{t('units.noResults', { query })}</li>}
          {results.data.map((unit) => (
            <li key={unit.id}>
              <button type="button" className="link-button" onClick={() => {
                onChange({ id: unit.id, name: unit.parentName ? `${unit.name} — ${unit.parentName}` : unit.name });
                setText('');
              }}>{unit.name}</button>
              {unit.parentName && <span className="muted"> — {unit.parentName}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
