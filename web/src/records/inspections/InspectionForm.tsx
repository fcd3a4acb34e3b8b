import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { teamKinds, type TeamKind } from '../../../../core/api/inspections.ts';
import { formatDate, todayInVietnam } from '../../../../core/dates/format.ts';
import { createInspection, fetchInspection, updateInspection, type Inspection } from '../../api/inspections.ts';
import { useCurrentUser } from '../../auth/session-context.ts';
import { ErrorMessage, Loading } from '../../common/ErrorMessage.tsx';
import { FormField } from '../../common/FormField.tsx';
import { useApi } from '../../common/useApi.ts';
import { UnitPicker } from '../../users/UnitPicker.tsx';
import { RecordHistory } from '../RecordHistory.tsx';
import { AgencyChecklist } from './AgencyChecklist.tsx';
import { EstablishmentPicker } from './EstablishmentPicker.tsx';
import {
  emptyInspectionDraft, emptyVisit, inspectionDraftOf, readInspectionDraft, type FieldErrors, type InspectionDraft, type VisitDraft,
} from './inspection-draft.ts';
import { serverFieldMessage } from './field-errors.ts';
import { formatMoney } from './inspection-labels.ts';
import { VisitEditor } from './VisitEditor.tsx';

const LIST = '/activities/inspections';

/** /activities/inspections/new and /activities/inspections/:id/edit. */
export function InspectionFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const user = useCurrentUser();
  const existing = useApi(id ? `inspection:${id}` : null, (signal) => fetchInspection(id!, signal));
  if (!id) {
    const ownUnit = user.unit && user.unit.level !== 'district' ? { id: user.unit.id, name: user.unit.name } : null;
    return <InspectionForm initial={emptyInspectionDraft(ownUnit)} />;
  }
  return (
    <>
      {existing.isLoading && <section className="page"><Loading /></section>}
      {existing.error ? <section className="page"><h1>{t('inspections.editTitle')}</h1><ErrorMessage error={existing.error} onRetry={existing.reload} /></section> : null}
      {existing.data && <InspectionForm key={existing.data.id} existing={existing.data} initial={inspectionDraftOf(existing.data)} />}
    </>
  );
}

interface InspectionFormProps {
  existing?: Inspection;
  initial: InspectionDraft;
}

/** Records or edits one inspection; the server's rules come back under the fields they concern. */
export function InspectionForm({ existing, initial }: InspectionFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<InspectionDraft>(initial);
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [isSubmitting, setSubmitting] = useState(false);
  const set = <K extends keyof InspectionDraft>(key: K) => (value: InspectionDraft[K]) => setDraft((previous) => ({ ...previous, [key]: value }));
  const text = (key: 'inspectedOn' | 'team' | 'notes') => ({
    value: draft[key],
    onChange: (event: { target: { value: string } }) => set(key)(event.target.value),
  });
  const setVisit = (index: number) => (visit: VisitDraft) =>
    setDraft((previous) => ({ ...previous, visits: previous.visits.map((candidate, at) => (at === index ? visit : candidate)) }));
  const removeVisit = (index: number) => setDraft((previous) => ({ ...previous, visits: previous.visits.filter((_, at) => at !== index) }));
  // Another unit has other agencies and another registry: what was chosen for the first no longer applies.
  const changeUnit = (unit: InspectionDraft['unit']) => setDraft((previous) => ({ ...previous, unit, memberAgencyIds: [], visits: [] }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const { values, errors } = readInspectionDraft(draft, todayInVietnam(), {
      required: t('inspections.form.required'),
      dateInvalid: t('inspections.form.dateInvalid'),
      dateFuture: t('inspections.form.dateFuture'),
      followUpBefore: t('inspections.form.followUpBefore'),
      amountInvalid: t('inspections.form.amountInvalid'),
      agenciesSingle: t('inspections.form.agenciesSingle'),
      agenciesInter: t('inspections.form.agenciesInter'),
      visitsRequired: t('inspections.form.visitsRequired'),
      violationsRequired: t('inspections.form.violationsRequired'),
    });
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) return;
    setSubmitting(true);
    const date = formatDate(values.inspectedOn);
    try {
      if (existing) {
        const { unitId: _unitId, ...change } = values;
        await updateInspection(existing.id, change);
        void navigate(LIST, { state: { notice: t('inspections.saved', { date }) } });
      } else {
        await createInspection(values);
        void navigate(LIST, { state: { notice: t('inspections.added', { date }) } });
      }
    } catch (caught) {
      setError(caught);
      setSubmitting(false);
      window.scrollTo({ top: 0 });
    }
  }

  const fieldError = (field: string) => localErrors[field] ?? serverFieldMessage(error, field);
  const hasFieldErrors = Object.keys(localErrors).length > 0;
  const dateHint = t('inspections.form.dateHint');
  const title = existing ? t('inspections.editTitle') : t('inspections.createTitle');

  return (
    <section className="page inspection-form-page">
      <h1>{title}</h1>
      <ErrorMessage error={error} />
      {hasFieldErrors && <p className="notice notice-error" role="alert">{t('inspections.form.fixFields')}</p>}
      <form className="inspection-form" onSubmit={submit} noValidate aria-label={title}>
        <fieldset className="editor-section">
          <legend>{t('inspections.form.general')}</legend>
          <div className="form-grid">
            <FormField label={t('inspections.unitLabel')} hint={existing ? undefined : t('inspections.form.unitHint')} error={fieldError('unitId')}>
              {existing ? <input value={existing.unitName} readOnly /> : <UnitPicker value={draft.unit} onChange={changeUnit} />}
            </FormField>
            <FormField label={t('inspections.date')} hint={dateHint} error={fieldError('inspectedOn')}>
              <input {...text('inspectedOn')} inputMode="numeric" size={12} />
            </FormField>
            <FormField label={t('inspections.fields.teamKind')} error={fieldError('teamKind')}>
              <select value={draft.teamKind} onChange={(event) => set('teamKind')(event.target.value as TeamKind)}>
                {teamKinds.map((kind) => <option key={kind} value={kind}>{t(`inspections.teamKind.${kind}`)}</option>)}
              </select>
            </FormField>
            <FormField label={t('inspections.fields.team')} hint={t('inspections.form.teamHint')} error={fieldError('team')}>
              <input {...text('team')} maxLength={200} />
            </FormField>
          </div>
          <AgencyChecklist legend={t('inspections.form.agencies')} unitId={draft.unit?.id ?? null} value={draft.memberAgencyIds}
            onChange={set('memberAgencyIds')} error={fieldError('memberAgencyIds')}
            hint={draft.teamKind === 'single_agency' ? t('inspections.form.agenciesHintSingle') : t('inspections.form.agenciesHintInter')} />
          <FormField label={t('inspections.form.notes')} error={fieldError('notes')}>
            <textarea {...text('notes')} rows={2} maxLength={4000} />
          </FormField>
        </fieldset>
        <fieldset className="editor-section">
          <legend>{t('inspections.form.visits')}</legend>
          <p className="muted small">{t('inspections.form.visitsHint')}</p>
          <FormField label={t('inspections.form.searchEstablishment')} hint={t('inspections.form.searchHint')} error={fieldError('visits')}>
            <EstablishmentPicker unitId={draft.unit?.id ?? null} excludeIds={draft.visits.map((visit) => visit.establishmentId)}
              onPick={(establishment) => set('visits')([...draft.visits, emptyVisit(establishment)])} />
          </FormField>
          {draft.visits.map((visit, index) => (
            <VisitEditor key={visit.establishmentId} visit={visit} onChange={setVisit(index)} onRemove={() => removeVisit(index)}
              fieldError={(field) => fieldError(`visits.${index}.${field}`)} />
          ))}
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={isSubmitting}>
            {existing ? t('inspections.form.saveSubmit') : t('inspections.form.createSubmit')}
          </button>
          <Link to={LIST} className="button button-quiet">{t('common.cancel')}</Link>
        </div>
      </form>
      {existing && <InspectionHistory id={existing.id} />}
    </section>
  );
}

function InspectionHistory({ id }: { id: string }) {
  const { t } = useTranslation();
  const formatValue = (field: string, value: unknown) => {
    if (field === 'teamKind' && typeof value === 'string') return t(`inspections.teamKind.${value}`);
    if (field === 'visits' && Array.isArray(value)) {
      return value.map((visit: { outcome?: string; fineAmount?: number | null }) => {
        const outcome = visit.outcome ? t(`inspections.outcome.${visit.outcome}`) : '';
        return visit.fineAmount ? `${outcome} (${t('inspections.fineAmount', { amount: formatMoney(visit.fineAmount) })})` : outcome;
      }).join('; ') || t('records.history.empty');
    }
    if (field === 'memberAgencyIds' && Array.isArray(value)) return String(value.length);
    return undefined;
  };
  return (
    <RecordHistory type="inspection" id={id} formatValue={formatValue}
      fieldLabel={(field) => t(`inspections.fields.${field}`, { defaultValue: field })} />
  );
}
