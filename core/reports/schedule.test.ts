import { describe, expect, it } from 'vitest';
import type { ReportingRule } from '../plans/plan.ts';
import { scheduleReports, timeliness } from './schedule.ts';

const rule = (overrides: Partial<ReportingRule> & Pick<ReportingRule, 'kind'>): ReportingRule => ({
  reporterDeadline: null, consolidatorDeadline: null, reporterDeadlineDate: null, recipients: [], notes: null, ...overrides,
});

describe('scheduleReports', () => {
  it('cuts a 6-month report\'s data at 15/12–14/6 (Decree 09/2019) with the rule\'s deadlines, once a year of the plan', () => {
    const reports = scheduleReports(rule({ kind: 'half_year', reporterDeadline: { day: 20, month: 6 }, consolidatorDeadline: { day: 25, month: 6 } }), 'P2021-2025');
    expect(reports.map((report) => report.periodCode)).toEqual(['RH2021-1', 'RH2022-1', 'RH2023-1', 'RH2024-1', 'RH2025-1']);
    expect(reports[3]).toEqual({
      kind: 'half_year', periodCode: 'RH2024-1', periodStart: '2023-12-15', periodEnd: '2024-06-14',
      reporterDeadline: '2024-06-20', consolidatorDeadline: '2024-06-25',
    });
  });

  it('covers 15/12 of the year before to 14/12 for an annual report, due 20/12 and 25/12', () => {
    expect(scheduleReports(rule({ kind: 'annual', reporterDeadline: { day: 20, month: 12 }, consolidatorDeadline: { day: 25, month: 12 } }), 'Y2024')).toEqual([
      { kind: 'annual', periodCode: 'RY2024', periodStart: '2023-12-15', periodEnd: '2024-12-14', reporterDeadline: '2024-12-20', consolidatorDeadline: '2024-12-25' },
    ]);
  });

  it('gives a rule without dates a deadline six days (units) after the cut-off and no consolidator deadline', () => {
    expect(scheduleReports(rule({ kind: 'half_year' }), 'Y2024')[0]).toMatchObject({ reporterDeadline: '2024-06-20', consolidatorDeadline: null });
  });

  it('moves a day that falls before the cut-off to the next year for yearly rules', () => {
    // "Before 10/1": the annual report ending 14/12/2024 is due 10/01/2025.
    expect(scheduleReports(rule({ kind: 'annual', reporterDeadline: { day: 10, month: 1 } }), 'Y2024')[0]!.reporterDeadline).toBe('2025-01-10');
  });

  it('schedules the four quarters from the 15th of the month before to the 14th of the last month', () => {
    const quarters = scheduleReports(rule({ kind: 'quarterly', reporterDeadline: { day: 20, month: 3 } }), 'Y2024');
    expect(quarters.map(({ periodCode, periodStart, periodEnd, reporterDeadline }) => [periodCode, periodStart, periodEnd, reporterDeadline])).toEqual([
      ['RQ2024-1', '2023-12-15', '2024-03-14', '2024-03-20'],
      ['RQ2024-2', '2024-03-15', '2024-06-14', '2024-06-20'],
      ['RQ2024-3', '2024-06-15', '2024-09-14', '2024-09-20'],
      ['RQ2024-4', '2024-09-15', '2024-12-14', '2024-12-20'],
    ]);
  });

  it('puts a quarterly day that precedes the cut-off in the following month, not a year later', () => {
    const quarters = scheduleReports(rule({ kind: 'quarterly', reporterDeadline: { day: 5, month: 1 } }), 'Y2024');
    expect(quarters.map((quarter) => quarter.reporterDeadline)).toEqual(['2024-04-05', '2024-07-05', '2024-10-05', '2025-01-05']);
  });

  it('schedules monthly reports for each month of the reporting year', () => {
    const months = scheduleReports(rule({ kind: 'monthly', reporterDeadline: { day: 18, month: 1 } }), 'Y2024');
    expect(months).toHaveLength(12);
    expect(months[5]).toMatchObject({ periodCode: 'RM2024-06', periodStart: '2024-05-15', periodEnd: '2024-06-14', reporterDeadline: '2024-06-18' });
  });

  it('cuts a phase-end report due 05/11/2025 at 14/10/2025, from 15/12/2020', () => {
    expect(scheduleReports(rule({ kind: 'phase_end', reporterDeadlineDate: '2025-11-05' }), 'P2021-2025')).toEqual([
      { kind: 'phase_end', periodCode: 'P2021-2025', periodStart: '2020-12-15', periodEnd: '2025-10-14', reporterDeadline: '2025-11-05', consolidatorDeadline: null },
    ]);
    // Due on the 20th: the 14th of the same month is before it.
    expect(scheduleReports(rule({ kind: 'phase_end', reporterDeadlineDate: '2025-11-20' }), 'P2021-2025')[0]!.periodEnd).toBe('2025-11-14');
    // No date: the phase's last reporting year, due six days after.
    expect(scheduleReports(rule({ kind: 'phase_end' }), 'P2021-2025')[0]).toMatchObject({ periodEnd: '2025-12-14', reporterDeadline: '2025-12-20' });
  });

  it('never makes the consolidator due before the units', () => {
    const [report] = scheduleReports(rule({ kind: 'half_year', reporterDeadline: { day: 25, month: 6 }, consolidatorDeadline: { day: 20, month: 6 } }), 'Y2024');
    expect(report).toMatchObject({ reporterDeadline: '2024-06-25', consolidatorDeadline: '2024-06-30' });
  });

  it('expects nothing from an ad hoc rule: ad hoc requests are issued one by one', () => {
    expect(scheduleReports(rule({ kind: 'ad_hoc' }), 'P2021-2025')).toEqual([]);
  });
});

describe('timeliness', () => {
  it('is on time on the deadline, late the day after, missing once the deadline has passed unsubmitted', () => {
    expect(timeliness('2024-06-20', '2024-06-20', '2024-07-01')).toBe('on_time');
    expect(timeliness('2024-06-20', '2024-06-21', '2024-07-01')).toBe('late');
    expect(timeliness('2024-06-20', null, '2024-06-21')).toBe('missing');
    expect(timeliness('2024-06-20', null, '2024-06-20')).toBe('not_due');
  });
});
