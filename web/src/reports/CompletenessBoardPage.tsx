import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDate } from '../../../core/dates/format.ts';
import { ErrorMessage, Loading } from '../common/ErrorMessage.tsx';
import { FormField } from '../common/FormField.tsx';
import { useApi } from '../common/useApi.ts';
import { formatMoment } from '../tips/tip-format.ts';
import { ReportStatusBadge, TimelinessBadge, useUiLanguage } from './ReportBadges.tsx';
import { formatShare, periodNameOf } from './report-format.ts';
import { fetchBoard, type CompletenessBoard } from './reports-api.ts';
import './reports.css';

type Row = CompletenessBoard['rows'][number];
type Kind = 'agency' | 'unit';
const timelinessOrder: readonly Row['timeliness'][] = ['missing', 'late', 'not_due', 'on_time'];
const kindOf = (row: Row): Kind => (row.agencyName !== null ? 'agency' : 'unit');
/** An agency's row names the agency; a unit's, the unit. */
const nameOf = (row: Row) => row.agencyName ?? row.unitName;

/**
 * /reports/requests/:id: the consolidator's board for one request: how many reports are expected,
 * submitted and on time (with the shares), and every unit's report with its status, timeliness and
 * dates, missing and late ones first; the link to the consolidated report. When the unit's agencies
 * report too, a column says which rows are agencies and which units below, and a filter picks one.
 */
export function CompletenessBoardPage() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { id = '' } = useParams();
  const board = useApi(`report-board:${id}`, (signal) => fetchBoard(id, signal));
  const [only, setOnly] = useState<Row['timeliness'] | ''>('');
  const [onlyKind, setOnlyKind] = useState<Kind | ''>('');

  if (!board.data) {
    return (
      <section className="page report-board-page">
        <p className="breadcrumb"><Link to="/reports">{t('reports.back')}</Link></p>
        {board.isLoading && <Loading />}
        <ErrorMessage error={board.error} onRetry={board.reload} />
      </section>
    );
  }
  const data = board.data;
  const periodName = periodNameOf(data.periodCode, language);
  const agencyRows = data.rows.filter((row) => kindOf(row) === 'agency').length;
  const kindCounts: Record<Kind, number> = { agency: agencyRows, unit: data.rows.length - agencyRows };
  const mixed = kindCounts.agency > 0;
  // Missing and late first; within a state, the unit's agencies before the units below, then by name.
  const rows = [...data.rows]
    .filter((row) => (!only || row.timeliness === only) && (!onlyKind || kindOf(row) === onlyKind))
    .sort((a, b) => timelinessOrder.indexOf(a.timeliness) - timelinessOrder.indexOf(b.timeliness)
      || Number(kindOf(b) === 'agency') - Number(kindOf(a) === 'agency')
      || nameOf(a).localeCompare(nameOf(b), 'vi'));
  const counts = Object.fromEntries(timelinessOrder.map((state) => [state, data.rows.filter((row) => row.timeliness === state).length]));

  return (
    <section className="page report-board-page">
      <p className="breadcrumb"><Link to="/reports">{t('reports.back')}</Link></p>
      <h1>{t('reports.board.title')}</h1>
      <p className="report-board-subtitle">
        <strong>{data.title}</strong>
        {periodName && <span className="muted"> · {periodName}</span>}
      </p>
      <dl className="facts facts-wide report-facts">
        <dt>{t('reports.board.reporterDeadline')}</dt>
        <dd>{formatDate(data.reporterDeadline)}</dd>
        <dt>{t('reports.board.consolidatorDeadline')}</dt>
        <dd>{data.consolidatorDeadline ? formatDate(data.consolidatorDeadline) : '—'}</dd>
      </dl>
      <div className="board-figures" role="group" aria-label={t('reports.board.summary')}>
        <BoardFigure label={t('reports.board.expected')} value={String(data.expected)} />
        <BoardFigure label={t('reports.board.submitted')} value={String(data.submitted)}
          share={data.completeShare} shareText={t('reports.board.completeShare', { share: formatShare(data.completeShare, language) })} />
        <BoardFigure label={t('reports.board.onTime')} value={String(data.onTime)}
          share={data.onTimeShare} shareText={t('reports.board.onTimeShare', { share: formatShare(data.onTimeShare, language) })} />
      </div>
      <p className="form-actions">
        {data.consolidatedReportId
          ? <Link className="button button-primary" to={`/reports/${data.consolidatedReportId}`}>{t('reports.board.openConsolidated')}</Link>
          : <span className="muted">{t('reports.board.noConsolidated')}</span>}
      </p>
      {data.rows.length === 0 && <p className="muted">{t('reports.board.none')}</p>}
      {data.rows.length > 0 && (
        <>
          <form className="filters" role="search" aria-label={t('reports.board.filter')} onSubmit={(event) => event.preventDefault()}>
            <FormField label={t('reports.board.show')}>
              <select value={only} onChange={(event) => setOnly(event.target.value as Row['timeliness'] | '')}>
                <option value="">{t('reports.board.all', { count: data.rows.length })}</option>
                {timelinessOrder.map((state) => (
                  <option key={state} value={state}>{t(`reports.timeliness.${state}`)} ({counts[state]})</option>
                ))}
              </select>
            </FormField>
            {mixed && (
              <FormField label={t('reports.board.kind')}>
                <select value={onlyKind} onChange={(event) => setOnlyKind(event.target.value as Kind | '')}>
                  <option value="">{t('reports.board.allKinds')}</option>
                  {(['agency', 'unit'] as const).map((kind) => (
                    <option key={kind} value={kind}>{t(`reports.reporterKind.${kind}`)} ({kindCounts[kind]})</option>
                  ))}
                </select>
              </FormField>
            )}
          </form>
          <div className="table-scroll">
            <table className="table board-table" aria-label={t('reports.board.tableLabel')}>
              <thead>
                <tr>
                  <th scope="col">{mixed ? t('reports.board.unitOrAgency') : t('reports.board.unit')}</th>
                  {mixed && <th scope="col">{t('reports.board.kind')}</th>}
                  <th scope="col">{t('reports.board.status')}</th>
                  <th scope="col">{t('reports.board.timeliness')}</th>
                  <th scope="col">{t('reports.board.submittedAt')}</th>
                  <th scope="col">{t('reports.board.acceptedAt')}</th>
                  <th scope="col">{t('reports.board.report')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.reportId} className={row.timeliness === 'missing' ? 'row-overdue' : undefined}>
                    <th scope="row">{nameOf(row)}</th>
                    {mixed && <td><span className={`badge reporter-kind reporter-kind-${kindOf(row)}`}>{t(`reports.reporterKind.${kindOf(row)}`)}</span></td>}
                    <td><ReportStatusBadge status={row.status} /></td>
                    <td><TimelinessBadge timeliness={row.timeliness} /></td>
                    <td className="nowrap">{row.submittedAt ? formatMoment(row.submittedAt) : '—'}</td>
                    <td className="nowrap">{row.acceptedAt ? formatMoment(row.acceptedAt) : '—'}</td>
                    <td className="nowrap">
                      <Link to={`/reports/${row.reportId}`} aria-label={t('reports.board.openReportOf', { unit: nameOf(row) })}>
                        {row.status === 'submitted' ? t('reports.board.review') : t('reports.board.open')}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

/** One count with, when it has one, its share of the expected reports drawn as a bar. */
function BoardFigure({ label, value, share, shareText }: { label: string; value: string; share?: number | null; shareText?: string }) {
  return (
    <div className="board-figure">
      <span className="board-figure-label">{label}</span>
      <span className="overview-count">{value}</span>
      {shareText && (
        <>
          <span className="small">{shareText}</span>
          {share !== null && share !== undefined && (
            <span className="share-bar" aria-hidden="true">
              <span className="share-fill" style={{ width: `${Math.min(100, Math.max(0, share))}%` }} />
            </span>
          )}
        </>
      )}
    </div>
  );
}
