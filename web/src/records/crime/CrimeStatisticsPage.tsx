import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { crimeArticles, isCriminalArticle, type CrimeArticle } from '../../../../core/api/crime-statistics.ts';
import { todayInVietnam } from '../../../../core/dates/format.ts';
import { formatPeriod } from '../../../../core/periods/format-period.ts';
import { parsePeriod } from '../../../../core/periods/period.ts';
import { deleteCrimeStatistics, searchCrimeStatistics, type CrimeStatistics } from '../../api/crime-statistics.ts';
import { useHasPermission } from '../../auth/session-context.ts';
import { ErrorMessage, Loading } from '../../common/ErrorMessage.tsx';
import { FormField } from '../../common/FormField.tsx';
import { Pager } from '../../common/Pager.tsx';
import { useApi } from '../../common/useApi.ts';
import { UnitPicker, type PickedUnit } from '../../users/UnitPicker.tsx';
import { DeleteWithReason } from '../DeleteWithReason.tsx';
import { usePeriodText } from './crime-labels.ts';
import { ImportExportButtons } from '../imports/ImportExportButtons.tsx';

const PAGE_SIZE = 30;
const FIRST_YEAR = 2020;

/** The calendar periods of a year a user filters by: halves, quarters and months. */
function periodsOfYear(year: number): string[] {
  return [
    `H${year}-1`, `H${year}-2`,
    ...[1, 2, 3, 4].map((quarter) => `Q${year}-${quarter}`),
    ...Array.from({ length: 12 }, (_, index) => `M${year}-${String(index + 1).padStart(2, '0')}`),
  ];
}

/** /activities/crime: lines of crime and sanction statistics within the user's scope, newest period first. */
export function CrimeStatisticsPage() {
  const { t, i18n } = useTranslation();
  const mayWrite = useHasPermission('enforcement.write');
  const location = useLocation();
  const [notice, setNotice] = useState(() => (location.state as { notice?: string } | null)?.notice ?? '');
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const [unit, setUnit] = useState<PickedUnit | null>(null);
  const [year, setYear] = useState(thisYear);
  const [period, setPeriod] = useState('');
  const [article, setArticle] = useState('');
  const [page, setPage] = useState(1);
  const language = i18n.language === 'en' ? 'en' : 'vi';
  const filters = {
    unit: unit?.id,
    year: period ? undefined : year,
    period: period || undefined,
    article: (article || undefined) as CrimeArticle | undefined,
    page,
    pageSize: PAGE_SIZE,
  };
  const list = useApi(`crime:${unit?.id ?? ''}:${year}:${period}:${article}:${page}`, (signal) => searchCrimeStatistics(filters, signal));
  const choose = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setPage(1);
  };
  const changed = (message: string) => {
    setNotice(message);
    list.reload();
  };

  return (
    <section className="page crime-page">
      <div className="section-heading">
        <h1>{t('crime.title')}</h1>
        <div className="form-actions">
          <ImportExportButtons kind="crime-statistics" importPath="/activities/crime/import" mayImport={mayWrite} filters={filters} />
          {mayWrite && <Link to="/activities/crime/new" className="button button-primary">{t('crime.create')}</Link>}
        </div>
      </div>
      <p className="muted">{t('crime.intro')}</p>
      <form className="filters" aria-label={t('crime.filters')} onSubmit={(event) => event.preventDefault()}>
        <FormField label={t('crime.unit')} hint={unit ? undefined : t('crime.allUnits')}>
          <UnitPicker value={unit} onChange={choose(setUnit)} />
        </FormField>
        <FormField label={t('crime.year')}>
          <select value={year} onChange={(event) => { choose(setYear)(Number(event.target.value)); setPeriod(''); }}>
            {Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, index) => thisYear - index).map((candidate) => (
              <option key={candidate} value={candidate}>{candidate}</option>
            ))}
          </select>
        </FormField>
        <FormField label={t('crime.periodFilter')}>
          <select value={period} onChange={(event) => choose(setPeriod)(event.target.value)}>
            <option value="">{t('common.all')}</option>
            {periodsOfYear(year).map((code) => (
              <option key={code} value={code}>{formatPeriod(parsePeriod(code), language)}</option>
            ))}
          </select>
        </FormField>
        <FormField label={t('crime.line')}>
          <select value={article} onChange={(event) => choose(setArticle)(event.target.value)}>
            <option value="">{t('common.all')}</option>
            {crimeArticles.map((candidate) => <option key={candidate} value={candidate}>{t(`crime.articles.${candidate}`)}</option>)}
          </select>
        </FormField>
      </form>
      {notice && <p className="notice notice-success" role="status">{notice}</p>}
      {list.isLoading && <Loading />}
      <ErrorMessage error={list.error} onRetry={list.reload} />
      {list.data && list.data.items.length === 0 && <p className="muted">{t('crime.none')}</p>}
      {list.data && list.data.items.length > 0 && (
        <table className="table stat-table crime-table">
          <thead>
            <tr>
              <th scope="col">{t('crime.unit')}</th>
              <th scope="col">{t('crime.period')}</th>
              <th scope="col">{t('crime.line')}</th>
              <th scope="col" className="num">{t('crime.columns.cases')}</th>
              <th scope="col" className="num">{t('crime.columns.defendants')}</th>
              <th scope="col" className="num">{t('crime.columns.prosecuted')}</th>
              <th scope="col" className="num">{t('crime.columns.tried')}</th>
              <th scope="col" className="num">{t('crime.columns.fined')}</th>
              <th scope="col" className="num">{t('crime.columns.amount')}</th>
              {mayWrite && <th scope="col">{t('common.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((item) => <CrimeRow key={item.id} item={item} mayWrite={mayWrite} onChanged={changed} />)}
          </tbody>
        </table>
      )}
      {list.data && (
        <Pager page={list.data.page} pageSize={list.data.pageSize} total={list.data.total}
          totalText={t('crime.total', { count: list.data.total })} onPage={setPage} />
      )}
    </section>
  );
}

function CrimeRow({ item, mayWrite, onChanged }: { item: CrimeStatistics; mayWrite: boolean; onChanged: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const periodText = usePeriodText();
  const [isDeleting, setDeleting] = useState(false);
  const number = (value: number) => value.toLocaleString(i18n.language === 'en' ? 'en-US' : 'vi-VN');
  const criminal = isCriminalArticle(item.article);
  const names = { line: t(`crime.articles.${item.article}`), period: periodText(item) };
  return (
    <tr>
      <td>{item.unitName}</td>
      <td>{names.period}</td>
      <td>{names.line}</td>
      <td className="num">{number(item.casesHandled)}</td>
      <td className="num">{number(item.defendants)}</td>
      <td className="num nowrap">{criminal ? `${number(item.casesProsecuted)} / ${number(item.defendantsProsecuted)}` : '—'}</td>
      <td className="num nowrap">{criminal ? `${number(item.casesTried)} / ${number(item.defendantsTried)}` : '—'}</td>
      <td className="num nowrap">{criminal ? '—' : `${number(item.peopleFined)} / ${number(item.establishmentsFined)}`}</td>
      <td className="num nowrap">{criminal ? '—' : number(item.amountFined)}</td>
      {mayWrite && (
        <td>
          <div className="row-actions">
            <div className="row-action-buttons">
              <Link to={`/activities/crime/${item.id}/edit`} className="button button-small" aria-label={t('crime.editOf', names)}>{t('crime.edit')}</Link>
              <button type="button" className="button button-small" aria-expanded={isDeleting} onClick={() => setDeleting(!isDeleting)}>
                {t('crime.delete')}
              </button>
            </div>
            {isDeleting && (
              <DeleteWithReason heading={t('crime.deleteHeading', names)} reasonLabel={t('crime.deleteReason')}
                submitLabel={t('crime.deleteSubmit')} requiredMessage={t('crime.form.required')}
                onDelete={async (reason) => {
                  await deleteCrimeStatistics(item.id, reason);
                  setDeleting(false);
                  onChanged(t('crime.deleted', names));
                }}
                onCancel={() => setDeleting(false)} />
            )}
          </div>
        </td>
      )}
    </tr>
  );
}
