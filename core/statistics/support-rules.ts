import { supportServices, type SupportServiceCounts } from '../api/support-statistics.ts';
import type { FieldIssue } from '../errors/app-error.ts';

/**
 * The rules of a month's support figures, shared by the server (which refuses) and the entry form
 * (which shows them while the user types). Messages are 'vi | en'.
 */

const issue = (field: string, vi: string, en: string): FieldIssue => ({ field, message: `${vi} | ${en}` });

/** 'MM/YYYY', as a month is written in Vietnamese forms. */
export const monthText = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

/** A month ('YYYY-MM') after the current one has no figures yet; the current month may be entered as it goes. */
export function supportMonthIssues(month: string, today: string): FieldIssue[] {
  const current = today.slice(0, 7);
  if (month <= current) return [];
  return [issue('month', `Tháng ${monthText(month)} chưa đến; chỉ nhập số liệu đến tháng này (${monthText(current)})`,
    `${monthText(month)} has not come yet; enter figures up to this month (${monthText(current)})`)];
}

export interface SupportFigures {
  peopleInNeed: number;
  peopleEligible: number;
  peopleServed: number;
  peopleNewlyServed: number;
  services: SupportServiceCounts;
  referralsMade: number;
  referralsCompleted: number;
}

/**
 * The rules between counts that hold by definition, one per field. What can legitimately differ is
 * left alone: people served may exceed people reached by outreach (walk-ins, referrals from
 * others), and the service counts overlap (one person receives several), so each is compared with
 * people served on its own and they are never added up.
 */
export function supportFigureIssues(values: SupportFigures): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (values.peopleEligible > values.peopleInNeed) {
    issues.push(issue('peopleEligible', `Số người đủ điều kiện (${values.peopleEligible}) không được lớn hơn số người có nhu cầu (${values.peopleInNeed})`,
      `People eligible (${values.peopleEligible}) cannot exceed people in need (${values.peopleInNeed})`));
  }
  if (values.peopleNewlyServed > values.peopleServed) {
    issues.push(issue('peopleNewlyServed', `Số người lần đầu được hỗ trợ trong năm (${values.peopleNewlyServed}) không được lớn hơn số người được hỗ trợ trong tháng (${values.peopleServed})`,
      `People served for the first time this year (${values.peopleNewlyServed}) cannot exceed people served in the month (${values.peopleServed})`));
  }
  for (const service of supportServices) {
    const people = values.services[service];
    if (people > values.peopleServed) {
      issues.push(issue(`services.${service}`,
        `Số người nhận dịch vụ này (${people}) không được lớn hơn số người được hỗ trợ ít nhất một dịch vụ (${values.peopleServed}); hãy tăng số người được hỗ trợ nếu cần`,
        `People who received this service (${people}) cannot exceed people who received at least one service (${values.peopleServed}); raise people served if needed`));
    }
  }
  if (values.referralsCompleted > values.referralsMade) {
    issues.push(issue('referralsCompleted', `Số ca chuyển gửi thành công (${values.referralsCompleted}) không được lớn hơn số ca đã chuyển gửi (${values.referralsMade})`,
      `Completed referrals (${values.referralsCompleted}) cannot exceed referrals made (${values.referralsMade})`));
  }
  return issues;
}

/** People in need or served in one month above the unit's own estimate for the year: a typing error or an outdated estimate. */
export function referenceFigureIssues(values: Pick<SupportFigures, 'peopleInNeed' | 'peopleServed'>, year: number, figure: number | undefined): FieldIssue[] {
  if (figure === undefined) return [];
  return (['peopleInNeed', 'peopleServed'] as const).filter((field) => values[field] > figure).map((field) => issue(field,
    `Lớn hơn số người bán dâm có nhu cầu hỗ trợ mà đơn vị đã khai cho năm ${year} (${figure}); hãy kiểm tra lại số liệu hoặc cập nhật số liệu tham chiếu của năm`,
    `Above the number of sex workers in need the unit declared for ${year} (${figure}); check the figure or update the year's reference figures`));
}

