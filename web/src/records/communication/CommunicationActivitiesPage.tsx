import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { communicationForms, type CommunicationForm } from '../../../../core/api/communication-activities.ts';
import { formatDate } from '../../../../core/dates/format.ts';
import {
  deleteCommunicationActivity, searchCommunicationActivities, type CommunicationActivity,
} from '../../api/communication-activities.ts';
import { useHasPermission } from '../../auth/session-context.ts';
import { ErrorMessage, Loading } from '../../common/ErrorMessage.tsx';
import { FormField } from '../../common/FormField.tsx';
import { Pager } from '../../common/Pager.tsx';
import { useApi } from '../../common/useApi.ts';
import { DeleteWithReason } from '../DeleteWithReason.tsx';
import { ListFilters, type ListFilterValues } from './ListFilters.tsx';
import { ImportExportButtons } from '../imports/ImportExportButtons.tsx';

const PAGE_SIZE = 20;

/**
 * Communication activities (tuyên truyền) within the user's scope, newest first, a page at a time;
 * filtered by unit, dates and form, and by words of the title (accents optional). Press items,
 * which the monthly press target counts, are marked.
 */
export function CommunicationActivitiesPage() {
  const { t } = useTranslation();
  const mayWrite = useHasPermission('activity.write');
  const [filters, setFilters] = useState<ListFilterValues>({ unit: null, from: undefined, to: undefined, q: undefined });
  const [form, setForm] = useState('');
  const [page, setPage] = useState(1);
  const location = useLocation();
  // The form sends the user back here with what it did ('Đã thêm hoạt động …').
  const [notice, setNotice] = useState(() => (location.state as { notice?: string } | null)?.notice ?? '');

  const query = {
    unit: filters.unit?.id,
    from: filters.from,
    to: filters.to,
    q: filters.q,
    form: (form || undefined) as CommunicationForm | undefined,
    page,
    pageSize: PAGE_SIZE,
  };
  const list = useApi(`communication:${JSON.stringify(query)}`, (signal) => searchCommunicationActivities(query, signal));
  const changed = (message: string) => {
    setNotice(message);
    list.reload();
  };

  return (
    <section className="page communication-page">
      <div className="section-heading">
        <h1>{t('communication.title')}</h1>
        <div className="form-actions">
          <ImportExportButtons kind="communication-activities" importPath="/activities/communication/import" mayImport={mayWrite} filters={query} />
          {mayWrite && <Link to="/activities/communication/new" className="button button-primary">{t('communication.create')}</Link>}
        </div>
      </div>
      <p className="muted">{t('communication.intro')}</p>
      <ListFilters label={t('communication.filters')} searchLabel={t('communication.searchLabel')} searchHint={t('communication.searchHint')}
        onChange={(values) => { setFilters(values); setPage(1); }}>
        <FormField label={t('communication.formLabel')}>
          <select value={form} onChange={(event) => { setForm(event.target.value); setPage(1); }}>
            <option value="">{t('common.all')}</option>
            {communicationForms.map((candidate) => (
              <option key={candidate} value={candidate}>{t(`communication.formType.${candidate}`)}</option>
            ))}
          </select>
        </FormField>
      </ListFilters>
      {notice && <p className="notice notice-success" role="status">{notice}</p>}
      {list.isLoading && <Loading />}
      <ErrorMessage error={list.error} onRetry={list.reload} />
      {list.data && list.data.items.length === 0 && <p className="muted">{t('communication.none')}</p>}
      {list.data && list.data.items.length > 0 && (
        <table className="table records-table">
          <thead>
            <tr>
              <th scope="col">{t('communication.occurredOn')}</th>
              <th scope="col">{t('communication.titleField')}</th>
              <th scope="col">{t('communication.formLabel')}</th>
              <th scope="col">{t('communication.unit')}</th>
              <th scope="col">{t('communication.leadAgency')}</th>
              <th scope="col">{t('communication.reach')}</th>
              <th scope="col">{t('communication.materials')}</th>
              {mayWrite && <th scope="col">{t('common.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((item) => <ActivityRow key={item.id} item={item} mayWrite={mayWrite} onChanged={changed} />)}
          </tbody>
        </table>
      )}
      {list.data && (
        <Pager page={list.data.page} pageSize={list.data.pageSize} total={list.data.total}
          totalText={t('communication.total', { count: list.data.total })} onPage={setPage} />
      )}
    </section>
  );
}

function ActivityRow({ item, mayWrite, onChanged }: { item: CommunicationActivity; mayWrite: boolean; onChanged: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const [isDeleting, setDeleting] = useState(false);
  const number = (value: number) => value.toLocaleString(i18n.language === 'en' ? 'en-US' : 'vi-VN');
  const reached = item.reach.reduce((sum, row) => sum + row.peopleReached, 0);
  return (
    <tr>
      <td className="nowrap">{formatDate(item.occurredOn)}</td>
      <td>{item.title}</td>
      <td>
        {t(`communication.formType.${item.form}`)}
        {item.isPress && <> <span className="badge" title={t('communication.pressHint')}>{t('communication.press')}</span></>}
      </td>
      <td>{item.unitName}</td>
      <td>{item.leadAgencyName ?? <span className="muted">—</span>}</td>
      <td>
        {item.reach.length === 0 ? <span className="muted">—</span> : (
          <>
            <strong>{number(reached)}</strong>
            <ul className="plain-list small">
              {item.reach.map((row) => (
                <li key={row.audience}>{t(`communication.audienceType.${row.audience}`)}: {number(row.peopleReached)}</li>
              ))}
            </ul>
          </>
        )}
      </td>
      <td>
        {item.materials > 0 ? number(item.materials) : <span className="muted">—</span>}
        {item.materialsKind && <span className="muted small"> ({item.materialsKind})</span>}
      </td>
      {mayWrite && (
        <td>
          <div className="row-actions">
            <div className="row-action-buttons">
              <Link to={`/activities/communication/${item.id}/edit`} className="button button-small" aria-label={t('communication.editOf', { title: item.title })}>
                {t('communication.edit')}
              </Link>
              <button type="button" className="button button-small" aria-expanded={isDeleting} onClick={() => setDeleting(!isDeleting)}>
                {t('communication.delete')}
              </button>
            </div>
            {isDeleting && (
              <DeleteWithReason heading={t('communication.deleteHeading', { title: item.title })} reasonLabel={t('communication.deleteReason')}
                submitLabel={t('communication.deleteSubmit')} requiredMessage={t('communication.form.required')}
                onCancel={() => setDeleting(false)}
                onDelete={async (reason) => {
                  await deleteCommunicationActivity(item.id, reason);
                  setDeleting(false);
                  onChanged(t('communication.deleted', { title: item.title }));
                }} />
            )}
          </div>
        </td>
      )}
    </tr>
  );
}
