import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useHasPermission } from '../auth/session-context.ts';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import { useApi } from '../common/useApi.ts';
import { searchTips } from './tips-api.ts';

/**
 * The overview's tips panel: how many tips of the user's scope are open, overdue and due soon,
 * overdue ones flagged in the warning colour, each count a link to the queue filtered on it.
 * One small request (a page of one row carries the counts).
 */
export function TipsOverviewPanel() {
  const { t } = useTranslation();
  const mayRead = useHasPermission('tip.read');
  const page = useApi(mayRead ? 'tips-overview' : null, (signal) => searchTips({ pageSize: 1 }, signal));
  if (!mayRead) return null;
  const counts = page.data?.counts;
  return (
    <section className="overview-panel tips-overview" aria-labelledby="tips-overview-heading">
      <h2 id="tips-overview-heading">{t('tips.overview.title')}</h2>
      <ErrorMessage error={page.error} onRetry={page.reload} />
      {!counts && !page.error && <p className="muted">{t('common.loading')}</p>}
      {counts && (
        <ul className="overview-counts">
          <li>
            <Link to="/tips">
              <span className="overview-count">{counts.open}</span> {t('tips.overview.open')}
            </Link>
          </li>
          <li className={counts.overdue > 0 ? 'overview-count-warning' : undefined}>
            <Link to="/tips?due=overdue">
              <span className="overview-count">{counts.overdue}</span> {t('tips.overview.overdue')}
            </Link>
            {counts.overdue > 0 && <> <span className="deadline-badge deadline-overdue">{t('tips.overview.overdueFlag')}</span></>}
          </li>
          <li className={counts.dueSoon > 0 ? 'overview-count-soon' : undefined}>
            <Link to="/tips?due=due_soon">
              <span className="overview-count">{counts.dueSoon}</span> {t('tips.overview.dueSoon')}
            </Link>
          </li>
        </ul>
      )}
    </section>
  );
}
