import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hotspotKinds, hotspotStatuses } from '../../../../core/api/hotspots.ts';
import { formatDate } from '../../../../core/dates/format.ts';
import { searchHotspots, type Hotspot } from '../../api/hotspots.ts';
import { useHasPermission } from '../../auth/session-context.ts';
import { ErrorMessage, Loading } from '../../common/ErrorMessage.tsx';
import { FormField } from '../../common/FormField.tsx';
import { Pager } from '../../common/Pager.tsx';
import { useApi } from '../../common/useApi.ts';
import { HotspotRowActions } from './HotspotRowActions.tsx';
import { ImportExportButtons } from '../imports/ImportExportButtons.tsx';
import { useRecordListState } from '../useRecordListState.ts';

const PAGE_SIZE = 20;

/**
 * The hotspots (tụ điểm) within the user's scope, active ones first, a page at a time; filtered by
 * kind of place and status and by words of the address or description (accents optional).
 */
export function HotspotsPage() {
  const { t } = useTranslation();
  const mayWrite = useHasPermission('enforcement.write');
  const [kind, setKind] = useState('');
  const [status, setStatus] = useState('');
  const { text, setText, query, page, setPage, notice, setNotice, choose } = useRecordListState();

  const filters = {
    kind: (kind || undefined) as Hotspot['kind'] | undefined,
    status: (status || undefined) as Hotspot['status'] | undefined,
    q: query || undefined,
    page,
    pageSize: PAGE_SIZE,
  };
  const list = useApi(`hotspots:${kind}:${status}:${query}:${page}`, (signal) => searchHotspots(filters, signal));
  const changed = (message: string) => {
    setNotice(message);
    list.reload();
  };

  return (
    <section className="page hotspots-page">
      <div className="section-heading">
        <h1>{t('hotspots.title')}</h1>
        <div className="form-actions">
          <ImportExportButtons kind="hotspots" importPath="/activities/hotspots/import" mayImport={mayWrite} filters={filters} />
          {mayWrite && <Link to="/activities/hotspots/new" className="button button-primary">{t('hotspots.create')}</Link>}
        </div>
      </div>
      <p className="muted">{t('hotspots.intro')}</p>
      <form className="filters" role="search" aria-label={t('hotspots.filters')} onSubmit={(event) => event.preventDefault()}>
        <FormField label={t('hotspots.kindLabel')}>
          <select value={kind} onChange={(event) => choose(setKind)(event.target.value)}>
            <option value="">{t('common.all')}</option>
            {hotspotKinds.map((candidate) => (
              <option key={candidate} value={candidate}>{t(`hotspots.kind.${candidate}`)}</option>
            ))}
          </select>
        </FormField>
        <FormField label={t('hotspots.statusLabel')}>
          <select value={status} onChange={(event) => choose(setStatus)(event.target.value)}>
            <option value="">{t('common.all')}</option>
            {hotspotStatuses.map((candidate) => (
              <option key={candidate} value={candidate}>{t(`hotspots.status.${candidate}`)}</option>
            ))}
          </select>
        </FormField>
        <FormField label={t('hotspots.searchLabel')} hint={t('hotspots.searchHint')}>
          <input type="search" value={text} size={32} onChange={(event) => setText(event.target.value)} />
        </FormField>
      </form>
      {notice && <p className="notice notice-success" role="status">{notice}</p>}
      {list.isLoading && <Loading />}
      <ErrorMessage error={list.error} onRetry={list.reload} />
      {list.data && list.data.items.length === 0 && <p className="muted">{t('hotspots.none')}</p>}
      {list.data && list.data.items.length > 0 && (
        <table className="table hotspots-table">
          <thead>
            <tr>
              <th scope="col">{t('hotspots.address')}</th>
              <th scope="col">{t('hotspots.kindLabel')}</th>
              <th scope="col">{t('hotspots.commune')}</th>
              <th scope="col">{t('hotspots.statusLabel')}</th>
              {mayWrite && <th scope="col">{t('common.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((item) => (
              <HotspotRow key={item.id} item={item} mayWrite={mayWrite} onChanged={changed} />
            ))}
          </tbody>
        </table>
      )}
      {list.data && (
        <Pager page={list.data.page} pageSize={list.data.pageSize} total={list.data.total}
          totalText={t('hotspots.total', { count: list.data.total })} onPage={setPage} />
      )}
    </section>
  );
}

function HotspotRow({ item, mayWrite, onChanged }: { item: Hotspot; mayWrite: boolean; onChanged: (message: string) => void }) {
  const { t } = useTranslation();
  const since = item.status === 'eliminated' ? item.eliminatedOn : item.statusChangedOn;
  // Only the visits that watch the current elimination (an earlier one may have been followed by re-forming).
  const eliminatedOn = item.eliminatedOn;
  const lastVisit = eliminatedOn ? item.watchVisits.filter((visit) => visit.visitedOn > eliminatedOn).at(-1)?.visitedOn : undefined;
  return (
    <tr className={item.status === 'eliminated' ? 'row-inactive' : undefined}>
      <td>
        {item.address}
        {item.description && <div className="muted small">{item.description}</div>}
      </td>
      <td>{t(`hotspots.kind.${item.kind}`)}</td>
      <td>{item.unitName}</td>
      <td>
        <span className="nowrap">{t(`hotspots.status.${item.status}`)}</span>
        {since && <span className="muted small nowrap"> · {t('hotspots.since', { date: formatDate(since) })}</span>}
        {lastVisit && <div className="muted small nowrap">{t('hotspots.lastVisit', { date: formatDate(lastVisit) })}</div>}
      </td>
      {mayWrite && (
        <td>
          <HotspotRowActions item={item} onChanged={onChanged} />
        </td>
      )}
    </tr>
  );
}
