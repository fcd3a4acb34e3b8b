import { useTranslation } from 'react-i18next';
import type { AgencyKind } from '../../../../core/agencies/agency-catalogue.ts';
import { fetchUnitAgencies } from '../../api/agencies.ts';
import { ErrorMessage } from '../../common/ErrorMessage.tsx';
import { FormField } from '../../common/FormField.tsx';
import { useApi } from '../../common/useApi.ts';
import { newRowId, type AssignmentRow } from './editor-state.ts';

interface AssignmentsEditorProps {
  /** The issuing unit, whose agencies the plan assigns. */
  unitId: string | null;
  rows: AssignmentRow[];
  onChange: (rows: AssignmentRow[]) => void;
  fieldError: (field: string) => string | undefined;
}

/** "Tổ chức thực hiện": the agency, lead or support, "đề nghị" for bodies the issuer cannot command, its duties. */
export function AssignmentsEditor({ unitId, rows, onChange, fieldError }: AssignmentsEditorProps) {
  const { t } = useTranslation();
  const agencies = useApi(unitId ? `agencies:${unitId}` : null, (signal) => fetchUnitAgencies(unitId!, signal));
  const active = agencies.data?.agencies.filter((agency) => agency.isActive) ?? [];
  const change = (rowId: string, patch: Partial<AssignmentRow>) => onChange(rows.map((row) => (row.rowId === rowId ? { ...row, ...patch } : row)));

  function chooseAgency(row: AssignmentRow, name: string) {
    const agency = active.find((candidate) => candidate.name === name);
    if (!agency) return change(row.rowId, { agencyName: name });
    change(row.rowId, {
      agencyName: agency.name, agencyKind: agency.kind as AgencyKind, isRequest: agency.isRequestOnly,
      role: agency.isLead && !rows.some((other) => other.rowId !== row.rowId && other.role === 'lead') ? 'lead' : row.role,
    });
  }

  return (
    <fieldset className="editor-section" data-field="content.assignments">
      <legend>{t('plans.editor.assignmentsSection')}</legend>
      <ErrorMessage error={agencies.error} onRetry={agencies.reload} />
      {fieldError('content.assignments') && rows.length > 0 && <p className="field-error">{fieldError('content.assignments')}</p>}
      {rows.map((row, index) => {
        const field = (name: string) => `content.assignments.${index}.${name}`;
        const known = active.some((agency) => agency.name === row.agencyName);
        return (
          <div key={row.rowId} className="editor-row" data-field={`content.assignments.${index}`}>
            <div className="editor-row-heading">
              <h3>{t('plans.editor.assignmentRow', { number: index + 1 })}</h3>
              <button type="button" className="button button-small button-quiet" onClick={() => onChange(rows.filter((other) => other.rowId !== row.rowId))}>
                {t('plans.editor.remove')}<span className="visually-hidden"> {t('plans.editor.assignmentRow', { number: index + 1 })}</span>
              </button>
            </div>
            <div className="assignment-grid">
              <FormField label={t('plans.editor.fields.agencyName')} error={fieldError(field('agencyName')) ?? fieldError(field('agencyKind'))}>
                <select value={row.agencyName} onChange={(event) => chooseAgency(row, event.target.value)}>
                  <option value="">{t('common.choose')}</option>
                  {!known && row.agencyName && <option value={row.agencyName}>{row.agencyName}</option>}
                  {active.map((agency) => <option key={agency.id} value={agency.name}>{agency.name}</option>)}
                </select>
              </FormField>
              <FormField label={t('plans.editor.fields.role')} error={fieldError(field('role'))}>
                <select value={row.role} onChange={(event) => change(row.rowId, { role: event.target.value as AssignmentRow['role'] })}>
                  <option value="lead">{t('plans.role.lead')}</option>
                  <option value="support">{t('plans.role.support')}</option>
                </select>
              </FormField>
              <label className="checkbox">
                <input type="checkbox" checked={row.isRequest} onChange={(event) => change(row.rowId, { isRequest: event.target.checked })} />
                {t('plans.editor.isRequest')}
              </label>
            </div>
            <FormField label={t('plans.editor.fields.duties')} hint={t('plans.editor.onePerLine')} error={fieldError(field('duties'))}>
              <textarea data-field={field('duties')} rows={3} value={row.duties} onChange={(event) => change(row.rowId, { duties: event.target.value })} />
            </FormField>
          </div>
        );
      })}
      <button
        type="button" className="button"
        onClick={() => onChange([...rows, { rowId: newRowId(), agencyKind: 'other', agencyName: '', role: 'support', isRequest: false, duties: '' }])}
      >
        {t('plans.editor.addAssignment')}
      </button>
    </fieldset>
  );
}
