import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { parseVietnameseDate } from '../../../../core/dates/format.ts';
import { FormField } from '../../common/FormField.tsx';
import { UnitPicker, type PickedUnit } from '../../users/UnitPicker.tsx';
import { useSearchText } from '../../common/useSearchText.ts';

/** The filters every list of activities shares: a unit's subtree, a date range, and words without accents. */
export interface ListFilterValues {
  unit: PickedUnit | null;
  from: string | undefined;
  to: string | undefined;
  q: string | undefined;
}

interface ListFiltersProps {
  label: string;
  searchLabel: string;
  searchHint: string;
  onChange: (values: ListFilterValues) => void;
  /** The filters of the kind of record itself (a form, a level), placed before the search box. */
  children?: ReactNode;
}

/**
 * Dates are typed as dd/mm/yyyy and apply once they are whole days; words apply a moment after
 * typing stops, so that a slow connection is not asked for a page per key.
 */
export function ListFilters({ label, searchLabel, searchHint, onChange, children }: ListFiltersProps) {
  const { t } = useTranslation();
  const [unit, setUnit] = useState<PickedUnit | null>(null);
  const [fromText, setFromText] = useState('');
  const [toText, setToText] = useState('');
  const { text, setText, query } = useSearchText();
  const from = parseVietnameseDate(fromText);
  const to = parseVietnameseDate(toText);
  const fromError = fromText.trim() !== '' && !from ? t('communication.form.dateInvalid') : undefined;
  const toError = toText.trim() !== '' && !to ? t('communication.form.dateInvalid') : undefined;
  const appliedFrom = fromText.trim() === '' ? undefined : from;
  const appliedTo = toText.trim() === '' ? undefined : to;
  const key = `${unit?.id ?? ''}|${appliedFrom ?? ''}|${appliedTo ?? ''}|${query}`;
  useEffect(() => {
    // An unfinished date keeps the range it had: the list does not jump while the user types.
    if (fromError || toError) return;
    onChange({ unit, from: appliedFrom, to: appliedTo, q: query || undefined });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return (
    <form className="filters" role="search" aria-label={label} onSubmit={(event) => event.preventDefault()}>
      <FormField label={t('communication.unitFilter')}>
        <UnitPicker value={unit} onChange={setUnit} />
      </FormField>
      <FormField label={t('communication.from')} hint={t('communication.form.dateHint')} error={fromError}>
        <input value={fromText} size={12} inputMode="numeric" onChange={(event) => setFromText(event.target.value)} />
      </FormField>
      <FormField label={t('communication.to')} hint={t('communication.form.dateHint')} error={toError}>
        <input value={toText} size={12} inputMode="numeric" onChange={(event) => setToText(event.target.value)} />
      </FormField>
      {children}
      <FormField label={searchLabel} hint={searchHint}>
        <input type="search" value={text} size={28} onChange={(event) => setText(event.target.value)} />
      </FormField>
    </form>
  );
}
