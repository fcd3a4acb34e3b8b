import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { supportServices, type SupportCountField, type SupportStatistics } from '../../../../core/api/support-statistics.ts';
import { todayInVietnam } from '../../../../core/dates/format.ts';
import { monthText } from '../../../../core/statistics/support-rules.ts';
import { ApiError } from '../../api/client.ts';
import { createSupportStatistics, fetchSupportStatistics, updateSupportStatistics } from '../../api/support-statistics.ts';
import { fetchUnitDetail } from '../../api/units.ts';
import { useCurrentUser } from '../../auth/session-context.ts';
import { ErrorMessage, Loading } from '../../common/ErrorMessage.tsx';
import { FormField } from '../../common/FormField.tsx';
import { useApi } from '../../common/useApi.ts';
import { UnitPicker } from '../../users/UnitPicker.tsx';
import { RecordHistory } from '../RecordHistory.tsx';
import { emptySupportDraft, readSupportDraft, supportChanges, supportDraftOf, type SupportDraft } from './support-draft.ts';

const FIRST_YEAR = 2020;

/** /activities/support/new (?unit=&month= from the month table) and /activities/support/:id/edit. */
export function SupportStatisticsFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const [params] = useSearchParams();
  const user = useCurrentUser();
  const existing = useApi(id ? `support:${id}` : null, (signal) => fetchSupportStatistics(id!, signal));
  if (!id) {
    const unitId = params.get('unit');
    const ownUnit = user.unit ? { id: user.unit.id, name: user.unit.name } : null;
    const month = params.get('month') ?? todayInVietnam().slice(0, 7);
    return <NewSupportForm unitId={unitId ?? ownUnit?.id ?? null} ownUnit={ownUnit} month={month} />;
  }
  return (
    <>
      {existing.isLoading && <section className="page"><Loading /></section>}
      {existing.error ? <section className="page"><h1>{t('support.title')}</h1><ErrorMessage error={existing.error} onRetry={existing.reload} /></section> : null}
      {existing.data && <SupportStatisticsForm key={existing.data.id} existing={existing.data} initial={supportDraftOf(existing.data)} />}
    </>
  );
}

/** A new month for the unit in the address: its name is looked up only when it is not the user's own. */
function NewSupportForm({ unitId, ownUnit, month }: { unitId: string | null; ownUnit: { id: string; name: string } | null; month: string }) {
  const isOwn = unitId !== null && unitId === ownUnit?.id;
  const unit = useApi(unitId && !isOwn ? `unit:${unitId}` : null,
    (signal) => fetchUnitDetail(unitId!, signal));
  if (unitId && !isOwn && unit.isLoading) return <section className="page"><Loading /></section>;
  const picked = isOwn ? ownUnit : unit.data ? { id: unit.data.id, name: unit.data.name } : null;
  return <SupportStatisticsForm initial={emptySupportDraft(picked, /^\d{4}-\d{2}$/.test(month) ? month : todayInVietnam().slice(0, 7))} />;
}

interface FormProps {
  existing?: SupportStatistics;
  initial: SupportDraft;
}

/** One unit's figures for one month; the rules are checked as the user types, the same ones the server applies. */
export function SupportStatisticsForm({ existing, initial }: FormProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<SupportDraft>(initial);
  const [error, setError] = useState<unknown>(null);
  const [isSubmitted, setSubmitted] = useState(false);
  const [isSubmitting, setSubmitting] = useState(false);
  const today = todayInVietnam();
  const language = i18n.language === 'en' ? 'en' : 'vi';
  const texts = { required: t('support.form.required'), countInvalid: t('support.form.countInvalid'), servedAboveReached: t('support.form.servedAboveReached') };
  const { values, errors, warnings } = readSupportDraft(draft, today, language, texts);
  const label = monthText(values.month);
  const thisYear = Number(today.slice(0, 4));

  const serverError = (field: string) => (error instanceof ApiError ? error.fieldMessage(field) : undefined);
  // A missing unit is only pointed out once the user tries to save; broken rules show at once.
  const fieldError = (field: string) => (field === 'unitId' && !isSubmitted ? undefined : errors[field]) ?? serverError(field);
  const setCount = (field: SupportCountField) => (text: string) => setDraft((previous) => ({ ...previous, counts: { ...previous.counts, [field]: text } }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setError(null);
    if (Object.keys(errors).length > 0) return;
    setSubmitting(true);
    try {
      if (existing) {
        const update = supportChanges(readSupportDraft(initial, today, language, texts).values, values);
        if (Object.keys(update).length > 0) await updateSupportStatistics(existing.id, update);
      } else {
        await createSupportStatistics(values);
      }
      void navigate(`/activities/support?unit=${encodeURIComponent(values.unitId)}&year=${values.month.slice(0, 4)}`, {
        state: { notice: t(existing ? 'support.saved' : 'support.added', { month: label }) },
      });
    } catch (caught) {
      setError(caught);
      setSubmitting(false);
      window.scrollTo({ top: 0 });
    }
  }

  const isDuplicate = error instanceof ApiError && error.status === 409;
  const countField = (field: SupportCountField, hint?: ReactNode) => (
    <FormField key={field} label={t(`support.fields.${field}`)} hint={warnings[field] ?? hint} error={fieldError(field)}>
      <input value={draft.counts[field]} inputMode="numeric" size={8} placeholder="0" onChange={(event) => setCount(field)(event.target.value)} />
    </FormField>
  );

  return (
    <section className="page support-form-page">
      <h1>{existing ? t('support.editTitle', { month: label }) : t('support.createTitle')}</h1>
      <p className="notice">{t('support.form.privacy')}</p>
      {isDuplicate && (
        <div className="notice notice-error" role="alert">
          <p className="notice-title"><strong>{t('support.form.duplicateTitle')}</strong></p>
          <p>{error.message}</p>
          <p>
            <Link to={`/activities/support?unit=${encodeURIComponent(values.unitId)}&year=${values.month.slice(0, 4)}`}>{t('support.form.openExisting')}</Link>
          </p>
        </div>
      )}
      {!isDuplicate && <ErrorMessage error={error} />}
      {isSubmitted && Object.keys(errors).length > 0 && <p className="notice notice-error" role="alert">{t('support.form.fixFields')}</p>}
      <form className="support-form" onSubmit={submit} noValidate aria-label={existing ? t('support.editTitle', { month: label }) : t('support.createTitle')}>
        <fieldset className="editor-section">
          <legend>{t('support.form.period')}</legend>
          <div className="form-grid">
            <FormField label={t('support.unit')} error={fieldError('unitId')}>
              {existing
                ? <input value={existing.unitName} readOnly />
                : <UnitPicker value={draft.unit} onChange={(unit) => setDraft((previous) => ({ ...previous, unit }))} />}
            </FormField>
            <FormField label={t('support.month')} error={fieldError('month')}>
              <select value={draft.month} onChange={(event) => setDraft((previous) => ({ ...previous, month: event.target.value }))}>
                {Array.from({ length: 12 }, (_, index) => String(index + 1).padStart(2, '0')).map((month) => (
                  <option key={month} value={month}>{t('support.monthName', { month: Number(month) })}</option>
                ))}
              </select>
            </FormField>
            <FormField label={t('support.year')}>
              <select value={draft.year} onChange={(event) => setDraft((previous) => ({ ...previous, year: event.target.value }))}>
                {Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, index) => String(thisYear - index)).map((year) => (
                  <option key={year} value={year}>{year}</option>
                ))}
              </select>
            </FormField>
          </div>
        </fieldset>
        <fieldset className="editor-section">
          <legend>{t('support.form.outreach')}</legend>
          <div className="form-grid">
            {countField('peopleReached')}
            {countField('peopleInNeed')}
            {countField('peopleEligible')}
          </div>
        </fieldset>
        <fieldset className="editor-section">
          <legend>{t('support.form.served')}</legend>
          <div className="form-grid">
            {countField('peopleServed')}
            {countField('peopleNewlyServed', t('support.form.newlyServedHint'))}
          </div>
        </fieldset>
        <fieldset className="editor-section">
          <legend>{t('support.form.servicesSection')}</legend>
          <p className="muted small">{t('support.form.servicesHint')}</p>
          <div className="form-grid">
            {supportServices.map((service) => (
              <FormField key={service} label={t(`support.services.${service}`)} error={fieldError(`services.${service}`)}>
                <input value={draft.services[service]} inputMode="numeric" size={8} placeholder="0"
                  onChange={(event) => setDraft((previous) => ({ ...previous, services: { ...previous.services, [service]: event.target.value } }))} />
              </FormField>
            ))}
          </div>
        </fieldset>
        <fieldset className="editor-section">
          <legend>{t('support.form.referrals')}</legend>
          <div className="form-grid">
            {countField('referralsMade')}
            {countField('referralsCompleted')}
          </div>
        </fieldset>
        <fieldset className="editor-section">
          <legend>{t('support.form.groups')}</legend>
          <div className="form-grid">
            {countField('peerGroupsActive')}
            {countField('pilotModelsRunning')}
          </div>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={isSubmitting}>
            {existing ? t('support.form.saveSubmit') : t('support.form.createSubmit')}
          </button>
          <Link to={`/activities/support${values.unitId ? `?unit=${encodeURIComponent(values.unitId)}&year=${values.month.slice(0, 4)}` : ''}`}
            className="button button-quiet">{t('common.cancel')}</Link>
        </div>
      </form>
      {existing && <SupportHistory id={existing.id} />}
    </section>
  );
}

function SupportHistory({ id }: { id: string }) {
  const { t } = useTranslation();
  const fieldLabel = (field: string) => {
    if (field.startsWith('services.')) return t(`support.services.${field.slice('services.'.length)}`);
    if (field === 'month' || field === 'unitId') return t(field === 'month' ? 'support.month' : 'support.unit');
    return t(`support.fields.${field}`);
  };
  const formatValue = (field: string, value: unknown) => (field === 'month' && typeof value === 'string' ? monthText(value) : undefined);
  return <RecordHistory type="support_statistics" id={id} fieldLabel={fieldLabel} formatValue={formatValue} />;
}
