import { useTranslation } from 'react-i18next';
import { fetchUnitAgencies } from '../../api/agencies.ts';
import { ErrorMessage } from '../../common/ErrorMessage.tsx';
import { useApi } from '../../common/useApi.ts';

interface BodySelectProps {
  id?: string;
  /** The unit whose agencies are offered; none chosen yet: only the People's Committee. */
  unitId: string | null;
  /** An agency's id, or '' for the unit's People's Committee itself. */
  value: string;
  onChange: (agencyId: string) => void;
  /** The agency stored on the record, offered even after it stopped working. */
  storedAgencyId?: string | null;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

/**
 * Chooses the body of a unit that integrates or manages a model: the People's Committee itself
 * (first), or one of the unit's active agencies (the Fatherland Front, the Women's Union…).
 */
export function BodySelect({ id, unitId, value, onChange, storedAgencyId, ...aria }: BodySelectProps) {
  const { t } = useTranslation();
  const agencies = useApi(unitId ? `agencies:${unitId}` : null, (signal) => fetchUnitAgencies(unitId!, signal));
  const offered = (agencies.data?.agencies ?? []).filter((agency) => agency.isActive || agency.id === storedAgencyId);
  return (
    <>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} {...aria}>
        <option value="">{t('integrations.peoplesCommittee')}</option>
        {offered.map((agency) => <option key={agency.id} value={agency.id}>{agency.name}</option>)}
      </select>
      <ErrorMessage error={agencies.error} onRetry={agencies.reload} />
    </>
  );
}
