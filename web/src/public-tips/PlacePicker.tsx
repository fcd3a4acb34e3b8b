import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicUnit } from '../../../core/api/tips.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { useApi } from '../common/useApi.ts';
import { useSearchText } from '../common/useSearchText.ts';
import { searchPublicUnits } from './public-api.ts';

/** "Phường Thành Vinh, Tỉnh Nghệ An": the place with the province it belongs to. */
export const placeName = (unit: PublicUnit) => (unit.parentName ? `${unit.name}, ${unit.parentName}` : unit.name);

interface PlacePickerProps {
  id?: string;
  value: PublicUnit | null;
  onChange: (unit: PublicUnit | null) => void;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

/**
 * Finds today's commune or province by typing part of its name, accents optional. Waits for a
 * pause in typing and two characters, so a weak connection is not flooded with requests.
 */
export function PlacePicker({ id, value, onChange, ...aria }: PlacePickerProps) {
  const { t } = useTranslation();
  const { text, setText, query, clear } = useSearchText({ delayMs: 350 });
  const chosenRef = useRef<HTMLInputElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const [focusAfterChange, setFocusAfterChange] = useState<'chosen' | 'search' | null>(null);

  useEffect(() => {
    if (focusAfterChange === 'chosen') chosenRef.current?.focus();
    if (focusAfterChange === 'search') searchRef.current?.focus();
  }, [focusAfterChange, value]);

  const searching = value === null && query.length >= 2;
  const results = useApi(searching ? `public-units:${query}` : null, (signal) => searchPublicUnits(query, signal));

  if (value) {
    return (
      <div className="picked-place">
        <input ref={chosenRef} id={id} value={placeName(value)} readOnly {...aria} />
        <button type="button" className="button" onClick={() => { setFocusAfterChange('search'); onChange(null); }}>
          {t('public-tips.form.placeChange')}
        </button>
      </div>
    );
  }

  const choose = (unit: PublicUnit) => {
    clear();
    setFocusAfterChange('chosen');
    onChange(unit);
  };
  const typedTooLittle = text.trim().length > 0 && text.trim().length < 2;
  return (
    <div className="place-picker">
      <input
        ref={searchRef}
        id={id}
        type="search"
        value={text}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          // Enter picks the only match rather than sending the whole form half-filled.
          if (event.key === 'Enter') {
            event.preventDefault();
            if (results.data?.length === 1) choose(results.data[0]!);
          }
        }}
        {...aria}
      />
      <div aria-live="polite" className="place-status">
        {typedTooLittle && <p className="muted small">{t('public-tips.form.placeTooShort')}</p>}
        {results.isLoading && <p className="muted small">{t('public-tips.form.placeSearching')}</p>}
        {results.data && results.data.length === 0 && <p className="muted">{t('public-tips.form.placeNone', { query })}</p>}
      </div>
      <ErrorMessage error={results.error} onRetry={results.reload} />
      {results.data && results.data.length > 0 && (
        <ul className="place-results" aria-label={t('public-tips.form.placeResults')}>
          {results.data.map((unit) => (
            <li key={unit.id}>
              <button type="button" className="place-option" aria-label={placeName(unit)} onClick={() => choose(unit)}>
                <span className="place-option-name">{unit.name}</span>
                {unit.parentName && <span className="place-option-parent">{unit.parentName}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
