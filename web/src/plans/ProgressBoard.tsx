import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, parseVietnameseDate } from '../../../core/dates/format.ts';
import { findPeriod, yearsOf } from '../../../core/periods/period.ts';
import { fetchPlanProgress, type PlanDetail, type PlanProgress } from '../api/plans.ts';
import { ErrorMessage, Loading } from '../common/ErrorMessage.tsx';
import { FormField } from '../common/FormField.tsx';
import { useApi } from '../common/useApi.ts';
import { currentLanguage } from '../i18n/i18n.ts';
import { periodLabel } from './plan-format.ts';
import { ProgressRow } from './ProgressRow.tsx';

interface UnitRef {
  id: string;
  name: string;
}

interface ProgressBoardProps {
  plan: PlanDetail;
  /** Where the board starts: the issuer, or the user's own unit for a plan addressed to it from above. */
  homeUnit: UnitRef;
}

/** Reporting periods (Decree 09 cut-offs) and calendar years within the plan's years, for judging every target over one period. */
function periodChoices(planPeriodCode: string): Array<{ year: number; codes: string[] }> {
  const period = findPeriod(planPeriodCode);
  if (!period) return [];
  return yearsOf(period).map((year) => ({
    year,
    codes: [`RY${year}`, `RH${year}-1`, `RH${year}-2`, `RQ${year}-1`, `RQ${year}-2`, `RQ${year}-3`, `RQ${year}-4`, `Y${year}`],
  }));
}

/**
 * The progress board: one row per target with its result and traffic light, the figures behind
 * it, and the child units' figures; a child opens its own board, a breadcrumb leads back.
 */
export function ProgressBoard({ plan, homeUnit }: ProgressBoardProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [trail, setTrail] = useState<UnitRef[]>([]);
  const [period, setPeriod] = useState('');
  const [asOfText, setAsOfText] = useState('');
  const [asOf, setAsOf] = useState('');
  const [asOfError, setAsOfError] = useState<string | undefined>();
  const unit = trail.at(-1) ?? homeUnit;
  const progress = useApi(`progress:${plan.id}:${unit.id}:${period}:${asOf}`, (signal) =>
    fetchPlanProgress(plan.id, { unit: unit.id, period: period || undefined, asOf: asOf || undefined }, signal));

  function applyDate(event: FormEvent) {
    event.preventDefault();
    if (!asOfText.trim()) {
      setAsOfError(undefined);
      setAsOf('');
      return;
    }
    const parsed = parseVietnameseDate(asOfText);
    setAsOfError(parsed ? undefined : t('plans.badDate'));
    if (parsed) setAsOf(parsed);
  }

  return (
    <section className="progress-board" aria-labelledby="progress-heading">
      <h2 id="progress-heading" className="visually-hidden">{t('plans.tabs.progress')}</h2>
      <form className="filters" onSubmit={applyDate} noValidate aria-label={t('plans.progress.options')}>
        <FormField label={t('plans.progress.period')}>
          <select value={period} onChange={(event) => setPeriod(event.target.value)}>
            <option value="">{t('plans.progress.ownPeriod')}</option>
            {periodChoices(plan.periodCode).map((group) => (
              <optgroup key={group.year} label={String(group.year)}>
                {group.codes.map((code) => <option key={code} value={code}>{periodLabel(code, language)}</option>)}
              </optgroup>
            ))}
          </select>
        </FormField>
        <FormField label={t('plans.progress.asOf')} hint={t('plans.progress.asOfHint')} error={asOfError}>
          <input value={asOfText} onChange={(event) => setAsOfText(event.target.value)} placeholder="dd/mm/yyyy" size={12} />
        </FormField>
        <div className="form-actions">
          <button type="submit" className="button">{t('plans.progress.apply')}</button>
        </div>
      </form>
      {trail.length > 0 && <nav className="unit-trail" aria-label={t('plans.progress.trail')}>
        {[homeUnit, ...trail].map((entry, index, all) => (
          <span key={entry.id}>
            {index > 0 && <span aria-hidden="true"> › </span>}
            {index < all.length - 1
              ? <button type="button" className="link-button" onClick={() => setTrail(trail.slice(0, index))}>{entry.name}</button>
              : <strong aria-current="page">{entry.name}</strong>}
          </span>
        ))}
      </nav>}
      {progress.isLoading && <Loading />}
      <ErrorMessage error={progress.error} onRetry={progress.reload} />
      {progress.data && (
        <ProgressTable
          progress={progress.data}
          onDrill={(child) => setTrail([...trail, child])}
        />
      )}
    </section>
  );
}

function ProgressTable({ progress, onDrill }: { progress: PlanProgress; onDrill: (unit: UnitRef) => void }) {
  const { t } = useTranslation();
  if (progress.targets.length === 0) return <p className="muted">{t('plans.progress.noTargets')}</p>;
  return (
    <>
      <p className="muted small">{t('plans.progress.asOfLine', { unit: progress.unit.name, date: formatDate(progress.asOf) })}</p>
      <table className="table progress-table">
        <thead>
          <tr>
            <th scope="col">{t('plans.progress.target')}</th>
            <th scope="col" className="col-goal">{t('plans.progress.goal')}</th>
            <th scope="col" className="col-result">{t('plans.progress.result')}</th>
            <th scope="col" className="col-status">{t('plans.statusLabel')}</th>
            <th scope="col" className="col-toggle"><span className="visually-hidden">{t('plans.progress.details')}</span></th>
          </tr>
        </thead>
        {progress.targets.map((target, index) => (
          <ProgressRow
            key={target.key}
            target={target}
            sectionHeading={target.section && target.section !== progress.targets[index - 1]?.section ? target.section : null}
            onDrill={onDrill}
          />
        ))}
      </table>
    </>
  );
}
