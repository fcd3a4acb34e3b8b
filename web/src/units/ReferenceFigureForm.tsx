import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferenceFigureSet } from '../../../core/api/reference-figures.ts';
import { formatDateTime } from '../../../core/dates/format.ts';
import { referenceFigureKinds, type ReferenceFigureKind } from '../../../core/indicators/indicator.ts';
import { formatNumber } from '../../../core/indicators/measurement.ts';
import { referenceFigureLabels } from '../../../core/indicators/reference-figure-labels.ts';
import { putReferenceFigures } from '../api/reference-figures.ts';
import { ApiError } from '../api/client.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { currentLanguage, type Language } from '../i18n/i18n.ts';

type Drafts = Record<ReferenceFigureKind, string>;

const toDrafts = (set: ReferenceFigureSet): Drafts =>
  Object.fromEntries(referenceFigureKinds.map((kind) => [kind, set.figures[kind] === null ? '' : String(set.figures[kind])])) as Drafts;

/**
 * What the user typed, for the server: empty removes the figure; digits (with the language's
 * thousands separator, '1.000' / '1,000') become a number; anything else is sent as typed so
 * the server's message says what is wrong with it.
 */
function toValue(text: string, language: Language): number | string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const compact = trimmed.replace(/\s/g, '');
  const group = language === 'vi' ? '.' : ',';
  const decimalMark = language === 'vi' ? ',' : '.';
  const grouped = new RegExp(`^-?\\d{1,3}(\\${group}\\d{3})+$`).test(compact);
  const plain = grouped ? compact.split(group).join('') : compact.replace(decimalMark, '.');
  return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : trimmed;
}

interface ReferenceFigureFormProps {
  unitId: string;
  initial: ReferenceFigureSet;
  canEdit: boolean;
}

/** The table of kinds for one year; editors change values and save only what changed. */
export function ReferenceFigureForm({ unitId, initial, canEdit }: ReferenceFigureFormProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [saved, setSaved] = useState(initial);
  const [drafts, setDrafts] = useState(() => toDrafts(initial));
  const [error, setError] = useState<unknown>(null);
  const [isSaving, setSaving] = useState(false);
  const [justSaved, setJustSaved] = useState(false);

  const changedKinds = referenceFigureKinds.filter((kind) => toValue(drafts[kind], language) !== saved.figures[kind]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (changedKinds.length === 0) return;
    setSaving(true);
    setError(null);
    setJustSaved(false);
    try {
      const figures = Object.fromEntries(changedKinds.map((kind) => [kind, toValue(drafts[kind], language)]));
      const result = await putReferenceFigures(unitId, saved.year, figures);
      setSaved(result);
      setDrafts(toDrafts(result));
      setJustSaved(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  }

  const apiError = error instanceof ApiError ? error : null;
  const kindFields = new Set(referenceFigureKinds.map((kind) => `figures.${kind}`));
  const otherDetails = apiError ? apiError.details.filter((detail) => !kindFields.has(detail.field)) : [];
  const shown = (value: number | null) => (value === null ? t('referenceFigures.notDeclared') : formatNumber(value, language));

  return (
    <form onSubmit={submit} noValidate aria-label={t('referenceFigures.formLabel', { year: saved.year })}>
      <table className="table reference-figures-table">
        <thead>
          <tr>
            <th scope="col">{t('referenceFigures.kind')}</th>
            <th scope="col">{t('referenceFigures.value')}</th>
            <th scope="col">{t('referenceFigures.updatedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {referenceFigureKinds.map((kind) => {
            const label = referenceFigureLabels[kind][language];
            const fieldError = apiError?.fieldMessage(`figures.${kind}`);
            const updatedAt = saved.updatedAt[kind];
            return (
              <tr key={kind}>
                <th scope="row">
                  {canEdit ? <label htmlFor={`reference-figure-${kind}`}>{label}</label> : label}
                </th>
                <td>
                  {canEdit ? (
                    <>
                      <input
                        id={`reference-figure-${kind}`}
                        inputMode="numeric"
                        size={12}
                        autoComplete="off"
                        value={drafts[kind]}
                        placeholder={t('referenceFigures.notDeclared')}
                        onChange={(event) => setDrafts({ ...drafts, [kind]: event.target.value })}
                        aria-invalid={fieldError ? true : undefined}
                        aria-describedby={fieldError ? `reference-figure-${kind}-error` : undefined}
                      />
                      {fieldError && <p id={`reference-figure-${kind}-error`} className="field-error">{fieldError}</p>}
                    </>
                  ) : (
                    <span className={saved.figures[kind] === null ? 'muted' : undefined}>{shown(saved.figures[kind])}</span>
                  )}
                </td>
                <td className="nowrap">{updatedAt ? formatDateTime(new Date(updatedAt)) : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ErrorMessage error={error} />
      {otherDetails.length > 0 && (
        <ul className="field-error">
          {otherDetails.map((detail) => <li key={`${detail.field}:${detail.message}`}>{detail.message}</li>)}
        </ul>
      )}
      {justSaved && <p className="notice notice-success" role="status">{t('referenceFigures.saved', { year: saved.year })}</p>}
      {canEdit && (
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={isSaving || changedKinds.length === 0}>
            {t('referenceFigures.save')}
          </button>
          <span className="muted">{changedKinds.length === 0 ? t('referenceFigures.noChanges') : t('referenceFigures.hint')}</span>
        </div>
      )}
    </form>
  );
}
