import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCurrentUser } from '../auth/session-context.ts';
import { UnitDetailPanel } from './UnitDetailPanel.tsx';
import { UnitSearch } from './UnitSearch.tsx';
import { UnitTree } from './UnitTree.tsx';

/**
 * Administrative units: the user's tree on the left (search above it), the chosen unit on the right.
 * The chosen unit lives in the address (?unit=16681) so it survives a reload and can be shared.
 */
export function UnitsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const selectedId = searchParams.get('unit') ?? user.unit?.id ?? null;

  const select = (unitId: string) => setSearchParams({ unit: unitId });

  return (
    <section className="page units-page">
      <h1>{t('units.title')}</h1>
      <div className="units-layout">
        <div className="units-browser">
          <UnitSearch onSelect={select} />
          <UnitTree selectedId={selectedId} onSelect={select} />
        </div>
        <div className="units-detail">
          {selectedId ? (
            <UnitDetailPanel unitId={selectedId} onSelect={select} />
          ) : (
            <p className="muted">{t('units.chooseUnit')}</p>
          )}
        </div>
      </div>
    </section>
  );
}
