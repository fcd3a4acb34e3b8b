import { useTranslation } from 'react-i18next';
import { FormField } from '../../common/FormField.tsx';
import type { PlanItemDraft } from './plan-draft.ts';

export interface AgencyOption {
  id: string;
  name: string;
}

interface PlanItemEditorProps {
  item: PlanItemDraft;
  /** The plan unit's agencies, any of which may inspect alone. */
  agencies: readonly AgencyOption[];
  onChange: (item: PlanItemDraft) => void;
  onRemove: () => void;
  fieldError: (field: 'establishmentId' | 'plannedMonth' | 'windowStart' | 'windowEnd' | 'agencyId') => string | undefined;
}

const months = Array.from({ length: 12 }, (_, index) => index + 1);

/** One planned establishment: a month or a window, and the inter-agency team or one agency. */
export function PlanItemEditor({ item, agencies, onChange, onRemove, fieldError }: PlanItemEditorProps) {
  const { t } = useTranslation();
  const change = (patch: Partial<PlanItemDraft>) => onChange({ ...item, ...patch });
  // An agency chosen before that is no longer in the unit's list stays selectable under its name.
  const options = item.agencyId && !agencies.some((agency) => agency.id === item.agencyId)
    ? [...agencies, { id: item.agencyId, name: item.agencyName ?? item.agencyId }]
    : agencies;
  return (
    <fieldset className="plan-item-editor" aria-label={item.establishmentName}>
      <legend>
        <strong>{item.establishmentName}</strong>
        {item.establishmentDetail && <span className="muted small"> — {item.establishmentDetail}</span>}
      </legend>
      {fieldError('establishmentId') && <p className="field-error" role="alert">{fieldError('establishmentId')}</p>}
      <div className="form-grid form-grid-4">
        <FormField label={t('inspections.plans.form.timeMode')}>
          <select value={item.mode} onChange={(event) => change({ mode: event.target.value as PlanItemDraft['mode'] })}>
            <option value="month">{t('inspections.plans.form.byMonth')}</option>
            <option value="window">{t('inspections.plans.form.byWindow')}</option>
          </select>
        </FormField>
        {item.mode === 'month' ? (
          <FormField label={t('inspections.plans.form.month')} error={fieldError('plannedMonth')}>
            <select value={item.plannedMonth} onChange={(event) => change({ plannedMonth: event.target.value })}>
              <option value="">{t('common.choose')}</option>
              {months.map((month) => <option key={month} value={String(month)}>{t('inspections.plans.month', { month })}</option>)}
            </select>
          </FormField>
        ) : (
          <>
            <FormField label={t('inspections.plans.form.windowStart')} hint={t('inspections.form.dateHint')} error={fieldError('windowStart') ?? fieldError('plannedMonth')}>
              <input value={item.windowStart} inputMode="numeric" size={12} onChange={(event) => change({ windowStart: event.target.value })} />
            </FormField>
            <FormField label={t('inspections.plans.form.windowEnd')} error={fieldError('windowEnd')}>
              <input value={item.windowEnd} inputMode="numeric" size={12} onChange={(event) => change({ windowEnd: event.target.value })} />
            </FormField>
          </>
        )}
        <FormField label={t('inspections.plans.form.who')} error={fieldError('agencyId')}>
          <select value={item.agencyId} onChange={(event) => {
            const agency = options.find((candidate) => candidate.id === event.target.value);
            change({ agencyId: event.target.value, agencyName: agency?.name ?? null });
          }}>
            <option value="">{t('inspections.plans.interAgency')}</option>
            {options.map((agency) => <option key={agency.id} value={agency.id}>{agency.name}</option>)}
          </select>
        </FormField>
      </div>
      <button type="button" className="button button-quiet button-small" onClick={onRemove}>{t('inspections.plans.form.remove')}</button>
    </fieldset>
  );
}
