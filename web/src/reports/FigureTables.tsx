import { useTranslation } from 'react-i18next';
import type { FigureRow, FigureTable, ReportContent } from '../../../core/api/reports.ts';
import { useUiLanguage } from './ReportBadges.tsx';
import {
  computedValue, figureKey, formatFigure, groupFigureRows, readEdit, totalsWithEdits, type FigureEdit,
} from './report-format.ts';

interface FigureTablesProps {
  content: ReportContent;
  edits: Record<string, FigureEdit>;
  /** Whether the unit's own figures can be corrected now. */
  editable: boolean;
  /** Marks the problems of every input (after a save was refused for them). */
  showProblems: boolean;
  onEdit: (key: string, edit: FigureEdit) => void;
  /** Leaves out the rows of units without an accepted report (they add nothing to the totals). */
  hideMissing?: boolean;
}

/** Beyond this many rows a table scrolls within its frame, its header and totals staying in view. */
const SCROLL_ROWS = 12;

/**
 * The report's statistics, one table per subject, units as rows and figures as columns. A
 * consolidated report shows where each row comes from (an accepted report, the unit's own records,
 * or missing) and the totals; the unit's own figures can be corrected with a note while the report
 * is open. A table fed by no record of the period says so instead of showing zeros as facts.
 * When the unit's agencies report too, their rows and the units below come under a sub-heading each.
 */
export function FigureTables(props: FigureTablesProps) {
  const { t } = useTranslation();
  const { content } = props;
  if (content.tables.length === 0) return <p className="muted">{t('reports.figures.none')}</p>;
  return (
    <>
      {content.tables.map((table) => <FigureTableView key={table.key} table={table} {...props} />)}
    </>
  );
}

function FigureTableView({ table, content, edits, editable, showProblems, onEdit, hideMissing = false }: FigureTablesProps & { table: FigureTable }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const hasOwn = table.rows.some((row) => row.source === 'own');
  const canCorrect = editable && hasOwn;
  const consolidated = table.rows.length > 1 || table.rows.some((row) => row.source !== 'own');
  const totals = totalsWithEdits(content, table, edits);
  const corrections = content.corrections.filter((correction) => correction.table === table.key);
  const headingId = `figures-${table.key}`;
  const rows = hideMissing ? table.rows.filter((row) => row.source !== 'missing') : table.rows;
  const groups = groupFigureRows(rows);
  // Grouped whenever the table has agency rows at all, so hiding missing ones does not change the layout.
  const grouped = table.rows.some((row) => row.agencyId !== null && row.source !== 'own');
  // An agency's own report: its single row is the agency's.
  const ownIsAgency = table.rows.some((row) => row.agencyId !== null && row.source === 'own');
  const rowProps = { table, content, edits, showProblems, onEdit, canCorrect, consolidated, corrections };
  const groupHeading = (text: string) => (
    <tr className="figure-group-row">
      <th scope="rowgroup" colSpan={table.columns.length + 1}>{text}</th>
    </tr>
  );
  return (
    <section className="figure-table" aria-labelledby={headingId}>
      <h3 id={headingId}>{table.title}</h3>
      {table.noData && <p className="notice notice-info no-data">{t('reports.figures.noData')}</p>}
      {table.noData && canCorrect && <p className="muted small">{t('reports.figures.noDataEditable')}</p>}
      {(!table.noData || canCorrect) && (
        <div className={rows.length > SCROLL_ROWS ? 'table-scroll figures-scroll' : 'table-scroll'}>
          <table className="table stat-table figures" aria-label={table.title}>
            <thead>
              <tr>
                <th scope="col">
                  {consolidated
                    ? t(grouped ? 'reports.figures.agencyUnitAndSource' : 'reports.figures.unitAndSource')
                    : t(ownIsAgency ? 'reports.figures.agency' : 'reports.figures.unit')}
                </th>
                {table.columns.map((column) => <th key={column.key} scope="col" className="num">{column.label}</th>)}
              </tr>
            </thead>
            {!grouped && <tbody>{rows.map((row) => <FigureRowView key={rowKey(row)} row={row} {...rowProps} />)}</tbody>}
            {grouped && (
              <>
                {groups.own.length > 0 && <tbody>{groups.own.map((row) => <FigureRowView key={rowKey(row)} row={row} {...rowProps} />)}</tbody>}
                {groups.agencies.length > 0 && (
                  <tbody className="figure-group">
                    {groupHeading(t('reports.figures.groupAgencies'))}
                    {groups.agencies.map((row) => <FigureRowView key={rowKey(row)} row={row} {...rowProps} />)}
                  </tbody>
                )}
                {groups.units.length > 0 && (
                  <tbody className="figure-group">
                    {groupHeading(t('reports.figures.groupUnits'))}
                    {groups.units.map((row) => <FigureRowView key={rowKey(row)} row={row} {...rowProps} />)}
                  </tbody>
                )}
              </>
            )}
            {consolidated && (
              <tfoot>
                <tr className="total-row">
                  <th scope="row">{t('reports.figures.total')}</th>
                  {table.columns.map((column) => <td key={column.key} className="num">{formatFigure(totals[column.key], language)}</td>)}
                </tr>
              </tfoot>
            )}
          </table>
        </div>
      )}
      {!canCorrect && corrections.length > 0 && <CorrectionNotes table={table} corrections={corrections} />}
    </section>
  );
}

/** An agency's row shares its unit's id: the agency tells them apart. */
const rowKey = (row: FigureRow) => `${row.source}:${row.unitId}:${row.agencyId ?? ''}`;

/** One unit's or agency's figures; the unit's own figures are inputs while they can be corrected. */
function FigureRowView({ row, table, content, edits, showProblems, onEdit, canCorrect, consolidated, corrections }: {
  row: FigureRow;
  table: FigureTable;
  content: ReportContent;
  edits: Record<string, FigureEdit>;
  showProblems: boolean;
  onEdit: (key: string, edit: FigureEdit) => void;
  canCorrect: boolean;
  consolidated: boolean;
  corrections: ReportContent['corrections'];
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
    <tr className={row.source === 'missing' ? 'row-missing' : undefined}>
      <th scope="row">
        {row.unitName}
        {consolidated && <div><SourceBadge source={row.source} /></div>}
      </th>
      {table.columns.map((column) => {
        const key = figureKey(table.key, column.key);
        if (row.source === 'own' && canCorrect) {
          return (
            <td key={column.key} className="num">
              <FigureInput label={column.label} unitName={row.unitName} edit={edits[key]}
                computed={computedValue(content, table, column.key)} showProblems={showProblems}
                onEdit={(edit) => onEdit(key, edit)} />
            </td>
          );
        }
        const corrected = row.source === 'own' && corrections.some((correction) => correction.figure === column.key);
        return (
          <td key={column.key} className="num">
            {formatFigure(row.values[column.key], language)}
            {corrected && <sup className="corrected-mark" title={t('reports.figures.correctedMark')}>*</sup>}
          </td>
        );
      })}
    </tr>
  );
}

function SourceBadge({ source }: { source: FigureRow['source'] }) {
  const { t } = useTranslation();
  return <span className={`badge source-badge source-${source}`}>{t(`reports.figures.sourceKind.${source}`)}</span>;
}

/** The figures a unit corrected, each with the computed value and why. */
function CorrectionNotes({ table, corrections }: { table: FigureTable; corrections: ReportContent['corrections'] }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
    <ul className="correction-notes small">
      {corrections.map((correction) => {
        const label = table.columns.find((column) => column.key === correction.figure)?.label ?? correction.figure;
        return (
          <li key={correction.figure}>
            * {t('reports.figures.correctionLine', {
              figure: label, computed: formatFigure(correction.computed, language), value: formatFigure(correction.value, language),
            })} <span className="tip-text">— {correction.note}</span>
          </li>
        );
      })}
    </ul>
  );
}

/** One correctable figure: the value (computed unless corrected), the computed value under it, and the note a change needs. */
function FigureInput({ label, unitName, edit, computed, showProblems, onEdit }: {
  label: string;
  unitName: string;
  edit: FigureEdit | undefined;
  computed: number | null;
  showProblems: boolean;
  onEdit: (edit: FigureEdit) => void;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const result = readEdit(edit, computed);
  const text = edit ? edit.text : computed === null ? '' : formatFigure(computed, language);
  const note = edit?.note ?? '';
  const invalid = result.problem === 'invalid';
  const noteMissing = result.problem === 'note_required';
  return (
    <div className={['figure-input', result.changed ? 'figure-input-changed' : '', result.problem && showProblems ? 'figure-input-problem' : ''].filter(Boolean).join(' ')}>
      <input value={text} size={9} inputMode="numeric" aria-label={t('reports.figures.inputLabel', { figure: label, unit: unitName })}
        aria-invalid={invalid || undefined} onChange={(event) => onEdit({ text: event.target.value, note })} />
      <small className="muted figure-computed">{t('reports.figures.computed', { value: formatFigure(computed, language) })}</small>
      {invalid && <small className="field-error">{t('reports.figures.invalid')}</small>}
      {result.changed && !invalid && (
        <>
          <textarea rows={3} value={note} maxLength={1000} aria-label={t('reports.figures.noteLabel', { figure: label })}
            aria-invalid={(noteMissing && showProblems) || undefined} placeholder={t('reports.figures.notePlaceholder')}
            onChange={(event) => onEdit({ text, note: event.target.value })} />
          {noteMissing && <small className={showProblems ? 'field-error' : 'muted'}>{t('reports.figures.noteRequired')}</small>}
        </>
      )}
    </div>
  );
}
