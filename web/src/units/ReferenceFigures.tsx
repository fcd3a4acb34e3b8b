import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminUnitDetail } from '../../../core/api/units.ts';
import { fetchReferenceFigures } from '../api/reference-figures.ts';
import { useCurrentUser } from '../auth/session-context.ts';
import { ErrorMessage, Loading } from '../common/ErrorMessage.tsx';
import { useApi } from '../common/useApi.ts';
import { ReferenceFigureForm } from './ReferenceFigureForm.tsx';
import { mayEditReferenceFiguresOf } from './reference-figure-permissions.ts';

/** The years offered: next year (plans are drafted ahead) back through the last ten. */
function selectableYears(thisYear: number): number[] {
  return Array.from({ length: 12 }, (_, index) => thisYear + 1 - index);
}

/**
 * The reference figures a unit declares for a year (officials in post, students, workers…): the
 * denominators of the population-share targets. Editable by officers of the unit or above it.
 */
export function ReferenceFigures({ unit }: { unit: AdminUnitDetail }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const figures = useApi(`reference-figures:${unit.id}:${year}`, (signal) => fetchReferenceFigures(unit.id, year, signal));
  const canEdit = mayEditReferenceFiguresOf(user, unit);

  return (
    <section className="detail-section" aria-labelledby="reference-figures-heading">
      <div className="section-heading">
        <h3 id="reference-figures-heading">{t('referenceFigures.heading')}</h3>
        <label className="nowrap">
          {t('referenceFigures.year')}{' '}
          <select value={year} onChange={(event) => setYear(Number(event.target.value))}>
            {selectableYears(thisYear).map((candidate) => (
              <option key={candidate} value={candidate}>{candidate}</option>
            ))}
          </select>
        </label>
      </div>
      <p className="muted">{t('referenceFigures.intro')}</p>
      {figures.isLoading && <Loading />}
      <ErrorMessage error={figures.error} onRetry={figures.reload} />
      {figures.data && (
        <ReferenceFigureForm key={`${unit.id}:${year}`} unitId={unit.id} initial={figures.data} canEdit={canEdit} />
      )}
    </section>
  );
}
