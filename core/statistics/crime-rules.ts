import { criminalCountFields, isCriminalArticle, sanctionFields, type CrimeArticle } from '../api/crime-statistics.ts';
import { formatDate } from '../dates/format.ts';
import type { FieldIssue } from '../errors/app-error.ts';

/**
 * The rules of one line of crime and sanction statistics, shared by the server (which refuses)
 * and the entry form (which shows them while the user types). Messages are 'vi | en'.
 */

const issue = (field: string, vi: string, en: string): FieldIssue => ({ field, message: `${vi} | ${en}` });

/** How a line is named in messages. */
export const crimeLineNames: Record<CrimeArticle, { vi: string; en: string }> = {
  327: { vi: 'Điều 327 (chứa mại dâm)', en: 'article 327 (harbouring prostitution)' },
  328: { vi: 'Điều 328 (môi giới mại dâm)', en: 'article 328 (brokering prostitution)' },
  329: { vi: 'Điều 329 (mua dâm người dưới 18 tuổi)', en: 'article 329 (buying sex from a person under 18)' },
  150: { vi: 'Điều 150 (mua bán người)', en: 'article 150 (trafficking in persons)' },
  151: { vi: 'Điều 151 (mua bán người dưới 16 tuổi)', en: 'article 151 (trafficking in persons under 16)' },
  other: { vi: 'tội phạm khác liên quan đến mại dâm', en: 'other prostitution-related offences' },
  administrative: { vi: 'xử phạt vi phạm hành chính', en: 'administrative sanctions' },
};

export interface CrimeLineFigures {
  article: CrimeArticle;
  casesHandled: number;
  defendants: number;
  casesProsecuted: number;
  defendantsProsecuted: number;
  casesTried: number;
  defendantsTried: number;
  peopleFined: number;
  establishmentsFined: number;
  amountFined: number;
}

/** Figures are entered for periods that have begun; the current one may be entered as it goes. */
export function crimePeriodIssues(periodStart: string, today: string): FieldIssue[] {
  if (periodStart <= today) return [];
  return [issue('period', `Kỳ này bắt đầu từ ${formatDate(periodStart)}, sau hôm nay (${formatDate(today)}); chỉ nhập số liệu của kỳ đã bắt đầu`,
    `This period starts on ${formatDate(periodStart)}, after today (${formatDate(today)}); enter figures of periods already begun`)];
}

/** The fields of the other kind of line stay at zero: fines are not recorded on an article, trials not on sanctions. */
function wrongLineIssues(values: CrimeLineFigures): FieldIssue[] {
  if (isCriminalArticle(values.article)) {
    return sanctionFields.filter((field) => values[field] !== 0).map((field) => issue(field,
      'Chỉ ghi ở dòng "xử phạt vi phạm hành chính"; dòng tội phạm theo điều luật để 0',
      'Recorded on the "administrative sanctions" line only; leave it at 0 on a Criminal Code line'));
  }
  return criminalCountFields.filter((field) => values[field] !== 0).map((field) => issue(field,
    'Khởi tố, xét xử chỉ ghi ở dòng tội phạm theo điều luật; dòng xử phạt hành chính để 0',
    'Prosecutions and trials are recorded on Criminal Code lines only; leave it at 0 on the administrative line'));
}

/**
 * The rules between counts that hold by definition, one per field. Cases tried are not compared
 * with cases prosecuted or handled: a court may try in this period a case handled in an earlier one.
 */
function countIssues(v: CrimeLineFigures): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (v.defendants > 0 && v.casesHandled === 0) {
    issues.push(issue('casesHandled', `Có ${v.defendants} đối tượng thì phải có ít nhất một vụ`, `${v.defendants} people concerned need at least one case`));
  }
  if (v.casesProsecuted > v.casesHandled) {
    issues.push(issue('casesProsecuted', `Số vụ khởi tố (${v.casesProsecuted}) không được lớn hơn số vụ phát hiện, xử lý (${v.casesHandled})`,
      `Cases prosecuted (${v.casesProsecuted}) cannot exceed cases handled (${v.casesHandled})`));
  } else if (v.defendantsProsecuted > 0 && v.casesProsecuted === 0) {
    issues.push(issue('casesProsecuted', `Có ${v.defendantsProsecuted} bị can bị khởi tố thì phải có ít nhất một vụ khởi tố`,
      `${v.defendantsProsecuted} defendants prosecuted need at least one case prosecuted`));
  }
  if (v.defendantsProsecuted > v.defendants) {
    issues.push(issue('defendantsProsecuted', `Số bị can bị khởi tố (${v.defendantsProsecuted}) không được lớn hơn số đối tượng (${v.defendants})`,
      `Defendants prosecuted (${v.defendantsProsecuted}) cannot exceed the people concerned (${v.defendants})`));
  }
  if (v.defendantsTried < v.casesTried) {
    issues.push(issue('defendantsTried', `Mỗi vụ đưa ra xét xử có ít nhất một bị cáo: cần ít nhất ${v.casesTried} bị cáo`,
      `Each case tried has at least one defendant: at least ${v.casesTried} defendants tried`));
  } else if (v.defendantsTried > 0 && v.casesTried === 0) {
    issues.push(issue('casesTried', `Có ${v.defendantsTried} bị cáo thì phải có ít nhất một vụ đã xét xử`, `${v.defendantsTried} defendants tried need at least one case tried`));
  }
  if (v.peopleFined > v.defendants) {
    issues.push(issue('peopleFined', `Số người bị phạt tiền (${v.peopleFined}) không được lớn hơn số đối tượng vi phạm bị xử lý (${v.defendants})`,
      `People fined (${v.peopleFined}) cannot exceed the violators handled (${v.defendants})`));
  }
  if (v.establishmentsFined > v.casesHandled) {
    issues.push(issue('establishmentsFined', `Số cơ sở bị phạt tiền (${v.establishmentsFined}) không được lớn hơn số vụ vi phạm bị xử lý (${v.casesHandled})`,
      `Establishments fined (${v.establishmentsFined}) cannot exceed the violations handled (${v.casesHandled})`));
  }
  const fined = v.peopleFined + v.establishmentsFined;
  if (fined > 0 && v.amountFined === 0) {
    issues.push(issue('amountFined', 'Có người hoặc cơ sở bị phạt tiền thì phải ghi tổng số tiền phạt (đồng)', 'Give the total amount fined (đồng) when people or establishments were fined'));
  } else if (fined === 0 && v.amountFined > 0) {
    issues.push(issue('peopleFined', 'Có số tiền phạt thì phải ghi số người hoặc số cơ sở bị phạt tiền', 'An amount fined needs the people or establishments fined'));
  }
  return issues;
}

/** Every problem of a line's figures, one per field; the rules between counts only once the line's own fields are right. */
export function crimeLineIssues(values: CrimeLineFigures): FieldIssue[] {
  const wrongLine = wrongLineIssues(values);
  return wrongLine.length > 0 ? wrongLine : countIssues(values);
}
