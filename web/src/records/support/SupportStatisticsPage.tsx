import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { todayInVietnam } from '../../../../core/dates/format.ts';
import { monthText } from '../../../../core/statistics/support-rules.ts';
import { deleteSupportStatistics, searchSupportStatistics, type SupportStatistics } from '../../api/support-statistics.ts';
import { fetchUnitDetail } from '../../api/units.ts';
import { useCurrentUser, useHasPermission } from '../../auth/session-context.ts';
import { ErrorMessage, Loading } from '../../common/ErrorMessage.tsx';
import { FormField } from '../../common/FormField.tsx';
import { useApi } from '../../common/useApi.ts';
import { UnitPicker, type PickedUnit } from '../../users/UnitPicker.tsx';
import { DeleteWithReason } from '../DeleteWithReason.tsx';
import { ImportExportButtons } from '../imports/ImportExportButtons.tsx';

const FIRST_YEAR = 2020;

/** The months of a year that have begun, January first. */
function monthsOf(year: number, today: string): string[] {
  const last = Number(today.slice(0, 4)) === year ? Number(today.slice(5, 7)) : 12;
  return Array.from({ length: last }, (_, index) => `${year}-${String(index + 1).padStart(2, '0')}`);
}

/** The unit in the address (?unit=), with its name; the user's own unit when none is given. */
function useChosenUnit(): [PickedUnit | null, (unit: PickedUnit | null) => void, number, (year: number) => void] {
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const today = todayInVietnam();
  const unitId = params.get('unit') ?? user.unit?.id ?? null;
  const year = Number(params.get('year') ?? today.slice(0, 4));
  const [picked, setPicked] = useState<PickedUnit | null>(null);
  const known = picked?.id === unitId ? picked : unitId === user.unit?.id && user.unit ? { id: user.unit.id, name: user.unit.name } : null;
  const detail = useApi(unitId && !known ? `unit:${unitId}` : null, (signal) => fetchUnitDetail(unitId!, signal));
  const unit = known ?? (detail.data ? { id: detail.data.id, name: detail.data.name } : null);
  const update = (next: { unit?: string | null; year?: number }) => {
    const search = new URLSearchParams(params);
    if (next.unit !== undefined) {
      if (next.unit) search.set('unit', next.unit);
      else search.delete('unit');
    }
    if (next.year !== undefined) search.set('year', String(next.year));
    setParams(search, { replace: true });
  };
  return [
    unit,
    (chosen) => {
      setPicked(chosen);
      update({ unit: chosen?.id ?? '' });
    },
    Number.isInteger(year) && year >= FIRST_YEAR ? year : Number(today.slice(0, 4)),
    (chosenYear) => update({ year: chosenYear }),
  ];
}

/**
 * /activities/support: one unit's support and harm-reduction figures month by month for a year,
 * with the months still missing ready to enter.
 */
export function SupportStatisticsPage() {
  const { t } = useTranslation();
  const mayWrite = useHasPermission('support.write');
  const location = useLocation();
  const [notice, setNotice] = useState(() => (location.state as { notice?: string } | null)?.notice ?? '');
  const [unit, setUnit, year, setYear] = useChosenUnit();
  const today = todayInVietnam();
  const thisYear = Number(today.slice(0, 4));
  const list = useApi(unit ? `support:${unit.id}:${year}` : null,
    (signal) => searchSupportStatistics({ unit: unit!.id, subtree: 'false', year, pageSize: 12 }, signal));
  const byMonth = new Map((list.data?.items ?? []).map((item) => [item.month, item]));
  const newlyServed = (list.data?.items ?? []).reduce((sum, item) => sum + item.peopleNewlyServed, 0);
  const months = monthsOf(year, today);
  const changed = (message: string) => {
    setNotice(message);
    list.reload();
  };

  return (
    <section className="page support-page">
      <div className="section-heading">
        <h1>{t('support.title')}</h1>
        <div className="form-actions">
          <ImportExportButtons kind="support-statistics" importPath="/activities/support/import" mayImport={mayWrite}
            filters={{ unit: unit?.id, subtree: 'false', year }} />
          {mayWrite && (
            <Link to={`/activities/support/new${unit ? `?unit=${encodeURIComponent(unit.id)}` : ''}`} className="button button-primary">
              {t('support.create')}
            </Link>
          )}
        </div>
      </div>
      <p className="muted">{t('support.intro')}</p>
      <form className="filters" aria-label={t('support.filters')} onSubmit={(event) => event.preventDefault()}>
        <FormField label={t('support.unit')}>
          <UnitPicker value={unit} onChange={setUnit} />
        </FormField>
        <FormField label={t('support.year')}>
          <select value={year} onChange={(event) => setYear(Number(event.target.value))}>
            {Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, index) => thisYear - index).map((candidate) => (
              <option key={candidate} value={candidate}>{candidate}</option>
            ))}
          </select>
        </FormField>
      </form>
      {notice && <p className="notice notice-success" role="status">{notice}</p>}
      {!unit && <p className="muted">{t('support.chooseUnit')}</p>}
      {list.isLoading && <Loading />}
      <ErrorMessage error={list.error} onRetry={list.reload} />
      {unit && list.data && (
        <>
          <table className="table stat-table support-table">
            <thead>
              <tr>
                <th scope="col">{t('support.month')}</th>
                <th scope="col" className="num">{t('support.columns.reached')}</th>
                <th scope="col" className="num">{t('support.columns.inNeed')}</th>
                <th scope="col" className="num">{t('support.columns.eligible')}</th>
                <th scope="col" className="num">{t('support.columns.served')}</th>
                <th scope="col" className="num">{t('support.columns.newlyServed')}</th>
                <th scope="col" className="num">{t('support.columns.referrals')}</th>
                <th scope="col" className="num">{t('support.columns.groups')}</th>
                <th scope="col" className="num">{t('support.columns.models')}</th>
                {mayWrite && <th scope="col">{t('common.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {months.map((month) => (
                <MonthRow key={month} month={month} unitId={unit.id} item={byMonth.get(month)} mayWrite={mayWrite} onChanged={changed} />
              ))}
            </tbody>
          </table>
          <p className="stat-total">{t('support.yearTotal', { year, count: newlyServed })}</p>
        </>
      )}
    </section>
  );
}

interface MonthRowProps {
  month: string;
  unitId: string;
  item: SupportStatistics | undefined;
  mayWrite: boolean;
  onChanged: (message: string) => void;
}

function MonthRow({ month, unitId, item, mayWrite, onChanged }: MonthRowProps) {
  const { t, i18n } = useTranslation();
  const [isDeleting, setDeleting] = useState(false);
  const number = (value: number) => value.toLocaleString(i18n.language === 'en' ? 'en-US' : 'vi-VN');
  const label = monthText(month);
  if (!item) {
    return (
      <tr className="row-empty">
        <th scope="row">{label}</th>
        <td colSpan={8} className="muted">{t('support.notYet')}</td>
        {mayWrite && (
          <td>
            <Link to={`/activities/support/new?unit=${encodeURIComponent(unitId)}&month=${month}`} className="button button-small"
              aria-label={t('support.enterOf', { month: label })}>
              {t('support.enter')}
            </Link>
          </td>
        )}
      </tr>
    );
  }
  return (
    <tr>
      <th scope="row">{label}</th>
      <td className="num">{number(item.peopleReached)}</td>
      <td className="num">{number(item.peopleInNeed)}</td>
      <td className="num">{number(item.peopleEligible)}</td>
      <td className="num">{number(item.peopleServed)}</td>
      <td className="num">{number(item.peopleNewlyServed)}</td>
      <td className="num nowrap">{number(item.referralsCompleted)} / {number(item.referralsMade)}</td>
      <td className="num">{number(item.peerGroupsActive)}</td>
      <td className="num">{number(item.pilotModelsRunning)}</td>
      {mayWrite && (
        <td>
          <div className="row-actions">
            <div className="row-action-buttons">
              <Link to={`/activities/support/${item.id}/edit`} className="button button-small" aria-label={t('support.editOf', { month: label })}>
                {t('support.edit')}
              </Link>
              <button type="button" className="button button-small" aria-expanded={isDeleting} onClick={() => setDeleting(!isDeleting)}>
                {t('support.delete')}
              </button>
            </div>
            {isDeleting && (
              <DeleteWithReason heading={t('support.deleteHeading', { month: label })} reasonLabel={t('support.deleteReason')}
                submitLabel={t('support.deleteSubmit')} requiredMessage={t('support.form.required')}
                onDelete={async (reason) => {
                  await deleteSupportStatistics(item.id, reason);
                  setDeleting(false);
                  onChanged(t('support.deleted', { month: label }));
                }}
                onCancel={() => setDeleting(false)} />
            )}
          </div>
        </td>
      )}
    </tr>
  );
}
