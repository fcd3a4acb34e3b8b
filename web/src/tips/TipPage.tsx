import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { formatDate } from '../../../core/dates/format.ts';
import { ErrorMessage, Loading } from '../common/ErrorMessage.tsx';
import { useApi } from '../common/useApi.ts';
import { DeadlineBadge } from './DeadlineBadge.tsx';
import { ReporterPanel } from './ReporterPanel.tsx';
import { TipActions } from './TipActions.tsx';
import { TipAttachments } from './TipAttachments.tsx';
import { TipTimeline } from './TipTimeline.tsx';
import { formatMoment } from './tip-format.ts';
import { fetchTip, type Tip } from './tips-api.ts';

/**
 * /tips/:id: one tip with its deadline, what it says and concerns, its files, its history and the
 * steps the user may take next. The reporter's identity is not part of it: a custodian asks for it.
 */
export function TipPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const loaded = useApi(`tip:${id}`, (signal) => fetchTip(id, signal));
  // What an action or an upload sent back, until the page loads the tip again.
  const [changed, setChanged] = useState<Tip | null>(null);
  // The intake sends the user here with what it did ('Đã tiếp nhận tin báo TB-…').
  const [notice, setNotice] = useState(() => (location.state as { notice?: string } | null)?.notice ?? '');
  const tip = changed?.id === id ? changed : loaded.data;
  const onChanged = (next: Tip, message: string) => {
    setChanged(next);
    setNotice(message);
  };
  const reload = () => {
    setChanged(null);
    setNotice('');
    loaded.reload();
  };

  if (!tip) {
    return (
      <section className="page tip-page">
        <p><Link to="/tips">{t('tips.backToQueue')}</Link></p>
        {loaded.isLoading && <Loading />}
        <ErrorMessage error={loaded.error} onRetry={loaded.reload} />
      </section>
    );
  }
  return (
    <section className="page tip-page">
      <p className="breadcrumb"><Link to="/tips">{t('tips.backToQueue')}</Link></p>
      <div className="section-heading">
        <h1>{t('tips.page.title', { reference: tip.reference })}</h1>
      </div>
      <p className="tip-status-line">
        <span className={`tip-status tip-status-${tip.status}`}>{t(`tips.status.${tip.status}`)}</span>
        {' '}
        <span className="tip-classification">{tip.classification ? t(`tips.classification.${tip.classification}`) : t('tips.classification.none')}</span>
        {' '}
        <DeadlineBadge tip={tip} />
      </p>
      {notice && <p className="notice notice-success" role="status">{notice}</p>}
      <TipFacts tip={tip} />
      <TipActions tip={tip} onChanged={onChanged} onReload={reload} />
      <section className="tip-section" aria-labelledby="tip-description-heading">
        <h2 id="tip-description-heading">{t('tips.field.description')}</h2>
        {/* Text as the reporter wrote it: never HTML, line breaks kept by CSS. */}
        <div className="tip-text tip-description">{tip.description}</div>
      </section>
      <TipConcerns tip={tip} />
      <TipAttachments tip={tip} onChanged={onChanged} />
      <ReporterPanel tip={tip} />
      <TipTimeline events={tip.events} />
    </section>
  );
}

function TipFacts({ tip }: { tip: Tip }) {
  const { t } = useTranslation();
  return (
    <dl className="facts facts-wide tip-facts">
      <dt>{t('tips.field.receivedAt')}</dt>
      <dd>{formatMoment(tip.receivedAt)} · {t(`tips.channel.${tip.channel}`)}</dd>
      <dt>{t('tips.field.receivedBy')}</dt>
      <dd>{tip.receivedByUnitName}</dd>
      <dt>{t('tips.field.subjects')}</dt>
      <dd>{tip.subjects.map((subject) => t(`tips.subject.${subject}`)).join('; ')}</dd>
      <dt>{t('tips.field.currentUnit')}</dt>
      <dd>{tip.unitName}</dd>
      <dt>{t('tips.field.dueOn')}</dt>
      <dd>
        <strong>{formatDate(tip.dueOn)}</strong> <DeadlineBadge tip={tip} />
        {tip.remoteArea && <span className="muted small"> · {t('tips.field.remoteArea')}</span>}
      </dd>
      <dt>{t('tips.field.extensions')}</dt>
      <dd>{t('tips.page.extensions', { granted: tip.extensionsGranted, left: tip.extensionsLeft })}</dd>
      <dt>{t('tips.field.deadlineBasis')}</dt>
      <dd className="facts-span">{tip.deadlineBasis}</dd>
      <dt>{t('tips.field.agency')}</dt>
      <dd>{tip.assignedAgencyName ?? <span className="muted">{t('tips.page.notAssigned')}</span>}</dd>
      <dt>{t('tips.field.assignee')}</dt>
      <dd>{tip.assigneeName ?? <span className="muted">—</span>}</dd>
      {tip.status === 'resolved' && (
        <>
          <dt>{t('tips.field.resolvedOn')}</dt>
          <dd>{tip.resolvedOn ? formatDate(tip.resolvedOn) : '—'}</dd>
          <dt>{t('tips.field.outcome')}</dt>
          <dd>
            {tip.outcome ? t(`tips.outcome.${tip.outcome}`) : '—'}
            {tip.substantiated !== null && <> · {tip.substantiated ? t('tips.substantiated.yes') : t('tips.substantiated.no')}</>}
          </dd>
        </>
      )}
    </dl>
  );
}

/** Who or what the tip is about; an online account or web address is shown as text, never as a link. */
function TipConcerns({ tip }: { tip: Tip }) {
  const { t } = useTranslation();
  const rows: [string, string][] = [];
  if (tip.establishmentName) rows.push([t('tips.field.establishment'), tip.establishmentName]);
  if (tip.hotspotAddress) rows.push([t('tips.field.hotspot'), tip.hotspotAddress]);
  if (tip.address) rows.push([t('tips.field.address'), tip.address]);
  if (tip.onlineAccount) rows.push([t('tips.field.onlineAccount'), tip.onlineAccount]);
  if (tip.happenedOn) rows.push([t('tips.field.happenedOn'), formatDate(tip.happenedOn)]);
  return (
    <section className="tip-section" aria-labelledby="tip-concerns-heading">
      <h2 id="tip-concerns-heading">{t('tips.intake.concerns')}</h2>
      {rows.length === 0 && <p className="muted">{t('tips.page.noConcerns')}</p>}
      {rows.length > 0 && (
        <dl className="facts">
          {rows.map(([label, value]) => (
            <Fragment key={label}>
              <dt>{label}</dt>
              <dd className="tip-text">{value}</dd>
            </Fragment>
          ))}
        </dl>
      )}
    </section>
  );
}
