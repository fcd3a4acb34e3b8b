import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { TargetStatusChip } from '../plans/StatusChips.tsx';
import { ErrorMessage, Loading } from '../common/ErrorMessage.tsx';
import { useApi } from '../common/useApi.ts';
import { formatMoment } from '../tips/tip-format.ts';
import { FigureTables } from './FigureTables.tsx';
import { PeriodText, ReportDeadline, ReportStatusBadge, useUiLanguage } from './ReportBadges.tsx';
import { ReportActions, type NarrativeDraft } from './ReportActions.tsx';
import { ReportEvents } from './ReportEvents.tsx';
import { correctionsOf, editsFromContent, formatDay, reporterLineOf, reporterNameOf, type FigureEdit } from './report-format.ts';
import { fetchReport, reportAnnexUrl, reportDocumentUrl, type Report } from './reports-api.ts';
import './reports.css';

/**
 * /reports/:id: one report. While its unit may edit it, the narrative sections are text areas and
 * the unit's own figures can be corrected with a note; the figures are computed live until the
 * report is submitted. Reviewers accept or return a submitted report. Downloads of the .docx
 * report and the .xlsx annex, and the history of submissions and reviews. An agency's report
 * (e.g. the province's police reporting to the province) names the agency and lists its duties in
 * the plan, which its narrative reports against.
 */
export function ReportPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const loaded = useApi(`report:${id}`, (signal) => fetchReport(id, signal));
  // The report as an action left it, until the page loads it again.
  const [changed, setChanged] = useState<{ report: Report; notice: string } | null>(null);
  const report = changed?.report.id === id ? changed.report : loaded.data;
  const reload = () => {
    setChanged(null);
    loaded.reload();
  };

  if (!report) {
    return (
      <section className="page report-page">
        <p className="breadcrumb"><Link to="/reports">{t('reports.back')}</Link></p>
        {loaded.isLoading && <Loading />}
        <ErrorMessage error={loaded.error} onRetry={loaded.reload} />
      </section>
    );
  }
  return (
    <ReportEditor
      // A new version or status starts the form again from what the server holds.
      key={`${report.id}:${report.version}:${report.status}`}
      report={report}
      notice={changed?.report.id === id ? changed.notice : ''}
      onChanged={(next, notice) => setChanged({ report: next, notice })}
      onReload={reload}
    />
  );
}

function ReportEditor({ report, notice, onChanged, onReload }: {
  report: Report;
  notice: string;
  onChanged: (report: Report, notice: string) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { content } = report;
  const editable = report.canEdit;
  const [narrative, setNarrative] = useState<NarrativeDraft>(() => ({ ...content.narrative }));
  const [edits, setEdits] = useState<Record<string, FigureEdit>>(() => editsFromContent(content, language));
  const [showProblems, setShowProblems] = useState(false);
  const [isDirty, setDirty] = useState(false);
  const [hideMissing, setHideMissing] = useState(false);

  // Closing the tab or reloading with unsaved text asks first: reports are long to type.
  useEffect(() => {
    if (!isDirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isDirty]);

  const setSection = (section: keyof NarrativeDraft, value: string) => {
    setNarrative((previous) => ({ ...previous, [section]: value }));
    setDirty(true);
  };
  const onEdit = (key: string, edit: FigureEdit) => {
    setEdits((previous) => ({ ...previous, [key]: edit }));
    setDirty(true);
  };
  const { corrections, problems } = correctionsOf(content, edits);
  const lastReturn = [...report.events].reverse().find((event) => event.action === 'return');

  return (
    <section className="page report-page">
      <p className="breadcrumb"><Link to="/reports">{t('reports.back')}</Link></p>
      <h1>{report.title}</h1>
      {report.agencyName && <p className="report-owner">{reporterLineOf(report)}</p>}
      <p className="tip-status-line">
        <ReportStatusBadge status={report.status} />
        <span className={`badge report-role report-role-${report.role}`}>{t(`reports.role.${report.role}`)}</span>
        <span className="muted">{t('reports.page.version', { version: report.version })}</span>
      </p>
      {notice && <p className="notice notice-success" role="status">{notice}</p>}
      <dl className="facts facts-wide report-facts">
        <dt>{report.agencyName ? t('reports.page.agency') : t('reports.page.unit')}</dt>
        <dd>{reporterNameOf(report)}</dd>
        <dt>{t('reports.page.issuer')}</dt>
        <dd>{report.issuerUnitName}</dd>
        <dt>{t('reports.page.period')}</dt>
        <dd><PeriodText report={report} /></dd>
        <dt>{t('reports.page.deadline')}</dt>
        <dd><ReportDeadline report={report} /></dd>
        {report.submittedAt && (
          <>
            <dt>{t('reports.page.submittedAt')}</dt>
            <dd>{formatMoment(report.submittedAt)}</dd>
          </>
        )}
        {report.acceptedAt && (
          <>
            <dt>{t('reports.page.acceptedAt')}</dt>
            <dd>{formatMoment(report.acceptedAt)}</dd>
          </>
        )}
      </dl>
      <StateNotice report={report} lastReturnComment={report.status === 'returned' ? lastReturn?.comment ?? null : null} />
      {report.instructions && (
        <section className="report-section" aria-labelledby="report-instructions-heading">
          <h2 id="report-instructions-heading">{t('reports.page.instructions')}</h2>
          <div className="tip-text">{report.instructions}</div>
        </section>
      )}
      <p className="form-actions report-links">
        <a className="button" href={reportDocumentUrl(report.id)} download>{t('reports.download.docx')}</a>
        <a className="button" href={reportAnnexUrl(report.id)} download>{t('reports.download.xlsx')}</a>
        {report.role === 'consolidator' && (
          <Link className="button" to={`/reports/requests/${report.requestId}`}>{t('reports.page.board')}</Link>
        )}
      </p>
      {/* The Vietnamese files are the official ones; the English are courtesy translations. */}
      <p className="muted small report-translations">
        {t('reports.download.english')}{' '}
        <a href={`${reportDocumentUrl(report.id)}?lang=en`} download aria-label={`${t('reports.download.english')} .docx`}>.docx</a>{' · '}
        <a href={`${reportAnnexUrl(report.id)}?lang=en`} download aria-label={`${t('reports.download.english')} .xlsx`}>.xlsx</a>
      </p>
      {editable && isDirty && <p className="muted small">{t('reports.download.unsavedHint')}</p>}

      {content.duties.length > 0 && (
        <section className="report-section report-duties" aria-labelledby="report-duties-heading">
          <h2 id="report-duties-heading">{t('reports.page.duties')}</h2>
          <ol className="duty-list">
            {content.duties.map((duty, index) => <li key={index} className="tip-text">{duty}</li>)}
          </ol>
          {editable && <p className="muted small">{t('reports.page.dutiesHint')}</p>}
        </section>
      )}

      <section className="report-section" aria-labelledby="report-narrative-heading">
        <h2 id="report-narrative-heading">{t('reports.narrative.title')}</h2>
        {(['results', 'difficulties', 'proposals'] as const).map((section) => (
          <NarrativeField key={section} section={section} value={narrative[section]} editable={editable}
            onChange={(value) => setSection(section, value)} />
        ))}
      </section>

      <section className="report-section" aria-labelledby="report-figures-heading">
        <h2 id="report-figures-heading">{t('reports.figures.title')}</h2>
        <p className="muted small">
          {editable
            ? t('reports.figures.liveHint', { at: formatMoment(content.computedAt) })
            : t('reports.figures.frozenHint', { at: formatMoment(content.computedAt) })}
        </p>
        {report.role === 'consolidator' && <MissingUnits content={content} />}
        {content.missingUnits.length > 0 && (
          <label className="checkbox">
            <input type="checkbox" checked={hideMissing} onChange={(event) => setHideMissing(event.target.checked)} />
            {t(hasMissingAgencies(content) ? 'reports.figures.hideMissingMixed' : 'reports.figures.hideMissing', { count: content.missingUnits.length })}
          </label>
        )}
        <FigureTables content={content} edits={edits} editable={editable} showProblems={showProblems} onEdit={onEdit} hideMissing={hideMissing} />
      </section>

      <section className="report-section" aria-labelledby="report-targets-heading">
        <h2 id="report-targets-heading">{t('reports.targets.title')}</h2>
        <TargetsTable targets={content.targets} />
      </section>

      <ReportActions report={report} narrative={narrative} corrections={corrections} problems={problems} isDirty={isDirty}
        showProblems={showProblems} onProblems={() => setShowProblems(true)}
        onChanged={(next, message) => { setDirty(false); onChanged(next, message); }} onReload={onReload} />
      <ReportEvents events={report.events} />
    </section>
  );
}

/** Why the report can or cannot be edited now, in one line. */
function StateNotice({ report, lastReturnComment }: { report: Report; lastReturnComment: string | null }) {
  const { t } = useTranslation();
  if (report.status === 'accepted') {
    const text = report.acceptedAt ? t('reports.state.accepted', { date: formatDay(report.acceptedAt) }) : t('reports.state.acceptedNoDate');
    return <p className="notice notice-success report-locked">{text}</p>;
  }
  if (report.status === 'submitted') {
    const text = report.submittedAt ? t('reports.state.submitted', { date: formatDay(report.submittedAt) }) : t('reports.state.submittedNoDate');
    return <p className="notice notice-info report-locked">{text}</p>;
  }
  if (report.status === 'returned') {
    return (
      <div className="notice notice-error report-returned" role="note">
        <div>
          <p className="notice-title">{t('reports.state.returned')}</p>
          {lastReturnComment && <p className="tip-text">{lastReturnComment}</p>}
        </div>
      </div>
    );
  }
  if (!report.canEdit) return <p className="notice notice-info">{t('reports.state.readOnly')}</p>;
  return null;
}

function NarrativeField({ section, value, editable, onChange }: {
  section: 'results' | 'difficulties' | 'proposals';
  value: string;
  editable: boolean;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const id = `narrative-${section}`;
  const label = t(`reports.narrative.${section}`);
  if (!editable) {
    return (
      <div className="narrative-section">
        <h3 id={id}>{label}</h3>
        {value.trim() ? <div className="tip-text narrative-text" aria-labelledby={id}>{value}</div> : <p className="muted">{t('reports.narrative.empty')}</p>}
      </div>
    );
  }
  return (
    <div className="field narrative-section">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={section === 'results' ? 10 : 5} value={value} maxLength={section === 'results' ? 50_000 : 20_000}
        aria-describedby={`${id}-hint`} onChange={(event) => onChange(event.target.value)} />
      <small id={`${id}-hint`} className="field-hint">{t(`reports.narrative.${section}Hint`)}</small>
    </div>
  );
}

const hasMissingAgencies = (content: Report['content']) => content.missingUnits.some((unit) => unit.agencyId !== null);

/**
 * For a consolidated report: the units below and the unit's agencies whose accepted report is
 * missing, so their figures are not in the totals. Agencies come first, tagged as such.
 */
function MissingUnits({ content }: { content: Report['content'] }) {
  const { t } = useTranslation();
  const count = content.missingUnits.length;
  if (count === 0) return <p className="notice notice-success">{t('reports.missing.none')}</p>;
  const mixed = hasMissingAgencies(content);
  const ordered = [...content.missingUnits.filter((unit) => unit.agencyId !== null), ...content.missingUnits.filter((unit) => unit.agencyId === null)];
  return (
    <div className="notice notice-error missing-units" role="note" aria-labelledby="missing-units-heading">
      <div>
        <p className="notice-title" id="missing-units-heading">{t(mixed ? 'reports.missing.titleMixed' : 'reports.missing.title', { count })}</p>
        {/* A province may wait for a hundred communes: the names fold away once there are many. */}
        <details open={count <= 10}>
          <summary>{t(mixed ? 'reports.missing.listMixed' : 'reports.missing.list', { count })}</summary>
          <ul className="plain-list missing-list">
            {ordered.map((unit) => (
              <li key={`${unit.unitId}:${unit.agencyId ?? ''}`}>
                {unit.unitName}
                {unit.agencyId !== null && <> <span className="badge reporter-kind">{t('reports.reporterKind.agency')}</span></>}
              </li>
            ))}
          </ul>
        </details>
      </div>
    </div>
  );
}

function TargetsTable({ targets }: { targets: Report['content']['targets'] }) {
  const { t } = useTranslation();
  if (targets.length === 0) return <p className="muted">{t('reports.targets.none')}</p>;
  return (
    <div className="table-scroll">
      <table className="table targets-table" aria-label={t('reports.targets.title')}>
        <thead>
          <tr>
            <th scope="col">{t('reports.targets.target')}</th>
            <th scope="col">{t('reports.targets.goal')}</th>
            <th scope="col">{t('reports.targets.result')}</th>
            <th scope="col">{t('reports.targets.status')}</th>
          </tr>
        </thead>
        <tbody>
          {targets.map((target) => (
            <tr key={target.key}>
              <td>
                <span className="progress-text">{target.text}</span>
                <span className="progress-meta">{target.indicatorName}</span>
              </td>
              <td className="progress-goal">{target.target}</td>
              <td className="progress-display">{target.result}</td>
              <td><TargetStatusChip status={target.status} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
