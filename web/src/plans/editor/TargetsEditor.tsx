import { useTranslation } from 'react-i18next';
import { comparators, type Comparator } from '../../../../core/plans/plan.ts';
import { CellField } from './CellField.tsx';
import type { FieldDetail } from '../../api/client.ts';
import { newRowId, nextTargetKey, otherMessages, type PlanForm, type TargetRow } from './editor-state.ts';
import { IndicatorSelect } from './IndicatorSelect.tsx';

interface TargetsEditorProps {
  form: PlanForm;
  onChange: (targets: TargetRow[]) => void;
  fieldError: (field: string) => string | undefined;
  /** Every problem reported, for those of a row that belong to no cell (a duplicate key, an unknown parent target). */
  details: readonly FieldDetail[];
}

const cellFields = ['indicatorCode', 'comparator', 'value', 'valueHigh', 'periodCode', 'section', 'text', 'looserReason'];

/** The targets table: two lines per target (the measure, then the sentence as the plan words it). */
export function TargetsEditor({ form, onChange, fieldError, details }: TargetsEditorProps) {
  const { t } = useTranslation();
  const rows = form.targets;
  const change = (rowId: string, patch: Partial<TargetRow>) => onChange(rows.map((row) => (row.rowId === rowId ? { ...row, ...patch } : row)));
  const add = () => onChange([...rows, {
    rowId: newRowId(), key: nextTargetKey(rows), indicatorCode: '', comparator: 'gte', value: '', valueHigh: '',
    periodCode: form.periodCode.trim(), text: '', section: rows.at(-1)?.section ?? '', parentTargetKey: null, looserReason: '',
  }]);

  return (
    <fieldset className="editor-section" data-field="content.targets">
      <legend>{t('plans.editor.targetsSection')}</legend>
      {rows.length === 0 && <p className="muted">{t('plans.editor.noTargets')}</p>}
      {rows.length > 0 && (
        <table className="table targets-editor">
          <thead>
            <tr>
              <th scope="col" className="col-number">#</th>
              <th scope="col">{t('plans.editor.fields.indicatorCode')}</th>
              <th scope="col" className="col-comparator">{t('plans.editor.fields.comparator')}</th>
              <th scope="col" className="col-value">{t('plans.editor.fields.value')}</th>
              <th scope="col" className="col-period">{t('plans.editor.fields.periodCode')}</th>
              <th scope="col">{t('plans.editor.fields.section')}</th>
              <th scope="col" className="col-remove"><span className="visually-hidden">{t('common.actions')}</span></th>
            </tr>
          </thead>
          {rows.map((row, index) => {
            const field = (name: string) => `content.targets.${index}.${name}`;
            const label = (name: string) => `${t('plans.editor.targetRow', { number: index + 1 })} – ${t(`plans.editor.fields.${name}`)}`;
            const others = otherMessages(details, `content.targets.${index}`, cellFields);
            return (
              <tbody key={row.rowId} className="target-row" data-field={`content.targets.${index}`}>
                <tr>
                  <th scope="row" className="col-number" rowSpan={2}>{index + 1}</th>
                  <td>
                    <CellField label={label('indicatorCode')} field={field('indicatorCode')} error={fieldError(field('indicatorCode'))}>
                      <IndicatorSelect value={row.indicatorCode} onChange={(indicatorCode) => change(row.rowId, { indicatorCode })} />
                    </CellField>
                  </td>
                  <td>
                    <CellField label={label('comparator')} field={field('comparator')} error={fieldError(field('comparator'))}>
                      <select value={row.comparator} onChange={(event) => change(row.rowId, { comparator: event.target.value as Comparator })}>
                        {comparators.map((comparator) => <option key={comparator} value={comparator}>{t(`plans.comparatorName.${comparator}`)}</option>)}
                      </select>
                    </CellField>
                  </td>
                  <td>
                    <div className="value-cells">
                      <CellField label={label('value')} field={field('value')} error={fieldError(field('value'))}>
                        <input value={row.value} inputMode="decimal" size={5} onChange={(event) => change(row.rowId, { value: event.target.value })} />
                      </CellField>
                      {row.comparator === 'range' && (
                        <>
                          <span aria-hidden="true">–</span>
                          <CellField label={label('valueHigh')} field={field('valueHigh')} error={fieldError(field('valueHigh'))}>
                            <input value={row.valueHigh} inputMode="decimal" size={5} onChange={(event) => change(row.rowId, { valueHigh: event.target.value })} />
                          </CellField>
                        </>
                      )}
                    </div>
                  </td>
                  <td>
                    <CellField label={label('periodCode')} field={field('periodCode')} error={fieldError(field('periodCode'))}>
                      <input value={row.periodCode} size={9} onChange={(event) => change(row.rowId, { periodCode: event.target.value })} />
                    </CellField>
                  </td>
                  <td>
                    <CellField label={label('section')} field={field('section')} error={fieldError(field('section'))}>
                      <input value={row.section} onChange={(event) => change(row.rowId, { section: event.target.value })} />
                    </CellField>
                  </td>
                  <td className="col-remove" rowSpan={2}>
                    <button type="button" className="button button-small button-quiet" onClick={() => onChange(rows.filter((other) => other.rowId !== row.rowId))}>
                      {t('plans.editor.remove')}<span className="visually-hidden"> {t('plans.editor.targetRow', { number: index + 1 })}</span>
                    </button>
                  </td>
                </tr>
                <tr>
                  <td colSpan={row.parentTargetKey ? 3 : 5}>
                    <CellField caption={t('plans.editor.fields.text')} label={label('text')} field={field('text')} error={fieldError(field('text'))}>
                      <textarea rows={2} value={row.text} placeholder={t('plans.editor.textPlaceholder')} onChange={(event) => change(row.rowId, { text: event.target.value })} />
                    </CellField>
                    {others && <small className="field-error">{others}</small>}
                  </td>
                  {row.parentTargetKey && (
                    <td colSpan={2}>
                      <CellField caption={t('plans.editor.fields.looserReason')} label={label('looserReason')} field={field('looserReason')} error={fieldError(field('looserReason'))}>
                        <textarea rows={2} value={row.looserReason} placeholder={t('plans.editor.looserPlaceholder')} onChange={(event) => change(row.rowId, { looserReason: event.target.value })} />
                      </CellField>
                    </td>
                  )}
                </tr>
              </tbody>
            );
          })}
        </table>
      )}
      <button type="button" className="button" onClick={add}>{t('plans.editor.addTarget')}</button>
      <p className="muted small">{t('plans.editor.targetsHint')}</p>
    </fieldset>
  );
}
