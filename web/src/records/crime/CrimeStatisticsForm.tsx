import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import {
  crimeArticles, isCriminalArticle, type CrimeArticle, type CrimeCountField, type CrimeStatistics, type CrimeStatisticsUpdate,
} from '../../../../core/api/crime-statistics.ts';
import { todayInVietnam } from '../../../../core/dates/format.ts';
import { formatPeriod } from '../../../../core/periods/format-period.ts';
import { parsePeriod } from '../../../../core/periods/period.ts';
import { ApiError } from '../../api/client.ts';
import { createCrimeStatistics, fetchCrimeStatistics, searchCrimeStatistics, updateCrimeStatistics } from '../../api/crime-statistics.ts';
import { useCurrentUser } from '../../auth/session-context.ts';
import { ErrorMessage, Loading } from '../../common/ErrorMessage.tsx';
import { FormField } from '../../common/FormField.tsx';
import { useApi } from '../../common/useApi.ts';
import { UnitPicker, type PickedUnit } from '../../users/UnitPicker.tsx';
import { RecordHistory } from '../RecordHistory.tsx';
import {
  defaultPeriodDraft, isLineEmpty, lineDraftOf, lineFields, periodCodeOf, periodDraftOf, periodError, readLine,
  type LineDraft, type PeriodDraft,
} from './crime-draft.ts';
import { PeriodPicker } from './PeriodPicker.tsx';
import { usePeriodText } from './crime-labels.ts';

const criminalArticles = crimeArticles.filter(isCriminalArticle);

/** The label of a count on a line: the administrative line names its cases and people as violations and violators. */
function fieldLabelKey(article: CrimeArticle, field: CrimeCountField): string {
  if (!isCriminalArticle(article) && field === 'casesHandled') return 'crime.fields.administrativeCases';
  if (!isCriminalArticle(article) && field === 'defendants') return 'crime.fields.administrativeDefendants';
  return `crime.fields.${field}`;
}

function useLanguage(): 'vi' | 'en' {
  return useTranslation().i18n.language === 'en' ? 'en' : 'vi';
}

/** /activities/crime/new and /activities/crime/:id/edit. */
export function CrimeStatisticsFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const existing = useApi(id ? `crime:${id}` : null, (signal) => fetchCrimeStatistics(id!, signal));
  if (!id) return <NewCrimeStatisticsForm />;
  return (
    <>
      {existing.isLoading && <section className="page"><Loading /></section>}
      {existing.error ? <section className="page"><h1>{t('crime.title')}</h1><ErrorMessage error={existing.error} onRetry={existing.reload} /></section> : null}
      {existing.data && <EditCrimeStatisticsForm key={existing.data.id} existing={existing.data} />}
    </>
  );
}

/** One row of counts: one input per field of the line, each with its problem under it. */
function LineInputs({ article, line, errors, disabled, onChange }: {
  article: CrimeArticle;
  line: LineDraft;
  errors: Record<string, string | undefined>;
  disabled?: boolean;
  onChange: (line: LineDraft) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {lineFields(article).map((field) => (
        <td key={field}>
          <FormField label={<span className="visually-hidden">{`${t(`crime.articles.${article}`)}: ${t(fieldLabelKey(article, field))}`}</span>} error={errors[field]}>
            <input value={line[field] ?? ''} inputMode="numeric" size={field === 'amountFined' ? 14 : 5} placeholder="0" disabled={disabled}
              onChange={(event) => onChange({ ...line, [field]: event.target.value })} />
          </FormField>
        </td>
      ))}
    </>
  );
}

/**
 * Every line of one unit's period at once: a row per Criminal Code article and the administrative
 * sanctions. Each filled line is saved as its own record; lines the period already holds are shown,
 * not entered twice.
 */
function NewCrimeStatisticsForm() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const periodText = usePeriodText();
  const today = todayInVietnam();
  const [unit, setUnit] = useState<PickedUnit | null>(user.unit ? { id: user.unit.id, name: user.unit.name } : null);
  const [period, setPeriod] = useState<PeriodDraft>(() => defaultPeriodDraft(today));
  const [lines, setLines] = useState<Partial<Record<CrimeArticle, LineDraft>>>({});
  const [serverErrors, setServerErrors] = useState<Partial<Record<CrimeArticle, ApiError>>>({});
  const [savedCount, setSavedCount] = useState(0);
  const [isSubmitted, setSubmitted] = useState(false);
  const [isSubmitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const code = periodCodeOf(period);
  const stored = useApi(unit && code ? `crime-period:${unit.id}:${code}` : null,
    (signal) => searchCrimeStatistics({ unit: unit!.id, subtree: 'false', period: code, pageSize: 50 }, signal));
  const storedLines = stored.data?.items ?? [];
  // Lines of exactly this period are not entered again; those of shorter periods within it are listed, and the server refuses overlaps.
  const storedArticles = new Set(storedLines.filter((item) => item.periodCode === code).map((item) => item.article));
  const changePeriodOrUnit = () => {
    setServerErrors({});
    setSavedCount(0);
    setSubmitted(false);
  };

  const filled = crimeArticles.filter((article) => !storedArticles.has(article) && !isLineEmpty(lines[article] ?? {}));
  const read = Object.fromEntries(filled.map((article) => [article, readLine(article, lines[article] ?? {}, language, t('crime.form.countInvalid'))]));
  const periodProblem = periodError(code, today, language, t('crime.form.required'));
  const hasErrors = !unit || periodProblem !== undefined || filled.length === 0 || filled.some((article) => Object.keys(read[article]!.errors).length > 0);
  const errorsOf = (article: CrimeArticle) => {
    const server = serverErrors[article];
    const local = read[article]?.errors ?? {};
    return Object.fromEntries(lineFields(article).map((field) => [field, local[field] ?? server?.fieldMessage(field)]));
  };
  const setLine = (article: CrimeArticle) => (line: LineDraft) => setLines((previous) => ({ ...previous, [article]: line }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setError(null);
    if (hasErrors || !unit || !code) return;
    setSubmitting(true);
    const failures: Partial<Record<CrimeArticle, ApiError>> = {};
    let saved = savedCount;
    let failedHard = false;
    // One record per line: a line refused (an overlapping period) does not hold back the others.
    for (const article of filled) {
      try {
        await createCrimeStatistics({ ...read[article]!.figures, unitId: unit.id, period: code });
        saved += 1;
        setLines((previous) => ({ ...previous, [article]: {} }));
      } catch (caught) {
        if (!(caught instanceof ApiError) || caught.status >= 500 || caught.status === 0) {
          setError(caught);
          failedHard = true;
          break;
        }
        failures[article] = caught;
      }
    }
    setSavedCount(saved);
    setServerErrors(failures);
    setSubmitting(false);
    stored.reload();
    if (Object.keys(failures).length === 0 && saved > 0 && !failedHard) {
      void navigate('/activities/crime', { state: { notice: t('crime.addedLines', { count: saved, period: formatPeriod(parsePeriod(code), language) }) } });
    }
  }

  const failedMessages = Object.entries(serverErrors).map(([article, failure]) => ({ article, message: failure.message }));
  return (
    <section className="page crime-form-page">
      <h1>{t('crime.createTitle')}</h1>
      <ErrorMessage error={error} />
      {savedCount > 0 && failedMessages.length > 0 && <p className="notice notice-error" role="alert">{t('crime.form.partlySaved', { saved: savedCount })}</p>}
      {failedMessages.map(({ article, message }) => (
        <p key={article} className="notice notice-error" role="alert"><strong>{t(`crime.articles.${article}`)}:</strong> {message}</p>
      ))}
      {isSubmitted && hasErrors && <p className="notice notice-error" role="alert">{filled.length === 0 && unit && !periodProblem ? t('crime.form.nothingEntered') : t('crime.form.fixFields')}</p>}
      <form className="crime-form" onSubmit={submit} noValidate aria-label={t('crime.createTitle')}>
        <fieldset className="editor-section">
          <legend>{t('crime.form.periodSection')}</legend>
          <FormField label={t('crime.unit')} error={isSubmitted && !unit ? t('crime.form.required') : undefined}>
            <UnitPicker value={unit} onChange={(value) => { setUnit(value); changePeriodOrUnit(); }} />
          </FormField>
          <PeriodPicker value={period} onChange={(value) => { setPeriod(value); changePeriodOrUnit(); }} error={periodProblem} thisYear={Number(today.slice(0, 4))} />
          {storedLines.length > 0 && (
            <p className="notice">{t('crime.form.existing', {
              lines: storedLines.map((item) => `${t(`crime.articles.${item.article}`)} (${periodText(item)})`).join('; '),
            })}</p>
          )}
        </fieldset>
        <fieldset className="editor-section">
          <legend>{t('crime.form.criminalSection')}</legend>
          <p className="muted small">{t('crime.form.criminalHint')}</p>
          <table className="table stat-table line-table">
            <thead>
              <tr>
                <th scope="col">{t('crime.line')}</th>
                {lineFields('327').map((field) => <th key={field} scope="col">{t(`crime.fields.${field}`)}</th>)}
              </tr>
            </thead>
            <tbody>
              {criminalArticles.map((article) => (
                <tr key={article}>
                  <th scope="row">
                    {t(`crime.articles.${article}`)}
                    {storedArticles.has(article) && <span className="muted small"> · {t('crime.form.alreadyStored')}</span>}
                  </th>
                  <LineInputs article={article} line={lines[article] ?? {}} errors={errorsOf(article)} disabled={storedArticles.has(article)} onChange={setLine(article)} />
                </tr>
              ))}
            </tbody>
          </table>
        </fieldset>
        <fieldset className="editor-section">
          <legend>{t('crime.form.administrativeSection')}</legend>
          <p className="muted small">{t('crime.form.administrativeHint')}</p>
          <table className="table stat-table line-table">
            <thead>
              <tr>
                <th scope="col">{t('crime.line')}</th>
                {lineFields('administrative').map((field) => <th key={field} scope="col">{t(fieldLabelKey('administrative', field))}</th>)}
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">
                  {t('crime.articles.administrative')}
                  {storedArticles.has('administrative') && <span className="muted small"> · {t('crime.form.alreadyStored')}</span>}
                </th>
                <LineInputs article="administrative" line={lines.administrative ?? {}} errors={errorsOf('administrative')}
                  disabled={storedArticles.has('administrative')} onChange={setLine('administrative')} />
              </tr>
            </tbody>
          </table>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={isSubmitting}>{t('crime.form.createSubmit')}</button>
          <Link to="/activities/crime" className="button button-quiet">{t('common.cancel')}</Link>
        </div>
      </form>
    </section>
  );
}

/** One stored line: its period, its article or kind, and its counts. The unit stays. */
function EditCrimeStatisticsForm({ existing }: { existing: CrimeStatistics }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const periodText = usePeriodText();
  const today = todayInVietnam();
  const [period, setPeriod] = useState<PeriodDraft>(() => (existing.periodCode ? periodDraftOf(existing.periodCode) : defaultPeriodDraft(today)));
  // A line stored before period codes keeps its days until the user picks a period.
  const [isPeriodChanged, setPeriodChanged] = useState(false);
  const [article, setArticle] = useState<CrimeArticle>(existing.article);
  const [line, setLine] = useState<LineDraft>(() => lineDraftOf(existing));
  const [error, setError] = useState<unknown>(null);
  const [isSubmitting, setSubmitting] = useState(false);
  const code = periodCodeOf(period);
  const periodProblem = isPeriodChanged ? periodError(code, today, language, t('crime.form.required')) : undefined;
  const { figures, errors } = readLine(article, line, language, t('crime.form.countInvalid'));
  const names = { line: t(`crime.articles.${existing.article}`), period: periodText(existing) };
  const serverError = (field: string) => (error instanceof ApiError ? error.fieldMessage(field) : undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (periodProblem || Object.keys(errors).length > 0) return;
    const update: Record<string, unknown> = {};
    if (isPeriodChanged && code && code !== existing.periodCode) update.period = code;
    if (article !== existing.article) update.article = article;
    for (const field of lineFields(article)) if (figures[field] !== existing[field]) update[field] = figures[field];
    // Moving between a Criminal Code line and the administrative one clears the fields the new line does not have.
    if (isCriminalArticle(article) !== isCriminalArticle(existing.article)) {
      for (const field of lineFields(existing.article)) if (!lineFields(article).includes(field)) update[field] = 0;
    }
    setSubmitting(true);
    try {
      if (Object.keys(update).length > 0) await updateCrimeStatistics(existing.id, update as CrimeStatisticsUpdate);
      void navigate('/activities/crime', { state: { notice: t('crime.saved', names) } });
    } catch (caught) {
      setError(caught);
      setSubmitting(false);
      window.scrollTo({ top: 0 });
    }
  }

  return (
    <section className="page crime-form-page">
      <h1>{t('crime.editTitle', names)}</h1>
      <ErrorMessage error={error} />
      <form className="crime-form" onSubmit={submit} noValidate aria-label={t('crime.editTitle', names)}>
        <fieldset className="editor-section">
          <legend>{t('crime.form.periodSection')}</legend>
          <FormField label={t('crime.unit')}>
            <input value={existing.unitName} readOnly />
          </FormField>
          <PeriodPicker value={period} thisYear={Number(today.slice(0, 4))} error={periodProblem ?? serverError('period')}
            onChange={(value) => { setPeriod(value); setPeriodChanged(true); }} />
          {existing.periodCode === null && !isPeriodChanged && <p className="muted small">{names.period}</p>}
          <FormField label={t('crime.line')} error={serverError('article')}>
            <select value={article} onChange={(event) => setArticle(event.target.value as CrimeArticle)}>
              {crimeArticles.map((candidate) => <option key={candidate} value={candidate}>{t(`crime.articles.${candidate}`)}</option>)}
            </select>
          </FormField>
        </fieldset>
        <fieldset className="editor-section">
          <legend>{t(`crime.articles.${article}`)}</legend>
          <div className="form-grid">
            {lineFields(article).map((field) => (
              <FormField key={field} label={t(fieldLabelKey(article, field))} error={errors[field] ?? serverError(field)}>
                <input value={line[field] ?? ''} inputMode="numeric" size={field === 'amountFined' ? 14 : 8} placeholder="0"
                  onChange={(event) => setLine({ ...line, [field]: event.target.value })} />
              </FormField>
            ))}
          </div>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={isSubmitting}>{t('crime.form.saveSubmit')}</button>
          <Link to="/activities/crime" className="button button-quiet">{t('common.cancel')}</Link>
        </div>
      </form>
      <CrimeHistory id={existing.id} />
    </section>
  );
}

function CrimeHistory({ id }: { id: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const formatValue = (field: string, value: unknown) => {
    if (typeof value !== 'string') return undefined;
    if (field === 'article') return t(`crime.articles.${value}`);
    if (field === 'periodCode') return formatPeriod(parsePeriod(value), language);
    return undefined;
  };
  return <RecordHistory type="crime_statistics" id={id} fieldLabel={(field) => t(`crime.fields.${field}`)} formatValue={formatValue} />;
}
