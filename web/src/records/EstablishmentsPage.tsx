import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { establishmentStatuses, establishmentTypes, riskClasses } from '../../../core/api/establishments.ts';
import { searchEstablishments, type Establishment } from '../api/establishments.ts';
import { useHasPermission } from '../auth/session-context.ts';
import { ErrorMessage, Loading } from '../common/ErrorMessage.tsx';
import { FormField } from '../common/FormField.tsx';
import { Pager } from '../common/Pager.tsx';
import { useApi } from '../common/useApi.ts';
import { statusDate } from './establishment-labels.ts';
import { EstablishmentRowActions } from './EstablishmentRowActions.tsx';
import { ImportExportButtons } from './imports/ImportExportButtons.tsx';
import { useRecordListState } from './useRecordListState.ts';

const PAGE_SIZE = 20;

/**
 * The registry of businesses that can be misused for prostitution (Decree 96/2016/NĐ-CP) within the
 * user's scope, a page at a time; filtered by type, status and risk class and by words (accents optional).
 */
export function EstablishmentsPage() {
  const { t } = useTranslation();
  const mayWrite = useHasPermission('enforcement.write');
  const [type, setType] = useState('');
  const [status, setStatus] = useState('');
  const [risk, setRisk] = useState('');
  const { text, setText, query, page, setPage, notice, setNotice, choose } = useRecordListState();

  const filters = {
    type: (type || undefined) as Establishment['type'] | undefined,
    status: (status || undefined) as Establishment['status'] | undefined,
    risk: (risk || undefined) as (typeof riskClasses)[number] | 'unclassified' | undefined,
    q: query || undefined,
    page,
    pageSize: PAGE_SIZE,
  };
  const list = useApi(`establishments:${type}:${status}:${risk}:${query}:${page}`, (signal) => searchEstablishments(filters, signal));
  const changed = (message: string) => {
    setNotice(message);
    list.reload();
  };

  return (
    <section className="page establishments-page">
      <div className="section-heading">
        <h1>{t('establishments.title')}</h1>
        <div className="form-actions">
          <ImportExportButtons kind="establishments" importPath="/activities/establishments/import" mayImport={mayWrite}
            filters={{ type: filters.type, status: filters.status, risk: filters.risk, q: filters.q }} />
          {mayWrite && <Link to="/activities/establishments/new" className="button button-primary">{t('establishments.create')}</Link>}
        </div>
      </div>
      <p className="muted">{t('establishments.intro')}</p>
      <form className="filters" role="search" aria-label={t('establishments.filters')} onSubmit={(event) => event.preventDefault()}>
        <FormField label={t('establishments.typeLabel')}>
          <select value={type} onChange={(event) => choose(setType)(event.target.value)}>
            <option value="">{t('common.all')}</option>
            {establishmentTypes.map((candidate) => (
              <option key={candidate} value={candidate}>{t(`establishments.type.${candidate}`)}</option>
            ))}
          </select>
        </FormField>
        <FormField label={t('establishments.statusLabel')}>
          <select value={status} onChange={(event) => choose(setStatus)(event.target.value)}>
            <option value="">{t('common.all')}</option>
            {establishmentStatuses.map((candidate) => (
              <option key={candidate} value={candidate}>{t(`establishments.status.${candidate}`)}</option>
            ))}
          </select>
        </FormField>
        <FormField label={t('establishments.riskLabel')}>
          <select value={risk} onChange={(event) => choose(setRisk)(event.target.value)}>
            <option value="">{t('common.all')}</option>
            {riskClasses.map((candidate) => (
              <option key={candidate} value={candidate}>{t(`establishments.risk.${candidate}`)}</option>
            ))}
            <option value="unclassified">{t('establishments.risk.unclassified')}</option>
          </select>
        </FormField>
        <FormField label={t('establishments.searchLabel')} hint={t('establishments.searchHint')}>
          <input type="search" value={text} size={32} onChange={(event) => setText(event.target.value)} />
        </FormField>
      </form>
      {notice && <p className="notice notice-success" role="status">{notice}</p>}
      {list.isLoading && <Loading />}
      <ErrorMessage error={list.error} onRetry={list.reload} />
      {list.data && list.data.items.length === 0 && <p className="muted">{t('establishments.none')}</p>}
      {list.data && list.data.items.length > 0 && (
        <table className="table establishments-table">
          <thead>
            <tr>
              <th scope="col">{t('establishments.name')}</th>
              <th scope="col">{t('establishments.typeLabel')}</th>
              <th scope="col">{t('establishments.address')}</th>
              <th scope="col">{t('establishments.commune')}</th>
              <th scope="col">{t('establishments.licenceNumber')}</th>
              <th scope="col">{t('establishments.riskLabel')}</th>
              <th scope="col">{t('establishments.statusLabel')}</th>
              {mayWrite && <th scope="col">{t('common.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((item) => (
              <EstablishmentRow key={item.id} item={item} mayWrite={mayWrite} onChanged={changed} />
            ))}
          </tbody>
        </table>
      )}
      {list.data && (
        <Pager page={list.data.page} pageSize={list.data.pageSize} total={list.data.total}
          totalText={t('establishments.total', { count: list.data.total })} onPage={setPage} />
      )}
    </section>
  );
}

function EstablishmentRow({ item, mayWrite, onChanged }: { item: Establishment; mayWrite: boolean; onChanged: (message: string) => void }) {
  const { t } = useTranslation();
  const since = statusDate(item);
  return (
    <tr className={item.status === 'closed' ? 'row-inactive' : undefined}>
      <td>{item.name}</td>
      <td>{t(`establishments.type.${item.type}`)}</td>
      <td>{item.address}</td>
      <td>{item.unitName}</td>
      <td className="nowrap">{item.licenceNumber ?? '—'}</td>
      <td>{item.riskClass ? t(`establishments.risk.${item.riskClass}`) : <span className="muted">{t('establishments.risk.unclassified')}</span>}</td>
      <td>
        <span className="nowrap">{t(`establishments.status.${item.status}`)}</span>
        {since && <span className="muted small nowrap"> · {t('establishments.since', { date: since })}</span>}
      </td>
      {mayWrite && (
        <td>
          <EstablishmentRowActions item={item} onChanged={onChanged} />
        </td>
      )}
    </tr>
  );
}
