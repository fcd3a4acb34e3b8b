import { useTranslation } from 'react-i18next';
import { formatDate, todayInVietnam } from '../../../core/dates/format.ts';
import type { TipSummary } from '../../../core/api/tips.ts';
import { daysToDue } from './tip-format.ts';

type DeadlineFields = Pick<TipSummary, 'dueOn' | 'deadlineState' | 'resolvedOn'>;

/**
 * Where a tip stands against its legal deadline, in words and colour: late (red, with the days
 * late), due soon (amber, days left), open (days left), or resolved on time or late.
 */
export function DeadlineBadge({ tip }: { tip: DeadlineFields }) {
  const { t } = useTranslation();
  const days = daysToDue(tip.dueOn, todayInVietnam());
  let text: string;
  switch (tip.deadlineState) {
    case 'overdue':
      text = t('tips.deadline.overdue', { count: Math.max(1, -days) });
      break;
    case 'due_soon':
    case 'open':
      text = days <= 0 ? t('tips.deadline.dueToday') : t('tips.deadline.left', { count: days });
      break;
    default:
      text = t(`tips.deadline.${tip.deadlineState}`);
  }
  return <span className={`deadline-badge deadline-${tip.deadlineState}`} title={t(`tips.deadlineState.${tip.deadlineState}`)}>{text}</span>;
}

/** The due date and its badge, as the queue and the tip's page show them. */
export function DueDate({ tip }: { tip: DeadlineFields }) {
  return (
    <span className="due-date">
      <span className="nowrap">{formatDate(tip.dueOn)}</span> <DeadlineBadge tip={tip} />
    </span>
  );
}
