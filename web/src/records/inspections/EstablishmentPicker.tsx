import { useTranslation } from 'react-i18next';
import { searchEstablishments, type Establishment } from '../../api/establishments.ts';
import { ErrorMessage } from '../../common/ErrorMessage.tsx';
import { useApi } from '../../common/useApi.ts';
import { useSearchText } from '../../common/useSearchText.ts';

interface EstablishmentPickerProps {
  id?: string;
  /** Search only this unit's registry (its subtree); nothing is searched without a unit. */
  unitId: string | null;
  /** Already chosen: not offered again. */
  excludeIds: readonly string[];
  onPick: (establishment: Establishment) => void;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

/**
 * Finds open establishments of a unit's registry by words typed with or without accents (the
 * server folds them) and offers each as a button; a closed establishment is not offered.
 */
export function EstablishmentPicker({ id, unitId, excludeIds, onPick, ...aria }: EstablishmentPickerProps) {
  const { t } = useTranslation();
  const { text, setText, query, clear } = useSearchText();
  // Emptied after a pick: no results are shown until the user types again.
  const isSearching = Boolean(unitId && query && text.trim());
  const results = useApi(isSearching ? `establishment-picker:${unitId}:${query}` : null,
    (signal) => searchEstablishments({ unit: unitId!, q: query, pageSize: 12 }, signal));
  const offered = (results.data?.items ?? []).filter((item) => item.status !== 'closed' && !excludeIds.includes(item.id));

  if (!unitId) {
    return <input id={id} type="search" disabled placeholder={t('inspections.form.chooseUnitFirst')} {...aria} />;
  }
  return (
    <div className="unit-picker establishment-picker">
      <input id={id} type="search" value={text} onChange={(event) => setText(event.target.value)} {...aria} />
      <ErrorMessage error={results.error} />
      {results.data && (
        <ul className="picker-results">
          {offered.length === 0 && <li className="muted">{t('inspections.form.noEstablishments', { query })}</li>}
          {offered.map((item) => (
            <li key={item.id}>
              <button type="button" className="link-button" aria-label={t('inspections.form.add', { name: item.name })}
                onClick={() => {
                  onPick(item);
                  clear();
                }}>
                {item.name}
              </button>
              <span className="muted"> — {[item.address, item.unitName].filter(Boolean).join(', ')}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
