import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminUnitDetail } from '../../../core/api/units.ts';
import { fetchUnitAgencies } from '../api/agencies.ts';
import { useCurrentUser } from '../auth/session-context.ts';
import { ErrorMessage, Loading } from '../common/ErrorMessage.tsx';
import { useApi } from '../common/useApi.ts';
import { AgencyCreateForm } from './AgencyCreateForm.tsx';
import { AgencyRow } from './AgencyRow.tsx';
import { mayEditAgenciesOf } from './agency-permissions.ts';

/** The unit's agencies (cơ quan) that take part in the programme, with editing for the unit's admins. */
export function AgencyList({ unit }: { unit: AdminUnitDetail }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const agencies = useApi(`agencies:${unit.id}`, (signal) => fetchUnitAgencies(unit.id, signal));
  const [isAdding, setAdding] = useState(false);
  const canEdit = mayEditAgenciesOf(user, unit);

  return (
    <section className="detail-section" aria-labelledby="agencies-heading">
      <div className="section-heading">
        <h3 id="agencies-heading">{t('agencies.heading')}</h3>
        {canEdit && !isAdding && (
          <button type="button" className="button" onClick={() => setAdding(true)}>{t('agencies.add')}</button>
        )}
      </div>
      {isAdding && (
        <AgencyCreateForm
          unit={unit}
          onCancel={() => setAdding(false)}
          onCreated={() => {
            setAdding(false);
            agencies.reload();
          }}
        />
      )}
      {agencies.isLoading && <Loading />}
      <ErrorMessage error={agencies.error} onRetry={agencies.reload} />
      {agencies.data && agencies.data.agencies.length === 0 && <p className="muted">{t('agencies.none')}</p>}
      {agencies.data && agencies.data.agencies.length > 0 && (
        <table className="table agencies-table">
          <thead>
            <tr>
              <th scope="col">{t('agencies.name')}</th>
              <th scope="col">{t('agencies.kind')}</th>
              <th scope="col">{t('agencies.role')}</th>
              <th scope="col">{t('agencies.status')}</th>
              {canEdit && <th scope="col">{t('common.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {agencies.data.agencies.map((agency) => (
              <AgencyRow key={agency.id} agency={agency} canEdit={canEdit} onChanged={agencies.reload} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
