import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { inspectionOutcomes, type InspectionOutcome } from '../../../../core/api/inspections.ts';
import { formatDate } from '../../../../core/dates/format.ts';
import { searchInspections, type Inspection } from '../../api/inspections.ts';
import { useHasPermission } from '../../auth/session-context.ts';
import { ErrorMessage, Loading } from '../../common/ErrorMessage.tsx';
import { FormField } from '../../common/FormField.tsx';
import { Pager } from '../../common/Pager.tsx';
import { useApi } from '../../common/useApi.ts';
import { UnitPicker, type PickedUnit } from '../../users/UnitPicker.tsx';
import { InspectionRowActions } from './InspectionRowActions.tsx';
import { filterDate, formatMoney } from './inspection-labels.ts';
import { ImportExportButtons } from '../imports/ImportExportButtons.tsx';

const PAGE_SIZE = 20;

/**
 * The inspections within the user's scope, newest first, a page at a time; filtered by dates typed
 * dd/mm/yyyy, by an outcome found on at least one visit, and by a unit's subtree.
 */
export function InspectionsPage() {
  const { t } = useTranslation();
  const mayWrite = useHasPermission('enforcement.write');
  const [fromText, setFromText] = useState('');
  const [toText, setToText] = useState('');
  const [outcome, setOutcome] = useState('');
  const [unit, setUnit] = useState<PickedUnit | null>(null);
  const [page, setPage] = useState(1);
  const location = useLocation();
  // The form sends the user back here with what it did ('Đã ghi kết quả kiểm tra …').
  const [notice, setNotice] = useState(() => (location.state as { notice?: string } | null)?.notice ?? '');

  // A date being typed, or not a date, leaves the list as it was and says so under its field.
  const from = filterDate(fromText);
  const to = filterDate(toText);
  const filters = {
    from: from || undefined,
    to: to || undefined,
    outcome: (outcome || undefined) as InspectionOutcome | undefined,
    unit: unit?.id,
    page,
    pageSize: PAGE_SIZE,
  };
  const list = useApi(`inspections:${filters.from}:${filters.to}:${outcome}:${unit?.id}:${page}`, (signal) => searchInspections(filters, signal));
  const choose = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setPage(1);
  };
  const changed = (message: string) => {
    setNotice(message);
    list.reload();
  };
  const dateError = (value: string | null | '') => (value === null ? t('inspections.filterDateInvalid') : undefined);

  return (
    <section className="page inspections-page">
      <div className="section-heading">
        <h1>{t('inspections.title')}</h1>
        <div className="form-actions">
          <ImportExportButtons kind="inspections" importPath="/activities/inspections/import" mayImport={mayWrite} filters={filters} />
          {mayWrite && <Link to="/activities/inspections/new" className="button button-primary">{t('inspections.create')}</Link>}
        </div>
      </div>
      <p className="muted">{t('inspections.intro')}</p>
      <form className="filters" role="search" aria-label={t('inspections.filters')} onSubmit={(event) => event.preventDefault()}>
        <FormField label={t('inspections.from')} error={dateError(from)}>
          <input value={fromText} size={12} inputMode="numeric" placeholder="dd/mm/yyyy" onChange={(event) => choose(setFromText)(event.target.value)} />
        </FormField>
        <FormField label={t('inspections.to')} error={dateError(to)}>
          <input value={toText} size={12} inputMode="numeric" placeholder="dd/mm/yyyy" onChange={(event) => choose(setToText)(event.target.value)} />
        </FormField>
        <FormField label={t('inspections.outcomeLabel')}>
          <select value={outcome} onChange={(event) => choose(setOutcome)(event.target.value)}>
            <option value="">{t('common.all')}</option>
            {inspectionOutcomes.map((candidate) => (
              <option key={candidate} value={candidate}>{t(`inspections.outcome.${candidate}`)}</option>
            ))}
          </select>
        </FormField>
        <FormField label={t('inspections.unitLabel')} hint={t('inspections.unitFilterHint')}>
          <UnitPicker value={unit} onChange={choose(setUnit)} />
        </FormField>
      </form>
      {notice && <p className="notice notice-success" role="status">{notice}</p>}
      {list.isLoading && <Loading />}
      <ErrorMessage error={list.error} onRetry={list.reload} />
      {list.data && list.data.items.length === 0 && <p className="muted">{t('inspections.none')}</p>}
      {list.data && list.data.items.length > 0 && (
        <table className="table inspections-table">
          <thead>
            <tr>
              <th scope="col">{t('inspections.date')}</th>
              <th scope="col">{t('inspections.team')}</th>
              <th scope="col">{t('inspections.unit')}</th>
              <th scope="col">{t('inspections.visited')}</th>
              {mayWrite && <th scope="col">{t('common.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((item) => <InspectionRow key={item.id} item={item} mayWrite={mayWrite} onChanged={changed} />)}
          </tbody>
        </table>
      )}
      {list.data && (
        <Pager page={list.data.page} pageSize={list.data.pageSize} total={list.data.total}
          totalText={t('inspections.total', { count: list.data.total })} onPage={setPage} />
      )}
    </section>
  );
}

function InspectionRow({ item, mayWrite, onChanged }: { item: Inspection; mayWrite: boolean; onChanged: (message: string) => void }) {
  const { t } = useTranslation();
  return (
    <tr>
      <td className="nowrap">{formatDate(item.inspectedOn)}</td>
      <td>
        {item.team}
        <span className="muted small"> · {t(`inspections.teamKind.${item.teamKind}`)}</span>
      </td>
      <td>{item.unitName}</td>
      <td>
        <ul className="plain-list">
          {item.visits.map((visit) => (
            <li key={visit.establishmentId}>
              <strong>{visit.establishmentName}</strong>
              {': '}
              <span className={`outcome outcome-${visit.outcome}`}>{t(`inspections.outcome.${visit.outcome}`)}</span>
              {visit.fineAmount !== null && <> ({t('inspections.fineAmount', { amount: formatMoney(visit.fineAmount) })})</>}
              {visit.followUpDue && <span className="muted small"> · {t('inspections.followUp', { date: formatDate(visit.followUpDue) })}</span>}
            </li>
          ))}
        </ul>
      </td>
      {mayWrite && (
        <td>
          <InspectionRowActions item={item} onChanged={onChanged} />
        </td>
      )}
    </tr>
  );
}
