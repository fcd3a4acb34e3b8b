import { periodNameOfCode } from '../../../core/periods/format-period.ts';
import type { ReportKind } from '../../../core/reports/schedule.ts';


/**
 * The period as a report names it: "6 tháng đầu năm 2024", "năm 2024", "quý I năm 2024",
 * "tháng 6 năm 2024", "giai đoạn 2021–2025"; null for a code of no known shape (an ad hoc period).
 */
export function periodWords(periodCode: string): string | null {
  return periodNameOfCode(periodCode, 'vi');
}

/** "Báo cáo 6 tháng đầu năm 2024 thực hiện Kế hoạch số 249/KH-UBND", or with the plan's title while it has no number. */
export function scheduledRequestTitle(kind: ReportKind, periodCode: string, plan: { number: string | null; title: string }): string {
  const words = kind === 'phase_end' ? `tổng kết ${periodWords(periodCode) ?? periodCode}` : (periodWords(periodCode) ?? periodCode);
  return plan.number ? `Báo cáo ${words} thực hiện Kế hoạch số ${plan.number}` : `Báo cáo ${words}: ${plan.title}`;
}

/** An ad hoc request's period code: its dates, as it names no regular period (AH20240101-20240630). */
export function adHocPeriodCode(periodStart: string, periodEnd: string): string {
  return `AH${periodStart.replaceAll('-', '')}-${periodEnd.replaceAll('-', '')}`;
}
