import { useTranslation } from 'react-i18next';
import { searchHotspots, type Hotspot } from '../api/hotspots.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { useApi } from '../common/useApi.ts';
import { useSearchText } from '../common/useSearchText.ts';

interface HotspotPickerProps {
  id?: string;
  /** Search only this unit's hotspots (its subtree); nothing is searched without a unit. */
  unitId: string | null;
  onPick: (hotspot: Hotspot) => void;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

/** Finds a hotspot (tụ điểm) of the unit by words of its address, typed with or without accents. */
export function HotspotPicker({ id, unitId, onPick, ...aria }: HotspotPickerProps) {
  const { t } = useTranslation();
  const { text, setText, query, clear } = useSearchText();
  const isSearching = Boolean(unitId && query && text.trim());
  const results = useApi(isSearching ? `tip-hotspot-picker:${unitId}:${query}` : null,
    (signal) => searchHotspots({ unit: unitId!, q: query, pageSize: 10 }, signal));

  if (!unitId) return <input id={id} type="search" disabled placeholder={t('tips.intake.chooseUnitFirst')} {...aria} />;
  return (
    <div className="unit-picker">
      <input id={id} type="search" value={text} onChange={(event) => setText(event.target.value)} {...aria} />
      <ErrorMessage error={results.error} />
      {results.data && (
        <ul className="picker-results">
          {results.data.items.length === 0 && <li className="muted">{t('tips.intake.noHotspots', { query })}</li>}
          {results.data.items.map((item) => (
            <li key={item.id}>
              <button type="button" className="link-button" onClick={() => {
                onPick(item);
                clear();
              }}>
                {item.address}
              </button>
              <span className="muted"> — {item.unitName}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
