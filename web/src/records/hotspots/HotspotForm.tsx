import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { hotspotKinds, hotspotStatuses } from '../../../../core/api/hotspots.ts';
import { formatDate } from '../../../../core/dates/format.ts';
import { ApiError } from '../../api/client.ts';
import { createHotspot, fetchHotspot, updateHotspot, type Hotspot } from '../../api/hotspots.ts';
import { useCurrentUser } from '../../auth/session-context.ts';
import { ErrorMessage, Loading } from '../../common/ErrorMessage.tsx';
import { FormField } from '../../common/FormField.tsx';
import { useApi } from '../../common/useApi.ts';
import { UnitPicker } from '../../users/UnitPicker.tsx';
import { RecordHistory } from '../RecordHistory.tsx';
import {
  changes, draftOf, emptyDraft, readDraft, type DraftMessages, type HotspotDraft, type HotspotFieldErrors, type HotspotValues,
} from './hotspot-draft.ts';
import { WatchVisits } from './WatchVisits.tsx';

/** /activities/hotspots/new and /activities/hotspots/:id/edit. */
export function HotspotFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const user = useCurrentUser();
  const existing = useApi(id ? `hotspot:${id}` : null, (signal) => fetchHotspot(id!, signal));
  const [notice, setNotice] = useState('');
  if (!id) {
    const ownCommune = user.unit && user.unit.level === 'commune' ? { id: user.unit.id, name: user.unit.name } : null;
    return <HotspotForm initial={emptyDraft(ownCommune)} />;
  }
  const data = existing.data;
  return (
    <>
      {existing.isLoading && <section className="page"><Loading /></section>}
      {existing.error ? <section className="page"><h1>{t('hotspots.editTitle')}</h1><ErrorMessage error={existing.error} onRetry={existing.reload} /></section> : null}
      {data && (
        // A watch visit may change the record (a re-formed hotspot is active again): the form starts again from it.
        <HotspotForm key={`${data.id}:${data.updatedAt}:${data.watchVisits.length}`} existing={data} initial={draftOf(data)}
          notice={notice} onVisitRecorded={(message) => { setNotice(message); existing.reload(); }} />
      )}
    </>
  );
}

interface HotspotFormProps {
  existing?: Hotspot;
  initial: HotspotDraft;
  notice?: string;
  onVisitRecorded?: (message: string) => void;
}

/** Creates or edits one hotspot; the server's rules come back under the fields they concern. */
export function HotspotForm({ existing, initial, notice, onVisitRecorded }: HotspotFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<HotspotDraft>(initial);
  const [localErrors, setLocalErrors] = useState<HotspotFieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [isSubmitting, setSubmitting] = useState(false);
  const set = <K extends keyof HotspotDraft>(key: K) => (value: HotspotDraft[K]) => setDraft((previous) => ({ ...previous, [key]: value }));
  const text = (key: Exclude<keyof HotspotDraft, 'unit'>) => ({
    value: draft[key],
    onChange: (event: { target: { value: string } }) => set(key)(event.target.value),
  });
  const messages: DraftMessages = {
    required: t('hotspots.form.required'),
    dateInvalid: t('hotspots.form.dateInvalid'),
    coordinateInvalid: t('hotspots.form.coordinateInvalid'),
    coordinatePair: t('hotspots.form.coordinatePair'),
    eliminatedOnRequired: t('hotspots.form.eliminatedOnRequired'),
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const { values, errors } = readDraft(draft, messages);
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) return;
    setSubmitting(true);
    try {
      if (existing) {
        const update = changes(readDraft(initial, messages).values, values);
        if (Object.keys(update).length > 0) await updateHotspot(existing.id, update);
        void navigate('/activities/hotspots', { state: { notice: t('hotspots.saved', { address: values.address }) } });
      } else {
        await createHotspot(values);
        void navigate('/activities/hotspots', { state: { notice: t('hotspots.added', { address: values.address }) } });
      }
    } catch (caught) {
      setError(caught);
      setSubmitting(false);
      window.scrollTo({ top: 0 });
    }
  }

  const fieldError = (field: keyof HotspotValues) => localErrors[field] ?? (error instanceof ApiError ? error.fieldMessage(field) : undefined);
  const dateHint = t('hotspots.form.dateHint');
  const title = existing ? t('hotspots.editTitle') : t('hotspots.createTitle');

  return (
    <section className="page hotspot-form-page">
      <h1>{title}</h1>
      <p className="notice notice-info">{t('hotspots.placesNotPeople')}</p>
      {notice && <p className="notice notice-success" role="status">{notice}</p>}
      <ErrorMessage error={error} />
      {Object.keys(localErrors).length > 0 && <p className="notice notice-error" role="alert">{t('hotspots.form.fixFields')}</p>}
      <form className="hotspot-form" onSubmit={submit} noValidate aria-label={title}>
        <fieldset className="editor-section">
          <legend>{t('hotspots.form.place')}</legend>
          <div className="form-grid">
            <FormField label={t('hotspots.commune')} hint={t('hotspots.form.communeHint')} error={fieldError('unitId')}>
              <UnitPicker value={draft.unit} onChange={set('unit')} level="commune" />
            </FormField>
            <FormField label={t('hotspots.address')} hint={t('hotspots.form.addressHint')} error={fieldError('address')}>
              <input {...text('address')} maxLength={300} />
            </FormField>
            <FormField label={t('hotspots.kindLabel')} error={fieldError('kind')}>
              <select {...text('kind')}>
                {hotspotKinds.map((candidate) => (
                  <option key={candidate} value={candidate}>{t(`hotspots.kind.${candidate}`)}</option>
                ))}
              </select>
            </FormField>
            <FormField label={t('hotspots.latitude')} hint={t('hotspots.form.coordinatesHint')} error={fieldError('latitude')}>
              <input {...text('latitude')} inputMode="decimal" />
            </FormField>
            <FormField label={t('hotspots.longitude')} error={fieldError('longitude')}>
              <input {...text('longitude')} inputMode="decimal" />
            </FormField>
            <FormField label={t('hotspots.identifiedOn')} hint={dateHint} error={fieldError('identifiedOn')}>
              <input {...text('identifiedOn')} inputMode="numeric" size={12} />
            </FormField>
          </div>
          <FormField label={t('hotspots.description')} hint={t('hotspots.form.descriptionHint')} error={fieldError('description')}>
            <textarea {...text('description')} rows={3} maxLength={2000} />
          </FormField>
        </fieldset>
        <fieldset className="editor-section">
          <legend>{t('hotspots.form.statusSection')}</legend>
          <div className="form-grid">
            <FormField label={t('hotspots.statusLabel')} error={fieldError('status')}>
              <select {...text('status')}>
                {hotspotStatuses.map((candidate) => (
                  <option key={candidate} value={candidate}>{t(`hotspots.status.${candidate}`)}</option>
                ))}
              </select>
            </FormField>
            {draft.status === 'eliminated' ? (
              <FormField label={t('hotspots.eliminatedOn')} hint={dateHint} error={fieldError('eliminatedOn')}>
                <input {...text('eliminatedOn')} inputMode="numeric" size={12} />
              </FormField>
            ) : (
              <FormField label={t('hotspots.statusChangedOn')} hint={dateHint} error={fieldError('statusChangedOn') ?? fieldError('eliminatedOn')}>
                <input {...text('statusChangedOn')} inputMode="numeric" size={12} />
              </FormField>
            )}
          </div>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={isSubmitting}>
            {existing ? t('hotspots.form.saveSubmit') : t('hotspots.form.createSubmit')}
          </button>
          <Link to="/activities/hotspots" className="button button-quiet">{t('common.cancel')}</Link>
        </div>
      </form>
      {existing && <WatchVisits item={existing} onRecorded={(message) => onVisitRecorded?.(message)} />}
      {existing && <HotspotHistory id={existing.id} />}
    </section>
  );
}

const labelKeys: Record<string, string> = {
  unitId: 'commune', kind: 'kindLabel', status: 'statusLabel',
};

function HotspotHistory({ id }: { id: string }) {
  const { t } = useTranslation();
  const formatValue = (field: string, value: unknown): string | undefined => {
    if (field === 'kind' && typeof value === 'string') return t(`hotspots.kind.${value}`);
    if (field === 'status' && typeof value === 'string') return t(`hotspots.status.${value}`);
    // Coordinates keep all their decimals (the default number format rounds to three).
    if ((field === 'latitude' || field === 'longitude') && typeof value === 'number') return String(value);
    if (field === 'watchVisit' && typeof value === 'object' && value !== null) {
      const visit = value as { visitedOn?: string; reformed?: boolean; notes?: string | null };
      const finding = visit.reformed ? t('hotspots.reformedYes') : t('hotspots.reformedNo');
      return [visit.visitedOn ? formatDate(visit.visitedOn) : '', finding, visit.notes ?? ''].filter(Boolean).join(' · ');
    }
    return undefined;
  };
  return (
    <RecordHistory type="hotspot" id={id} formatValue={formatValue}
      fieldLabel={(field) => t(`hotspots.${labelKeys[field] ?? field}`)} />
  );
}
