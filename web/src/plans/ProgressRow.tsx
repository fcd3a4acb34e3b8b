import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetProgress } from '../../../core/api/progress.ts';
import { formatDate } from '../../../core/dates/format.ts';
import { formatNumber } from '../../../core/indicators/measurement.ts';
import type { TargetStatus } from '../../../core/indicators/status.ts';
import { currentLanguage } from '../i18n/i18n.ts';
import { isShareTarget, periodLabel, targetInWords } from './plan-format.ts';
import { ProgressChildren } from './ProgressChildren.tsx';
import { TargetStatusChip } from './StatusChips.tsx';

interface ProgressRowProps {
  target: TargetProgress;
  /** The plan's section, shown above the first target of each section. */
  sectionHeading: string | null;
  onDrill: (unit: { id: string; name: string }) => void;
}

/** One target: text, goal in words, result with a bar for shares, status; expands to the figures and the child units. */
export function ProgressRow({ target, sectionHeading, onDrill }: ProgressRowProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [isOpen, setOpen] = useState(false);
  const detailsId = useId();
  const status = target.result.status as TargetStatus;
  return (
    <tbody className={isOpen ? 'progress-target progress-target-open' : 'progress-target'}>
      {sectionHeading && (
        <tr className="progress-section"><th scope="rowgroup" colSpan={5}>{sectionHeading}</th></tr>
      )}
      <tr>
        <td>
          <span className="progress-text">{target.text}</span>
          <span className="progress-meta">{target.indicatorName} · {periodLabel(target.periodCode, language)}</span>
        </td>
        <td className="nowrap progress-goal">{targetInWords(target, t, language)}</td>
        <td>
          <span className="progress-display">{target.result.display}</span>
          {isShareTarget(target) && <ShareBar target={target} />}
        </td>
        <td><TargetStatusChip status={status} /></td>
        <td>
          <button
            type="button" className="button button-small" aria-expanded={isOpen} aria-controls={detailsId}
            onClick={() => setOpen(!isOpen)}
          >
            {isOpen ? t('plans.progress.hide') : t('plans.progress.show')}
            <span className="visually-hidden">: {target.text}</span>
          </button>
        </td>
      </tr>
      {isOpen && (
        <tr className="progress-details" id={detailsId}>
          <td colSpan={5}>
            <Explanation target={target} />
            <ProgressChildren target={target} onDrill={onDrill} />
          </td>
        </tr>
      )}
    </tbody>
  );
}

/** The value against the whole (0–100%), a line at the target and a tick at what is expected by now. */
function ShareBar({ target }: { target: TargetProgress }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const clamp = (value: number) => Math.max(0, Math.min(100, value));
  const value = target.result.value;
  const title = [
    t('plans.progress.barTarget', { value: formatNumber(target.value, language) }),
    target.expectedSoFar !== null ? t('plans.progress.barExpected', { value: formatNumber(target.expectedSoFar, language) }) : null,
  ].filter(Boolean).join('; ');
  return (
    <span className="share-bar" title={title} aria-hidden="true">
      {value !== null && <span className={`share-fill share-fill-${target.result.status}`} style={{ width: `${clamp(value)}%` }} />}
      <span className="share-target" style={{ left: `${clamp(target.value)}%` }} />
      {target.expectedSoFar !== null && <span className="share-expected" style={{ left: `${clamp(target.expectedSoFar)}%` }} />}
    </span>
  );
}

/** Where the figure comes from, in words with the figures: what is counted, over what, for which units. */
function Explanation({ target }: { target: TargetProgress }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { result, explanation } = target;
  const figure = (value: number | null) => (value === null ? t('plans.progress.unknown') : formatNumber(value, language));
  const names = new Map(target.children.map((child) => [child.unitId, child.unitName]));
  const withoutData = explanation.childrenWithoutData.map((id) => names.get(id) ?? id);
  const shown = withoutData.slice(0, 12);
  return (
    <dl className="facts explanation">
      <dt>{t('plans.progress.numerator')}</dt>
      <dd>{explanation.numerator}: <strong>{figure(result.numerator)}</strong></dd>
      {explanation.denominator && (
        <>
          <dt>{t('plans.progress.denominator')}</dt>
          <dd>{explanation.denominator}: <strong>{figure(result.denominator)}</strong></dd>
        </>
      )}
      {target.kind === 'year_on_year_growth' && (
        <>
          <dt>{t('plans.progress.previous')}</dt>
          <dd><strong>{figure(result.previous)}</strong></dd>
        </>
      )}
      <dt>{t('plans.progress.elapsed')}</dt>
      <dd>
        {t('plans.progress.elapsedText', {
          share: formatNumber(Math.min(1, Math.max(0, target.elapsedShare)) * 100, language),
          from: formatDate(target.periodStart), to: formatDate(target.periodEnd),
        })}
      </dd>
      {target.expectedSoFar !== null && (
        <>
          <dt>{t('plans.progress.expected')}</dt>
          <dd>{targetInWords({ ...target, comparator: 'gte', value: target.expectedSoFar, valueHigh: null }, t, language)}</dd>
        </>
      )}
      <dt>{t('plans.progress.unitsWithRecords')}</dt>
      <dd>{explanation.unitsWithRecords}</dd>
      {result.missing.length > 0 && (
        <>
          <dt>{t('plans.progress.missing')}</dt>
          <dd>{result.missing.map((code) => t(`plans.missing.${code}`, { defaultValue: code })).join(' ')}</dd>
        </>
      )}
      {withoutData.length > 0 && (
        <>
          <dt>{t('plans.progress.childrenWithoutData', { count: withoutData.length })}</dt>
          <dd>
            {shown.join(', ')}
            {withoutData.length > shown.length && ` ${t('plans.progress.andOthers', { count: withoutData.length - shown.length })}`}
          </dd>
        </>
      )}
      {explanation.lateTips && explanation.lateTips.length > 0 && (
        <>
          <dt>{t('plans.progress.lateTips', { count: explanation.lateTipsTotal ?? explanation.lateTips.length })}</dt>
          <dd>
            <ul className="late-tips">
              {explanation.lateTips.map((tip) => (
                <li key={tip.reference}>
                  {t(tip.resolvedOn ? 'plans.progress.lateTipResolved' : 'plans.progress.lateTipOpen', {
                    reference: tip.reference, unit: tip.unitName, due: formatDate(tip.dueOn), days: tip.daysLate,
                    resolved: tip.resolvedOn ? formatDate(tip.resolvedOn) : '',
                  })}
                </li>
              ))}
            </ul>
            {(explanation.lateTipsTotal ?? 0) > explanation.lateTips.length
              && t('plans.progress.andOthers', { count: explanation.lateTipsTotal! - explanation.lateTips.length })}
          </dd>
        </>
      )}
    </dl>
  );
}
