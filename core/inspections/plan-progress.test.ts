import { describe, expect, it } from 'vitest';
import { computePlanProgress, dueDate, lastDayOfMonth, type InspectionVisitFact, type PlannedTime } from './plan-progress.ts';

const month = (establishmentId: string, plannedMonth: number): PlannedTime => ({ establishmentId, plannedMonth, windowStart: null, windowEnd: null });
const window = (establishmentId: string, windowStart: string, windowEnd: string): PlannedTime => ({ establishmentId, plannedMonth: null, windowStart, windowEnd });
const visit = (establishmentId: string, inspectedOn: string, inspectionId = `i-${inspectedOn}`, outcome: InspectionVisitFact['outcome'] = 'no_violation'): InspectionVisitFact => ({
  establishmentId, establishmentName: `Cơ sở ${establishmentId}`, unitName: 'Phường Thành Vinh', inspectionId, inspectedOn, outcome,
});

describe('due dates', () => {
  it('end with the last day of the planned month, leap years included', () => {
    expect(lastDayOfMonth(2026, 2)).toBe('2026-02-28');
    expect(lastDayOfMonth(2028, 2)).toBe('2028-02-29');
    expect(lastDayOfMonth(2026, 12)).toBe('2026-12-31');
    expect(dueDate(2026, { plannedMonth: 4, windowStart: null, windowEnd: null })).toBe('2026-04-30');
  });

  it('end with the window\'s last day when the item has a window', () => {
    expect(dueDate(2026, { plannedMonth: null, windowStart: '2026-05-10', windowEnd: '2026-06-15' })).toBe('2026-06-15');
  });
});

describe('the progress of an inspection plan', () => {
  const items = [month('a', 3), month('b', 3), month('c', 11), window('d', '2026-06-01', '2026-06-30')];

  it('marks an item done by any inspection of the year, even before its planned month', () => {
    const progress = computePlanProgress({ year: 2026, items }, [visit('c', '2026-02-10')], '2026-04-01');
    expect(progress.items.find((item) => item.establishmentId === 'c')).toMatchObject({ state: 'done', dueBy: '2026-11-30' });
  });

  it('marks an item late only once its month or window has ended without an inspection', () => {
    const onLastDay = computePlanProgress({ year: 2026, items }, [], '2026-03-31');
    expect(onLastDay.items.map((item) => item.state)).toEqual(['upcoming', 'upcoming', 'upcoming', 'upcoming']);
    const dayAfter = computePlanProgress({ year: 2026, items }, [], '2026-04-01');
    expect(dayAfter.items.map((item) => item.state)).toEqual(['late', 'late', 'upcoming', 'upcoming']);
    const afterWindow = computePlanProgress({ year: 2026, items }, [], '2026-07-01');
    expect(afterWindow.items.map((item) => item.state)).toEqual(['late', 'late', 'upcoming', 'late']);
  });

  it('adds up planned, done, late and upcoming items and the share done', () => {
    const progress = computePlanProgress({ year: 2026, items }, [visit('a', '2026-03-05'), visit('d', '2026-06-20')], '2026-04-15');
    expect(progress.totals).toEqual({ planned: 4, done: 2, late: 1, upcoming: 1, shareDone: 0.5, unplanned: 0 });
    expect(progress.asOf).toBe('2026-04-15');
  });

  it('ignores inspections of other years, so last December does not count for this plan', () => {
    const progress = computePlanProgress({ year: 2026, items }, [visit('a', '2025-12-31'), visit('a', '2027-01-02'), visit('z', '2025-06-01')], '2026-04-15');
    expect(progress.items[0]).toMatchObject({ state: 'late', visits: [] });
    expect(progress.unplanned).toEqual([]);
  });

  it('lists every inspection of a planned establishment, oldest first', () => {
    const progress = computePlanProgress({ year: 2026, items }, [
      visit('b', '2026-09-01', 'second', 'fine'),
      visit('b', '2026-03-01', 'first', 'warning'),
    ], '2026-10-01');
    expect(progress.items[1]!.visits).toEqual([
      { inspectionId: 'first', inspectedOn: '2026-03-01', outcome: 'warning' },
      { inspectionId: 'second', inspectedOn: '2026-09-01', outcome: 'fine' },
    ]);
  });

  it('lists the establishments inspected outside the plan, once each, by name', () => {
    const progress = computePlanProgress({ year: 2026, items: [month('a', 1)] }, [
      { ...visit('y', '2026-05-01', 'one'), establishmentName: 'Karaoke Ánh Dương' },
      { ...visit('y', '2026-07-01', 'two'), establishmentName: 'Karaoke Ánh Dương' },
      { ...visit('x', '2026-05-01', 'one'), establishmentName: 'Bar Biển Xanh' },
      visit('a', '2026-01-10'),
    ], '2026-08-01');
    expect(progress.unplanned.map((entry) => [entry.establishmentName, entry.visits.length])).toEqual([
      ['Bar Biển Xanh', 1], ['Karaoke Ánh Dương', 2],
    ]);
    expect(progress.totals).toMatchObject({ planned: 1, done: 1, shareDone: 1, unplanned: 2 });
  });

  it('has no share done for an empty plan, rather than dividing by zero', () => {
    const progress = computePlanProgress({ year: 2026, items: [] }, [visit('x', '2026-05-01')], '2026-08-01');
    expect(progress.totals).toEqual({ planned: 0, done: 0, late: 0, upcoming: 0, shareDone: null, unplanned: 1 });
  });

  it('leaves every item of a past year late or done, and of a future year upcoming', () => {
    const monthly = [month('a', 1), month('b', 12)];
    expect(computePlanProgress({ year: 2025, items: monthly }, [], '2026-01-01').totals.late).toBe(2);
    expect(computePlanProgress({ year: 2027, items: monthly }, [], '2026-12-31').totals.upcoming).toBe(2);
  });
});
