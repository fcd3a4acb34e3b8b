import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { programmeKinds, type ProgrammeKind } from '../../../../core/api/programme-integrations.ts';
import { formatDate, todayInVietnam } from '../../../../core/dates/format.ts';
import { deleteProgrammeIntegration, searchProgrammeIntegrations, type ProgrammeIntegration } from '../../api/programme-integrations.ts';
import { useHasPermission } from '../../auth/session-context.ts';
import { ErrorMessage, Loading } from '../../common/ErrorMessage.tsx';
import { FormField } from '../../common/FormField.tsx';
import { Pager } from '../../common/Pager.tsx';
import { useApi } from '../../common/useApi.ts';
import { UnitPicker, type PickedUnit } from '../../users/UnitPicker.tsx';
import { DeleteWithReason } from '../DeleteWithReason.tsx';
import { yearOptions } from './year-options.ts';
import { ImportExportButtons } from '../imports/ImportExportButtons.tsx';
import { useRecordListState } from '../useRecordListState.ts';

const PAGE_SIZE = 20;

/**
 * Prostitution prevention integrated into other programmes (socio-economic development, drugs,
 * HIV/AIDS, the cultural movements…) by the units in the user's scope, newest year first; filtered
 * by unit, year and kind of programme and by words (accents optional).
 */
export function IntegrationsPage() {
  const { t } = useTranslation();
  const mayWrite = useHasPermission('activity.write');
  const [unit, setUnit] = useState<PickedUnit | null>(null);
  const [year, setYear] = useState('');
  const [kind, setKind] = useState('');
  const { text, setText, query, page, setPage, notice, setNotice, choose } = useRecordListState();

  const filters = {
    unit: unit?.id,
    year: year ? Number(year) : undefined,
    kind: (kind || undefined) as ProgrammeKind | undefined,
    q: query || undefined,
    page,
    pageSize: PAGE_SIZE,
  };
  const list = useApi(`integrations:${unit?.id}:${year}:${kind}:${query}:${page}`, (signal) => searchProgrammeIntegrations(filters, signal));
  const changed = (message: string) => {
    setNotice(message);
    list.reload();
  };

  return (
    <section className="page integrations-page">
      <div className="section-heading">
        <h1>{t('integrations.title')}</h1>
        <div className="form-actions">
          <ImportExportButtons kind="programme-integrations" importPath="/activities/integrations/import" mayImport={mayWrite} filters={filters} />
          {mayWrite && <Link to="/activities/integrations/new" className="button button-primary">{t('integrations.create')}</Link>}
        </div>
      </div>
      <p className="muted">{t('integrations.intro')}</p>
      <form className="filters" role="search" aria-label={t('integrations.filters')} onSubmit={(event) => event.preventDefault()}>
        <FormField label={t('integrations.unit')}>
          <UnitPicker value={unit} onChange={choose(setUnit)} />
        </FormField>
        <FormField label={t('integrations.year')}>
          <select value={year} onChange={(event) => choose(setYear)(event.target.value)}>
            <option value="">{t('common.all')}</option>
            {yearOptions(todayInVietnam()).map((candidate) => <option key={candidate} value={candidate}>{candidate}</option>)}
          </select>
        </FormField>
        <FormField label={t('integrations.kindLabel')}>
          <select value={kind} onChange={(event) => choose(setKind)(event.target.value)}>
            <option value="">{t('common.all')}</option>
            {programmeKinds.map((candidate) => <option key={candidate} value={candidate}>{t(`integrations.kind.${candidate}`)}</option>)}
          </select>
        </FormField>
        <FormField label={t('integrations.searchLabel')} hint={t('integrations.searchHint')}>
          <input type="search" value={text} size={32} onChange={(event) => setText(event.target.value)} />
        </FormField>
      </form>
      {notice && <p className="notice notice-success" role="status">{notice}</p>}
      {list.isLoading && <Loading />}
      <ErrorMessage error={list.error} onRetry={list.reload} />
      {list.data && list.data.items.length === 0 && <p className="muted">{t('integrations.none')}</p>}
      {list.data && list.data.items.length > 0 && (
        <table className="table records-table">
          <thead>
            <tr>
              <th scope="col">{t('integrations.year')}</th>
              <th scope="col">{t('integrations.unit')}</th>
              <th scope="col">{t('integrations.body')}</th>
              <th scope="col">{t('integrations.programme')}</th>
              <th scope="col">{t('integrations.kindLabel')}</th>
              <th scope="col">{t('integrations.document')}</th>
              {mayWrite && <th scope="col">{t('common.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((item) => <IntegrationRow key={item.id} item={item} mayWrite={mayWrite} onChanged={changed} />)}
          </tbody>
        </table>
      )}
      {list.data && (
        <Pager page={list.data.page} pageSize={list.data.pageSize} total={list.data.total}
          totalText={t('integrations.total', { count: list.data.total })} onPage={setPage} />
      )}
    </section>
  );
}

function IntegrationRow({ item, mayWrite, onChanged }: { item: ProgrammeIntegration; mayWrite: boolean; onChanged: (message: string) => void }) {
  const { t } = useTranslation();
  const [isDeleting, setDeleting] = useState(false);
  const document = [item.documentNumber, item.documentDate ? formatDate(item.documentDate) : null].filter(Boolean).join(' · ');
  return (
    <tr>
      <td>{item.year}</td>
      <td>{item.unitName}</td>
      <td>{item.agencyName ?? <span className="muted">{t('integrations.peoplesCommittee')}</span>}</td>
      <td>{item.programme}</td>
      <td>{t(`integrations.kind.${item.programmeKind}`)}</td>
      <td className="nowrap">{document || '—'}</td>
      {mayWrite && (
        <td>
          <div className="row-actions">
            <div className="row-action-buttons">
              <Link to={`/activities/integrations/${item.id}/edit`} className="button button-small" aria-label={t('integrations.editOf', { name: item.programme })}>
                {t('integrations.edit')}
              </Link>
              <button type="button" className="button button-small" aria-expanded={isDeleting} onClick={() => setDeleting(!isDeleting)}>
                {t('integrations.delete')}
              </button>
            </div>
            {isDeleting && (
              <DeleteWithReason heading={t('integrations.deleteHeading', { name: item.programme })} reasonLabel={t('integrations.deleteReason')}
                submitLabel={t('integrations.deleteSubmit')} requiredMessage={t('integrations.form.required')}
                onDelete={async (reason) => {
                  await deleteProgrammeIntegration(item.id, reason);
                  setDeleting(false);
                  onChanged(t('integrations.deleted', { name: item.programme }));
                }}
                onCancel={() => setDeleting(false)} />
            )}
          </div>
        </td>
      )}
    </tr>
  );
}
