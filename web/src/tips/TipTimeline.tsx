import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../core/dates/format.ts';
import type { TipEvent } from '../../../core/api/tips.ts';
import { formatMoment } from './tip-format.ts';

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
/** The particulars that matter most come first; any others follow in the order the server gave. */
const detailOrder = ['classification', 'outcome', 'substantiated', 'resolvedOn', 'onTime', 'agencyName', 'assigneeName', 'decisionReference', 'extensionNumber', 'remoteArea'];
const rank = (key: string) => (detailOrder.includes(key) ? detailOrder.indexOf(key) : detailOrder.length);
/** Codes whose value is itself a key of the tips vocabulary. */
const codedDetails: Record<string, string> = {
  classification: 'classification', outcome: 'outcome', channel: 'channel',
};

/**
 * The tip's history, oldest first: who did what and when, how the status and the responsible unit
 * changed, the particulars (classification, agency, decision, outcome) and the note or reason.
 * Every text is rendered as text.
 */
export function TipTimeline({ events }: { events: readonly TipEvent[] }) {
  const { t } = useTranslation();
  const value = (key: string, raw: string | number | boolean | null): string => {
    if (raw === null || raw === '') return '—';
    if (typeof raw === 'boolean') return raw ? t('tips.yes') : t('tips.no');
    if (typeof raw === 'number') return raw.toLocaleString('vi-VN');
    const coded = codedDetails[key];
    if (coded) return t(`tips.${coded}.${raw}`, { defaultValue: raw });
    return isoDay.test(raw) ? formatDate(raw) : raw;
  };
  /**
   * The particulars worth reading: identifiers mean nothing to a reader (the names that go with
   * them are shown instead), empty values say nothing, and a due date that moved is one line "before → after".
   */
  const shownDetails = (event: TipEvent): [string, string][] => {
    const { dueOnBefore, dueOnAfter, ...rest } = event.details;
    const rows: [string, string][] = Object.entries(rest)
      .sort(([a], [b]) => rank(a) - rank(b))
      .filter(([key, raw]) => !/Ids?$/.test(key) && key !== 'id' && raw !== null && raw !== '')
      .map(([key, raw]) => [t(`tips.detail.${key}`, { defaultValue: key }), value(key, raw)]);
    if (typeof dueOnBefore === 'string' && typeof dueOnAfter === 'string' && dueOnBefore !== dueOnAfter) {
      rows.push([t('tips.detail.dueChange'), `${value('dueOnBefore', dueOnBefore)} → ${value('dueOnAfter', dueOnAfter)}`]);
    }
    return rows;
  };

  return (
    <section className="tip-section" aria-labelledby="tip-timeline-heading">
      <h2 id="tip-timeline-heading">{t('tips.timeline.title')}</h2>
      {events.length === 0 && <p className="muted">{t('tips.timeline.none')}</p>}
      <ol className="tip-timeline">
        {events.map((event) => {
          const details = shownDetails(event);
          return (
            <li key={event.id}>
              <p className="tip-timeline-head">
                <time dateTime={event.at} className="nowrap">{formatMoment(event.at)}</time>
                {' · '}
                <strong>{t(`tips.event.${event.action}`, { defaultValue: event.action })}</strong>
                {' · '}
                <span>{event.actorName ?? t('tips.timeline.reporterOrSystem')}</span>
              </p>
              {(event.fromStatus || event.toStatus) && event.fromStatus !== event.toStatus && (
                <p className="small">
                  {t('tips.timeline.status')}: {event.fromStatus ? t(`tips.status.${event.fromStatus}`) : '—'} → {event.toStatus ? t(`tips.status.${event.toStatus}`) : '—'}
                </p>
              )}
              {(event.fromUnitName || event.toUnitName) && event.fromUnitName !== event.toUnitName && (
                <p className="small">
                  {t('tips.timeline.unit')}: {event.fromUnitName ?? '—'} → {event.toUnitName ?? '—'}
                </p>
              )}
              {details.length > 0 && (
                <dl className="tip-timeline-details small">
                  {details.map(([label, text]) => (
                    <div key={label}>
                      <dt>{label}</dt>
                      <dd>{text}</dd>
                    </div>
                  ))}
                </dl>
              )}
              {event.note && <p className="tip-text small">{event.note}</p>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
