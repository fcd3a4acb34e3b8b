import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { trainingLevels, type TrainingLevel } from '../../../../core/api/training-courses.ts';
import { formatDate } from '../../../../core/dates/format.ts';
import { deleteTrainingCourse, searchTrainingCourses, type TrainingCourse } from '../../api/training-courses.ts';
import { useHasPermission } from '../../auth/session-context.ts';
import { ErrorMessage, Loading } from '../../common/ErrorMessage.tsx';
import { FormField } from '../../common/FormField.tsx';
import { Pager } from '../../common/Pager.tsx';
import { useApi } from '../../common/useApi.ts';
import { DeleteWithReason } from '../DeleteWithReason.tsx';
import { ListFilters, type ListFilterValues } from '../communication/ListFilters.tsx';
import { ImportExportButtons } from '../imports/ImportExportButtons.tsx';

const PAGE_SIZE = 20;

/**
 * Training courses (tập huấn) within the user's scope, newest first, a page at a time; filtered by
 * unit, dates and level, and by words of the topic (accents optional). Participants are counted
 * by level, as the training targets read them.
 */
export function TrainingCoursesPage() {
  const { t } = useTranslation();
  const mayWrite = useHasPermission('activity.write');
  const [filters, setFilters] = useState<ListFilterValues>({ unit: null, from: undefined, to: undefined, q: undefined });
  const [level, setLevel] = useState('');
  const [page, setPage] = useState(1);
  const location = useLocation();
  const [notice, setNotice] = useState(() => (location.state as { notice?: string } | null)?.notice ?? '');

  const query = {
    unit: filters.unit?.id,
    from: filters.from,
    to: filters.to,
    q: filters.q,
    level: (level || undefined) as TrainingLevel | undefined,
    page,
    pageSize: PAGE_SIZE,
  };
  const list = useApi(`training:${JSON.stringify(query)}`, (signal) => searchTrainingCourses(query, signal));
  const changed = (message: string) => {
    setNotice(message);
    list.reload();
  };

  return (
    <section className="page training-page">
      <div className="section-heading">
        <h1>{t('training.title')}</h1>
        <div className="form-actions">
          <ImportExportButtons kind="training-courses" importPath="/activities/training/import" mayImport={mayWrite} filters={query} />
          {mayWrite && <Link to="/activities/training/new" className="button button-primary">{t('training.create')}</Link>}
        </div>
      </div>
      <p className="muted">{t('training.intro')}</p>
      <ListFilters label={t('training.filters')} searchLabel={t('training.searchLabel')} searchHint={t('training.searchHint')}
        onChange={(values) => { setFilters(values); setPage(1); }}>
        <FormField label={t('training.levelLabel')}>
          <select value={level} onChange={(event) => { setLevel(event.target.value); setPage(1); }}>
            <option value="">{t('common.all')}</option>
            {trainingLevels.map((candidate) => (
              <option key={candidate} value={candidate}>{t(`training.level.${candidate}`)}</option>
            ))}
          </select>
        </FormField>
      </ListFilters>
      {notice && <p className="notice notice-success" role="status">{notice}</p>}
      {list.isLoading && <Loading />}
      <ErrorMessage error={list.error} onRetry={list.reload} />
      {list.data && list.data.items.length === 0 && <p className="muted">{t('training.none')}</p>}
      {list.data && list.data.items.length > 0 && (
        <table className="table records-table">
          <thead>
            <tr>
              <th scope="col">{t('training.heldOn')}</th>
              <th scope="col">{t('training.topic')}</th>
              <th scope="col">{t('training.levelLabel')}</th>
              <th scope="col">{t('training.unit')}</th>
              <th scope="col">{t('training.organiser')}</th>
              <th scope="col">{t('training.participants')}</th>
              {mayWrite && <th scope="col">{t('common.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((item) => <CourseRow key={item.id} item={item} mayWrite={mayWrite} onChanged={changed} />)}
          </tbody>
        </table>
      )}
      {list.data && (
        <Pager page={list.data.page} pageSize={list.data.pageSize} total={list.data.total}
          totalText={t('training.total', { count: list.data.total })} onPage={setPage} />
      )}
    </section>
  );
}

/** Participants added up by level: the figure the training targets read. */
function byLevel(item: TrainingCourse): { level: string; participants: number }[] {
  return trainingLevels
    .map((level) => ({ level, participants: item.participants.filter((row) => row.level === level).reduce((sum, row) => sum + row.participants, 0) }))
    .filter((row) => item.participants.some((candidate) => candidate.level === row.level));
}

function CourseRow({ item, mayWrite, onChanged }: { item: TrainingCourse; mayWrite: boolean; onChanged: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const [isDeleting, setDeleting] = useState(false);
  const number = (value: number) => value.toLocaleString(i18n.language === 'en' ? 'en-US' : 'vi-VN');
  return (
    <tr>
      <td className="nowrap">{formatDate(item.heldOn)}</td>
      <td>{item.topic}</td>
      <td>{t(`training.level.${item.level}`)}</td>
      <td>{item.unitName}</td>
      <td>{item.organiserName ?? <span className="muted">—</span>}</td>
      <td>
        <strong>{number(item.totalParticipants)}</strong>
        <ul className="plain-list small">
          {byLevel(item).map((row) => (
            <li key={row.level}>{t(`training.level.${row.level}`)}: {number(row.participants)}</li>
          ))}
        </ul>
        {item.namedParticipants > 0 && <span className="muted small">{t('training.namedCount', { count: item.namedParticipants })}</span>}
      </td>
      {mayWrite && (
        <td>
          <div className="row-actions">
            <div className="row-action-buttons">
              <Link to={`/activities/training/${item.id}/edit`} className="button button-small" aria-label={t('training.editOf', { topic: item.topic })}>
                {t('training.edit')}
              </Link>
              <button type="button" className="button button-small" aria-expanded={isDeleting} onClick={() => setDeleting(!isDeleting)}>
                {t('training.delete')}
              </button>
            </div>
            {isDeleting && (
              <DeleteWithReason heading={t('training.deleteHeading', { topic: item.topic })} reasonLabel={t('training.deleteReason')}
                submitLabel={t('training.deleteSubmit')} requiredMessage={t('training.form.required')}
                onCancel={() => setDeleting(false)}
                onDelete={async (reason) => {
                  await deleteTrainingCourse(item.id, reason);
                  setDeleting(false);
                  onChanged(t('training.deleted', { topic: item.topic }));
                }} />
            )}
          </div>
        </td>
      )}
    </tr>
  );
}
