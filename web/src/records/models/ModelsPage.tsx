import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { harmReductionModelKinds, type HarmReductionModelKind } from '../../../../core/api/harm-reduction-models.ts';
import { formatDate, todayInVietnam } from '../../../../core/dates/format.ts';
import { searchHarmReductionModels, type HarmReductionModel } from '../../api/harm-reduction-models.ts';
import { useHasPermission } from '../../auth/session-context.ts';
import { ErrorMessage, Loading } from '../../common/ErrorMessage.tsx';
import { FormField } from '../../common/FormField.tsx';
import { Pager } from '../../common/Pager.tsx';
import { useApi } from '../../common/useApi.ts';
import { UnitPicker, type PickedUnit } from '../../users/UnitPicker.tsx';
import { yearOptions } from '../integrations/year-options.ts';
import { ModelRowActions } from './ModelRowActions.tsx';
import { ImportExportButtons } from '../imports/ImportExportButtons.tsx';
import { useRecordListState } from '../useRecordListState.ts';

const PAGE_SIZE = 20;

/**
 * The pilot support and harm-reduction models of the units in the user's scope, running ones
 * first; filtered by unit, by a year they ran in, by kind and by words (accents optional).
 */
export function ModelsPage() {
  const { t } = useTranslation();
  const mayWrite = useHasPermission('support.write');
  const [unit, setUnit] = useState<PickedUnit | null>(null);
  const [year, setYear] = useState('');
  const [kind, setKind] = useState('');
  const { text, setText, query, page, setPage, notice, setNotice, choose } = useRecordListState();

  const filters = {
    unit: unit?.id,
    year: year ? Number(year) : undefined,
    kind: (kind || undefined) as HarmReductionModelKind | undefined,
    q: query || undefined,
    page,
    pageSize: PAGE_SIZE,
  };
  const list = useApi(`models:${unit?.id}:${year}:${kind}:${query}:${page}`, (signal) => searchHarmReductionModels(filters, signal));
  const changed = (message: string) => {
    setNotice(message);
    list.reload();
  };

  return (
    <section className="page models-page">
      <div className="section-heading">
        <h1>{t('models.title')}</h1>
        <div className="form-actions">
          <ImportExportButtons kind="harm-reduction-models" importPath="/activities/models/import" mayImport={mayWrite} filters={filters} />
          {mayWrite && <Link to="/activities/models/new" className="button button-primary">{t('models.create')}</Link>}
        </div>
      </div>
      <p className="muted">{t('models.intro')}</p>
      <form className="filters" role="search" aria-label={t('models.filters')} onSubmit={(event) => event.preventDefault()}>
        <FormField label={t('models.unit')}>
          <UnitPicker value={unit} onChange={choose(setUnit)} />
        </FormField>
        <FormField label={t('models.runningIn')}>
          <select value={year} onChange={(event) => choose(setYear)(event.target.value)}>
            <option value="">{t('common.all')}</option>
            {yearOptions(todayInVietnam()).slice(1).map((candidate) => <option key={candidate} value={candidate}>{candidate}</option>)}
          </select>
        </FormField>
        <FormField label={t('models.kindLabel')}>
          <select value={kind} onChange={(event) => choose(setKind)(event.target.value)}>
            <option value="">{t('common.all')}</option>
            {harmReductionModelKinds.map((candidate) => <option key={candidate} value={candidate}>{t(`models.kind.${candidate}`)}</option>)}
          </select>
        </FormField>
        <FormField label={t('models.searchLabel')} hint={t('models.searchHint')}>
          <input type="search" value={text} size={32} onChange={(event) => setText(event.target.value)} />
        </FormField>
      </form>
      {notice && <p className="notice notice-success" role="status">{notice}</p>}
      {list.isLoading && <Loading />}
      <ErrorMessage error={list.error} onRetry={list.reload} />
      {list.data && list.data.items.length === 0 && <p className="muted">{t('models.none')}</p>}
      {list.data && list.data.items.length > 0 && (
        <table className="table records-table">
          <thead>
            <tr>
              <th scope="col">{t('models.name')}</th>
              <th scope="col">{t('models.kindLabel')}</th>
              <th scope="col">{t('models.unit')}</th>
              <th scope="col">{t('models.body')}</th>
              <th scope="col">{t('models.startedOn')}</th>
              <th scope="col">{t('models.statusLabel')}</th>
              {mayWrite && <th scope="col">{t('common.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((item) => <ModelRow key={item.id} item={item} mayWrite={mayWrite} onChanged={changed} />)}
          </tbody>
        </table>
      )}
      {list.data && (
        <Pager page={list.data.page} pageSize={list.data.pageSize} total={list.data.total}
          totalText={t('models.total', { count: list.data.total })} onPage={setPage} />
      )}
    </section>
  );
}

function ModelRow({ item, mayWrite, onChanged }: { item: HarmReductionModel; mayWrite: boolean; onChanged: (message: string) => void }) {
  const { t } = useTranslation();
  return (
    <tr className={item.endedOn ? 'row-inactive' : undefined}>
      <td>{item.name}</td>
      <td>{t(`models.kind.${item.kind}`)}</td>
      <td>{item.unitName}</td>
      <td>{item.agencyName ?? <span className="muted">{t('models.peoplesCommittee')}</span>}</td>
      <td className="nowrap">{formatDate(item.startedOn)}</td>
      <td className="nowrap">{item.endedOn ? t('models.endedOnDate', { date: formatDate(item.endedOn) }) : t('models.running')}</td>
      {mayWrite && <td><ModelRowActions item={item} onChanged={onChanged} /></td>}
    </tr>
  );
}
