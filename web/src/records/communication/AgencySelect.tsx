import { useTranslation } from 'react-i18next';
import { fetchUnitAgencies } from '../../api/agencies.ts';
import { useApi } from '../../common/useApi.ts';

interface AgencySelectProps {
  id?: string;
  unitId: string | null;
  value: string;
  onChange: (agencyId: string) => void;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

/**
 * One of the unit's agencies (the lead agency of an activity, the organiser of a course); inactive
 * agencies only when already chosen. Placed in a FormField, which gives it its id and messages.
 */
export function AgencySelect({ id, unitId, value, onChange, ...aria }: AgencySelectProps) {
  const { t } = useTranslation();
  const agencies = useApi(unitId ? `agencies:${unitId}` : null, (signal) => fetchUnitAgencies(unitId!, signal));
  const shown = (agencies.data?.agencies ?? []).filter((agency) => agency.isActive || agency.id === value);
  const placeholder = !unitId
    ? t('communication.form.chooseUnitFirst')
    : agencies.isLoading ? t('common.loading') : agencies.error ? t('communication.form.agenciesFailed') : t('common.choose');
  return (
    <select id={id} value={value} onChange={(event) => onChange(event.target.value)} disabled={!unitId || agencies.isLoading} {...aria}>
      <option value="">{placeholder}</option>
      {shown.map((agency) => (
        <option key={agency.id} value={agency.id}>{agency.name}</option>
      ))}
    </select>
  );
}
