import { useTranslation } from 'react-i18next';
import type { Report } from './reports-api.ts';
import { formatMoment } from '../tips/tip-format.ts';

/** Who saved, submitted, returned and accepted the report, when, with which version and comment; oldest first. */
export function ReportEvents({ events }: { events: Report['events'] }) {
  const { t } = useTranslation();
  return (
    <section className="report-section" aria-labelledby="report-events-heading">
      <h2 id="report-events-heading">{t('reports.events.title')}</h2>
      {events.length === 0 && <p className="muted">{t('reports.events.none')}</p>}
      {events.length > 0 && (
        <ol className="tip-timeline report-events">
          {events.map((event, index) => (
            <li key={`${event.at}:${index}`} className={`report-event report-event-${event.action}`}>
              <p>
                <time dateTime={event.at} className="nowrap">{formatMoment(event.at)}</time>
                {' · '}
                <strong>{t(`reports.events.action.${event.action}`)}</strong>
                {' · '}
                <span>{event.actorName ?? t('reports.events.system')}</span>
                {event.version !== null && <span className="muted small"> · {t('reports.page.version', { version: event.version })}</span>}
              </p>
              {event.comment && <p className="tip-text small">{event.comment}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
