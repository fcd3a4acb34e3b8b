import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { tipChannels, tipClassifications, tipStatuses } from '../../../core/tips/tip-kinds.ts';
import { useHasPermission } from '../auth/session-context.ts';
import { FormField } from '../common/FormField.tsx';
import { PagedTable } from '../common/PagedTable.tsx';
import { useAddressFilters } from '../common/useAddressFilters.ts';
import { useApi } from '../common/useApi.ts';
import { UnitPicker, type PickedUnit } from '../users/UnitPicker.tsx';
import { DueDate } from './DeadlineBadge.tsx';
import { formatMoment } from './tip-format.ts';
import { searchTips, type TipFilters, type TipPage, type TipSummary } from './tips-api.ts';

const PAGE_SIZE = 20;
const DEFAULT_WITHIN_DAYS = 5;

const pick = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined =>
  allowed.includes(value as T) ? (value as T) : undefined;

/**
 * /tips: the tips, denunciations and complaints of the user's scope, most urgent first as the
 * server orders them, with the counts of open, overdue and due-soon ones in the heading. The
 * filters live in the address (?due=overdue), so the dashboard can link to them and Back keeps
 * them. The list never shows the description or anything about the reporter.
 */
export function TipsQueuePage() {
  const { t } = useTranslation();
  const mayWrite = useHasPermission('tip.write');
  const { params, page, setFilter } = useAddressFilters();
  const [unit, setUnit] = useState<PickedUnit | null>(null);
  const [text, setText] = useState(() => params.get('q') ?? '');

  const status = pick(params.get('status'), tipStatuses);
  const classification = pick(params.get('classification'), [...tipClassifications, 'unclassified'] as const);
  const channel = pick(params.get('channel'), tipChannels);
  const due = pick(params.get('due'), ['overdue', 'due_soon'] as const);
  const withinText = params.get('withinDays') ?? String(DEFAULT_WITHIN_DAYS);
  const withinDays = /^\d{1,3}$/.test(withinText) && Number(withinText) <= 120 ? Number(withinText) : undefined;
  const q = params.get('q')?.trim() || undefined;

  // Words apply a moment after typing stops: a slow connection is not asked for a page per key.
  useEffect(() => {
    const timer = window.setTimeout(() => {
      if ((text.trim() || undefined) !== q) setFilter('q', text.trim() || undefined);
    }, 300);
    return () => window.clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text]);

  const filters: TipFilters = {
    unit: unit?.id, status, classification, channel, due, q, page, pageSize: PAGE_SIZE,
    withinDays: due === 'due_soon' ? withinDays ?? DEFAULT_WITHIN_DAYS : undefined,
  };
  const key = JSON.stringify(filters);
  const list = useApi(`tips:${key}`, (signal) => searchTips(filters, signal));
  const withinError = due === 'due_soon' && withinDays === undefined ? t('tips.filter.withinDaysInvalid') : undefined;

  return (
    <section className="page tips-page">
      <div className="section-heading">
        <h1>{t('tips.title')}</h1>
        {mayWrite && <Link to="/tips/new" className="button button-primary">{t('tips.receive')}</Link>}
      </div>
      <TipCounts page={list.data} onDue={(value) => setFilter('due', value)} />
      <p className="muted">{t('tips.intro')}</p>
      <form className="filters" role="search" aria-label={t('tips.filters')} onSubmit={(event) => event.preventDefault()}>
        <FormField label={t('tips.filter.status')}>
          <select value={status ?? ''} onChange={(event) => setFilter('status', event.target.value)}>
            <option value="">{t('common.all')}</option>
            {tipStatuses.map((candidate) => <option key={candidate} value={candidate}>{t(`tips.status.${candidate}`)}</option>)}
          </select>
        </FormField>
        <FormField label={t('tips.filter.due')}>
          <select value={due ?? ''} onChange={(event) => setFilter('due', event.target.value)}>
            <option value="">{t('common.all')}</option>
            <option value="overdue">{t('tips.filter.overdue')}</option>
            <option value="due_soon">{t('tips.filter.dueSoon')}</option>
          </select>
        </FormField>
        {due === 'due_soon' && (
          <FormField label={t('tips.filter.withinDays')} error={withinError}>
            <input type="number" min={0} max={120} size={4} value={withinText} inputMode="numeric"
              onChange={(event) => setFilter('withinDays', event.target.value)} />
          </FormField>
        )}
        <FormField label={t('tips.filter.classification')}>
          <select value={classification ?? ''} onChange={(event) => setFilter('classification', event.target.value)}>
            <option value="">{t('common.all')}</option>
            <option value="unclassified">{t('tips.classification.none')}</option>
            {tipClassifications.map((candidate) => <option key={candidate} value={candidate}>{t(`tips.classification.${candidate}`)}</option>)}
          </select>
        </FormField>
        <FormField label={t('tips.filter.channel')}>
          <select value={channel ?? ''} onChange={(event) => setFilter('channel', event.target.value)}>
            <option value="">{t('common.all')}</option>
            {tipChannels.map((candidate) => <option key={candidate} value={candidate}>{t(`tips.channel.${candidate}`)}</option>)}
          </select>
        </FormField>
        <FormField label={t('tips.filter.unit')} hint={t('tips.filter.unitHint')}>
          <UnitPicker value={unit} onChange={(value) => { setUnit(value); setFilter('page', undefined); }} />
        </FormField>
        <FormField label={t('tips.filter.search')} hint={t('tips.filter.searchHint')}>
          <input type="search" value={text} size={24} onChange={(event) => setText(event.target.value)} />
        </FormField>
      </form>
      <PagedTable list={list} label={t('tips.tableLabel')} className="tips-table" emptyText={t('tips.none')}
        headings={(['reference', 'receivedAt', 'channel', 'subjects', 'classification', 'status', 'dueOn', 'agency'] as const).map((column) => t(`tips.column.${column}`))}
        row={(item) => <TipRow key={item.id} item={item} />}
        totalText={(count) => t('tips.total', { count })} onPage={(value) => setFilter('page', String(value))} />
    </section>
  );
}

/** Open, overdue and due-soon counts of the unit's scope, whatever the other filters; each one filters the list. */
function TipCounts({ page, onDue }: { page: TipPage | undefined; onDue: (due: string | undefined) => void }) {
  const { t } = useTranslation();
  if (!page) return null;
  const { open, overdue, dueSoon } = page.counts;
  return (
    <p className="tip-counts" aria-label={t('tips.counts.label')}>
      <button type="button" className="link-button tip-count" onClick={() => onDue(undefined)}>{t('tips.counts.open', { count: open })}</button>
      <button type="button" className={overdue > 0 ? 'link-button tip-count tip-count-overdue' : 'link-button tip-count'}
        onClick={() => onDue('overdue')}>{t('tips.counts.overdue', { count: overdue })}</button>
      <button type="button" className={dueSoon > 0 ? 'link-button tip-count tip-count-soon' : 'link-button tip-count'}
        onClick={() => onDue('due_soon')}>{t('tips.counts.dueSoon', { count: dueSoon })}</button>
    </p>
  );
}

function TipRow({ item }: { item: TipSummary }) {
  const { t } = useTranslation();
  const late = item.deadlineState === 'overdue';
  return (
    <tr className={late ? 'row-overdue' : undefined}>
      <td className="nowrap"><Link to={`/tips/${item.id}`}>{item.reference}</Link></td>
      <td><ReceivedAt iso={item.receivedAt} /></td>
      <td>{t(`tips.channel.${item.channel}`)}</td>
      <td>{item.subjects.map((subject) => t(`tips.subject.${subject}`)).join('; ')}</td>
      <td>{item.classification ? t(`tips.classification.${item.classification}`) : <span className="muted">{t('tips.classification.none')}</span>}</td>
      <td>
        <span className="nowrap">{t(`tips.status.${item.status}`)}</span>
        <div className="muted small">{item.unitName}</div>
      </td>
      <td><DueDate tip={item} /></td>
      <td>
        {item.assignedAgencyName ?? <span className="muted">—</span>}
        {item.assigneeName && <div className="muted small">{item.assigneeName}</div>}
      </td>
    </tr>
  );
}

/** dd/mm/yyyy HH:mm, free to break between the date and the time on a narrow screen. */
function ReceivedAt({ iso }: { iso: string }) {
  const [date, time] = formatMoment(iso).split(' ');
  return <><span className="nowrap">{date}</span> <span className="nowrap">{time}</span></>;
}
