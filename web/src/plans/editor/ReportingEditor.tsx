import { useTranslation } from 'react-i18next';
import type { ReportingRule } from '../../../../core/plans/plan.ts';
import { FormField } from '../../common/FormField.tsx';
import { CellField } from './CellField.tsx';
import { newRowId, type PlanForm, type ReportingRow } from './editor-state.ts';
import type { SectionProps } from './HeaderFields.tsx';

const reportKinds: ReportingRule['kind'][] = ['monthly', 'quarterly', 'half_year', 'annual', 'phase_end', 'ad_hoc'];
type SignerKey = keyof PlanForm['signer'];

/** "Chế độ báo cáo", "Nơi nhận" and the signature block. */
export function ReportingEditor({ form, update, fieldError }: SectionProps) {
  const { t } = useTranslation();
  const rows = form.reportingRules;
  const change = (rowId: string, patch: Partial<ReportingRow>) =>
    update({ reportingRules: rows.map((row) => (row.rowId === rowId ? { ...row, ...patch } : row)) });
  const add = () => update({ reportingRules: [...rows, {
    rowId: newRowId(), kind: 'half_year', reporterDeadline: '', consolidatorDeadline: '', kept: { reporterDeadlineDate: null, recipients: [], notes: null },
  }] });
  const signerField = (key: SignerKey, hint?: string) => (
    <FormField label={t(`plans.editor.fields.${key}`)} hint={hint} error={fieldError(`content.signer.${key}`)}>
      <input data-field={`content.signer.${key}`} value={form.signer[key]} onChange={(event) => update({ signer: { ...form.signer, [key]: event.target.value } })} />
    </FormField>
  );

  return (
    <>
      <fieldset className="editor-section" data-field="content.reportingRules">
        <legend>{t('plans.editor.reportingSection')}</legend>
        {rows.length > 0 && (
          <table className="table reporting-editor">
            <thead>
              <tr>
                <th scope="col">{t('plans.editor.fields.kind')}</th>
                <th scope="col">{t('plans.editor.fields.reporterDeadline')}</th>
                <th scope="col">{t('plans.editor.fields.consolidatorDeadline')}</th>
                <th scope="col"><span className="visually-hidden">{t('common.actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => {
                const field = (name: string) => `content.reportingRules.${index}.${name}`;
                const label = (name: string) => `${t('plans.editor.reportingRow', { number: index + 1 })} – ${t(`plans.editor.fields.${name}`)}`;
                return (
                  <tr key={row.rowId}>
                    <td>
                      <CellField label={label('kind')} field={field('kind')} error={fieldError(field('kind'))}>
                        <select value={row.kind} onChange={(event) => change(row.rowId, { kind: event.target.value as ReportingRow['kind'] })}>
                          {reportKinds.map((kind) => <option key={kind} value={kind}>{t(`plans.reportKind.${kind}`)}</option>)}
                        </select>
                      </CellField>
                    </td>
                    <td>
                      <CellField label={label('reporterDeadline')} field={field('reporterDeadline')} error={fieldError(field('reporterDeadline'))}>
                        <input value={row.reporterDeadline} placeholder="dd/mm" size={6} onChange={(event) => change(row.rowId, { reporterDeadline: event.target.value })} />
                      </CellField>
                    </td>
                    <td>
                      <CellField label={label('consolidatorDeadline')} field={field('consolidatorDeadline')} error={fieldError(field('consolidatorDeadline'))}>
                        <input value={row.consolidatorDeadline} placeholder="dd/mm" size={6} onChange={(event) => change(row.rowId, { consolidatorDeadline: event.target.value })} />
                      </CellField>
                    </td>
                    <td>
                      <button type="button" className="button button-small button-quiet" onClick={() => update({ reportingRules: rows.filter((other) => other.rowId !== row.rowId) })}>
                        {t('plans.editor.remove')}<span className="visually-hidden"> {t('plans.editor.reportingRow', { number: index + 1 })}</span>
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <button type="button" className="button" onClick={add}>{t('plans.editor.addReportingRule')}</button>
        <p className="muted small">{t('plans.editor.deadlineHint')}</p>
      </fieldset>
      <fieldset className="editor-section" data-field="content.signer">
        <legend>{t('plans.editor.signatureSection')}</legend>
        <FormField label={t('plans.editor.fields.recipients')} hint={t('plans.editor.onePerLine')} error={fieldError('content.recipients')}>
          <textarea data-field="content.recipients" rows={3} value={form.recipients} onChange={(event) => update({ recipients: event.target.value })} />
        </FormField>
        <div className="form-grid form-grid-4">
          {signerField('authority', t('plans.editor.signerHint.authority'))}
          {signerField('onBehalf', t('plans.editor.signerHint.onBehalf'))}
          {signerField('position', t('plans.editor.signerHint.position'))}
          {signerField('name')}
        </div>
      </fieldset>
    </>
  );
}
