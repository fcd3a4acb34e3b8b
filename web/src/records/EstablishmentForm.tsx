import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import {
  establishmentStatuses, establishmentTypes, riskClasses, type EstablishmentCreate, type EstablishmentUpdate,
} from '../../../core/api/establishments.ts';
import { parseVietnameseDate } from '../../../core/dates/format.ts';
import { createEstablishment, fetchEstablishment, updateEstablishment, type Establishment } from '../api/establishments.ts';
import { ApiError } from '../api/client.ts';
import { useCurrentUser } from '../auth/session-context.ts';
import { ErrorMessage, Loading } from '../common/ErrorMessage.tsx';
import { FormField } from '../common/FormField.tsx';
import { RecordHistory } from './RecordHistory.tsx';
import { useApi } from '../common/useApi.ts';
import { UnitPicker, type PickedUnit } from '../users/UnitPicker.tsx';
import { dateText } from './establishment-labels.ts';

/** What the user types: every field as text, dates as dd/mm/yyyy. */
interface Draft {
  unit: PickedUnit | null;
  name: string;
  type: string;
  address: string;
  businessOwner: string;
  licenceNumber: string;
  licenceDate: string;
  workers: string;
  openedOn: string;
  status: string;
  statusChangedOn: string;
  closedOn: string;
  riskClass: string;
  riskReviewedOn: string;
  riskReason: string;
}

type Values = Omit<EstablishmentCreate, never>;
type FieldErrors = Partial<Record<keyof Values, string>>;

const dateFields = ['licenceDate', 'openedOn', 'statusChangedOn', 'closedOn', 'riskReviewedOn'] as const;

function draftOf(item: Establishment): Draft {
  return {
    unit: { id: item.unitId, name: item.unitName },
    name: item.name,
    type: item.type,
    address: item.address,
    businessOwner: item.businessOwner ?? '',
    licenceNumber: item.licenceNumber ?? '',
    licenceDate: dateText(item.licenceDate),
    workers: item.workers === null ? '' : String(item.workers),
    openedOn: dateText(item.openedOn),
    status: item.status,
    statusChangedOn: dateText(item.statusChangedOn),
    closedOn: dateText(item.closedOn),
    riskClass: item.riskClass ?? '',
    riskReviewedOn: dateText(item.riskReviewedOn),
    riskReason: item.riskReason ?? '',
  };
}

const emptyDraft = (unit: PickedUnit | null): Draft => ({
  unit, name: '', type: '', address: '', businessOwner: '', licenceNumber: '', licenceDate: '', workers: '', openedOn: '',
  status: 'active', statusChangedOn: '', closedOn: '', riskClass: '', riskReviewedOn: '', riskReason: '',
});

const textOrNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** Reads the draft into what the API takes, with the problems the browser can see by itself. */
function readDraft(draft: Draft, t: (key: string) => string): { values: Values; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const required = t('establishments.form.required');
  if (!draft.unit) errors.unitId = required;
  if (draft.name.trim() === '') errors.name = required;
  if (draft.type === '') errors.type = required;
  if (draft.address.trim() === '') errors.address = required;
  const dates: Partial<Record<(typeof dateFields)[number], string | null>> = {};
  for (const field of dateFields) {
    const text = draft[field].trim();
    if (text === '') dates[field] = null;
    else {
      const parsed = parseVietnameseDate(text);
      if (parsed) dates[field] = parsed;
      else errors[field] = t('establishments.form.dateInvalid');
    }
  }
  let workers: number | null = null;
  if (draft.workers.trim() !== '') {
    workers = Number(draft.workers.trim());
    if (!/^\d+$/.test(draft.workers.trim())) errors.workers = t('establishments.form.workersInvalid');
  }
  if (draft.status === 'closed' && draft.closedOn.trim() === '') errors.closedOn = t('establishments.form.closedOnRequired');
  if (draft.riskClass !== '' && draft.riskReviewedOn.trim() === '') errors.riskReviewedOn = t('establishments.form.riskReviewedRequired');
  const values: Values = {
    unitId: draft.unit?.id ?? '',
    name: draft.name.trim(),
    type: draft.type as Values['type'],
    address: draft.address.trim(),
    businessOwner: textOrNull(draft.businessOwner),
    licenceNumber: textOrNull(draft.licenceNumber),
    licenceDate: dates.licenceDate ?? null,
    workers,
    openedOn: dates.openedOn ?? null,
    status: draft.status as Values['status'],
    statusChangedOn: dates.statusChangedOn ?? null,
    closedOn: draft.status === 'closed' ? dates.closedOn ?? null : null,
    riskClass: (draft.riskClass || null) as Values['riskClass'],
    riskReviewedOn: draft.riskClass ? dates.riskReviewedOn ?? null : null,
    riskReason: draft.riskClass ? textOrNull(draft.riskReason) : null,
  };
  return { values, errors };
}

/** Only the fields that changed, so the server keeps its own bookkeeping (status date, review date) for the rest. */
function changes(before: Values, after: Values): EstablishmentUpdate {
  const update: Record<string, unknown> = {};
  for (const key of Object.keys(after) as Array<keyof Values>) {
    if (after[key] !== before[key]) update[key] = after[key];
  }
  return update as EstablishmentUpdate;
}

/** /activities/establishments/new and /activities/establishments/:id/edit. */
export function EstablishmentFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const user = useCurrentUser();
  const existing = useApi(id ? `establishment:${id}` : null, (signal) => fetchEstablishment(id!, signal));
  if (!id) {
    const ownCommune = user.unit && user.unit.level === 'commune' ? { id: user.unit.id, name: user.unit.name } : null;
    return <EstablishmentForm initial={emptyDraft(ownCommune)} />;
  }
  return (
    <>
      {existing.isLoading && <section className="page"><Loading /></section>}
      {existing.error ? <section className="page"><h1>{t('establishments.editTitle')}</h1><ErrorMessage error={existing.error} onRetry={existing.reload} /></section> : null}
      {existing.data && <EstablishmentForm key={existing.data.id} existing={existing.data} initial={draftOf(existing.data)} />}
    </>
  );
}

interface EstablishmentFormProps {
  existing?: Establishment;
  initial: Draft;
}

/** Creates or edits one establishment; the server's rules come back under the fields they concern. */
export function EstablishmentForm({ existing, initial }: EstablishmentFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft>(initial);
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [isSubmitting, setSubmitting] = useState(false);
  const set = <K extends keyof Draft>(key: K) => (value: Draft[K]) => setDraft((previous) => ({ ...previous, [key]: value }));
  const text = (key: Exclude<keyof Draft, 'unit'>) => ({
    value: draft[key],
    onChange: (event: { target: { value: string } }) => set(key)(event.target.value),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const { values, errors } = readDraft(draft, t);
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) return;
    setSubmitting(true);
    try {
      if (existing) {
        const update = changes(readDraft(initial, t).values, values);
        if (Object.keys(update).length > 0) await updateEstablishment(existing.id, update);
        void navigate('/activities/establishments', { state: { notice: t('establishments.saved', { name: values.name }) } });
      } else {
        await createEstablishment(values);
        void navigate('/activities/establishments', { state: { notice: t('establishments.added', { name: values.name }) } });
      }
    } catch (caught) {
      setError(caught);
      setSubmitting(false);
      window.scrollTo({ top: 0 });
    }
  }

  const fieldError = (field: keyof Values) => localErrors[field] ?? (error instanceof ApiError ? error.fieldMessage(field) : undefined);
  const isDuplicate = error instanceof ApiError && error.status === 409;
  const dateHint = t('establishments.form.dateHint');

  return (
    <section className="page establishment-form-page">
      <h1>{existing ? t('establishments.editTitle') : t('establishments.createTitle')}</h1>
      {isDuplicate && (
        <div className="notice notice-error" role="alert">
          <p className="notice-title"><strong>{t('establishments.form.duplicateTitle')}</strong></p>
          <p>{error.message}</p>
        </div>
      )}
      {!isDuplicate && <ErrorMessage error={error} />}
      {Object.keys(localErrors).length > 0 && (
        <p className="notice notice-error" role="alert">{t('establishments.form.fixFields')}</p>
      )}
      <form className="establishment-form" onSubmit={submit} noValidate aria-label={existing ? t('establishments.editTitle') : t('establishments.createTitle')}>
        <fieldset className="editor-section">
          <legend>{t('establishments.form.identity')}</legend>
          <div className="form-grid">
            <FormField label={t('establishments.name')} error={fieldError('name')}>
              <input {...text('name')} maxLength={200} />
            </FormField>
            <FormField label={t('establishments.typeLabel')} error={fieldError('type')}>
              <select {...text('type')}>
                <option value="">{t('common.choose')}</option>
                {establishmentTypes.map((candidate) => (
                  <option key={candidate} value={candidate}>{t(`establishments.type.${candidate}`)}</option>
                ))}
              </select>
            </FormField>
            <FormField label={t('establishments.commune')} hint={t('establishments.form.communeHint')} error={fieldError('unitId')}>
              <UnitPicker value={draft.unit} onChange={set('unit')} level="commune" />
            </FormField>
            <FormField label={t('establishments.address')} error={fieldError('address')}>
              <input {...text('address')} maxLength={300} />
            </FormField>
            <FormField label={t('establishments.businessOwner')} hint={t('establishments.form.businessOwnerHint')} error={fieldError('businessOwner')}>
              <input {...text('businessOwner')} maxLength={200} />
            </FormField>
            <FormField label={t('establishments.workers')} error={fieldError('workers')}>
              <input {...text('workers')} inputMode="numeric" size={8} />
            </FormField>
          </div>
        </fieldset>
        <fieldset className="editor-section">
          <legend>{t('establishments.form.licence')}</legend>
          <div className="form-grid">
            <FormField label={t('establishments.licenceNumber')} error={fieldError('licenceNumber')}>
              <input {...text('licenceNumber')} maxLength={60} />
            </FormField>
            <FormField label={t('establishments.licenceDate')} hint={dateHint} error={fieldError('licenceDate')}>
              <input {...text('licenceDate')} inputMode="numeric" size={12} />
            </FormField>
            <FormField label={t('establishments.openedOn')} hint={dateHint} error={fieldError('openedOn')}>
              <input {...text('openedOn')} inputMode="numeric" size={12} />
            </FormField>
          </div>
        </fieldset>
        <fieldset className="editor-section">
          <legend>{t('establishments.form.statusSection')}</legend>
          <div className="form-grid">
            <FormField label={t('establishments.statusLabel')} error={fieldError('status')}>
              <select {...text('status')}>
                {establishmentStatuses.map((candidate) => (
                  <option key={candidate} value={candidate}>{t(`establishments.status.${candidate}`)}</option>
                ))}
              </select>
            </FormField>
            {draft.status === 'closed' ? (
              <FormField label={t('establishments.closedOn')} hint={dateHint} error={fieldError('closedOn')}>
                <input {...text('closedOn')} inputMode="numeric" size={12} />
              </FormField>
            ) : (
              <FormField label={t('establishments.statusChangedOn')} hint={dateHint} error={fieldError('statusChangedOn') ?? fieldError('closedOn')}>
                <input {...text('statusChangedOn')} inputMode="numeric" size={12} />
              </FormField>
            )}
            <FormField label={t('establishments.riskLabel')} error={fieldError('riskClass')}>
              <select {...text('riskClass')}>
                <option value="">{t('establishments.risk.unclassified')}</option>
                {riskClasses.map((candidate) => (
                  <option key={candidate} value={candidate}>{t(`establishments.risk.${candidate}`)}</option>
                ))}
              </select>
            </FormField>
            {draft.riskClass !== '' && (
              <FormField label={t('establishments.riskReviewedOn')} hint={dateHint} error={fieldError('riskReviewedOn')}>
                <input {...text('riskReviewedOn')} inputMode="numeric" size={12} />
              </FormField>
            )}
          </div>
          {draft.riskClass !== '' && (
            <FormField label={t('establishments.riskReason')} error={fieldError('riskReason')}>
              <textarea {...text('riskReason')} rows={3} maxLength={1000} />
            </FormField>
          )}
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={isSubmitting}>
            {existing ? t('establishments.form.saveSubmit') : t('establishments.form.createSubmit')}
          </button>
          <Link to="/activities/establishments" className="button button-quiet">{t('common.cancel')}</Link>
        </div>
      </form>
      {existing && <EstablishmentHistory id={existing.id} />}
    </section>
  );
}

const labelKeys: Record<string, string> = {
  type: 'typeLabel', status: 'statusLabel', riskClass: 'riskLabel', unitId: 'commune',
};

function EstablishmentHistory({ id }: { id: string }) {
  const { t } = useTranslation();
  const formatValue = (field: string, value: unknown) => {
    if (typeof value !== 'string') return undefined;
    if (field === 'type') return t(`establishments.type.${value}`);
    if (field === 'status') return t(`establishments.status.${value}`);
    if (field === 'riskClass') return t(`establishments.risk.${value}`);
    return undefined;
  };
  return (
    <RecordHistory type="establishment" id={id} formatValue={formatValue}
      fieldLabel={(field) => t(`establishments.${labelKeys[field] ?? field}`)} />
  );
}
