import { useTranslation } from 'react-i18next';
import type { TargetStatus } from '../../../core/indicators/status.ts';
import type { PlanStatus } from '../../../core/plans/plan.ts';

const statusSymbols: Record<TargetStatus, string> = { met: '✓', on_track: '→', at_risk: '!', not_met: '✕', no_data: '–' };

/** A target's traffic light: colour, a symbol and the word, so that colour is never the only cue. */
export function TargetStatusChip({ status }: { status: TargetStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`status-chip status-${status}`}>
      <span aria-hidden="true" className="status-symbol">{statusSymbols[status]}</span>
      {t(`plans.targetStatus.${status}`)}
    </span>
  );
}

/** Dự thảo / Đã ban hành / Đã thay thế. */
export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const { t } = useTranslation();
  return <span className={`badge plan-badge plan-badge-${status}`}>{t(`plans.status.${status}`)}</span>;
}
