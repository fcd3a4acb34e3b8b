import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchUnits } from '../api/units.ts';
import { ErrorMessage, Loading } from '../common/ErrorMessage.tsx';
import { FormField } from '../common/FormField.tsx';
import { useApi } from '../common/useApi.ts';
import { useSearchText } from '../common/useSearchText.ts';
import { UnitName } from './UnitName.tsx';

const RESULT_LIMIT = 30;

/** Search by name without accents ("thanh vinh" finds "Thành Vinh"), only within the user's scope. */
export function UnitSearch({ onSelect }: { onSelect: (unitId: string) => void }) {
  const { t } = useTranslation();
  const { text, setText, query } = useSearchText();
  const [includeFormer, setIncludeFormer] = useState(false);

  const key = query ? `${query}|${includeFormer}` : null;
  const results = useApi(key, (signal) =>
    searchUnits({ q: query, former: includeFormer ? 'true' : undefined, limit: RESULT_LIMIT }, signal),
  );

  return (
    <div className="unit-search" role="search">
      <FormField label={t('units.searchLabel')} hint={t('units.searchHint')}>
        <input type="search" value={text} onChange={(event) => setText(event.target.value)} maxLength={100} />
      </FormField>
      <label className="checkbox">
        <input type="checkbox" checked={includeFormer} onChange={(event) => setIncludeFormer(event.target.checked)} />
        {t('units.includeFormer')}
      </label>
      {results.isLoading && <Loading label={t('units.searching')} />}
      <ErrorMessage error={results.error} onRetry={results.reload} />
      {results.data && (
        <div className="search-results" aria-live="polite">
          <h2 className="visually-hidden">{t('units.searchResults')}</h2>
          {results.data.units.length === 0 ? (
            <p className="muted" role="status">{t('units.noResults', { query })}</p>
          ) : (
            <ul>
              {results.data.units.map((unit) => (
                <li key={unit.id}>
                  <button type="button" className="link-button" onClick={() => onSelect(unit.id)}>
                    <UnitName unit={unit} />
                  </button>
                  {unit.parentName && <span className="muted"> — {unit.parentName}</span>}
                </li>
              ))}
            </ul>
          )}
          {results.data.units.length === RESULT_LIMIT && <p className="muted">{t('units.moreResults')}</p>}
        </div>
      )}
    </div>
  );
}
