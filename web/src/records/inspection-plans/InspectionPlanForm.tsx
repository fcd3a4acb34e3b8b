import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { todayInVietnam } from '../../../../core/dates/format.ts';
import { fetchUnitAgencies } from '../../api/agencies.ts';
import { ApiError } from '../../api/client.ts';
import { createInspectionPlan, fetchInspectionPlan, updateInspectionPlan, type InspectionPlan } from '../../api/inspection-plans.ts';
import { useCurrentUser } from '../../auth/session-context.ts';
import { ErrorMessage, Loading } from '../../common/ErrorMessage.tsx';
import { FormField } from '../../common/FormField.tsx';
import { useApi } from '../../common/useApi.ts';
import { UnitPicker } from '../../users/UnitPicker.tsx';
import { RecordHistory } from '../RecordHistory.tsx';
import { EstablishmentPicker } from '../inspections/EstablishmentPicker.tsx';
import { serverFieldMessage } from '../inspections/field-errors.ts';
import { newPlanItem, planDraftOf, readPlanDraft, type FieldErrors, type PlanDraft, type PlanItemDraft } from './plan-draft.ts';
import { PlanItemEditor, type AgencyOption } from './PlanItemEditor.tsx';

const LIST = '/activities/inspection-plans';

/** /activities/inspection-plans/new and /activities/inspection-plans/:id/edit. */
export function InspectionPlanFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const [search] = useSearchParams();
  const user = useCurrentUser();
  const existing = useApi(id ? `inspection-plan:${id}` : null, (signal) => fetchInspectionPlan(id!, signal));
  if (!id) {
    const ownUnit = user.unit && user.unit.level !== 'district' ? { id: user.unit.id, name: user.unit.name } : null;
    const asked = Number(search.get('year'));
    const year = asked >= 2000 && asked <= 2100 ? asked : Number(todayInVietnam().slice(0, 4));
    const initial: PlanDraft = { unit: ownUnit, year: String(year), title: t('inspections.plans.defaultTitle', { year }), notes: '', items: [] };
    return <InspectionPlanForm initial={initial} />;
  }
  return (
    <>
      {existing.isLoading && <section className="page"><Loading /></section>}
      {existing.error ? <section className="page"><h1>{t('inspections.plans.editTitle')}</h1><ErrorMessage error={existing.error} onRetry={existing.reload} /></section> : null}
      {existing.data && <InspectionPlanForm key={existing.data.id} existing={existing.data} initial={planDraftOf(existing.data)} />}
    </>
  );
}

interface InspectionPlanFormProps {
  existing?: InspectionPlan;
  initial: PlanDraft;
}

/** Makes or edits a year's plan: its establishments, each with a month or a window, and who inspects. */
export function InspectionPlanForm({ existing, initial }: InspectionPlanFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<PlanDraft>(initial);
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [isSubmitting, setSubmitting] = useState(false);
  const unitId = draft.unit?.id ?? null;
  const agencies = useApi(unitId ? `agencies:${unitId}` : null, (signal) => fetchUnitAgencies(unitId!, signal));
  const agencyOptions: AgencyOption[] = (agencies.data?.agencies ?? []).filter((agency) => agency.isActive).map((agency) => ({ id: agency.id, name: agency.name }));

  const set = <K extends keyof PlanDraft>(key: K) => (value: PlanDraft[K]) => setDraft((previous) => ({ ...previous, [key]: value }));
  const text = (key: 'year' | 'title' | 'notes') => ({
    value: draft[key],
    onChange: (event: { target: { value: string } }) => set(key)(event.target.value),
  });
  const setItem = (index: number) => (item: PlanItemDraft) =>
    setDraft((previous) => ({ ...previous, items: previous.items.map((candidate, at) => (at === index ? item : candidate)) }));
  const removeItem = (index: number) => setDraft((previous) => ({ ...previous, items: previous.items.filter((_, at) => at !== index) }));
  // Another unit has another registry and other agencies: the establishments chosen for the first do not belong to it.
  const changeUnit = (unit: PlanDraft['unit']) => setDraft((previous) => ({ ...previous, unit, items: [] }));
  const defaultMonth = () => {
    const today = todayInVietnam();
    return today.startsWith(`${draft.year}-`) ? Number(today.slice(5, 7)) : 1;
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const { values, errors } = readPlanDraft(draft, {
      required: t('inspections.plans.form.required'),
      yearInvalid: t('inspections.plans.form.yearInvalid'),
      monthRequired: t('inspections.plans.form.monthRequired'),
      dateInvalid: t('inspections.plans.form.dateInvalid'),
      dateOutsideYear: t('inspections.plans.form.dateOutsideYear'),
      windowBackwards: t('inspections.plans.form.windowBackwards'),
    });
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) return;
    setSubmitting(true);
    try {
      if (existing) {
        const { unitId: _unitId, ...change } = values;
        const saved = await updateInspectionPlan(existing.id, change);
        void navigate(`${LIST}/${saved.id}`, { state: { notice: t('inspections.plans.saved', { title: saved.title }) } });
      } else {
        const created = await createInspectionPlan(values);
        void navigate(`${LIST}/${created.id}`, { state: { notice: t('inspections.plans.added', { title: created.title }) } });
      }
    } catch (caught) {
      setError(caught);
      setSubmitting(false);
      window.scrollTo({ top: 0 });
    }
  }

  const fieldError = (field: string) => localErrors[field] ?? serverFieldMessage(error, field);
  const exists = error instanceof ApiError && error.code === 'inspection_plan_exists';
  const title = existing ? t('inspections.plans.editTitle') : t('inspections.plans.createTitle');

  return (
    <section className="page inspection-plan-form-page">
      <h1>{title}</h1>
      {exists && (
        <div className="notice notice-error" role="alert">
          <p className="notice-title"><strong>{t('inspections.plans.form.existsTitle')}</strong></p>
          <p>{error.message}</p>
        </div>
      )}
      {!exists && <ErrorMessage error={error} />}
      {Object.keys(localErrors).length > 0 && <p className="notice notice-error" role="alert">{t('inspections.plans.form.fixFields')}</p>}
      <form className="inspection-plan-form" onSubmit={submit} noValidate aria-label={title}>
        <fieldset className="editor-section">
          <legend>{t('inspections.plans.form.general')}</legend>
          <div className="form-grid">
            <FormField label={t('inspections.plans.unit')} hint={existing ? undefined : t('inspections.plans.form.unitHint')} error={fieldError('unitId')}>
              {existing ? <input value={existing.unitName} readOnly /> : <UnitPicker value={draft.unit} onChange={changeUnit} />}
            </FormField>
            <FormField label={t('inspections.plans.yearLabel')} error={fieldError('year')}>
              <input {...text('year')} inputMode="numeric" size={6} maxLength={4} />
            </FormField>
            <FormField label={t('inspections.plans.planTitle')} error={fieldError('title')}>
              <input {...text('title')} maxLength={200} />
            </FormField>
          </div>
          <FormField label={t('inspections.plans.form.notes')} error={fieldError('notes')}>
            <textarea {...text('notes')} rows={2} maxLength={4000} />
          </FormField>
        </fieldset>
        <fieldset className="editor-section">
          <legend>{t('inspections.plans.form.items')}</legend>
          <p className="muted small">{t('inspections.plans.form.itemsHint')}</p>
          <FormField label={t('inspections.form.searchEstablishment')} hint={t('inspections.form.searchHint')} error={fieldError('items')}>
            <EstablishmentPicker unitId={unitId} excludeIds={draft.items.map((item) => item.establishmentId)}
              onPick={(establishment) => set('items')([...draft.items, newPlanItem(establishment, defaultMonth())])} />
          </FormField>
          <ErrorMessage error={agencies.error} onRetry={agencies.reload} />
          {draft.items.length > 0 && (
            <ol className="plan-item-editors">
              {draft.items.map((item, index) => (
                <li key={item.establishmentId}>
                  <PlanItemEditor item={item} agencies={agencyOptions} onChange={setItem(index)} onRemove={() => removeItem(index)}
                    fieldError={(field) => fieldError(`items.${index}.${field}`)} />
                </li>
              ))}
            </ol>
          )}
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={isSubmitting}>
            {existing ? t('inspections.plans.form.saveSubmit') : t('inspections.plans.form.createSubmit')}
          </button>
          <Link to={existing ? `${LIST}/${existing.id}` : LIST} className="button button-quiet">{t('common.cancel')}</Link>
        </div>
      </form>
      {existing && (
        <RecordHistory type="inspection_plan" id={existing.id}
          fieldLabel={(field) => t(`inspections.plans.fields.${field}`, { defaultValue: field })} />
      )}
    </section>
  );
}
