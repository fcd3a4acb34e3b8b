import { useTranslation } from 'react-i18next';
import { FormField } from '../../common/FormField.tsx';
import { statisticsPeriodKinds, type PeriodDraft, type StatisticsPeriodKind } from './crime-draft.ts';

const FIRST_YEAR = 2020;

/** The numbers a kind of period has within a year: months 1–12, quarters 1–4, halves 1–2. */
function numbersOf(kind: StatisticsPeriodKind): number[] {
  const count = { month: 12, quarter: 4, half_year: 2, year: 0 }[kind];
  return Array.from({ length: count }, (_, index) => index + 1);
}

interface PeriodPickerProps {
  value: PeriodDraft;
  onChange: (value: PeriodDraft) => void;
  /** The period's problem, shown under the whole picker. */
  error?: string | undefined;
  thisYear: number;
}

/** A month, quarter, half year or year, on the calendar or as a reporting period of Decree 09/2019. */
export function PeriodPicker({ value, onChange, error, thisYear }: PeriodPickerProps) {
  const { t } = useTranslation();
  const numberLabel = (number: number) => {
    if (value.kind === 'month') return t('crime.form.monthN', { month: number });
    if (value.kind === 'quarter') return t('crime.form.quarterN', { quarter: number });
    return t(number === 1 ? 'crime.form.half1' : 'crime.form.half2');
  };
  // Switching the kind keeps the period that holds the first month chosen: March becomes Q1, then H1.
  const setKind = (kind: StatisticsPeriodKind) => {
    const monthsPer = { month: 1, quarter: 3, half_year: 6, year: 12 };
    const firstMonth = (Math.max(1, Number(value.number)) - 1) * monthsPer[value.kind] + 1;
    onChange({ ...value, kind, number: String(Math.ceil(firstMonth / monthsPer[kind])) });
  };
  return (
    <div className="period-picker">
      <div className="form-grid form-grid-4">
        <FormField label={t('crime.form.kind')}>
          <select value={value.kind} onChange={(event) => setKind(event.target.value as StatisticsPeriodKind)}>
            {statisticsPeriodKinds.map((kind) => <option key={kind} value={kind}>{t(`crime.periodKind.${kind}`)}</option>)}
          </select>
        </FormField>
        {value.kind !== 'year' && (
          <FormField label={t('crime.form.number')}>
            <select value={value.number} onChange={(event) => onChange({ ...value, number: event.target.value })}>
              {numbersOf(value.kind).map((number) => <option key={number} value={String(number)}>{numberLabel(number)}</option>)}
            </select>
          </FormField>
        )}
        <FormField label={t('crime.year')} error={error}>
          <select value={value.year} onChange={(event) => onChange({ ...value, year: event.target.value })}>
            {Array.from({ length: thisYear - FIRST_YEAR + 2 }, (_, index) => String(thisYear + 1 - index)).map((year) => (
              <option key={year} value={year}>{year}</option>
            ))}
          </select>
        </FormField>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={value.isReporting} onChange={(event) => onChange({ ...value, isReporting: event.target.checked })} />
        {' '}{t('crime.form.reportingBasis')}
      </label>
    </div>
  );
}
