import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchUnitAgencies } from '../../api/agencies.ts';
import { ErrorMessage, Loading } from '../../common/ErrorMessage.tsx';
import { useApi } from '../../common/useApi.ts';

interface AgencyChecklistProps {
  legend: string;
  unitId: string | null;
  value: readonly string[];
  onChange: (ids: string[]) => void;
  hint?: string;
  error?: string | undefined;
}

/** The unit's agencies (police, culture and social affairs, health…) as checkboxes; inactive ones only if already chosen. */
export function AgencyChecklist({ legend, unitId, value, onChange, hint, error }: AgencyChecklistProps) {
  const { t } = useTranslation();
  const id = useId();
  const agencies = useApi(unitId ? `agencies:${unitId}` : null, (signal) => fetchUnitAgencies(unitId!, signal));
  const shown = (agencies.data?.agencies ?? []).filter((agency) => agency.isActive || value.includes(agency.id));
  const toggle = (agencyId: string, checked: boolean) =>
    onChange(checked ? [...value, agencyId] : value.filter((candidate) => candidate !== agencyId));
  return (
    <fieldset className={error ? 'field field-invalid agency-checklist' : 'field agency-checklist'} aria-describedby={`${id}-hint ${id}-error`}>
      <legend>{legend}</legend>
      {!unitId && <p className="muted small">{t('inspections.form.agenciesChooseUnit')}</p>}
      {agencies.isLoading && <Loading />}
      <ErrorMessage error={agencies.error} onRetry={agencies.reload} />
      {agencies.data && shown.length === 0 && <p className="muted small">{t('inspections.form.agenciesNone')}</p>}
      {shown.length > 0 && (
        <ul className="checklist">
          {shown.map((agency) => (
            <li key={agency.id}>
              <label>
                <input type="checkbox" checked={value.includes(agency.id)} onChange={(event) => toggle(agency.id, event.target.checked)} />
                {' '}{agency.name}
              </label>
            </li>
          ))}
        </ul>
      )}
      {hint && <small id={`${id}-hint`} className="field-hint">{hint}</small>}
      {error && <small id={`${id}-error`} className="field-error">{error}</small>}
    </fieldset>
  );
}
