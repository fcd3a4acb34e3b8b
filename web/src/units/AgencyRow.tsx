import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agency, AgencyUpdate } from '../../../core/api/agencies.ts';
import { updateAgency } from '../api/agencies.ts';
import { ApiError } from '../api/client.ts';
import { useErrorText } from '../common/ErrorMessage.tsx';
import { useAgencyKindLabel } from './agency-labels.ts';

interface AgencyRowProps {
  agency: Agency;
  canEdit: boolean;
  onChanged: () => void;
}

export function AgencyRow({ agency, canEdit, onChanged }: AgencyRowProps) {
  const { t } = useTranslation();
  const kindLabel = useAgencyKindLabel();
  const errorText = useErrorText();
  const [isRenaming, setRenaming] = useState(false);
  const [name, setName] = useState(agency.name);
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function change(update: AgencyUpdate) {
    setBusy(true);
    setError(null);
    try {
      await updateAgency(agency.id, update);
      setRenaming(false);
      onChanged();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  function submitRename(event: FormEvent) {
    event.preventDefault();
    void change({ name });
  }

  const nameError = error instanceof ApiError ? error.fieldMessage('name') : undefined;
  const role = agency.isLead ? 'lead' : agency.isRequestOnly ? 'requested' : 'support';

  return (
    <tr className={agency.isActive ? undefined : 'row-inactive'}>
      <td>
        {isRenaming ? (
          <form className="inline-form" onSubmit={submitRename}>
            <label className="visually-hidden" htmlFor={`agency-name-${agency.id}`}>{t('agencies.newName')}</label>
            <input
              id={`agency-name-${agency.id}`}
              value={name}
              maxLength={200}
              onChange={(event) => setName(event.target.value)}
              aria-invalid={nameError ? true : undefined}
            />
            <button type="submit" className="button button-primary" disabled={isBusy}>{t('common.save')}</button>
            <button type="button" className="button button-quiet" onClick={() => { setRenaming(false); setName(agency.name); setError(null); }}>
              {t('common.cancel')}
            </button>
          </form>
        ) : (
          agency.name
        )}
        {error !== null && <p className="field-error" role="alert">{nameError ?? errorText(error)}</p>}
      </td>
      <td>{kindLabel(agency.kind)}</td>
      <td>
        <span className={`badge badge-${role}`}>{t(`agencies.roles.${role}`)}</span>
      </td>
      <td className="nowrap">{agency.isActive ? t('agencies.active') : t('agencies.inactive')}</td>
      {canEdit && (
        <td>
          <div className="actions">
            {!isRenaming && (
              <button type="button" className="button button-small" disabled={isBusy} onClick={() => setRenaming(true)}>
                {t('agencies.rename')}<span className="visually-hidden"> – {agency.name}</span>
              </button>
            )}
            {agency.isActive && !agency.isLead && (
              <button type="button" className="button button-small" disabled={isBusy} onClick={() => void change({ isLead: true })}>
                {t('agencies.makeLead')}<span className="visually-hidden"> – {agency.name}</span>
              </button>
            )}
            {!(agency.isActive && agency.isLead) && (
              <button type="button" className="button button-small" disabled={isBusy} onClick={() => void change({ isActive: !agency.isActive })}>
                {agency.isActive ? t('agencies.deactivate') : t('agencies.reactivate')}<span className="visually-hidden"> – {agency.name}</span>
              </button>
            )}
          </div>
        </td>
      )}
    </tr>
  );
}
