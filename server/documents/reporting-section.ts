import type { PlanContent, ReportingRule } from '../../core/plans/plan.ts';
import { formatDate } from '../../core/dates/format.ts';
import type { Issuer } from './document-header.ts';
import { lowerFirst, withTerminal } from './docx-styles.ts';
import { leadAgency } from './plan-sections.ts';

/**
 * The Vietnamese plan's "Chế độ báo cáo" written as the Triệu Sơn seed writes it — "Báo cáo 6
 * tháng: trước ngày 20/6 hằng năm đối với …; … tổng hợp báo cáo … trước ngày 25/6 hằng năm" — and
 * its closing paragraph (plan-wording-vi.ts; the English are plan-wording-en.ts's).
 */

/** "Ủy ban nhân dân tỉnh Nghệ An", "Ủy ban nhân dân phường Phú Thứ". */
export function issuerAuthority(issuer: Issuer): string {
  return `Ủy ban nhân dân ${issuer.kind.toLocaleLowerCase('vi')} ${issuer.shortName}`;
}

/**
 * Who reports to the issuer: its own agencies and the people's committees one level down. Until
 * 30/6/2025 a province's next level was the district; since then it is the commune.
 */
function reportersOf(issuer: Issuer, periodStart: string): string {
  switch (issuer.level) {
    case 'province':
      return periodStart < '2025-07-01'
        ? 'các sở, ban, ngành, đoàn thể cấp tỉnh và Ủy ban nhân dân cấp huyện'
        : 'các sở, ban, ngành, đoàn thể cấp tỉnh và Ủy ban nhân dân cấp xã';
    case 'district':
      return 'các phòng, ban, ngành, đoàn thể cấp huyện và Ủy ban nhân dân cấp xã';
    default:
      return `các ban, ngành, đoàn thể ${issuer.kind.toLocaleLowerCase('vi')}`;
  }
}

const reportNames: Record<ReportingRule['kind'], string> = {
  monthly: 'Báo cáo tháng',
  quarterly: 'Báo cáo quý',
  half_year: 'Báo cáo 6 tháng',
  annual: 'Báo cáo năm',
  phase_end: 'Báo cáo tổng kết thực hiện Kế hoạch',
  ad_hoc: 'Báo cáo đột xuất',
};

type DayOfYear = NonNullable<ReportingRule['reporterDeadline']>;

/** "trước ngày 20/6 hằng năm", "trước ngày 20 hằng tháng", "trước ngày 05/11/2025". */
function deadlineText(kind: ReportingRule['kind'], deadline: DayOfYear | null, date: string | null): string | null {
  if (date) return `trước ngày ${formatDate(date)}`;
  if (!deadline) return null;
  switch (kind) {
    case 'monthly':
      return `trước ngày ${deadline.day} hằng tháng`;
    case 'quarterly':
      return `trước ngày ${deadline.day} tháng cuối quý`;
    case 'phase_end':
    case 'ad_hoc':
      return `trước ngày ${deadline.day}/${deadline.month}`;
    default:
      return `trước ngày ${deadline.day}/${deadline.month} hằng năm`;
  }
}

export type ReportingContext = { content: PlanContent; issuer: Issuer; periodStart: string };

/** One rule as one sentence. */
export function reportingSentence(rule: ReportingRule, context: ReportingContext): string {
  const reporters = reportersOf(context.issuer, context.periodStart);
  const lead = leadAgency(context.content) ?? 'cơ quan chủ trì';
  const addressees = rule.recipients.length > 0 ? rule.recipients.join(', ') : issuerAuthority(context.issuer);
  const reporterDeadline = deadlineText(rule.kind, rule.reporterDeadline, rule.reporterDeadlineDate);
  const consolidatorDeadline = deadlineText(rule.kind, rule.consolidatorDeadline, null);
  const reporting = reporterDeadline
    ? `${reporterDeadline} đối với ${reporters}`
    : rule.kind === 'ad_hoc'
      ? `khi có yêu cầu, ${reporters} gửi báo cáo về ${lead}`
      : `${reporters} gửi báo cáo về ${lead}`;
  const consolidating = `${lead} tổng hợp, báo cáo ${addressees}${consolidatorDeadline ? ` ${consolidatorDeadline}` : ''}`;
  const notes = rule.notes?.trim() ? ` ${withTerminal(rule.notes.trim(), '.')}` : '';
  return `${reportNames[rule.kind]}: ${reporting}; ${consolidating}.${notes}`;
}

/** "Trên đây là Kế hoạch …" — the closing the seeds end their body with, ending "./.". */
export function closingSentence(context: ReportingContext): string {
  const { content, issuer } = context;
  const lead = leadAgency(content);
  const via = lead ? ` (qua ${lead})` : '';
  return `Trên đây là Kế hoạch ${lowerFirst(content.title).replace(/[.;]+$/, '')}. Trong quá trình triển khai thực hiện, ` +
    `nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời phản ánh về ${issuerAuthority(issuer)}${via} ` +
    'để xem xét, điều chỉnh cho phù hợp./.';
}
