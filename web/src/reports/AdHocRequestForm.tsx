import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInVietnam } from '../../../core/dates/format.ts';
import { toSearchText } from '../../../core/text/search-text.ts';
import { fetchUnitAgencies } from '../api/agencies.ts';
import { ApiError } from '../api/client.ts';
import { fetchChildUnits, fetchRootUnits } from '../api/units.ts';
import { useCurrentUser } from '../auth/session-context.ts';
import { ErrorMessage, Loading } from '../common/ErrorMessage.tsx';
import { FormField } from '../common/FormField.tsx';
import { useApi } from '../common/useApi.ts';
import { checkAdHoc, type AdHocDraft, type AdHocField } from './report-format.ts';
import { createAdHocRequest } from './reports-api.ts';

const emptyDraft: AdHocDraft = { title: '', instructions: '', periodStart: '', periodEnd: '', reporterDeadline: '', unitIds: [], agencyIds: [] };


/**
 * "Yêu cầu báo cáo đột xuất": an upper unit asks chosen units directly below it, and chosen
 * agencies of its own (not the lead agency, which consolidates), for a report on a period of its
 * choosing, by a deadline. Dates are typed dd/mm/yyyy; the server checks again.
 */
export function AdHocRequestForm({ onCreated, onCancel }: { onCreated: (notice: string, requestId: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [draft, setDraft] = useState<AdHocDraft>(emptyDraft);
  const [localErrors, setLocalErrors] = useState<Partial<Record<AdHocField, string>>>({});
  const [error, setError] = useState<unknown>(null);
  const [isSending, setSending] = useState(false);
  const [filter, setFilter] = useState('');
  const unitId = user.unit?.id ?? null;
  const units = useApi(`report-units:${unitId ?? 'roots'}`, (signal) => (unitId ? fetchChildUnits(unitId, signal) : fetchRootUnits(signal)));

  const set = <K extends keyof AdHocDraft>(field: K, value: AdHocDraft[K]) => setDraft((previous) => ({ ...previous, [field]: value }));
  const fieldError = (field: AdHocField) => localErrors[field] ?? (error instanceof ApiError ? error.fieldMessage(field) : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const { problems, request } = checkAdHoc(draft, todayInVietnam());
    const messages: Partial<Record<AdHocField, string>> = {};
    for (const [field, problem] of Object.entries(problems)) messages[field as AdHocField] = t(`reports.adHoc.problem.${problem}`);
    setLocalErrors(messages);
    if (!request) return;
    setSending(true);
    try {
      const created = await createAdHocRequest(request);
      onCreated(createdNotice(request.title, request.unitIds.length, request.agencyIds.length), created.requestId);
    } catch (caught) {
      setError(caught);
      setSending(false);
    }
  };

  const createdNotice = (title: string, unitCount: number, agencyCount: number) => {
    if (agencyCount === 0) return t('reports.adHoc.created', { title, count: unitCount });
    if (unitCount === 0) return t('reports.adHoc.createdAgencies', { title, count: agencyCount });
    return t('reports.adHoc.createdBoth', { title, count: unitCount + agencyCount });
  };

  const all = units.data?.units ?? [];
  // Accents and case aside: "thanh vinh" finds "Phường Thành Vinh".
  const wanted = toSearchText(filter);
  const shown = wanted ? all.filter((unit) => toSearchText(unit.name).includes(wanted)) : all;
  const chosen = new Set(draft.unitIds);
  const toggle = (id: string, on: boolean) => set('unitIds', on ? [...draft.unitIds, id] : draft.unitIds.filter((candidate) => candidate !== id));
  const chooseShown = (on: boolean) => {
    const ids = new Set(shown.map((unit) => unit.id));
    set('unitIds', on ? [...new Set([...draft.unitIds, ...ids])] : draft.unitIds.filter((id) => !ids.has(id)));
  };
  const recipientsError = fieldError('unitIds') ?? fieldError('agencyIds');
  const describedBy = recipientsError ? 'adhoc-recipients-error' : undefined;

  return (
    <form className="panel-form adhoc-form" aria-label={t('reports.adHoc.title')} noValidate onSubmit={(event) => void submit(event)}>
      <h2>{t('reports.adHoc.title')}</h2>
      <p className="muted small">{t('reports.adHoc.intro')}</p>
      <ErrorMessage error={error} />
      <FormField label={t('reports.adHoc.field.title')} error={fieldError('title')}>
        <input value={draft.title} maxLength={300} onChange={(event) => set('title', event.target.value)} />
      </FormField>
      <FormField label={t('reports.adHoc.field.instructions')} hint={t('reports.adHoc.field.instructionsHint')} error={fieldError('instructions')}>
        <textarea rows={4} value={draft.instructions} maxLength={10_000} onChange={(event) => set('instructions', event.target.value)} />
      </FormField>
      <div className="form-grid">
        <FormField label={t('reports.adHoc.field.periodStart')} hint={t('reports.adHoc.dateHint')} error={fieldError('periodStart')}>
          <input value={draft.periodStart} size={12} inputMode="numeric" placeholder="dd/mm/yyyy" onChange={(event) => set('periodStart', event.target.value)} />
        </FormField>
        <FormField label={t('reports.adHoc.field.periodEnd')} hint={t('reports.adHoc.dateHint')} error={fieldError('periodEnd')}>
          <input value={draft.periodEnd} size={12} inputMode="numeric" placeholder="dd/mm/yyyy" onChange={(event) => set('periodEnd', event.target.value)} />
        </FormField>
        <FormField label={t('reports.adHoc.field.reporterDeadline')} hint={t('reports.adHoc.dateHint')} error={fieldError('reporterDeadline')}>
          <input value={draft.reporterDeadline} size={12} inputMode="numeric" placeholder="dd/mm/yyyy" onChange={(event) => set('reporterDeadline', event.target.value)} />
        </FormField>
      </div>
      <fieldset className="agency-checklist" aria-describedby={describedBy}>
        <legend>{t('reports.adHoc.field.units', { count: draft.unitIds.length })}</legend>
        {units.isLoading && <Loading />}
        <ErrorMessage error={units.error} onRetry={units.reload} />
        {units.data && all.length === 0 && <p className="muted">{t('reports.adHoc.noUnits')}</p>}
        {all.length > 0 && (
          <>
            <div className="form-actions adhoc-unit-tools">
              <input type="search" value={filter} size={24} aria-label={t('reports.adHoc.filterUnits')}
                placeholder={t('reports.adHoc.filterUnits')} onChange={(event) => setFilter(event.target.value)} />
              <button type="button" className="button button-small" onClick={() => chooseShown(true)}>{t('reports.adHoc.chooseAll')}</button>
              <button type="button" className="button button-small" onClick={() => chooseShown(false)}>{t('reports.adHoc.chooseNone')}</button>
            </div>
            <CheckList items={shown} isChosen={(id) => chosen.has(id)} onToggle={toggle} />
          </>
        )}
      </fieldset>
      {unitId && (
        <AgencyChoice unitId={unitId} chosen={draft.agencyIds} describedBy={describedBy}
          onToggle={(id, on) => set('agencyIds', on ? [...draft.agencyIds, id] : draft.agencyIds.filter((candidate) => candidate !== id))} />
      )}
      {/* One message for both lists: a unit below or an agency will do. */}
      {recipientsError && <p id="adhoc-recipients-error" className="field-error small" role="alert">{recipientsError}</p>}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={isSending}>{t('reports.adHoc.send')}</button>
        <button type="button" className="button button-quiet" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}

/**
 * The agencies of the user's unit that can be asked: active ones, not the lead agency (its officer
 * writes the consolidated report). The whole country (no unit) has none, so the list is not shown.
 */
function AgencyChoice({ unitId, chosen, describedBy, onToggle }: {
  unitId: string;
  chosen: readonly string[];
  describedBy: string | undefined;
  onToggle: (id: string, on: boolean) => void;
}) {
  const { t } = useTranslation();
  const agencies = useApi(`report-agencies:${unitId}`, (signal) => fetchUnitAgencies(unitId, signal));
  const askable = (agencies.data?.agencies ?? []).filter((agency) => agency.isActive && !agency.isLead);
  const isChosen = new Set(chosen);
  return (
    <fieldset className="agency-checklist adhoc-agencies" aria-describedby={describedBy}>
      <legend>{t('reports.adHoc.field.agencies', { count: chosen.length })}</legend>
      {agencies.isLoading && <Loading />}
      <ErrorMessage error={agencies.error} onRetry={agencies.reload} />
      {agencies.data && askable.length === 0 && <p className="muted">{t('reports.adHoc.noAgencies')}</p>}
      {askable.length > 0 && (
        <>
          <p className="muted small adhoc-hint">{t('reports.adHoc.agenciesHint')}</p>
          <CheckList items={askable} isChosen={(id) => isChosen.has(id)} onToggle={onToggle} />
        </>
      )}
    </fieldset>
  );
}

/** A list of units or agencies to tick, one line each. */
function CheckList({ items, isChosen, onToggle }: {
  items: readonly { id: string; name: string }[];
  isChosen: (id: string) => boolean;
  onToggle: (id: string, on: boolean) => void;
}) {
  return (
    <ul className="checklist adhoc-units">
      {items.map((item) => (
        <li key={item.id}>
          <label>
            <input type="checkbox" checked={isChosen(item.id)} onChange={(event) => onToggle(item.id, event.target.checked)} />
            <span>{item.name}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}
